/**
 * The Art. 9(1) indicators of directive 2023/970 (DOMAIN.md §7), on persons with their
 * annual basic and variable pay, hours paid, sex and category. Gap = (men − women) ÷ men ×
 * 100 on means or medians, positive when men earn more. Any figure computed from a group
 * with fewer women or fewer men than the threshold is returned as a suppressed marker, never
 * as a number. Persons whose sex is X count in the totals and the quartile bands and are
 * left out of the gap arithmetic. Numbers only; the caller words them.
 * See docs/pay-transparency.md and docs/decisions/0056-pay-indicator-choices.md.
 */
import type { Sex } from './record.js';

export interface PayPerson {
  sex: Sex;
  /** Gross annual basic pay. */
  basicPay: number;
  /** Gross annual complementary or variable pay. */
  variablePay: number;
  /** Hours paid in the year (> 0). */
  hoursPaid: number;
  /** The category key (categoryKey); null for "niet ingedeeld". */
  category: string | null;
}

/** Stands where a number would reveal a group below the threshold. */
export interface Suppressed {
  suppressed: true;
}
export const SUPPRESSED: Suppressed = Object.freeze({ suppressed: true });

/** A number; the suppressed marker; or null where the figure is not defined (the men's value is 0). */
export type Figure = number | Suppressed | null;

export const isSuppressed = (figure: Figure): figure is Suppressed => typeof figure === 'object' && figure !== null;

export interface AnnualHourly {
  annual: Figure;
  hourly: Figure;
}

export interface SexCounts {
  women: number;
  men: number;
  /** Sex X: in the totals, not in the gaps. */
  other: number;
  total: number;
}

export interface QuartileBand {
  /** 1 = lowest hourly pay … 4 = highest. */
  band: 1 | 2 | 3 | 4;
  count: number;
  /** Percentage of the band that are women; men likewise. */
  women: Figure;
  men: Figure;
}

export interface CategoryIndicators extends SexCounts {
  category: string;
  /** (g) mean gap of basic pay. */
  basicMeanGap: AnnualHourly;
  /** (g) mean gap of variable pay, among those receiving any. */
  variableMeanGap: AnnualHourly;
  /** Mean gap of the pay level (basic + variable): the Art. 10 trigger. */
  payMeanGap: AnnualHourly;
  /**
   * Average pay level and its components per sex (Art. 7 answers, Art. 10(b), the report's
   * chart); the variable mean is over everyone in the group. Suppressed like the gaps.
   */
  means: { women: PayMeans; men: PayMeans };
  /** |payMeanGap| ≥ 5 on annual or hourly pay; null when suppressed. */
  flagged: boolean | null;
  /** On which the flag stands. */
  flaggedOn: Array<'annual' | 'hourly'>;
}

export interface PayMeans {
  pay: AnnualHourly;
  basic: AnnualHourly;
  variable: AnnualHourly;
}

export interface PayIndicators {
  threshold: number;
  counts: SexCounts;
  /** (a) mean gap of the pay level. */
  meanGap: AnnualHourly;
  /** (c) median gap of the pay level. */
  medianGap: AnnualHourly;
  /** (b) mean gap of variable pay, among those receiving any. */
  variableMeanGap: AnnualHourly;
  /** (d) median gap of variable pay, among those receiving any. */
  variableMedianGap: AnnualHourly;
  /** (e) percentage of women and of men receiving any variable pay. */
  variableShare: { women: Figure; men: Figure };
  /** (f) the quartile bands of hourly pay level. */
  quartiles: QuartileBand[];
  /** (g) per category, ordered by key (numbers numerically). */
  categories: CategoryIndicators[];
  /** Persons without a category, reported apart. */
  unclassified: SexCounts;
}

export interface IndicatorOptions {
  /** Suppress a group with fewer women or fewer men than this (default 5, at least 1). */
  threshold?: number;
  /** The flag's limit in percent (default 5). */
  flagLimit?: number;
}

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
export const FLAG_LIMIT = 5;
/** A gap this close below the limit still counts as reaching it (rounding of means). */
const FLAG_TOLERANCE = 1e-9;

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

