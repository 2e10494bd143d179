import type { PayReportExportQuery, PayReportView } from '../../api/pay-report.js';
import { can } from '../../domain/access/index.js';
import type { PayReport, PayReportScope } from '../../domain/pay/index.js';
import { localDate } from '../../domain/workflow/index.js';
import { payReportBlocks, payReportCsv, payReportXlsx } from '../../documents/pay/report-exports.js';
import type { PayReportDocumentInput } from '../../documents/pay/report-table.js';
import { type Locale, ref } from '../../messages/index.js';
import type { StoredPayPeriod } from '../../store/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { otherScope, payOf, periodNotFound, seesPeriod } from './pay-scope.js';
import { computedReport } from './report-cache.js';

/**
 * The Art. 9 report of a reference period (issue 16 item 3) for the report page and its
 * exports: aggregated and suppressed only (the period's threshold), over the scopes the
 * caller may read — the whole organisation and every entity for an organisation-wide grant,
 * only their own entity for HR of an entity. An export is recorded in the history.
 */

interface LoadedReport {
  period: StoredPayPeriod;
  input: PayReportDocumentInput;
  organisationVisible: boolean;
  /** The Logib model of the whole period: only for those who see the organisation. */
  adjusted: PayReportView['adjusted'];
}

async function loadReport(deps: UseCaseDeps, caller: Caller, periodId: string, now: Date): Promise<LoadedReport> {
  const period = await deps.store.pay.period(periodId);
  if (period === undefined) throw periodNotFound(periodId);
  if (!seesPeriod(caller, period)) throw otherScope(period);
  const [{ report, adjusted }, entities, families] = await Promise.all([computedReport(deps, period), deps.store.entities.list(), deps.store.families.list()]);
  const organisationVisible = can(caller, 'read-report', payOf(period));
  // Each entity's figures are computed from its own persons only, so a caller who may read
  // some entities gets exactly those scopes of the full report.
  const mayReadEntity = (entityId: string | null) => organisationVisible || (entityId !== null && can(caller, 'read-report', { type: 'pay', entityId }));
  const visible: PayReport = {
    ...report,
    entities: report.entities.filter((s) => mayReadEntity(s.entityId)),
    flagged: report.flagged.filter((f) => (f.entityId === null ? organisationVisible : mayReadEntity(f.entityId))),
  };
  return {
    period,
    organisationVisible,
    adjusted: organisationVisible ? adjusted : null,
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
  const { period, input, organisationVisible, adjusted } = await loadReport(deps, caller, periodId, ctx.clock.now());
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
