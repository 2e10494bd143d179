/**
 * Reads a pay file (issue 16): our pay CSV or the Swiss Logib data sheet (the M1 Excel
 * template, sheet `data_sheet_template`), recognised by its content (an .xlsx is a zip),
 * never by its name. Returns the domain's pay records and coded errors with line and column;
 * never throws on what a file holds. Texts for the codes are in the message catalogue
 * (src/domain/messages/pay-*.ts). docs/pay-transparency.md, "Het Logib-gegevensblad".
 *
 * - CSV: UTF-8 (a BOM is allowed), a header row, `;` or `,` (the header line decides: `;`
 *   when it holds one), fields in double quotes where needed. Parsed by csv-parse, validated
 *   by the domain (validatePayRows). Lines holding only blank cells are skipped.
 * - Logib: columns A–Q as in DOMAIN.md §7, mapped to a PayRecord (mapLogibRows below); only
 *   rows with Q = 1 are validated and returned, the others counted in `notInPopulation`.
 *
 * Errors of the file as a whole have line 0 and column null.
 */
import { parse as parseCsv } from 'csv-parse/sync';
import { readSheet, SheetNotFoundError } from 'read-excel-file/node';
import {
  type PayRecord,
  type PayRecordError,
  type PayRow,
  PAY_LIMITS,
  completedYears,
  modalWeeklyHours,
  validatePayRows,
} from '../../domain/pay/index.js';
import { DEFAULT_USUAL_WEEKLY_HOURS } from '../../domain/pay/adjusted-gap.js';
import { findTextFault } from '../../domain/text/hygiene.js';
import { isCalendarDate } from '../../domain/workflow/calendar.js';

export type PayFileFormat = 'csv' | 'logib';

export interface PayFileOptions {
  /** YYYY-MM-DD: ages and years of service are counted to it. */
  referenceDate: string;
  /** Logib: the weekly hours of a row whose column O is blank (default 40). */
  usualWeeklyHours?: number;
}

export interface PayFileRead {
  format: PayFileFormat;
  records: PayRecord[];
  /** Every error: the file's (line 0) or the header's first, then by line. */
  errors: PayRecordError[];
  /** Lines (CSV) or sheet rows (Logib) with at least one error; they give no record. */
  rejectedLines: number[];
  /** Data rows read (blank rows not counted; Logib rows outside the population counted). */
  rows: number;
  /** Logib rows with Q ≠ 1 (0 for CSV). */
  notInPopulation: number;
}

/** Larger files are refused before parsing: 32 MiB holds several 100 000 persons. */
export const MAX_PAY_FILE_BYTES = 32 * 1024 * 1024;
/** An .xlsx whose parts unpack to more than this is refused (a zip bomb guard). */
export const MAX_XLSX_UNPACKED_BYTES = 256 * 1024 * 1024;
export const LOGIB_SHEET = 'data_sheet_template';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

const fileError = (code: PayRecordError['code'], params?: Record<string, string | number>, line = 0): PayRecordError =>
  params === undefined ? { code, line, column: null } : { code, line, column: null, params };

export async function readPayFile(bytes: Uint8Array, options: PayFileOptions): Promise<PayFileRead> {
  if (!isCalendarDate(options.referenceDate)) throw new RangeError('readPayFile: the reference date must be YYYY-MM-DD');
  const usualWeeklyHours = options.usualWeeklyHours ?? DEFAULT_USUAL_WEEKLY_HOURS;
  if (!(usualWeeklyHours > 0 && usualWeeklyHours <= 168)) throw new RangeError('readPayFile: the usual weekly hours are more than 0 and at most 168');
  const isZip = startsWith(bytes, ZIP_MAGIC);
  const failed = (code: PayRecordError['code'], params?: Record<string, string | number>, line = 0): PayFileRead => ({
    format: isZip ? 'logib' : 'csv',
    records: [],
    errors: [fileError(code, params, line)],
    rejectedLines: [],
    rows: 0,
    notInPopulation: 0,
  });
  if (bytes.length === 0) return failed('pay.file-empty');
  if (bytes.length > MAX_PAY_FILE_BYTES) return failed('pay.file-too-large', { max: MAX_PAY_FILE_BYTES });
  if (isZip) return readLogibSheet(bytes, options.referenceDate, usualWeeklyHours, failed);
  if (startsWith(bytes, OLE_MAGIC)) return failed('pay.file-xls');
  const nul = bytes.indexOf(0);
  if (nul !== -1) return failed('pay.file-nul', undefined, lineOfOffset(bytes, nul));
  const text = decodeUtf8(bytes);
  if (typeof text === 'number') return failed('pay.file-encoding', undefined, lineOfOffset(bytes, text));
  return readPayCsv(text, options.referenceDate);
}

