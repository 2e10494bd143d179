/**
 * The adjusted gap: the Swiss federal standard analysis model (Logib), as DOMAIN.md §7
 * describes it. Ordinary least squares of ln(standardised salary) on an intercept, training
 * years, years of service, potential experience e and e², the level of requirements and the
 * professional position as categories (reference = the highest value; a category with one
 * value is dropped) and sex (1 = F). Aliased columns are dropped as R's `lm` does
 * (least-squares.ts); the sex coefficient b gives Kennedy's estimator exp(b) ÷ exp(se²/2) − 1
 * and a two-sided t-test with n − rank degrees of freedom. Numbers and codes only.
 * See docs/decisions/0055-pay-gap-numerics.md.
 */
import type { PayCategory } from './category.js';
import { levelOfRequirements } from './category.js';
import { leastSquares } from './least-squares.js';
import type { PayRecord, Sex } from './record.js';
import { studentTTwoSidedP } from './student-t.js';

/** Training years by Logib education code 1…8. */
export const TRAINING_YEARS: Readonly<Record<number, number>> = Object.freeze({ 1: 17, 2: 15, 3: 14, 4: 15, 5: 13, 6: 12, 7: 11, 8: 7 });

export const MINIMUM_PERSONS = 50;
export const SIGNIFICANCE_LEVEL = 0.05;

export type CategoryValue = number | string;

export interface ModelPerson {
  sex: Sex;
  age: number;
  yearsOfService: number;
  /** Logib education code 1…8. */
  education: number;
  /** Level of requirements (the function class with our CSV); null: not analysed. */
  level: CategoryValue | null;
  /** Professional position; null where not given (all null: one value, dropped). */
  position: CategoryValue | null;
  /** Gross pay per full-time equivalent (> 0). */
  standardisedSalary: number;
}

export type ModelTerm = 'intercept' | 'trainingYears' | 'yearsOfService' | 'experience' | 'experienceSquared' | `level:${string}` | `position:${string}` | 'sexF';

export interface ModelCoefficient {
  term: ModelTerm;
  /** undefined when aliased (R's NA). */
  estimate: number | undefined;
  standardError: number | undefined;
}

export interface AdjustedModel {
  /** Persons analysed. */
  n: number;
  /** Coefficient of sex (1 = F) on ln salary. */
  coefficient: number;
  standardError: number;
  degreesOfFreedom: number;
  rank: number;
  rSquared: number;
  tValue: number;
  pValue: number;
  /** Kennedy's estimator in percent: negative when women earn less, all else equal. */
  gap: number;
  significant: boolean;
  coefficients: ModelCoefficient[];
}

export type AdjustedGapReason = 'too-few-persons' | 'one-sex-absent' | 'sex-aliased' | 'no-degrees-of-freedom';

export type AdjustedGapResult = { ok: true; model: AdjustedModel; excluded: number } | { ok: false; reason: AdjustedGapReason; n: number; excluded: number };

/** Potential experience: max(age − training years − 6, 0). */
export function potentialExperience(age: number, education: number): number {
  return Math.max(age - TRAINING_YEARS[education]! - 6, 0);
}

/** Numbers before texts, numbers numerically, texts by code unit; null lowest. */
export function compareCategoryValues(a: CategoryValue | null, b: CategoryValue | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : 1;
}

/** Dummy columns for every value but the highest (the reference); none for a single value. */
function dummies(values: readonly (CategoryValue | null)[], prefix: 'level' | 'position'): Array<{ term: ModelTerm; column: number[] }> {
  const distinct = [...new Set(values)].sort(compareCategoryValues);
  return distinct.slice(0, -1).map((value) => ({
    term: `${prefix}:${value === null ? '' : String(value)}` as ModelTerm,
    column: values.map((v) => (v === value ? 1 : 0)),
  }));
}

const analysable = (p: ModelPerson): boolean =>
  (p.sex === 'F' || p.sex === 'M') &&
  p.level !== null &&
  TRAINING_YEARS[p.education] !== undefined &&
  Number.isFinite(p.age) &&
  Number.isFinite(p.yearsOfService) &&
  Number.isFinite(p.standardisedSalary) &&
  p.standardisedSalary > 0;

/** The design of the model in its column order, with the term of each column. */
export function modelDesign(persons: readonly ModelPerson[]): { terms: ModelTerm[]; columns: number[][]; y: number[] } {
  const training = persons.map((p) => TRAINING_YEARS[p.education]!);
  const experience = persons.map((p) => potentialExperience(p.age, p.education));
  const parts: Array<{ term: ModelTerm; column: number[] }> = [
    { term: 'intercept', column: persons.map(() => 1) },
    { term: 'trainingYears', column: training },
    { term: 'yearsOfService', column: persons.map((p) => p.yearsOfService) },
    { term: 'experience', column: experience },
    { term: 'experienceSquared', column: experience.map((e) => e * e) },
    ...dummies(
      persons.map((p) => p.level),
      'level',
    ),
    ...dummies(
      persons.map((p) => p.position),
      'position',
    ),
    { term: 'sexF', column: persons.map((p) => (p.sex === 'F' ? 1 : 0)) },
  ];
  return { terms: parts.map((p) => p.term), columns: parts.map((p) => p.column), y: persons.map((p) => Math.log(p.standardisedSalary)) };
}

