import type { CheckItem } from '../../api/messages.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import type { ActionType, WorkflowState } from '../../domain/workflow/index.js';

/**
 * A FUBE's view as every reader sees it, kept while the FUBE's stamp (revision, state, last
 * write) and the day (deadlines and terms count in days) stay the same, with what the
 * access rules and the caller's abilities need. The stamp is read from the database on
 * every request, so several server processes on one database never serve a stale view.
 */
export interface CachedView {
  stamp: string;
  day: string;
  /** Where the FUBE stands and whom it names (the access rules' resource is made from it per request). */
  parties: Pick<FubeContent, 'entityId' | 'unitId' | 'holderIds' | 'managerId'>;
  authors: { writerIds: string[]; weigherIds: string[] };
  /** The people the validation committee keeps out (manager, holders, writers, weighers). */
  committeeExcluded: string[];
  /** The weighing has a tie (decided or not), which HR of the entity may decide while drafting. */
  tie: boolean;
  workflow: WorkflowState;
  /** Per workflow action, what blocks it today for every caller. */
  blockers: ReadonlyMap<ActionType, readonly CheckItem[]>;
  /** The view as UTF-8 JSON, encoded once: adapters send it as is. */
  json: Buffer;
  /** The same for readers without the working notes (holders, managers; domain/access/audience.ts). */
  publicJson: Buffer;
}

export class FubeViewCache {
  private readonly entries = new Map<string, CachedView>();

  constructor(private readonly capacity = 20_000) {}

  get(id: string, stamp: string, day: string): CachedView | undefined {
    const entry = this.entries.get(id);
    return entry !== undefined && entry.stamp === stamp && entry.day === day ? entry : undefined;
  }

  /** Whether a view of this FUBE is kept at all (of any stamp or day). */
  has(id: string): boolean {
    return this.entries.has(id);
  }

  set(id: string, entry: CachedView): void {
    this.entries.delete(id);
    this.entries.set(id, entry);
    // Maps iterate in insertion order: the first key is the least recently stored.
    if (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest !== undefined) this.entries.delete(oldest);
    }
  }
}