/** 1-based line of a byte offset. */
function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The text, or the byte offset of the first invalid UTF-8 sequence (found by bisection). */
function decodeUtf8(bytes: Uint8Array): string | number {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Longest prefix that decodes as the start of valid UTF-8: the fault is just after it.
    let good = 0;
    let bad = bytes.length;
    while (bad - good > 1) {
      const middle = (good + bad) >> 1;
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, middle), { stream: true });
        good = middle;
      } catch {
        bad = middle;
      }
    }
    return good;
  }
}

// ---------------------------------------------------------------------------------------
// CSV

function readPayCsv(text: string, referenceDate: string): PayFileRead {
  const normalised = text.replace(/\r\n?/gu, '\n');
  const firstLine = normalised.slice(0, normalised.indexOf('\n') === -1 ? undefined : normalised.indexOf('\n'));
  const delimiter = firstLine.includes(';') ? ';' : ',';
  let parsed: Array<{ record: string[]; raw: string }>;
  try {
    parsed = parseCsv(normalised, { delimiter, bom: true, raw: true, skip_empty_lines: true, relax_column_count: true, record_delimiter: '\n' }) as unknown as Array<{ record: string[]; raw: string }>;
  } catch (error) {
    const e = error as { code?: unknown; lines?: unknown };
    const detail = typeof e.code === 'string' ? e.code : 'CSV_UNKNOWN';
    return { format: 'csv', records: [], errors: [fileError('pay.csv-syntax', { detail }, typeof e.lines === 'number' ? e.lines : 0)], rejectedLines: [], rows: 0, notInPopulation: 0 };
  }
  // The line a record starts on: the newlines consumed before it, plus the empty lines skipped in front of it.
  let consumed = 0;
  let header: { cells: string[]; line: number } | undefined;
  const rows: PayRow[] = [];
  for (const { record, raw } of parsed) {
    let leading = 0;
    while (raw.charCodeAt(leading) === 0x0a) leading++;
    const line = consumed + leading + 1;
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) === 0x0a) consumed++;
    if (record.every((cell) => cell.trim() === '')) continue;
    if (header === undefined) header = { cells: record, line };
    else rows.push({ line, cells: record });
  }
  if (header === undefined) return { format: 'csv', records: [], errors: [fileError('pay.file-empty')], rejectedLines: [], rows: 0, notInPopulation: 0 };
  const validation = validatePayRows(header.cells, rows, { referenceDate }, header.line);
  return { format: 'csv', ...validation, rows: rows.length, notInPopulation: 0 };
}

// ---------------------------------------------------------------------------------------
// The Logib data sheet

/** The columns A–Q of the Logib data sheet, as errors name them: letter (name). */
export const LOGIB_COLUMNS = {
  key: 'A (key)',
  age: 'B (age)',
  sex: 'C (sex)',
  yearsOfService: 'D (yearsOfService)',
  education: 'E (education)',
  function: 'F (function)',
  level: 'G (levelOfRequirements)',
  position: 'H (professionalPosition)',
  activityRate: 'I (activityRate)',
  paidHoursPerMonth: 'J (paidHoursPerMonth)',
  basicWage: 'K (basicWage)',
  allowances: 'L (allowances)',
  thirteenthMonth: 'M (thirteenthMonth)',
  specialPayments: 'N (specialPayments)',
  weeklyHours: 'O (weeklyHours)',
  annualHours: 'P (annualHours)',
  population: 'Q (population)',
} as const;
type LogibColumn = keyof typeof LOGIB_COLUMNS;
const COLUMN_INDEX: Readonly<Record<LogibColumn, number>> = Object.fromEntries(Object.keys(LOGIB_COLUMNS).map((k, i) => [k, i])) as Record<LogibColumn, number>;

