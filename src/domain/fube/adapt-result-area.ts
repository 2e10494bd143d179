import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError, ref } from '../messages/index.js';
import type { FubeContent, FubeResultArea } from './schema.js';

export interface ResultAreaTexts {
  title?: string;
  what?: string;
  goal?: string;
}

function at(fube: FubeContent, index: number): FubeResultArea | DomainError {
  return fube.resultAreas[index] ?? catalogueError('fube.result-area-unknown:position', `resultAreas[${index}]`, { position: index + 1 });
}

function replace(fube: FubeContent, index: number, area: FubeResultArea): FubeContent {
  return { ...fube, resultAreas: fube.resultAreas.map((a, i) => (i === index ? area : a)) };
}

/** Adapts the texts of a result area to the function (any origin, RG areas included). */
export function editResultArea(fube: FubeContent, index: number, texts: ResultAreaTexts): Result<FubeContent> {
  const area = at(fube, index);
  if ('code' in area) return fail([area]);
  const errors: DomainError[] = [];
  const next = { ...area };
  for (const field of ['title', 'what', 'goal'] as const) {
    const value = texts[field];
    if (value === undefined) continue;
    if (value.trim() === '')
      errors.push(catalogueError('fube.result-area-incomplete:field-empty', `resultAreas[${index}].${field}`, { field: ref(`fube.field.${field}`) }));
    next[field] = value.trim();
  }
  return errors.length > 0 ? fail(errors) : ok(replace(fube, index, next));
}

/**
 * Sets the example activities of a result area: selected family activities, edited ones
 * and the function's own, in the given order.
 */
export function setActivities(fube: FubeContent, index: number, activities: readonly string[]): Result<FubeContent> {
  const area = at(fube, index);
  if ('code' in area) return fail([area]);
  const errors: DomainError[] = [];
  activities.forEach((text, j) => {
    if (text.trim() === '') errors.push(catalogueError('fube.activity-empty', `resultAreas[${index}].activities[${j}]`));
  });
  if (errors.length > 0) return fail(errors);
  return ok(replace(fube, index, { ...area, activities: [...new Set(activities.map((a) => a.trim()))] }));
}

