/**
 * The Art. 7 answer (directive 2023/970, DOMAIN.md §7, issue 16 item 6): a worker's own pay
 * level and the average pay levels by sex of their category, from the latest pay period that
 * holds them. The category's means are categoryFigures' (the report's suppression): a
 * suppressed mean stays `{ suppressed: true }` and is said to be suppressed, never shown.
 * docs/pay-transparency.md § Verzoeken (art. 7).
 */
import type { PayMeans } from './indicators.js';
import { isSuppressed } from './indicators.js';
import type { ReportPerson } from './report.js';
import { categoryFigures } from './report.js';

export interface OwnPay {
  annual: { basic: number; variable: number; total: number };
  hourly: { basic: number; variable: number; total: number };
  hoursPaid: number;
}

export type PayAnswer =
  | {
      kind: 'figures';
      period: { id: string; referenceDate: string };
      threshold: number;
      /** The category at the class grain; null: "niet ingedeeld" (no means then). */
      category: string | null;
      own: OwnPay;
      /** The category's average pay level and components per sex; null when the person has no category. */
      means: { women: PayMeans; men: PayMeans } | null;
      /** Whether any of the means is suppressed (a group below the threshold). */
      suppressed: boolean;
    }
  | { kind: 'not-in-period' };

export interface AnswerSource {
  period: { id: string; referenceDate: string; threshold: number };
  /** The person's own record in that period. */
  own: { basicPay: number; variablePay: number; hoursPaid: number; classKey: string | null };
  /** Everyone in the period, as the report sees them. */
  persons: readonly ReportPerson[];
}

/** The answer from the latest period holding the person, or the fact that none does. */
export function payAnswer(source: AnswerSource | undefined): PayAnswer {
  if (source === undefined) return { kind: 'not-in-period' };
  const { own, period } = source;
  const total = own.basicPay + own.variablePay;
  const hourly = (v: number) => (own.hoursPaid > 0 ? v / own.hoursPaid : 0);
  const means = own.classKey === null ? null : categoryFigures(source.persons, own.classKey, { threshold: period.threshold }).means;
  const suppressed =
    means !== null &&
    [means.women, means.men].some((m) => [m.pay, m.basic, m.variable].some((ah) => isSuppressed(ah.annual) || isSuppressed(ah.hourly)));
  return {
    kind: 'figures',
    period: { id: period.id, referenceDate: period.referenceDate },
    threshold: period.threshold,
    category: own.classKey,
    own: {
      annual: { basic: own.basicPay, variable: own.variablePay, total },
      hourly: { basic: hourly(own.basicPay), variable: hourly(own.variablePay), total: hourly(total) },
      hoursPaid: own.hoursPaid,
    },
    means,
    suppressed,
  };
}
