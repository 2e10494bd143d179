import { type DomainError, type Result, fail, ok } from '../errors.js';
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
    if (details.title.trim() === '') errors.push({ code: 'fube.title-missing', path: 'title', message: 'de functietitel mag niet leeg zijn' });
    next.title = details.title.trim();
  }
  if (details.purpose !== undefined) {
    for (const field of ['what', 'goal'] as const)
      if (details.purpose[field].trim() === '')
        errors.push({ code: 'fube.purpose-missing', path: `purpose.${field}`, message: field === 'what' ? 'het doel (wat) mag niet leeg zijn' : "het doel ('met als doel') mag niet leeg zijn" });
    next.purpose = { what: details.purpose.what.trim(), goal: details.purpose.goal.trim() };
  }
  if (details.holderIds !== undefined) {
    const seen = new Set<string>();
    details.holderIds.forEach((id, i) => {
      if (id.trim() === '') errors.push({ code: 'fube.holder-empty', path: `holderIds[${i}]`, message: 'een functiehouder zonder id' });
      else if (seen.has(id)) errors.push({ code: 'fube.holder-duplicate', path: `holderIds[${i}]`, message: `functiehouder '${id}' staat twee keer in de lijst` });
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