export function median(values: readonly number[]): number {
  // A typed array sorts numerically without a comparator: several times faster on 50,000 values.
  const sorted = Float64Array.from(values).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** (men − women) ÷ men × 100; null when the men's value is 0. */
export function gap(men: number, women: number): number | null {
  return men === 0 ? null : ((men - women) * 100) / men;
}

const annualPay = (p: PayPerson): number => p.basicPay + p.variablePay;
const hourly = (annual: number, p: PayPerson): number => annual / p.hoursPaid;

export function countSexes(persons: readonly PayPerson[]): SexCounts {
  let women = 0;
  let men = 0;
  let other = 0;
  for (const p of persons) {
    if (p.sex === 'F') women++;
    else if (p.sex === 'M') men++;
    else other++;
  }
  return { women, men, other, total: persons.length };
}

function normaliseThreshold(threshold: number | undefined): number {
  const t = threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(t) || t < 1) throw new RangeError('The suppression threshold is a whole number of at least 1');
  return t;
}

/** The gap of a statistic between the men and the women of a group, suppressed when either sex is below the threshold. */
function groupGap(persons: readonly PayPerson[], value: (p: PayPerson) => number, statistic: (values: number[]) => number, threshold: number): Figure {
  const women: number[] = [];
  const men: number[] = [];
  for (const p of persons) {
    if (p.sex === 'F') women.push(value(p));
    else if (p.sex === 'M') men.push(value(p));
  }
  if (women.length < threshold || men.length < threshold) return SUPPRESSED;
  return gap(statistic(men), statistic(women));
}

function annualHourlyGap(persons: readonly PayPerson[], annual: (p: PayPerson) => number, statistic: (values: number[]) => number, threshold: number): AnnualHourly {
  return {
    annual: groupGap(persons, annual, statistic, threshold),
    hourly: groupGap(persons, (p) => hourly(annual(p), p), statistic, threshold),
  };
}

const receivesVariable = (p: PayPerson): boolean => p.variablePay > 0;

/** Ties in hourly pay are ordered F, M, X (as `localeCompare` of the codes would, without its cost). */
const SEX_ORDER: Readonly<Record<Sex, number>> = { F: 0, M: 1, X: 2 };

/**
 * Everyone ranked by hourly pay level and cut into four bands of as-equal size: band b
 * (0-based) holds ranks ⌊b·n/4⌋ … ⌊(b+1)·n/4⌋ − 1, so a remainder goes to the upper bands.
 * Within a run of equal hourly pay, women and men are interleaved in proportion to their
 * numbers in that run (each person keyed (i + ½) ÷ count of their sex in the run), so a
 * boundary through the run splits each sex in proportion and the order of the input
 * cannot move anyone across it.
 */
export function quartileBands(persons: readonly PayPerson[], threshold: number = DEFAULT_SUPPRESSION_THRESHOLD): QuartileBand[] {
  const t = normaliseThreshold(threshold);
  const sorted = persons.map((p) => ({ sex: p.sex, order: SEX_ORDER[p.sex], pay: hourly(annualPay(p), p), key: 0 }));
  sorted.sort((a, b) => a.pay - b.pay || a.order - b.order);
  const ranked: typeof sorted = [];
  for (let start = 0; start < sorted.length; ) {
    let end = start;
    while (end < sorted.length && sorted[end]!.pay === sorted[start]!.pay) end++;
    const seen: Record<Sex, number> = { F: 0, M: 0, X: 0 };
    const total: Record<Sex, number> = { F: 0, M: 0, X: 0 };
    for (let i = start; i < end; i++) total[sorted[i]!.sex]++;
    for (let i = start; i < end; i++) {
      const r = sorted[i]!;
      r.key = (seen[r.sex]++ + 0.5) / total[r.sex];
    }
    if (end - start > 1) for (const r of sorted.slice(start, end).sort((a, b) => a.key - b.key || a.order - b.order)) ranked.push(r);
    else ranked.push(sorted[start]!);
    start = end;
  }
  const n = ranked.length;
  return ([1, 2, 3, 4] as const).map((band) => {
    const members = ranked.slice(Math.floor(((band - 1) * n) / 4), Math.floor((band * n) / 4));
    const women = members.filter((m) => m.sex === 'F').length;
    const men = members.filter((m) => m.sex === 'M').length;
    const shown = women >= t && men >= t;
    return {
      band,
      count: members.length,
      women: shown ? (women * 100) / members.length : SUPPRESSED,
      men: shown ? (men * 100) / members.length : SUPPRESSED,
    };
  });
}

function compareCategoryKeys(a: string, b: string): number {
  // Family × class keys ("FAM/10"): by family, then by class as a number.
  const slashA = a.lastIndexOf('/');
  const slashB = b.lastIndexOf('/');
  if (slashA > 0 && slashB > 0) {
    const family = compareKeyParts(a.slice(0, slashA), b.slice(0, slashB));
    if (family !== 0) return family;
    return compareKeyParts(a.slice(slashA + 1), b.slice(slashB + 1));
  }
  return compareKeyParts(a, b);
}

