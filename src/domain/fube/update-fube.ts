import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { Family } from '../family/schema.js';
import type { FubeContent } from './schema.js';
import { type AlternativeChoices, chooseAlternatives, keepFittingChoices } from './choose-alternatives.js';
import { setWeighing } from './set-weighing.js';
import { checkCompetencyWording } from './competency-profile.js';

/**
 * Accepts a whole new content for a FUBE (the editor's save), keeping the rules that the
 * single use cases keep: the family is the one given, a required RG result area is not
 * removed by hand (only by choosing another value), and the weighing result is recomputed
 * from the values, never taken from the client; neither is the tie decision.
 */
export function updateFube(before: FubeContent, after: FubeContent, family: Family): Result<FubeContent> {
  const errors: DomainError[] = [];
  if (after.familyId !== family.id || after.familyVersion !== family.version)
    errors.push(
      catalogueError('fube.family-mismatch:content', 'familyVersion', {
        familyId: after.familyId,
        familyVersion: after.familyVersion,
        expectedId: family.id,
        expectedVersion: family.version,
      }),
    );
  const values = after.weighing?.values ?? {};
  for (const area of before.resultAreas) {
    if (area.origin !== 'rg' || area.criterionId === undefined) continue;
    const stillChosen = values[area.criterionId] === area.criterionValue;
    const kept = after.resultAreas.some((a) => a.origin === 'rg' && a.criterionId === area.criterionId && a.criterionValue === area.criterionValue);
    if (stillChosen && !kept) {
      const name = family.criteria.find((c) => c.id === area.criterionId)?.name ?? area.criterionId;
      errors.push(catalogueError('fube.rg-result-area-required', 'resultAreas', { title: area.title, value: area.criterionValue ?? '?', criterion: name }));
    }
  }
  errors.push(...checkCompetencyWording(after.competencyWording, family));
  // A choice sent unchanged with a changed value is stale (cleared); a new choice is checked.
  const choices = after.weighing?.alternatives ?? {};
  const previous: Record<string, number> = { ...values };
  for (const [criterionId, chosen] of Object.entries(choices)) {
    const same = JSON.stringify(before.weighing?.alternatives?.[criterionId] ?? null) === JSON.stringify(chosen);
    if (same && before.weighing?.values[criterionId] !== undefined) previous[criterionId] = before.weighing.values[criterionId];
    else if (after.weighing !== undefined) {
      const checked = chooseAlternatives(after, family, criterionId, chosen);
      if (!checked.ok) errors.push(...checked.errors);
    }
  }
  if (errors.length > 0) return fail(errors);
  // The tie decision is recorded only by its own use case (who, when): the stored one stays.
  const { tieDecision: _sent, ...rest } = after;
  const settled: FubeContent = before.tieDecision !== undefined ? { ...rest, tieDecision: before.tieDecision } : rest;
  if (settled.weighing === undefined) {
    const { tieDecision: _gone, ...unweighed } = settled;
    return ok({ ...unweighed, resultAreas: settled.resultAreas.filter((a) => a.origin !== 'rg') });
  }
  const kept: AlternativeChoices | undefined = keepFittingChoices(family, settled.weighing.alternatives, previous, values);
  const weighing = { ...settled.weighing };
  delete weighing.alternatives;
  if (kept !== undefined) weighing.alternatives = kept;
  return setWeighing({ ...settled, weighing }, family, values, settled.weighing.rule);
}
