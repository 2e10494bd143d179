import { DomainException, type DomainError, type Result, fail, ok } from '../errors.js';
import type { Family } from '../family/schema.js';
import { catalogueError } from '../messages/index.js';
import { checkWeighingValues } from './check-values.js';
import { DEFAULT_RULE_ID, getRule, ruleIds } from './registry.js';
import type { WeighingResult, WeighingValues } from './types.js';

/**
 * A rule prepared for one family: spans are looked up once, so batch callers weigh
 * without re-reading the family. `level`/`class` are the fast path (no result object);
 * they throw a DomainException naming every problem when a criterion of the family lacks a
 * valid value (extra, unknown keys are only reported by `weigh`).
 */
export interface PreparedWeigher {
  readonly rule: string;
  readonly family: Family;
  level(values: WeighingValues): number;
  class(values: WeighingValues): number;
  weigh(values: WeighingValues): Result<WeighingResult>;
}

const prepared = new WeakMap<Family, Map<string, PreparedWeigher>>();

/**
 * Prepares (and caches per family object) a weigher. An unknown rule id is a programming
 * error here and throws; `weigh` reports it as a value instead.
 */
export function prepareWeigher(family: Family, ruleId: string = DEFAULT_RULE_ID): PreparedWeigher {
  let byRule = prepared.get(family);
  const cached = byRule?.get(ruleId);
  if (cached !== undefined) return cached;
  const rule = getRule(ruleId);
  if (rule === undefined) throw new DomainException([unknownRule(ruleId)]);
  const engine = rule.prepare(family);
  const invalid = (values: WeighingValues) => new DomainException(checkWeighingValues(family, values));
  const weigher: PreparedWeigher = {
    rule: ruleId,
    family,
    level(values) {
      const level = engine.level(values);
      if (level === 0) throw invalid(values);
      return level;
    },
    class(values) {
      const cls = engine.class(values);
      if (cls === 0) throw invalid(values);
      return cls;
    },
    weigh(values) {
      const errors = checkWeighingValues(family, values);
      return errors.length > 0 ? fail(errors) : ok(engine.result(values));
    },
  };
  if (byRule === undefined) prepared.set(family, (byRule = new Map()));
  byRule.set(ruleId, weigher);
  return weigher;
}

/**
 * Weighs one set of values with a rule (default `median-v1`). Rejects, all at once, an
 * unknown rule and every missing, unknown or out-of-range value (path `values.<criterionId>`).
 */
export function weigh(family: Family, values: WeighingValues, ruleId: string = DEFAULT_RULE_ID): Result<WeighingResult> {
  if (getRule(ruleId) === undefined) return fail([unknownRule(ruleId), ...checkWeighingValues(family, values)]);
  return prepareWeigher(family, ruleId).weigh(values);
}

function unknownRule(ruleId: string): DomainError {
  return catalogueError('weighing.unknown-rule', 'rule', { rule: ruleId, known: ruleIds().join(', ') });
}
