import { type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { Family } from '../family/schema.js';
import { keepFittingChoices, rgAreaDefaults } from './choose-alternatives.js';
import { checkWeighingValues } from '../weighing/check-values.js';
import { DEFAULT_RULE_ID, getRule } from '../weighing/registry.js';
import { weigh } from '../weighing/weigh.js';
import type { WeighingResult, WeighingValues } from '../weighing/types.js';
import type { FubeContent, FubeResultArea } from './schema.js';
import { withoutStaleTie } from './decide-tie.js';

/**
 * Sets the criterion values of the FUBE's weighing. A draft may be incomplete: the result is
 * computed (rule id and result stored) once every criterion has a valid value. Each chosen RG
 * value gets its required result area, prefilled from the value text (split at "met als doel"); an RG area whose value
 * is no longer chosen goes. Unknown criteria and values out of range are errors.
 */
export function setWeighing(fube: FubeContent, family: Family, values: WeighingValues, ruleId: string = fube.weighing?.rule ?? DEFAULT_RULE_ID): Result<FubeContent> {
  if (getRule(ruleId) === undefined) return fail([catalogueError('weighing.unknown-rule:fube', 'weighing.rule', { rule: ruleId })]);
  const problems = checkWeighingValues(family, values).filter((e) => e.code !== 'weighing.missing-value');
  if (problems.length > 0) return fail(problems.map((e) => ({ ...e, path: `weighing.${e.path}` })));
  const complete = family.criteria.every((c) => values[c.id] !== undefined);
  let result: WeighingResult | undefined;
  if (complete) {
    const weighed = weigh(family, values, ruleId);
    if (!weighed.ok) return fail(weighed.errors.map((e) => ({ ...e, path: `weighing.${e.path}` })));
    result = weighed.value;
  }

  // A changed value makes its recorded OF choice stale: it goes with the old value.
  const alternatives = keepFittingChoices(family, fube.weighing?.alternatives, fube.weighing?.values, values);
  const kept = fube.resultAreas.filter((area) => area.origin !== 'rg' || isChosenRg(family, values, area));
  const added: FubeResultArea[] = [];
  for (const criterion of family.criteria) {
    const chosen = values[criterion.id];
    const value = chosen === undefined ? undefined : criterion.values[chosen - 1];
    if (value === undefined || !value.rg) continue;
    if (kept.some((a) => a.origin === 'rg' && a.criterionId === criterion.id && a.criterionValue === chosen)) continue;
    added.push({ origin: 'rg', criterionId: criterion.id, criterionValue: chosen, ...rgAreaDefaults(criterion, value, alternatives?.[criterion.id]), activities: [] });
  }
  // A tie decision settles one weighing; other values are decided anew.
  return ok(
    withoutStaleTie({
      ...fube,
      resultAreas: [...kept, ...added],
      weighing: { rule: ruleId, values: { ...values }, ...(result !== undefined ? { result } : {}), ...(alternatives !== undefined ? { alternatives } : {}) },
    }),
  );
}

function isChosenRg(family: Family, values: WeighingValues, area: FubeResultArea): boolean {
  const criterion = family.criteria.find((c) => c.id === area.criterionId);
  if (criterion === undefined || area.criterionValue === undefined) return false;
  return values[criterion.id] === area.criterionValue && criterion.values[area.criterionValue - 1]?.rg === true;
}
