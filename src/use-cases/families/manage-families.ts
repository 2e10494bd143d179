import type { FamilyVersionInfo } from '../../api/families.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { authorize } from '../../domain/access/index.js';
import type { DomainError } from '../../domain/errors.js';
import { catalogueError, ref } from '../../messages/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { ApiProblem, domainRefused, forbidden, limitRefused, notFound } from '../problems.js';
import { type FamilySource, readFamilySource } from './family-source.js';

/** Only whoever manages families (the administrator) uploads and publishes them. */
export function requireFamilyManager(ctx: UseCaseContext): Caller {
  const caller = requireCaller(ctx);
  const decision = authorize(caller, 'manage', { type: 'family' });
  if (!decision.allowed) throw forbidden(decision.reason);
  return caller;
}

/** Checks a family file without storing it: valid, or every error with line and column. Anyone may check. */
export function checkFamilySource(source: FamilySource): { valid: true; family: { id: string; version: number; name: string } } | { valid: false; errors: DomainError[] } {
  const result = readFamilySource(source);
  if (!result.ok) {
    // Over a limit is not a verdict on the family: the request itself is refused (413/422).
    const overLimit = limitRefused(result.errors);
    if (overLimit !== undefined) throw overLimit;
    return { valid: false, errors: result.errors };
  }
  const { id, version, name } = result.value;
  return { valid: true, family: { id, version, name } };
}

/** Stores a checked family file as a draft version; 409 when that version exists already. */
export async function uploadFamilyDraft(deps: UseCaseDeps, ctx: UseCaseContext, source: FamilySource): Promise<FamilyVersionInfo> {
  const caller = requireFamilyManager(ctx);
  const result = readFamilySource(source);
  if (!result.ok) throw limitRefused(result.errors) ?? domainRefused(result.errors, ref('problem.family-file-invalid'));
  const family = result.value;
  const existing = (await deps.store.families.versions(family.id)).find((v) => v.version === family.version);
  if (existing !== undefined)
    throw new ApiProblem({
      type: PROBLEM_TYPES.conflict,
      title: ref('problem.version-exists'),
      status: 409,
      detail: ref('problem.detail.version-exists', { id: family.id, version: family.version, published: existing.status === 'published' ? 1 : 0 }),
      errors: [catalogueError('family.version-exists', 'version', { version: family.version })],
    });
  return deps.store.families.saveDraft(family, source.text, caller.userId);
}

/** Publishes a draft version: from then on FUBEs can be written from it. */
export async function publishFamily(deps: UseCaseDeps, ctx: UseCaseContext, id: string, version: number): Promise<FamilyVersionInfo> {
  const caller = requireFamilyManager(ctx);
  const published = await deps.store.families.publish(id, version, caller.userId);
  if (published === undefined) throw notFound(ref('not-found.family-version', { id, version }));
  return published;
}
