import type { Family } from '../family/schema.js';
import type { WeighingResult, WeighingValues } from './types.js';

/**
 * A weighing rule, prepared for one family. The methods assume nothing about their input
 * beyond its type: `level` and `class` return 0 when a criterion of the family has no valid
 * value (cheap to check in the hot loop), `result` is only called with checked values.
 */
export interface RuleEngine {
  /** Suggested family level (1..n), or 0 when a value is missing or out of range. */
  level(values: WeighingValues): number;
  /** Suggested function class (it also fixes the level: classes do not overlap), or 0. */
  class(values: WeighingValues): number;
  /** The full, explained result for values that passed `checkWeighingValues`. */
  result(values: WeighingValues): WeighingResult;
}

export interface WeighingRule {
  /** Stored with every weighing; never reuse an id for a changed rule. */
  readonly id: string;
  /** One line for people choosing a rule (English; documentation, not UI). */
  readonly description: string;
  prepare(family: Family): RuleEngine;
}
