import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError, ref } from '../messages/index.js';
import type { Family } from '../family/schema.js';
import { fromFamilyResultArea } from './create-fube.js';
import type { FubeContent, FubeResultArea } from './schema.js';

/**
 * Chooses which family result areas the FUBE keeps, in the given order. Areas already in
 * the FUBE keep their adapted texts; own (custom) and RG areas are untouched and follow.
 */
export function chooseResultAreas(fube: FubeContent, family: Family, resultAreaIds: readonly string[]): Result<FubeContent> {
  const errors: DomainError[] = [];
  const chosen: FubeResultArea[] = [];
  resultAreaIds.forEach((id, i) => {
    const existing = fube.resultAreas.find((a) => a.origin === 'family' && a.resultAreaId === id);
    const area = family.resultAreas.find((a) => a.id === id);
    if (area === undefined)
      errors.push(catalogueError('fube.result-area-unknown', `resultAreaIds[${i}]`, { id, family: family.name }));
    else if (chosen.some((a) => a.resultAreaId === id))
      errors.push(catalogueError('fube.result-area-duplicate', `resultAreaIds[${i}]`, { title: area.title }));
    else chosen.push(existing ?? fromFamilyResultArea(area));
  });
  if (errors.length > 0) return fail(errors);
  return ok({ ...fube, resultAreas: [...chosen, ...fube.resultAreas.filter((a) => a.origin !== 'family')] });
}

export interface OwnResultArea {
  title: string;
  what: string;
  goal: string;
  activities?: string[];
}

/** Adds a result area of the function's own (not in the family). */
export function addCustomResultArea(fube: FubeContent, area: OwnResultArea): Result<FubeContent> {
  const errors: DomainError[] = [];
  for (const field of ['title', 'what', 'goal'] as const)
    if (area[field].trim() === '') errors.push(catalogueError('fube.result-area-incomplete:new-area', field, { field: ref(`fube.field.${field}`) }));
  if (errors.length > 0) return fail(errors);
  const added: FubeResultArea = {
    origin: 'custom',
    title: area.title.trim(),
    what: area.what.trim(),
    goal: area.goal.trim(),
    activities: (area.activities ?? []).map((a) => a.trim()).filter((a) => a !== ''),
  };
  return ok({ ...fube, resultAreas: [...fube.resultAreas, added] });
}

/**
 * Removes a result area. An RG area is required by the chosen criterion value: it goes
 * only when another value is chosen (setWeighing), never by hand.
 */
export function removeResultArea(fube: FubeContent, family: Family, index: number): Result<FubeContent> {
  const area = fube.resultAreas[index];
  const path = `resultAreas[${index}]`;
  if (area === undefined) return fail([catalogueError('fube.result-area-unknown:position', path, { position: index + 1 })]);
  if (area.origin === 'rg') {
    const criterion = family.criteria.find((c) => c.id === area.criterionId);
    const name = criterion?.name ?? area.criterionId ?? '?';
    return fail([
      catalogueError('fube.rg-result-area-required', path, { title: area.title, value: area.criterionValue ?? '?', criterion: name }),
    ]);
  }
  return ok({ ...fube, resultAreas: fube.resultAreas.filter((_, i) => i !== index) });
}