/** Bounds of the Logib cells (monthly amounts; generous, to catch unit mistakes). */
export const LOGIB_LIMITS = {
  level: { min: 1, max: 99 },
  activityRate: { min: 0, max: 200 },
  paidHoursPerMonth: { min: 0, max: 31 * 24 },
  monthlyPay: { min: 0, max: PAY_LIMITS.pay.max / 12 },
  weeklyHours: { min: 0, max: 7 * 24 },
  annualHours: { min: 0, max: PAY_LIMITS.hoursPaid.max },
  firstYear: 1900,
} as const;

export type LogibCell = string | number | boolean | Date | null | undefined;

async function readLogibSheet(
  bytes: Uint8Array,
  referenceDate: string,
  usualWeeklyHours: number,
  failed: (code: PayRecordError['code'], params?: Record<string, string | number>) => PayFileRead,
): Promise<PayFileRead> {
  const unpacked = zipUnpackedSize(bytes);
  if (unpacked === undefined) return failed('pay.file-corrupt');
  if (unpacked > MAX_XLSX_UNPACKED_BYTES) return failed('pay.file-too-large', { max: MAX_XLSX_UNPACKED_BYTES });
  let sheet: LogibCell[][];
  try {
    sheet = (await readSheet(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), LOGIB_SHEET)) as unknown as LogibCell[][];
  } catch (error) {
    if (error instanceof SheetNotFoundError || (error as { name?: unknown }).name === 'SheetNotFoundError') return failed('pay.logib-sheet-missing', { sheet: LOGIB_SHEET });
    return failed('pay.file-corrupt');
  }
  return { format: 'logib', ...mapLogibRows(sheet, referenceDate, usualWeeklyHours) };
}

/**
 * The total unpacked size the zip's central directory declares, or undefined when the file
 * is not a readable zip (truncated, no end record, a directory out of bounds, zip64).
 */
export function zipUnpackedSize(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const END = 0x06054b50;
  const ENTRY = 0x02014b50;
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (view.getUint32(i, true) === END) {
      end = i;
      break;
    }
  if (end === -1) return undefined;
  const entries = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const offset = view.getUint32(end + 16, true);
  if (entries === 0xffff || offset === 0xffffffff || offset + size > end) return undefined;
  let total = 0;
  let at = offset;
  for (let n = 0; n < entries; n++) {
    if (at + 46 > end || view.getUint32(at, true) !== ENTRY) return undefined;
    const unpacked = view.getUint32(at + 24, true);
    if (unpacked === 0xffffffff) return undefined;
    total += unpacked;
    at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return total;
}

interface LogibDraft {
  record: Omit<PayRecord, 'fte'>;
  weeklyHours: number;
  activityRate: number;
  paidHoursPerMonth: number;
}

const NUMBER_TEXT = /^\d+(?:[.,]\d+)?$/u;
const DOTTED_DATE = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/u;

/** A date cell or a date text (YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY) as YYYY-MM-DD. */
function cellDate(value: LogibCell): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (isCalendarDate(text)) return text;
  const m = DOTTED_DATE.exec(text);
  if (m === null) return undefined;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : undefined;
}

const isBlank = (value: LogibCell): boolean => value === null || value === undefined || (typeof value === 'string' && value.trim() === '');

/** A number cell or a number text (decimal point or comma); undefined when neither. */
function cellNumber(value: LogibCell): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMBER_TEXT.test(value.trim())) return Number(value.trim().replace(',', '.'));
  return undefined;
}

/**
 * Maps the rows of the Logib data sheet (row 1 the header, one person a row) to pay records
 * (DOMAIN.md §7; docs/pay-transparency.md "Het Logib-gegevensblad"):
 * category = G as text, position = H, fte = the Logib FTE with the modal weekly hours m of
 * the valid rows, basicPay = 12 × K, variablePay = 12 × (L + M + N), hoursPaid = P × I ÷ 100
 * (or O × 52 × I ÷ 100 when P is blank) when monthly paid (I > 0), else 12 × J.
 */
