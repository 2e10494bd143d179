import type { Family } from '../domain/family/schema.js';
import { ref } from '../messages/index.js';
import { notFound } from './problems.js';

/**
 * Family versions never change once stored (a correction is a new version), so the family
 * a FUBE was written on is read from the store once per process.
 */
export class FamilyVersions {
  private readonly cache = new Map<string, Promise<Family>>();

  constructor(private readonly store: { families: { get(id: string, version: number): Promise<{ family: Family } | undefined> } }) {}

  get(id: string, version: number): Promise<Family> {
    const key = `${id}@${version}`;
    let family = this.cache.get(key);
    if (family === undefined) {
      family = this.store.families.get(id, version).then((stored) => {
        if (stored === undefined) throw notFound(ref('not-found.family-version', { id, version }));
        return stored.family;
      });
      family.catch(() => this.cache.delete(key));
      this.cache.set(key, family);
    }
    return family;
  }
}

/** A family to write a FUBE from: the given version, or the latest published one; 404 otherwise. */
export async function requireFamily(store: { families: { get(id: string, version?: number): Promise<{ family: Family } | undefined> } }, id: string, version?: number): Promise<Family> {
  const stored = await store.families.get(id, version);
  if (stored === undefined)
    throw notFound(version === undefined ? ref('not-found.family-published', { id }) : ref('not-found.family-version', { id, version }));
  return stored.family;
}
