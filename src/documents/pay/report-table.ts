import type { AnnualHourly, CategoryIndicators, Figure, PayIndicators, PayReport, PayReportScope } from '../../domain/pay/index.js';
import { isSuppressed } from '../../domain/pay/index.js';
import { type Locale, format } from '../../messages/index.js';

/**
 * The Art. 9 report as rows of figures, the one source of the CSV, Excel and PDF exports:
 * every figure of the report page, in the same order, with its scope, grain, category,
 * indicator and basis. A suppressed figure stays a row (value null, suppressed true), so a
 * reader sees that it exists and why it is not shown.
 */
export interface PayReportDocumentInput {
  report: PayReport;
  /** The reference period's label, e.g. "2026". */
  period: string;
  referenceDate: string;
  /** Entity id → name. */
  entityNames: Readonly<Record<string, string>>;
  /** Family id → name (the family × class grain). */
  familyNames: Readonly<Record<string, string>>;
  generatedAt: string;
}

export type ReportIndicator =
  | 'count'
  | 'mean-gap'
  | 'median-gap'
  | 'variable-mean-gap'
  | 'variable-median-gap'
  | 'variable-share'
  | 'quartile-share'
  | 'basic-mean-gap'
  | 'category-variable-mean-gap'
  | 'pay-mean-gap'
  | 'mean-pay'
  | 'mean-basic'
  | 'mean-variable';

export interface ReportFigureRow {
  scope: string;
  grain: 'all' | 'class' | 'family-class';
  /** Category name; '' for the whole scope; a quartile band as "Q1"…"Q4". */
  category: string;
  indicator: ReportIndicator;
  basis: 'annual' | 'hourly' | '';
  /** 'women' / 'men' / 'total' / '' (a gap). */
  sex: 'women' | 'men' | 'total' | '';
  value: number | null;
  suppressed: boolean;
  /** Category rows: flagged (≥ 5 %), not flagged, or unknown (suppressed). */
  flagged: boolean | null;
}

export function scopeName(input: PayReportDocumentInput, entityId: string | null, locale: Locale): string {
  return entityId === null ? format(locale, 'ui.pay-report.organisation') : (input.entityNames[entityId] ?? entityId);
}

/** "10" → "Klasse 10" stays the class number; "FAM/10" → "Family name — 10". */
export function categoryName(input: PayReportDocumentInput, key: string): string {
  const slash = key.lastIndexOf('/');
  if (slash < 0) return key;
  const family = key.slice(0, slash);
  return `${input.familyNames[family] ?? family} — ${key.slice(slash + 1)}`;
}

function figureRow(base: Omit<ReportFigureRow, 'value' | 'suppressed'>, figure: Figure): ReportFigureRow {
  return isSuppressed(figure) ? { ...base, value: null, suppressed: true } : { ...base, value: figure, suppressed: false };
}

function annualHourly(base: Omit<ReportFigureRow, 'value' | 'suppressed' | 'basis'>, figures: AnnualHourly): ReportFigureRow[] {
  return [figureRow({ ...base, basis: 'annual' }, figures.annual), figureRow({ ...base, basis: 'hourly' }, figures.hourly)];
}

function categoryRows(scope: string, grain: 'class' | 'family-class', name: string, c: CategoryIndicators): ReportFigureRow[] {
  const base = { scope, grain, category: name, flagged: c.flagged } as const;
  return [
    { ...base, indicator: 'count', basis: '', sex: 'women', value: c.women, suppressed: false },
    { ...base, indicator: 'count', basis: '', sex: 'men', value: c.men, suppressed: false },
    { ...base, indicator: 'count', basis: '', sex: 'total', value: c.total, suppressed: false },
    ...annualHourly({ ...base, indicator: 'pay-mean-gap', sex: '' }, c.payMeanGap),
    ...annualHourly({ ...base, indicator: 'basic-mean-gap', sex: '' }, c.basicMeanGap),
    ...annualHourly({ ...base, indicator: 'category-variable-mean-gap', sex: '' }, c.variableMeanGap),
    ...(['women', 'men'] as const).flatMap((sex) => [
      ...annualHourly({ ...base, indicator: 'mean-pay', sex }, c.means[sex].pay),
      ...annualHourly({ ...base, indicator: 'mean-basic', sex }, c.means[sex].basic),
      ...annualHourly({ ...base, indicator: 'mean-variable', sex }, c.means[sex].variable),
    ]),
  ];
}

function headlineRows(scope: string, i: PayIndicators): ReportFigureRow[] {
  const base = { scope, grain: 'all', category: '', flagged: null } as const;
  return [
    { ...base, indicator: 'count', basis: '', sex: 'women', value: i.counts.women, suppressed: false },
    { ...base, indicator: 'count', basis: '', sex: 'men', value: i.counts.men, suppressed: false },
    { ...base, indicator: 'count', basis: '', sex: 'total', value: i.counts.total, suppressed: false },
    ...annualHourly({ ...base, indicator: 'mean-gap', sex: '' }, i.meanGap),
    ...annualHourly({ ...base, indicator: 'median-gap', sex: '' }, i.medianGap),
    ...annualHourly({ ...base, indicator: 'variable-mean-gap', sex: '' }, i.variableMeanGap),
    ...annualHourly({ ...base, indicator: 'variable-median-gap', sex: '' }, i.variableMedianGap),
    figureRow({ ...base, indicator: 'variable-share', basis: '', sex: 'women' }, i.variableShare.women),
    figureRow({ ...base, indicator: 'variable-share', basis: '', sex: 'men' }, i.variableShare.men),
    ...i.quartiles.flatMap((q) => [
      figureRow({ ...base, category: `Q${q.band}`, indicator: 'quartile-share', basis: 'hourly', sex: 'women' }, q.women),
      figureRow({ ...base, category: `Q${q.band}`, indicator: 'quartile-share', basis: 'hourly', sex: 'men' }, q.men),
    ]),
  ];
}

function scopeRows(input: PayReportDocumentInput, s: PayReportScope, locale: Locale): ReportFigureRow[] {
  const name = scopeName(input, s.entityId, locale);
  return [
    ...headlineRows(name, s.byClass),
    ...s.byClass.categories.flatMap((c) => categoryRows(name, 'class', categoryName(input, c.category), c)),
    ...s.byFamilyClass.flatMap((c) => categoryRows(name, 'family-class', categoryName(input, c.category), c)),
  ];
}

export function reportFigureRows(input: PayReportDocumentInput, locale: Locale): ReportFigureRow[] {
  return [input.report.organisation, ...input.report.entities].flatMap((s) => scopeRows(input, s, locale));
}
