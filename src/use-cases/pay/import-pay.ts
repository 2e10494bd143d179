import { DEFAULT_PAY_THRESHOLD, PAY_PERIOD_PATTERN, PAY_THRESHOLD_RANGE, type PayImportResult, type PayRowErrorView } from '../../api/pay.js';
import { authorize } from '../../domain/access/index.js';
import type { PayRecord, PayRecordError } from '../../domain/pay/index.js';
import { isCalendarDate } from '../../domain/workflow/calendar.js';
import { type Locale, catalogueError, renderMessage } from '../../messages/index.js';
import type { StoredPayPeriod, StoredPayRecord } from '../../store/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { badRequest, forbidden } from '../problems.js';
import { otherScope, payOf } from './pay-scope.js';
import { forgetPayReport } from './report-cache.js';

/**
 * A pay file as read (src/documents/pay/read-pay-file.ts `PayFileRead`): the valid records,
 * every error with line and column, the rows read and the Logib rows outside the
 * statistical population (column Q not 1), which are left out without an error.
 */
export interface PayFileInput {
  format: 'csv' | 'logib';
  records: PayRecord[];
  errors: PayRecordError[];
  rejectedLines: number[];
  rows: number;
  notInPopulation: number;
}

export interface PayImportRequest {
  /** The period's name (`2026`); a period of that name is replaced. */
  period: string;
  /** YYYY-MM-DD; for a period that is a year, 31 December of it when absent. */
  referenceDate?: string | undefined;
  /** The entity the data covers; absent or null: the whole organisation. */
  entityId?: string | null | undefined;
  /** Import the valid rows and report the others, instead of all or nothing. */
  partial?: boolean | undefined;
  /** Suppression threshold of the period's reports (default 5, only higher). */
  threshold?: number | undefined;
}

/** The request checked: what the file is read with, and where it will be stored. */
export interface CheckedPayImport {
  period: string;
  referenceDate: string;
  entityId: string | null;
  partial: boolean;
  threshold: number;
}

/** A rejected row as the import reports it: the domain's codes, and codes of this import. */
export interface PayImportError extends Omit<PayRecordError, 'code'> {
  code: PayRecordError['code'] | 'pay.person-other-entity' | 'pay.formula-like';
}

/** Cells a spreadsheet reads as a formula when they start with one of these (CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/u;

/**
 * Checks an import request before the file is read: the period's name, the reference date,
 * the entity, the threshold, and that the caller is a pay analyst for that scope (the
 * period as it will be). The adapters call it first, so a refused caller's file is never parsed.
 */
export async function checkPayImport(deps: UseCaseDeps, ctx: UseCaseContext, request: PayImportRequest): Promise<{ caller: Caller; checked: CheckedPayImport }> {
  const caller = requireCaller(ctx);
  const entityId = request.entityId == null || request.entityId === '' ? null : request.entityId;
  const decision = authorize(caller, 'import', { type: 'pay', entityId });
  if (!decision.allowed) throw forbidden(decision.reason);
  const errors = [];
  if (!PAY_PERIOD_PATTERN.test(request.period)) errors.push(catalogueError('pay.period-invalid', 'period'));
  const year = /^\d{4}$/u.test(request.period) ? request.period : undefined;
  const referenceDate = request.referenceDate ?? (year !== undefined ? `${year}-12-31` : undefined);
  if (referenceDate === undefined) errors.push(catalogueError('pay.reference-date-required', 'referenceDate'));
  else if (!isCalendarDate(referenceDate)) errors.push(catalogueError('pay.reference-date-invalid', 'referenceDate'));
  const threshold = request.threshold ?? DEFAULT_PAY_THRESHOLD;
  if (!Number.isInteger(threshold) || threshold < PAY_THRESHOLD_RANGE.min || threshold > PAY_THRESHOLD_RANGE.max)
    errors.push(catalogueError('pay.threshold-out-of-range', 'threshold', { min: PAY_THRESHOLD_RANGE.min, max: PAY_THRESHOLD_RANGE.max }));
  if (entityId !== null && !(await deps.store.entities.ids()).has(entityId)) errors.push(catalogueError('pay.entity-unknown', 'entity', { entity: entityId }));
  if (errors.length > 0) throw badRequest(errors);
  return { caller, checked: { period: request.period, referenceDate: referenceDate!, entityId, partial: request.partial === true, threshold } };
}

/**
 * Imports a pay file as one reference period (issue 16 item 1): the pay analyst of the
 * period's scope only; all or nothing unless `partial`; a period of that name is replaced
 * (said in the result and the history). Each person's category is resolved on import: the
 * class of the FUBE the person (a people id) holds in force on the reference date, else of
 * the FUBE the `fube` column names (in force then), else the file's explicit `category`,
 * else none ("niet ingedeeld", counted apart). A person known to work in another entity
 * than a per-entity period's is rejected; cells that start like a formula are rejected.
 * The history row holds counts, never amounts.
 */
