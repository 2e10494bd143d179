/**
 * The per-person pay record of a reference period, as our pay CSV holds it (DOMAIN.md §7):
 * `person`; `sex` (F, M or X); `age` or `birthDate`; `yearsOfService` or `entryDate`;
 * `education` (Logib code 1–8); `fube` or `category`; `position` (1–5, optional); `fte`
 * (0–1); `hoursPaid` (per year); `basicPay`, `variablePay` (gross per year, euro).
 *
 * Validation takes the cells as a CSV reader gives them (header and rows of text, with the
 * line each row starts on) and returns records and coded errors with line and column; no
 * texts. The reader (delimiter, quoting, encoding) is an edge concern, not here.
 */
import { findTextFault } from '../text/hygiene.js';
import { isCalendarDate } from '../workflow/calendar.js';

export type Sex = 'F' | 'M' | 'X';

export interface PayRecord {
  /** The line of the file the record came from. */
  line: number;
  person: string;
  sex: Sex;
  /** Completed years on the reference date (given, or from `birthDate`). */
  age: number;
  /** Completed years on the reference date (given, or from `entryDate`). */
  yearsOfService: number;
  /** Logib education code 1…8. */
  education: number;
  /** The FUBE the person holds; its class (looked up by the caller) is the category. */
  fube: string | null;
  /** An explicit category; wins over the FUBE's class. */
  category: string | null;
  /** Hierarchical position 1 (highest) … 5; null when not given. */
  position: number | null;
  fte: number;
  hoursPaid: number;
  basicPay: number;
  variablePay: number;
}

export type PayColumn =
  | 'person'
  | 'sex'
  | 'age'
  | 'birthDate'
  | 'yearsOfService'
  | 'entryDate'
  | 'education'
  | 'fube'
  | 'category'
  | 'position'
  | 'fte'
  | 'hoursPaid'
  | 'basicPay'
  | 'variablePay';

export const PAY_COLUMNS: readonly PayColumn[] = ['person', 'sex', 'age', 'birthDate', 'yearsOfService', 'entryDate', 'education', 'fube', 'category', 'position', 'fte', 'hoursPaid', 'basicPay', 'variablePay'];

/** Each entry: one of these columns must be in the header. */
export const REQUIRED_COLUMNS: readonly (readonly PayColumn[])[] = [
  ['person'],
  ['sex'],
  ['age', 'birthDate'],
  ['yearsOfService', 'entryDate'],
  ['education'],
  ['fube', 'category'],
  ['fte'],
  ['hoursPaid'],
  ['basicPay'],
  ['variablePay'],
];

export type PayErrorCode =
  | 'pay.column-unknown'
  | 'pay.column-duplicate'
  | 'pay.column-missing'
  | 'pay.cell-count'
  | 'pay.required'
  | 'pay.text-fault'
  | 'pay.too-long'
  | 'pay.not-a-number'
  | 'pay.not-an-integer'
  | 'pay.out-of-range'
  | 'pay.sex-unknown'
  | 'pay.date-invalid'
  | 'pay.date-after-reference'
  | 'pay.service-exceeds-age'
  | 'pay.no-pay'
  | 'pay.person-duplicate'
  // Produced by the file readers (src/documents/pay/read-pay-file.ts), not by this module:
  // the file as a whole (line 0) and the Logib data sheet's own checks.
  | PayFileErrorCode;

/** Errors of a pay file as a whole (line 0: the whole file) and of the Logib data sheet. */
export type PayFileErrorCode =
  | 'pay.file-empty'
  | 'pay.file-too-large'
  | 'pay.file-nul'
  | 'pay.file-encoding'
  | 'pay.file-xls'
  | 'pay.file-corrupt'
  | 'pay.csv-syntax'
  | 'pay.logib-sheet-missing'
  | 'pay.logib-header'
  | 'pay.logib-age'
  | 'pay.logib-service'
  | 'pay.logib-no-workload';

export interface PayRecordError {
  code: PayErrorCode;
  /** The line in the file (the header's line for header errors). */
  line: number;
  /** The column concerned, as written in the header; null for the whole row. */
  column: string | null;
  /** Numbers and names for the message: bounds, the expected cell count, the first line of a duplicate, the alternatives. */
  params?: Record<string, string | number>;
}

