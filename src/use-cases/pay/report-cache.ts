/**
 * The figures of a pay period, computed once per import (issue 16 item 9: the report API's
 * p95 under 200 ms at 50,000 records): the Art. 9 report of the organisation and every
 * entity, and the Logib model. Aggregated figures only.
 */
import type { PayReportView } from '../../api/pay-report.js';
import { type PayCategory, type PayReport, type ReportPerson, adjustedGap, categoryKey, modelPersonFromRecord, payCategory, payReport } from '../../domain/pay/index.js';
import type { StoredPayPeriod, StoredPayRecord } from '../../store/index.js';
import type { UseCaseDeps } from '../context.js';

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

/** What a period's figures are, computed once: the full report (every entity) and the adjusted model. */
interface ComputedReport {
  report: PayReport;
  adjusted: NonNullable<PayReportView['adjusted']>;
}

/**
 * Computed reports per store and period. A period's records change only by an import (which
 * replaces it) or a deletion: both forget it here (forgetPayReport), and the key also holds
 * the import's instant and counts, so an import by another process (the CLI) is seen too.
 * A report holds aggregated figures only (a few KiB); at most CACHED_PERIODS per store.
 */
const CACHED_PERIODS = 16;
const computedReports = new WeakMap<object, Map<string, { version: string; computed: Promise<ComputedReport> }>>();
const versionOf = (p: StoredPayPeriod) => `${p.importedAt}|${p.threshold}|${p.entityId ?? ''}|${JSON.stringify(p.counts)}`;

/** Drops the computed report of a period (after an import or a deletion). */
export function forgetPayReport(store: object, periodId: string): void {
  computedReports.get(store)?.delete(periodId);
}

async function computeReport(deps: UseCaseDeps, period: StoredPayPeriod): Promise<ComputedReport> {
  const records = await deps.store.pay.recordsForReport(period.id);
  // A period of one entity is that entity's data, whatever a row says.
  const persons = records.map((r) => reportPerson(r, period.entityId ?? r.entityId));
  const report = payReport(persons, { threshold: period.threshold });
  const model = adjustedGap(records.map((r) => modelPersonFromRecord({ ...r, person: r.personKey, fube: r.fubeId }, storedCategory(r))));
  const adjusted: ComputedReport['adjusted'] = model.ok
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
  return { report, adjusted };
}

export function computedReport(deps: UseCaseDeps, period: StoredPayPeriod): Promise<ComputedReport> {
  let perStore = computedReports.get(deps.store);
  if (perStore === undefined) computedReports.set(deps.store, (perStore = new Map()));
  const version = versionOf(period);
  const hit = perStore.get(period.id);
  if (hit !== undefined && hit.version === version) return hit.computed;
  const computed = computeReport(deps, period);
  perStore.delete(period.id);
  perStore.set(period.id, { version, computed });
  // A failed computation is not kept; the oldest period goes first.
  computed.catch(() => perStore.get(period.id)?.computed === computed && perStore.delete(period.id));
  if (perStore.size > CACHED_PERIODS) perStore.delete(perStore.keys().next().value!);
  return computed;
}

