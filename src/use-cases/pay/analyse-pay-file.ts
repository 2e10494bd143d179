/**
 * The analysis of a pay file without storing it (issue 16 item 7; `weegschaal pay analyse`):
 * the Art. 9 indicators and the adjusted gap (Logib standard model) of the valid records of a
 * PayFileRead. Pure: no store, no access check (the caller holds the file already).
 *
 * Categories (payCategory): with `classOfFube` (a store), the class of the row's `fube`
 * wins; else the explicit `category` (the Logib level of requirements G). In a file-only
 * analysis a CSV row with a `fube` but no `category` is therefore "niet ingedeeld".
 * Standardised salary: (basicPay + variablePay) ÷ fte for our CSV; for the Logib sheet
 * (basicPay + variablePay) ÷ 12 ÷ fte = (K + L + M + N) ÷ FTE, Logib's own monthly figure.
 * See docs/pay-transparency.md.
 */
import { type Locale, renderMessage } from '../../domain/messages/index.js';
import {
  type AdjustedGapReason,
  type AnnualHourly,
  type Figure,
  type HeldClass,
  type ModelPerson,
  type PayPerson,
  type PayRecord,
  type PayRecordError,
  type QuartileBand,
  MINIMUM_PERSONS,
  adjustedGap,
  categoryKey,
  modelPersonFromRecord,
  payCategory,
  payIndicators,
} from '../../domain/pay/index.js';
import type { PayFileFormat, PayFileRead } from '../../documents/pay/read-pay-file.js';
import { payErrorKey } from '../../documents/pay/pay-error-text.js';

export interface PayAnalysisOptions {
  /** Suppression threshold (default 5). */
  threshold?: number;
  /** The class of the FUBE a person holds on the reference date; absent: file-only analysis. */
  classOfFube?: (fube: string) => HeldClass | undefined;
}

export interface TwoLanguages {
  nl: string;
  en: string;
}

export interface AdjustedFigures {
  n: number;
  coefficient: number;
  standardError: number;
  degreesOfFreedom: number;
  rSquared: number;
  tValue: number;
  pValue: number;
  gap: number;
  significant: boolean;
}

export interface CategoryFigures {
  category: string;
  women: number;
  men: number;
  basicMeanGap: AnnualHourly;
  variableMeanGap: AnnualHourly;
  flagged: boolean | null;
}

export interface IndicatorFigures {
  meanGap: AnnualHourly;
  medianGap: AnnualHourly;
  variableMeanGap: AnnualHourly;
  variableMedianGap: AnnualHourly;
  variableShare: { women: Figure; men: Figure };
  quartiles: QuartileBand[];
  categories: CategoryFigures[];
}

export interface RejectedRow {
  line: number;
  column: string | null;
  code: PayRecordError['code'];
  params: Record<string, string | number>;
  message: TwoLanguages;
}

export interface PayAnalysis {
  format: PayFileFormat;
  threshold: number;
  counts: {
    /** Data rows in the file. */
    rows: number;
    /** Valid records analysed. */
    analysed: number;
    /** Rows rejected (not analysed). */
    rejected: number;
    /** Logib rows with Q ≠ 1. */
    notInPopulation: number;
    /** Of the analysed records. */
    women: number;
    men: number;
    other: number;
    /** Analysed records without a category ("niet ingedeeld"): in the totals, in no category. */
    unclassified: number;
    /** Analysed records left out of the adjusted model (sex X, no category). */
    excludedFromModel: number;
  };
  adjusted: AdjustedFigures | null;
  adjustedReason: { code: AdjustedGapReason; message: TwoLanguages } | null;
  indicators: IndicatorFigures;
  /** Every error of the file, with its line, column and text; the rows concerned are not analysed. */
  rejected: RejectedRow[];
}

const texts = (key: string, params: Record<string, string | number>): TwoLanguages => {
  const text = (locale: Locale) => renderMessage(locale, { key, params }) ?? key;
  return { nl: text('nl'), en: text('en') };
};

/** A Logib record in the model: standardised salary (K + L + M + N) ÷ FTE, monthly. */
export function logibModelPerson(record: PayRecord): ModelPerson {
  const person = modelPersonFromRecord(record, payCategory(record, undefined));
  return { ...person, standardisedSalary: (record.basicPay + record.variablePay) / 12 / record.fte };
}

export function analysePayFile(read: PayFileRead, options: PayAnalysisOptions = {}): PayAnalysis {
  const categories = read.records.map((r) => payCategory(r, r.fube !== null && options.classOfFube !== undefined ? options.classOfFube(r.fube) : undefined));
  const persons: PayPerson[] = read.records.map((r, i) => ({
    sex: r.sex,
    basicPay: r.basicPay,
    variablePay: r.variablePay,
    hoursPaid: r.hoursPaid,
    category: categoryKey(categories[i]!, 'class'),
  }));
  const indicators = payIndicators(persons, options.threshold === undefined ? {} : { threshold: options.threshold });
  const model = read.records.map((r, i) => (read.format === 'logib' ? logibModelPerson(r) : modelPersonFromRecord(r, categories[i]!)));
  const fit = adjustedGap(model);
  return {
    format: read.format,
    threshold: indicators.threshold,
    counts: {
      rows: read.rows,
      analysed: read.records.length,
      rejected: read.rejectedLines.length,
      notInPopulation: read.notInPopulation,
      women: indicators.counts.women,
      men: indicators.counts.men,
      other: indicators.counts.other,
      unclassified: indicators.unclassified.total,
      excludedFromModel: fit.excluded,
    },
    adjusted: fit.ok
      ? {
          n: fit.model.n,
          coefficient: fit.model.coefficient,
          standardError: fit.model.standardError,
          degreesOfFreedom: fit.model.degreesOfFreedom,
          rSquared: fit.model.rSquared,
          tValue: fit.model.tValue,
          pValue: fit.model.pValue,
          gap: fit.model.gap,
          significant: fit.model.significant,
        }
      : null,
    adjustedReason: fit.ok ? null : { code: fit.reason, message: texts(`pay.adjusted.${fit.reason}`, { n: fit.n, minimum: MINIMUM_PERSONS }) },
    indicators: {
      meanGap: indicators.meanGap,
      medianGap: indicators.medianGap,
      variableMeanGap: indicators.variableMeanGap,
      variableMedianGap: indicators.variableMedianGap,
      variableShare: indicators.variableShare,
      quartiles: indicators.quartiles,
      categories: indicators.categories.map((c) => ({
        category: c.category,
        women: c.women,
        men: c.men,
        basicMeanGap: c.basicMeanGap,
        variableMeanGap: c.variableMeanGap,
        flagged: c.flagged,
      })),
    },
    rejected: read.errors.map((e) => ({ line: e.line, column: e.column, code: e.code, params: e.params ?? {}, message: texts(payErrorKey(e), e.params ?? {}) })),
  };
}