export interface PayRow {
  line: number;
  cells: readonly string[];
}

export interface PayValidationOptions {
  /** The reference date (YYYY-MM-DD): age and years of service are counted to it. */
  referenceDate: string;
}

export interface PayValidation {
  records: PayRecord[];
  /** Every error, header first, then by line; a row with an error gives no record. */
  errors: PayRecordError[];
  /** Lines of the rows with at least one error. */
  rejectedLines: number[];
}

/** Bounds: generous, to catch unit mistakes (monthly for annual pay, % for a fraction). */
export const PAY_LIMITS = {
  textLength: 200,
  age: { min: 14, max: 100 },
  yearsOfService: { min: 0, max: 80 },
  education: { min: 1, max: 8 },
  position: { min: 1, max: 5 },
  fte: { min: 0, max: 1 },
  hoursPaid: { min: 0, max: 366 * 24 },
  pay: { min: 0, max: 100_000_000 },
} as const;

const NUMBER = /^\d+(?:[.,]\d+)?$/u;
const INTEGER = /^\d+$/u;

/** Completed years from `from` to `to` (both YYYY-MM-DD). */
export function completedYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = to.split('-').map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

/** Validates the header: known columns, no duplicates, one of each required group. */
export function validatePayHeader(header: readonly string[], line = 1): PayRecordError[] {
  const errors: PayRecordError[] = [];
  const seen = new Set<string>();
  for (const raw of header) {
    const name = raw.trim();
    if (!(PAY_COLUMNS as readonly string[]).includes(name)) errors.push({ code: 'pay.column-unknown', line, column: name });
    else if (seen.has(name)) errors.push({ code: 'pay.column-duplicate', line, column: name });
    seen.add(name);
  }
  for (const group of REQUIRED_COLUMNS)
    if (!group.some((c) => seen.has(c))) errors.push({ code: 'pay.column-missing', line, column: group[0]!, params: { alternatives: group.join('|') } });
  return errors;
}

/**
 * Validates the rows of a pay file against its header. All-or-nothing or partial import is
 * the caller's choice: it gets the valid records and every error.
 */
export function validatePayRows(header: readonly string[], rows: readonly PayRow[], options: PayValidationOptions, headerLine = 1): PayValidation {
  const errors = validatePayHeader(header, headerLine);
  if (errors.length > 0) return { records: [], errors, rejectedLines: [] };
  if (!isCalendarDate(options.referenceDate)) throw new RangeError('validatePayRows: the reference date must be YYYY-MM-DD');
  const index = new Map(header.map((name, i) => [name.trim() as PayColumn, i]));
  const records: PayRecord[] = [];
  const rejectedLines: number[] = [];
  const firstLineOfPerson = new Map<string, number>();
  for (const row of rows) {
    const rowErrors = validateRow(row, index, header.length, options.referenceDate);
    if (rowErrors.errors.length === 0 && rowErrors.record !== undefined) {
      const first = firstLineOfPerson.get(rowErrors.record.person);
      if (first !== undefined) rowErrors.errors.push({ code: 'pay.person-duplicate', line: row.line, column: 'person', params: { first } });
      else firstLineOfPerson.set(rowErrors.record.person, row.line);
    }
    if (rowErrors.errors.length > 0) {
      errors.push(...rowErrors.errors);
      rejectedLines.push(row.line);
    } else records.push(rowErrors.record!);
  }
  return { records, errors, rejectedLines };
}