export function mapLogibRows(sheet: readonly (readonly LogibCell[])[], referenceDate: string, usualWeeklyHours: number = DEFAULT_USUAL_WEEKLY_HOURS): Omit<PayFileRead, 'format'> {
  const headerRow = sheet[0] ?? [];
  if (headerRow.length < 17 || isBlank(headerRow[16])) {
    const actual = headerRow.reduce<number>((last, cell, i) => (isBlank(cell) ? last : i + 1), 0);
    return { records: [], errors: [{ code: 'pay.logib-header', line: 1, column: null, params: { expected: 17, actual } }], rejectedLines: [], rows: 0, notInPopulation: 0 };
  }
  const referenceYear = Number(referenceDate.slice(0, 4));
  const errors: PayRecordError[] = [];
  const rejectedLines: number[] = [];
  const drafts: LogibDraft[] = [];
  const firstLineOfPerson = new Map<string, number>();
  let rows = 0;
  let notInPopulation = 0;
  for (let r = 1; r < sheet.length; r++) {
    const row = sheet[r]!;
    if (row.every(isBlank)) continue;
    rows++;
    const line = r + 1;
    const population = row[COLUMN_INDEX.population];
    if (cellNumber(population) !== 1) {
      notInPopulation++;
      continue;
    }
    const rowErrors: PayRecordError[] = [];
    const draft = mapLogibRow(row, line, referenceDate, referenceYear, usualWeeklyHours, rowErrors);
    if (draft !== undefined) {
      const first = firstLineOfPerson.get(draft.record.person);
      if (first !== undefined) rowErrors.push({ code: 'pay.person-duplicate', line, column: LOGIB_COLUMNS.key, params: { first } });
      else firstLineOfPerson.set(draft.record.person, line);
    }
    if (rowErrors.length > 0 || draft === undefined) {
      errors.push(...rowErrors);
      rejectedLines.push(line);
    } else drafts.push(draft);
  }
  // m: the modal weekly hours of the rows analysed (the valid rows of the population).
  const m = modalWeeklyHours(drafts.map((d) => d.weeklyHours)) ?? usualWeeklyHours;
  const records = drafts.map(({ record, weeklyHours, activityRate, paidHoursPerMonth }): PayRecord => {
    let fte = (weeklyHours * activityRate) / (100 * m);
    if (fte === 0) fte = (12 * paidHoursPerMonth) / (52 * m);
    return { ...record, fte };
  });
  return { records, errors, rejectedLines, rows, notInPopulation };
}

