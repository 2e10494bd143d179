import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { FubeContent } from './schema.js';

export interface FubeDetails {
  title?: string;
  unitId?: string | null;
  holderIds?: string[];
  managerId?: string | null;
  /** The family purpose made specific for this function. */
  purpose?: { what: string; goal: string };
}

/** Changes the title, unit, holders, manager or purpose; `null` clears unit or manager. */
export function editDetails(fube: FubeContent, details: FubeDetails): Result<FubeContent> {
  const errors: DomainError[] = [];
  const next: FubeContent = { ...fube };
  if (details.title !== undefined) {
    if (details.title.trim() === '') errors.push(catalogueError('fube.title-missing:empty', 'title'));
    next.title = details.title.trim();
  }
  if (details.purpose !== undefined) {
    for (const field of ['what', 'goal'] as const)
      if (details.purpose[field].trim() === '')
        errors.push(catalogueError(`fube.purpose-missing:${field}-empty`, `purpose.${field}`));
    next.purpose = { what: details.purpose.what.trim(), goal: details.purpose.goal.trim() };
  }
  if (details.holderIds !== undefined) {
    const seen = new Set<string>();
    details.holderIds.forEach((id, i) => {
      if (id.trim() === '') errors.push(catalogueError('fube.holder-empty', `holderIds[${i}]`));
      else if (seen.has(id)) errors.push(catalogueError('fube.holder-duplicate', `holderIds[${i}]`, { id }));
      seen.add(id);
    });
    next.holderIds = [...details.holderIds];
  }
  if (details.unitId !== undefined) {
    if (details.unitId === null) delete next.unitId;
    else next.unitId = details.unitId;
  }
  if (details.managerId !== undefined) {
    if (details.managerId === null) delete next.managerId;
    else next.managerId = details.managerId;
  }
  return errors.length > 0 ? fail(errors) : ok(next);
}
