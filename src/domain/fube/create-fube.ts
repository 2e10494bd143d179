import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { Family, ResultArea } from '../family/schema.js';
import type { FubeContent, FubeResultArea } from './schema.js';

export interface CreateFubeInput {
  title: string;
  entityId: string;
  unitId?: string;
  holderIds?: string[];
  managerId?: string;
  /** Family result areas to start with, by id; all of them when left out. */
  resultAreaIds?: string[];
}

/** A family result area as the FUBE offers it: texts copied, all example activities selected. */
export function fromFamilyResultArea(area: ResultArea): FubeResultArea {
  return { origin: 'family', resultAreaId: area.id, title: area.title, what: area.what, goal: area.goal, activities: [...area.activities] };
}

/**
 * Starts a FUBE from one family version: the purpose is the family's (to be made specific),
 * the family's result areas are offered; weighing and decision come later.
 */
export function createFube(family: Family, input: CreateFubeInput): Result<FubeContent> {
  const errors: DomainError[] = [];
  if (input.title.trim() === '') errors.push(catalogueError('fube.title-missing:empty', 'title'));
  if (input.entityId.trim() === '') errors.push(catalogueError('fube.entity-missing', 'entityId'));
  const ids = input.resultAreaIds ?? family.resultAreas.map((a) => a.id);
  const areas: FubeResultArea[] = [];
  ids.forEach((id, i) => {
    const area = family.resultAreas.find((a) => a.id === id);
    if (area === undefined)
      errors.push(catalogueError('fube.result-area-unknown', `resultAreaIds[${i}]`, { id, family: family.name }));
    else areas.push(fromFamilyResultArea(area));
  });
  const holderIds = [...new Set(input.holderIds ?? [])];
  if (errors.length > 0) return fail(errors);
  return ok({
    familyId: family.id,
    familyVersion: family.version,
    title: input.title.trim(),
    entityId: input.entityId,
    ...(input.unitId !== undefined ? { unitId: input.unitId } : {}),
    holderIds,
    ...(input.managerId !== undefined ? { managerId: input.managerId } : {}),
    purpose: { what: family.purpose.what, goal: family.purpose.goal },
    resultAreas: areas,
    specificKnowledge: '',
  });
}
