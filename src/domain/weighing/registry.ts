import { medianV1 } from './median-v1.js';
import type { WeighingRule } from './rule.js';

/** Rules by id. Adding a rule is adding a file and a line here; stored weighings keep their id. */
const rules = new Map<string, WeighingRule>([[medianV1.id, medianV1]]);

export const DEFAULT_RULE_ID = medianV1.id;

export function getRule(id: string): WeighingRule | undefined {
  return rules.get(id);
}

export function ruleIds(): string[] {
  return [...rules.keys()];
}

export type { RuleEngine, WeighingRule } from './rule.js';