function mapLogibRow(row: readonly LogibCell[], line: number, referenceDate: string, referenceYear: number, usualWeeklyHours: number, errors: PayRecordError[]): LogibDraft | undefined {
  const cell = (column: LogibColumn): LogibCell => row[COLUMN_INDEX[column]];
  const error = (code: PayRecordError['code'], column: LogibColumn, params?: Record<string, string | number>): undefined => {
    errors.push(params === undefined ? { code, line, column: LOGIB_COLUMNS[column] } : { code, line, column: LOGIB_COLUMNS[column], params });
    return undefined;
  };
  const number = (column: LogibColumn, bounds: { min: number; max: number }, kind: { integer?: boolean; above?: boolean; blank?: number | null } = {}): number | null | undefined => {
    const value = cell(column);
    if (isBlank(value)) return kind.blank === undefined ? error('pay.required', column) : kind.blank;
    const n = cellNumber(value);
    if (n === undefined || (kind.integer === true && !Number.isInteger(n))) return error(kind.integer === true ? 'pay.not-an-integer' : 'pay.not-a-number', column);
    if (n > bounds.max || n < bounds.min || (kind.above === true && n === bounds.min))
      return error('pay.out-of-range', column, { min: bounds.min, max: bounds.max, ...(kind.above === true ? { exclusiveMin: 1 } : {}) });
    return n;
  };
  /** B and D: completed years, a year (of birth, of entry) or a date. */
  const years = (column: 'age' | 'yearsOfService', bounds: { min: number; max: number }): number | undefined => {
    const value = cell(column);
    if (isBlank(value)) return error('pay.required', column);
    const n = cellNumber(value);
    const date = n === undefined ? cellDate(value) : undefined;
    let result: number;
    if (date !== undefined) {
      if (date > referenceDate) return error('pay.date-after-reference', column, { referenceDate });
      result = completedYears(date, referenceDate);
    } else if (n !== undefined && Number.isInteger(n) && n >= LOGIB_LIMITS.firstYear && n <= referenceYear) result = referenceYear - n;
    else if (n !== undefined && n >= bounds.min && n <= bounds.max) return n;
    else return error(column === 'age' ? 'pay.logib-age' : 'pay.logib-service', column, { min: bounds.min, max: bounds.max, firstYear: LOGIB_LIMITS.firstYear, referenceYear });
    if (result < bounds.min || result > bounds.max) return error('pay.out-of-range', column, { min: bounds.min, max: bounds.max });
    return result;
  };

  const keyCell = cell('key');
  let person: string | undefined;
  if (isBlank(keyCell)) error('pay.required', 'key');
  else {
    const key = (keyCell instanceof Date ? keyCell.toISOString().slice(0, 10) : String(keyCell)).trim();
    if (findTextFault(key, { name: true }) !== undefined) error('pay.text-fault', 'key');
    else if (key.length > PAY_LIMITS.textLength) error('pay.too-long', 'key', { max: PAY_LIMITS.textLength });
    else person = key.normalize('NFC');
  }
  const age = years('age', PAY_LIMITS.age);
  const sexCell = cell('sex');
  const sexText = typeof sexCell === 'string' ? sexCell.trim().toUpperCase() : '';
  const sex = isBlank(sexCell) ? error('pay.required', 'sex') : sexText === 'F' || sexText === 'M' ? sexText : error('pay.sex-unknown', 'sex');
  const yearsOfService = years('yearsOfService', PAY_LIMITS.yearsOfService);
  if (age !== undefined && yearsOfService !== undefined && yearsOfService > age) error('pay.service-exceeds-age', 'yearsOfService', { age });
  const education = number('education', PAY_LIMITS.education, { integer: true });
  const level = number('level', LOGIB_LIMITS.level, { integer: true });
  const position = number('position', PAY_LIMITS.position, { integer: true, blank: null });
  const activityRate = number('activityRate', LOGIB_LIMITS.activityRate, { blank: 0 });
  const paidHoursPerMonth = number('paidHoursPerMonth', LOGIB_LIMITS.paidHoursPerMonth, { blank: 0 });
  const basicWage = number('basicWage', LOGIB_LIMITS.monthlyPay, { blank: 0 });
  const allowances = number('allowances', LOGIB_LIMITS.monthlyPay, { blank: 0 });
  const thirteenthMonth = number('thirteenthMonth', LOGIB_LIMITS.monthlyPay, { blank: 0 });
  const specialPayments = number('specialPayments', LOGIB_LIMITS.monthlyPay, { blank: 0 });
  const weeklyHours = number('weeklyHours', LOGIB_LIMITS.weeklyHours, { above: true, blank: usualWeeklyHours });
  const annualHours = number('annualHours', LOGIB_LIMITS.annualHours, { above: true, blank: null });
  if (activityRate === 0 && paidHoursPerMonth === 0) error('pay.logib-no-workload', 'activityRate');
  if (basicWage === 0 && allowances === 0 && thirteenthMonth === 0 && specialPayments === 0) error('pay.no-pay', 'basicWage');
  if (
    errors.length > 0 ||
    person === undefined ||
    age === undefined ||
    sex === undefined ||
    yearsOfService === undefined ||
    education == null ||
    level == null ||
    position === undefined ||
    activityRate == null ||
    paidHoursPerMonth == null ||
    basicWage == null ||
    allowances == null ||
    thirteenthMonth == null ||
    specialPayments == null ||
    weeklyHours == null ||
    annualHours === undefined
  )
    return undefined;
  const hoursPaid = activityRate > 0 ? ((annualHours ?? weeklyHours * 52) * activityRate) / 100 : 12 * paidHoursPerMonth;
  return {
    record: {
      line,
      person,
      sex,
      age,
      yearsOfService,
      education,
      fube: null,
      category: String(level),
      position,
      hoursPaid,
      basicPay: 12 * basicWage,
      variablePay: 12 * (allowances + thirteenthMonth + specialPayments),
    },
    weeklyHours,
    activityRate,
    paidHoursPerMonth,
  };
}