function validateRow(row: PayRow, index: ReadonlyMap<PayColumn, number>, width: number, referenceDate: string): { record?: PayRecord; errors: PayRecordError[] } {
  const errors: PayRecordError[] = [];
  const line = row.line;
  if (row.cells.length !== width) return { errors: [{ code: 'pay.cell-count', line, column: null, params: { expected: width, actual: row.cells.length } }] };
  const cell = (column: PayColumn): string => {
    const i = index.get(column);
    return i === undefined ? '' : (row.cells[i] ?? '').trim();
  };
  const has = (column: PayColumn): boolean => index.has(column) && cell(column) !== '';
  const error = (code: PayErrorCode, column: PayColumn, params?: Record<string, string | number>): undefined => {
    errors.push(params === undefined ? { code, line, column } : { code, line, column, params });
    return undefined;
  };
  const text = (column: PayColumn, required: boolean): string | null | undefined => {
    const value = cell(column);
    if (value === '') return required ? error('pay.required', column) : null;
    if (findTextFault(value, { name: true }) !== undefined) return error('pay.text-fault', column);
    if (value.length > PAY_LIMITS.textLength) return error('pay.too-long', column, { max: PAY_LIMITS.textLength });
    return value.normalize('NFC');
  };
  const number = (column: PayColumn, bounds: { min: number; max: number }, kind: { integer?: boolean; above?: boolean; blank?: number } = {}): number | undefined => {
    const value = cell(column);
    if (value === '') return kind.blank ?? error('pay.required', column);
    if (!(kind.integer ? INTEGER : NUMBER).test(value)) return error(kind.integer ? 'pay.not-an-integer' : 'pay.not-a-number', column);
    const n = Number(value.replace(',', '.'));
    if (n > bounds.max || n < bounds.min || (kind.above === true && n === bounds.min))
      return error('pay.out-of-range', column, { min: bounds.min, max: bounds.max, ...(kind.above === true ? { exclusiveMin: 1 } : {}) });
    return n;
  };
  const date = (column: PayColumn): string | undefined => {
    const value = cell(column);
    if (!isCalendarDate(value)) return error('pay.date-invalid', column);
    if (value > referenceDate) return error('pay.date-after-reference', column, { referenceDate });
    return value;
  };

  const person = text('person', true);
  const sexText = cell('sex').toUpperCase();
  const sex = sexText === '' ? error('pay.required', 'sex') : sexText === 'F' || sexText === 'M' || sexText === 'X' ? sexText : error('pay.sex-unknown', 'sex');
  // age or birthDate: the first column present and filled.
  let age: number | undefined;
  if (has('age') || !has('birthDate')) age = number(index.has('age') ? 'age' : 'birthDate', PAY_LIMITS.age);
  else {
    const born = date('birthDate');
    if (born !== undefined) {
      age = completedYears(born, referenceDate);
      if (age < PAY_LIMITS.age.min || age > PAY_LIMITS.age.max) age = error('pay.out-of-range', 'birthDate', { min: PAY_LIMITS.age.min, max: PAY_LIMITS.age.max });
    }
  }
  let yearsOfService: number | undefined;
  if (has('yearsOfService') || !has('entryDate')) yearsOfService = number(index.has('yearsOfService') ? 'yearsOfService' : 'entryDate', PAY_LIMITS.yearsOfService);
  else {
    const entry = date('entryDate');
    if (entry !== undefined) yearsOfService = completedYears(entry, referenceDate);
  }
  if (age !== undefined && yearsOfService !== undefined && yearsOfService > age)
    error('pay.service-exceeds-age', has('yearsOfService') || !has('entryDate') ? 'yearsOfService' : 'entryDate', { age });
  const education = number('education', PAY_LIMITS.education, { integer: true });
  const fube = index.has('fube') ? text('fube', false) : null;
  const category = index.has('category') ? text('category', false) : null;
  const position = has('position') ? number('position', PAY_LIMITS.position, { integer: true }) : null;
  const fte = number('fte', PAY_LIMITS.fte, { above: true });
  const hoursPaid = number('hoursPaid', PAY_LIMITS.hoursPaid, { above: true });
  const basicPay = number('basicPay', PAY_LIMITS.pay);
  const variablePay = number('variablePay', PAY_LIMITS.pay, { blank: 0 });
  if (basicPay === 0 && variablePay === 0) error('pay.no-pay', 'basicPay');

  if (
    errors.length > 0 ||
    person == null ||
    sex === undefined ||
    age === undefined ||
    yearsOfService === undefined ||
    education === undefined ||
    fube === undefined ||
    category === undefined ||
    position === undefined ||
    fte === undefined ||
    hoursPaid === undefined ||
    basicPay === undefined ||
    variablePay === undefined
  )
    return { errors };
  return { record: { line, person, sex, age, yearsOfService, education, fube, category, position, fte, hoursPaid, basicPay, variablePay }, errors };
}
