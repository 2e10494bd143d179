import type { FamilyDocument, FamilySummary, FamilyVersionInfo } from '../../api/families.js';
import { ref } from '../../messages/index.js';
import { type CompetencyProfile, competencyProfile } from '../../domain/profile/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { domainRefused, notFound } from '../problems.js';
import { requireFamilyManager } from './manage-families.js';

/** Families are public reference data: published versions need no caller; drafts only for their managers. */
export function listFamilies(deps: UseCaseDeps): Promise<FamilySummary[]> {
  return deps.store.families.list();
}

/** One version, or without a version the latest published one; 404 when there is none. */
export async function getFamily(deps: UseCaseDeps, ctx: UseCaseContext, id: string, version?: number): Promise<FamilyDocument> {
  const stored = await deps.store.families.get(id, version);
  if (stored === undefined)
    throw notFound(version === undefined ? ref('not-found.family-published', { id }) : ref('not-found.family-version', { id, version }));
  // A draft is not yet reference data: only those who manage families read it.
  if (stored.status === 'draft') requireFamilyManager(ctx);
  return { family: stored.family, status: stored.status, publishedAt: stored.publishedAt };
}

export async function familyVersions(deps: UseCaseDeps, id: string): Promise<FamilyVersionInfo[]> {
  const versions = await deps.store.families.versions(id);
  if (versions.length === 0) throw notFound(ref('not-found.family', { id }));
  return versions;
}

/** The competency profile of a class, derived from the latest published version. */
export async function familyProfile(deps: UseCaseDeps, ctx: UseCaseContext, id: string, cls: number): Promise<CompetencyProfile> {
  const { family } = await getFamily(deps, ctx, id);
  const profile = competencyProfile(family, cls);
  if (!profile.ok) throw domainRefused(profile.errors, ref('problem.unknown-class'));
  return profile.value;
}
