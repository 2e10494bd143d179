import type { PayReportExportQuery, PayReportView } from '../../api/pay-report.js';
import { can } from '../../domain/access/index.js';
import {
  type PayCategory,
  type PayReportScope,
  type ReportPerson,
  adjustedGap,
  categoryKey,
  modelPersonFromRecord,
  payCategory,
  payReport,
} from '../../domain/pay/index.js';
import { localDate } from '../../domain/workflow/index.js';
import { payReportBlocks, payReportCsv, payReportXlsx } from '../../documents/pay/report-exports.js';
import type { PayReportDocumentInput } from '../../documents/pay/report-table.js';
import { type Locale, ref } from '../../messages/index.js';
import type { StoredPayPeriod, StoredPayRecord } from '../../store/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { otherScope, payOf, periodNotFound, seesPeriod } from './pay-scope.js';

/**
 * The Art. 9 report of a reference period (issue 16 item 3) for the report page and its
 * exports: aggregated and suppressed only (the period's threshold), over the scopes the
 * caller may read — the whole organisation and every entity for an organisation-wide grant,
 * only their own entity for HR of an entity. An export is recorded in the history.
 */

/** A stored record's category: an explicit category wins, then the class of the FUBE held on the reference date. */
export function storedCategory(r: Pick<StoredPayRecord, 'category' | 'resolvedFamily' | 'resolvedClass'>): PayCategory {
  return payCategory({ category: r.category }, r.resolvedFamily !== null && r.resolvedClass !== null ? { family: r.resolvedFamily, class: r.resolvedClass } : undefined);
}

function reportPerson(r: StoredPayRecord, entityId: string | null): ReportPerson {
  const category = storedCategory(r);
  return {
    sex: r.sex,
    basicPay: r.basicPay,
    variablePay: r.variablePay,
    hoursPaid: r.hoursPaid,
    entityId,
    classKey: categoryKey(category, 'class'),
    familyClassKey: categoryKey(category, 'family-class'),
  };
}

interface LoadedReport {
  period: StoredPayPeriod;
  input: PayReportDocumentInput;
  organisationVisible: boolean;
  records: StoredPayRecord[];
}

async function loadReport(deps: UseCaseDeps, caller: Caller, periodId: string, now: Date): Promise<LoadedReport> {
  const period = await deps.store.pay.period(periodId);
  if (period === undefined) throw periodNotFound(periodId);
  if (!seesPeriod(caller, period)) throw otherScope(period);
  const [records, entities, families] = await Promise.all([deps.store.pay.recordsForReport(period.id), deps.store.entities.list(), deps.store.families.list()]);
  // A period of one entity is that entity's data, whatever a row says.
  const entityOf = (r: StoredPayRecord) => period.entityId ?? r.entityId;
  const organisationVisible = can(caller, 'read-report', payOf(period));
  const mayReadEntity = (entityId: string) => organisationVisible || can(caller, 'read-report', { type: 'pay', entityId });
  const persons = records.map((r) => reportPerson(r, entityOf(r)));
  const report = payReport(organisationVisible ? persons : persons.filter((p) => p.entityId !== null && mayReadEntity(p.entityId)), { threshold: period.threshold });
  const visible = { ...report, entities: report.entities.filter((s) => s.entityId !== null && mayReadEntity(s.entityId)) };
  return {
    period,
    organisationVisible,
    records: organisationVisible ? records : records.filter((r) => { const e = entityOf(r); return e !== null && mayReadEntity(e); }),
    input: {
      report: visible,
      period: period.id,
      referenceDate: period.referenceDate,
      entityNames: Object.fromEntries(entities.map((e) => [e.id, e.name])),
      familyNames: Object.fromEntries(families.map((f) => [f.id, f.name])),
      generatedAt: now.toISOString(),
    },
  };
}

function scopeView(input: PayReportDocumentInput, s: PayReportScope, organisationName: string) {
  return { ...s, name: s.entityId === null ? organisationName : (input.entityNames[s.entityId] ?? s.entityId) };
}

/** The report as the page reads it. */
export async function readPayReport(deps: UseCaseDeps, ctx: UseCaseContext, periodId: string, organisationName: string): Promise<PayReportView> {
  const caller = requireCaller(ctx);
  const { period, input, organisationVisible, records } = await loadReport(deps, caller, periodId, ctx.clock.now());
  // The adjusted gap of what the caller sees as a whole: the organisation (or the one entity period).
  let adjusted: PayReportView['adjusted'] = null;
  if (organisationVisible) {
    const model = adjustedGap(records.map((r) => modelPersonFromRecord({ ...r, person: r.personKey, fube: r.fubeId }, storedCategory(r))));
    adjusted = model.ok
      ? {
          ok: true,
          n: model.model.n,
          coefficient: model.model.coefficient,
          standardError: model.model.standardError,
          degreesOfFreedom: model.model.degreesOfFreedom,
          rSquared: model.model.rSquared,
          pValue: model.model.pValue,
          gap: model.model.gap,
          significant: model.model.significant,
        }
      : { ok: false, reason: model.reason, n: model.n };
  }
  const organisation = input.report.organisation;
  return {
    period: { id: period.id, referenceDate: period.referenceDate },
    threshold: input.report.threshold,
    flagLimit: input.report.flagLimit,
    organisation: organisationVisible ? scopeView(input, organisation, period.entityId === null ? organisationName : (input.entityNames[period.entityId] ?? period.entityId)) : null,
    entities: input.report.entities.map((s) => scopeView(input, s, organisationName)),
    familyNames: input.familyNames,
    adjusted,
    abilities: { export: can(caller, 'export', payOf(period)) },
  };
}

export interface PayReportFile {
  bytes: Uint8Array;
  contentType: string;
  fileName: string;
}

const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
} as const;

/** An export of the report (CSV, Excel or PDF): only for those who may export; recorded in the history. */
export async function exportPayReport(deps: UseCaseDeps, ctx: UseCaseContext, periodId: string, format: PayReportExportQuery['format'], locale: Locale): Promise<PayReportFile> {
  const caller = requireCaller(ctx);
  const now = ctx.clock.now();
  const { period, input } = await loadReport(deps, caller, periodId, now);
  if (!can(caller, 'export', payOf(period))) throw forbidden(ref('pay.report.export-forbidden'));
  const bytes =
    format === 'csv'
      ? new TextEncoder().encode(payReportCsv(input, locale))
      : format === 'xlsx'
        ? await payReportXlsx(input, locale)
        : await deps.documents.render({ kind: 'blocks', format: 'pdf', blocks: payReportBlocks(input, locale) });
  await deps.store.history.add({ actorId: caller.userId, action: 'pay.export', subjectType: 'pay-period', subjectId: period.id, data: { format, scopes: 1 + input.report.entities.length } });
  return { bytes, contentType: CONTENT_TYPES[format], fileName: `loonkloof-${period.id}-${localDate(now)}.${format}` };
}