function compareKeyParts(a: string, b: string): number {
  const na = Number(a);
  const nb = Number(b);
  const numeric = (s: string, n: number) => s.trim() !== '' && Number.isFinite(n);
  if (numeric(a, na) && numeric(b, nb)) return na - nb || (a < b ? -1 : a > b ? 1 : 0);
  if (numeric(a, na) !== numeric(b, nb)) return numeric(a, na) ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function sexMeans(persons: readonly PayPerson[], sex: 'F' | 'M', shown: boolean): PayMeans {
  const group = persons.filter((p) => p.sex === sex);
  const of = (annual: (p: PayPerson) => number): AnnualHourly =>
    shown && group.length > 0
      ? { annual: mean(group.map(annual)), hourly: mean(group.map((p) => hourly(annual(p), p))) }
      : { annual: SUPPRESSED, hourly: SUPPRESSED };
  return { pay: of(annualPay), basic: of((p) => p.basicPay), variable: of((p) => p.variablePay) };
}

export function categoryIndicators(category: string, persons: readonly PayPerson[], threshold: number, flagLimit: number = FLAG_LIMIT): CategoryIndicators {
  const receivers = persons.filter(receivesVariable);
  const payMeanGap = annualHourlyGap(persons, annualPay, mean, threshold);
  const flaggedOn = (['annual', 'hourly'] as const).filter((basis) => {
    const g = payMeanGap[basis];
    return typeof g === 'number' && Math.abs(g) >= flagLimit - FLAG_TOLERANCE;
  });
  const counts = countSexes(persons);
  const shown = counts.women >= threshold && counts.men >= threshold;
  return {
    category,
    ...counts,
    basicMeanGap: annualHourlyGap(persons, (p) => p.basicPay, mean, threshold),
    variableMeanGap: annualHourlyGap(receivers, (p) => p.variablePay, mean, threshold),
    payMeanGap,
    means: { women: sexMeans(persons, 'F', shown), men: sexMeans(persons, 'M', shown) },
    flagged: isSuppressed(payMeanGap.annual) ? null : flaggedOn.length > 0,
    flaggedOn,
  };
}

/** (g) for every category of these persons, ordered by key; persons without a category are left out. */
export function categoryBreakdown(persons: readonly PayPerson[], options: IndicatorOptions = {}): CategoryIndicators[] {
  const threshold = normaliseThreshold(options.threshold);
  const byCategory = new Map<string, PayPerson[]>();
  for (const p of persons) {
    if (p.category === null) continue;
    const list = byCategory.get(p.category);
    if (list === undefined) byCategory.set(p.category, [p]);
    else list.push(p);
  }
  return [...byCategory.keys()].sort(compareCategoryKeys).map((key) => categoryIndicators(key, byCategory.get(key)!, threshold, options.flagLimit ?? FLAG_LIMIT));
}

/** The indicators (a)–(g) for a population (the organisation or an entity). */
export function payIndicators(persons: readonly PayPerson[], options: IndicatorOptions = {}): PayIndicators {
  const threshold = normaliseThreshold(options.threshold);
  const flagLimit = options.flagLimit ?? FLAG_LIMIT;
  const counts = countSexes(persons);
  const receivers = persons.filter(receivesVariable);
  const shareShown = counts.women >= threshold && counts.men >= threshold;
  const share = (sex: Sex, count: number): Figure =>
    shareShown ? (persons.filter((p) => p.sex === sex && receivesVariable(p)).length * 100) / count : SUPPRESSED;
  const byCategory = new Map<string, PayPerson[]>();
  const unclassified: PayPerson[] = [];
  for (const p of persons) {
    if (p.category === null) unclassified.push(p);
    else {
      const list = byCategory.get(p.category);
      if (list === undefined) byCategory.set(p.category, [p]);
      else list.push(p);
    }
  }
  return {
    threshold,
    counts,
    meanGap: annualHourlyGap(persons, annualPay, mean, threshold),
    medianGap: annualHourlyGap(persons, annualPay, median, threshold),
    variableMeanGap: annualHourlyGap(receivers, (p) => p.variablePay, mean, threshold),
    variableMedianGap: annualHourlyGap(receivers, (p) => p.variablePay, median, threshold),
    variableShare: { women: share('F', counts.women), men: share('M', counts.men) },
    quartiles: quartileBands(persons, threshold),
    categories: [...byCategory.keys()].sort(compareCategoryKeys).map((key) => categoryIndicators(key, byCategory.get(key)!, threshold, flagLimit)),
    unclassified: countSexes(unclassified),
  };
}