/**
 * Fits the standard model on the persons that can be analysed (sex F or M, a level, an
 * education code 1–8, a positive standardised salary); the others are counted as excluded.
 */
export function adjustedGap(persons: readonly ModelPerson[]): AdjustedGapResult {
  const analysed = persons.filter(analysable);
  const excluded = persons.length - analysed.length;
  const n = analysed.length;
  if (n < MINIMUM_PERSONS) return { ok: false, reason: 'too-few-persons', n, excluded };
  if (!analysed.some((p) => p.sex === 'F') || !analysed.some((p) => p.sex === 'M')) return { ok: false, reason: 'one-sex-absent', n, excluded };
  const { terms, columns, y } = modelDesign(analysed);
  const fit = leastSquares(columns, y);
  const sex = terms.length - 1;
  const b = fit.coefficients[sex];
  const se = fit.standardErrors[sex];
  if (fit.degreesOfFreedom === 0) return { ok: false, reason: 'no-degrees-of-freedom', n, excluded };
  if (b === undefined || se === undefined) return { ok: false, reason: 'sex-aliased', n, excluded };
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  const totalSumOfSquares = y.reduce((s, v) => s + (v - meanY) ** 2, 0);
  const tValue = b / se;
  const pValue = studentTTwoSidedP(tValue, fit.degreesOfFreedom);
  return {
    ok: true,
    excluded,
    model: {
      n,
      coefficient: b,
      standardError: se,
      degreesOfFreedom: fit.degreesOfFreedom,
      rank: fit.rank,
      rSquared: totalSumOfSquares === 0 ? 1 : 1 - fit.residualSumOfSquares / totalSumOfSquares,
      tValue,
      pValue,
      gap: kennedyGap(b, se) * 100,
      significant: pValue < SIGNIFICANCE_LEVEL,
      coefficients: terms.map((term, j) => ({ term, estimate: fit.coefficients[j], standardError: fit.standardErrors[j] })),
    },
  };
}

/** Kennedy (1981): the relative effect of a dummy in a log-linear model, exp(b) ÷ exp(se²/2) − 1. */
export function kennedyGap(b: number, se: number): number {
  return Math.exp(b - (se * se) / 2) - 1;
}

/** A person of our pay CSV in the model: standardised salary = (basicPay + variablePay) ÷ fte, level = the category. */
export function modelPersonFromRecord(record: PayRecord, category: PayCategory): ModelPerson {
  return {
    sex: record.sex,
    age: record.age,
    yearsOfService: record.yearsOfService,
    education: record.education,
    level: levelOfRequirements(category),
    position: record.position,
    standardisedSalary: (record.basicPay + record.variablePay) / record.fte,
  };
}

/** The pay columns of a row of the Logib data sheet (monthly amounts; blanks as null). */
export interface LogibSheetPay {
  /** I: activity rate in % (monthly paid). */
  activityRate: number | null;
  /** J: paid hours per month (hourly paid). */
  paidHoursPerMonth: number | null;
  /** K–N: basic wage, allowances, 1/12 of the 13th month, 1/12 of special payments. */
  basicWage: number | null;
  allowances: number | null;
  thirteenthMonth: number | null;
  specialPayments: number | null;
  /** O: usual weekly working hours; blank takes the analysis' usual weekly hours. */
  weeklyHours: number | null;
}

export const DEFAULT_USUAL_WEEKLY_HOURS = 40;

/** m: the most frequent weekly hours value (the highest of equally frequent ones). */
export function modalWeeklyHours(weeklyHours: readonly number[]): number | undefined {
  const counts = new Map<number, number>();
  for (const h of weeklyHours) counts.set(h, (counts.get(h) ?? 0) + 1);
  let best: number | undefined;
  let bestCount = 0;
  for (const [hours, count] of counts) if (count > bestCount || (count === bestCount && hours > best!)) [best, bestCount] = [hours, count];
  return best;
}

/**
 * Standardised salaries of Logib data sheet rows: (K + L + M + N) ÷ FTE with FTE = weekly
 * hours × activity rate ÷ (100 m), or 12 × paid hours ÷ (52 m) where that is 0. Blank pay
 * components and workload count as 0; null where the FTE is 0.
 */
export function logibStandardisedSalaries(rows: readonly LogibSheetPay[], usualWeeklyHours: number = DEFAULT_USUAL_WEEKLY_HOURS): Array<number | null> {
  const weekly = rows.map((r) => r.weeklyHours ?? usualWeeklyHours);
  const m = modalWeeklyHours(weekly);
  return rows.map((row, i) => {
    if (m === undefined || m <= 0) return null;
    let fte = (weekly[i]! * (row.activityRate ?? 0)) / (100 * m);
    if (fte === 0) fte = (12 * (row.paidHoursPerMonth ?? 0)) / (52 * m);
    if (!(fte > 0)) return null;
    return ((row.basicWage ?? 0) + (row.allowances ?? 0) + (row.thirteenthMonth ?? 0) + (row.specialPayments ?? 0)) / fte;
  });
}
