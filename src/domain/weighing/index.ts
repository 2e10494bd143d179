export * from './weigh.js';
export { checkWeighingValues } from './check-values.js';
export { explain, explainStanding, valueSentence, type ExplanationAudience } from './explain.js';
export { DEFAULT_RULE_ID, getRule, ruleIds, type RuleEngine, type WeighingRule } from './registry.js';
export * from './types.js';
