import type { FubeResource } from '../domain/access/index.js';

/**
 * Serialised FUBE views, reused while the FUBE's stamp (revision, state, last write) and the
 * day (deadlines count in days) stay the same. The stamp is read from the database on every
 * request, so several server processes on one database never serve a stale view.
 */
interface Entry {
  stamp: string;
  day: string;
  resource: FubeResource;
  /** The view as UTF-8 JSON, encoded once: sending a buffer skips measuring and encoding the text on every request. */
  body: Buffer;
}

export class FubeViewCache {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly capacity = 20_000) {}

  get(id: string, stamp: string, day: string): Entry | undefined {
    const entry = this.entries.get(id);
    return entry !== undefined && entry.stamp === stamp && entry.day === day ? entry : undefined;
  }

  set(id: string, entry: Entry): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    // Maps iterate in insertion order: the first key is the least recently stored.
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
