/**
 * The Art. 9 report (DOMAIN.md §7): the indicators (a)–(g) for the organisation and for each
 * entity, by class and by family × class. Composition only: every figure comes from
 * payIndicators / categoryIndicators with the same suppression threshold, so a figure on the
 * report page, in an export and in an Art. 7 answer is the same number.
 */
import type { CategoryIndicators, PayIndicators, PayPerson } from './indicators.js';
import { categoryBreakdown, categoryIndicators, DEFAULT_SUPPRESSION_THRESHOLD, FLAG_LIMIT, payIndicators } from './indicators.js';

export interface ReportPerson extends Omit<PayPerson, 'category'> {
  /** The entity the person works in; null when unknown (counted in the organisation only). */
  entityId: string | null;
  /** Category key at the class grain (categoryKey(…, 'class')); null: niet ingedeeld. */
  classKey: string | null;
  /** Category key at the family × class grain; null: niet ingedeeld. */
  familyClassKey: string | null;
}

export interface PayReportScope {
  /** null: the whole organisation. */
  entityId: string | null;
  /** (a)–(g), with (g) per class. */
  byClass: PayIndicators;
  /** (g) per family × class. */
  byFamilyClass: CategoryIndicators[];
}

export interface PayReport {
  threshold: number;
  flagLimit: number;
  organisation: PayReportScope;
  /** One per entity with at least one person, ordered by entity id. */
  entities: PayReportScope[];
  /** Categories (class grain) flagged anywhere: the Art. 10 candidates, as scope + key. */
  flagged: Array<{ entityId: string | null; grain: 'class' | 'family-class'; category: string }>;
}

export interface PayReportOptions {
  threshold?: number;
  flagLimit?: number;
}

function scope(entityId: string | null, persons: readonly ReportPerson[], threshold: number, flagLimit: number): PayReportScope {
  const byClass = payIndicators(
    persons.map((p) => ({ sex: p.sex, basicPay: p.basicPay, variablePay: p.variablePay, hoursPaid: p.hoursPaid, category: p.classKey })),
    { threshold, flagLimit },
  );
  // The family × class grain: (g) only, keyed finer.
  const fine = categoryBreakdown(
    persons.map((p) => ({ sex: p.sex, basicPay: p.basicPay, variablePay: p.variablePay, hoursPaid: p.hoursPaid, category: p.familyClassKey })),
    { threshold, flagLimit },
  );
  return { entityId, byClass, byFamilyClass: fine };
}

export function payReport(persons: readonly ReportPerson[], options: PayReportOptions = {}): PayReport {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const flagLimit = options.flagLimit ?? FLAG_LIMIT;
  const organisation = scope(null, persons, threshold, flagLimit);
  const byEntity = new Map<string, ReportPerson[]>();
  for (const p of persons) {
    if (p.entityId === null) continue;
    const list = byEntity.get(p.entityId);
    if (list === undefined) byEntity.set(p.entityId, [p]);
    else list.push(p);
  }
  const entities = [...byEntity.keys()].sort().map((id) => scope(id, byEntity.get(id)!, threshold, flagLimit));
  const flagged: PayReport['flagged'] = [];
  for (const s of [organisation, ...entities]) {
    for (const c of s.byClass.categories) if (c.flagged === true) flagged.push({ entityId: s.entityId, grain: 'class', category: c.category });
    for (const c of s.byFamilyClass) if (c.flagged === true) flagged.push({ entityId: s.entityId, grain: 'family-class', category: c.category });
  }
  return { threshold, flagLimit, organisation, entities, flagged };
}

/** The figures of one category for an Art. 7 answer: the category's indicators in the whole organisation. */
export function categoryFigures(persons: readonly ReportPerson[], classKey: string, options: PayReportOptions = {}): CategoryIndicators {
  const threshold = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  const members = persons
    .filter((p) => p.classKey === classKey)
    .map((p) => ({ sex: p.sex, basicPay: p.basicPay, variablePay: p.variablePay, hoursPaid: p.hoursPaid, category: p.classKey }));
  return categoryIndicators(classKey, members, threshold, options.flagLimit ?? FLAG_LIMIT);
}
