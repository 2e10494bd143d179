import { ref } from '../domain/messages/index.js';
import type { Family } from '../domain/family/schema.js';
import { notFound } from './errors.js';
import type { ApiStore } from './ports.js';

/**
 * Family versions never change once stored (a correction is a new version), so the family
 * a FUBE was written on is read from the store once per process.
 */
export class FamilyVersions {
  private readonly cache = new Map<string, Promise<Family>>();

  constructor(private readonly store: ApiStore) {}

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