export async function importPay(deps: UseCaseDeps, ctx: UseCaseContext, request: PayImportRequest, file: PayFileInput): Promise<PayImportResult & { errorsRaw: PayImportError[] }> {
  const { caller, checked } = await checkPayImport(deps, ctx, request);
  const [held, entities] = await Promise.all([deps.store.pay.heldInForce(checked.referenceDate), deps.store.pay.personEntities()]);

  const errors: PayImportError[] = [...file.errors];
  const rejected = new Set(file.rejectedLines);
  const records: StoredPayRecord[] = [];
  let unclassified = 0;
  for (const record of file.records) {
    const rowErrors: PayImportError[] = [];
    for (const column of ['person', 'fube', 'category'] as const) {
      const value = record[column];
      if (value !== null && FORMULA_START.test(value)) rowErrors.push({ code: 'pay.formula-like', line: record.line, column, params: { character: JSON.stringify(value[0]) } });
    }
    const personEntity = entities.get(record.person);
    if (checked.entityId !== null && personEntity != null && personEntity !== checked.entityId)
      rowErrors.push({ code: 'pay.person-other-entity', line: record.line, column: 'person', params: { entity: personEntity } });
    if (rowErrors.length > 0) {
      errors.push(...rowErrors);
      rejected.add(record.line);
      continue;
    }
    const fube = held.byPerson.get(record.person) ?? (record.fube !== null ? held.byFube.get(record.fube) : undefined);
    if (fube === undefined && (record.category === null || record.category.trim() === '')) unclassified++;
    records.push({
      personKey: record.person,
      line: record.line,
      entityId: personEntity ?? checked.entityId,
      sex: record.sex,
      age: record.age,
      yearsOfService: record.yearsOfService,
      education: record.education,
      fubeId: record.fube,
      category: record.category !== null && record.category.trim() !== '' ? record.category.trim() : null,
      resolvedFamily: fube?.family ?? null,
      resolvedClass: fube?.class ?? null,
      position: record.position,
      fte: record.fte,
      hoursPaid: record.hoursPaid,
      basicPay: record.basicPay,
      variablePay: record.variablePay,
    });
  }
  errors.sort((a, b) => a.line - b.line);

  const base = {
    period: checked.period,
    referenceDate: checked.referenceDate,
    entityId: checked.entityId,
    format: file.format,
    rows: file.rows,
    rejectedRows: rejected.size,
    notInPopulation: file.notInPopulation,
    unclassified,
    errorsRaw: errors,
    errors: [] as PayRowErrorView[],
  };
  const refused = records.length === 0 || (errors.length > 0 && !checked.partial);
  if (refused) return { ...base, committed: false, replaced: false, imported: 0 };

  forgetPayReport(deps.store, checked.period);
  const { replaced } = await deps.store.pay.replacePeriod(
    { id: checked.period, referenceDate: checked.referenceDate, entityId: checked.entityId, importedBy: caller.userId, sourceFormat: file.format, threshold: checked.threshold },
    records,
    {
      actorId: caller.userId,
      data: {
        format: file.format,
        referenceDate: checked.referenceDate,
        entityId: checked.entityId,
        threshold: checked.threshold,
        partial: checked.partial,
        rows: file.rows,
        imported: records.length,
        rejectedRows: rejected.size,
        notInPopulation: file.notInPopulation,
        unclassified,
      },
    },
    (existing) => checkReplace(caller, existing),
  );
  forgetPayReport(deps.store, checked.period);
  return { ...base, committed: true, replaced: replaced !== undefined, imported: records.length };
}

/** The period as it is: replacing it needs the right to import over its scope too. */
function checkReplace(caller: Caller, existing: StoredPayPeriod | undefined): void {
  if (existing !== undefined && !authorize(caller, 'import', payOf(existing)).allowed) throw otherScope(existing);
}

/** The catalogue key of a code: `pay.out-of-range:exclusive` when the lower bound itself is not allowed. */
const messageKey = (e: PayImportError): string => (e.code === 'pay.out-of-range' && e.params?.['exclusiveMin'] !== undefined ? 'pay.out-of-range:exclusive' : e.code);

/** The rejected rows with their reasons in the caller's language (line, column, reason). */
export function rowErrorViews(errors: readonly PayImportError[], locale: Locale): PayRowErrorView[] {
  return errors.map((e) => ({
    line: e.line,
    column: e.column,
    code: e.code,
    ...(e.params !== undefined ? { params: e.params } : {}),
    message: renderMessage(locale, { key: messageKey(e), params: e.params ?? {} }) ?? e.code,
  }));
}

/** The result as the adapters send it: the errors rendered, without the raw list. */
export function importResultView(result: Awaited<ReturnType<typeof importPay>>, locale: Locale): PayImportResult {
  const { errorsRaw, ...rest } = result;
  return { ...rest, errors: rowErrorViews(errorsRaw, locale) };
}
