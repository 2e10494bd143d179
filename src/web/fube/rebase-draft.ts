import type { FubeContent } from '../../domain/fube/schema.js';

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface Rebased {
  content: FubeContent;
  /** Fields (paths such as `purpose.goal`) that both the other writer and this draft changed: the draft's version was kept. */
  overlap: string[];
}

/**
 * Reapplies the unsaved changes of a draft onto a newer revision after a conflict: every
 * field the draft changed against the revision it started from is taken from the draft,
 * every other field from the newer revision, so the other writer's changes stay. Objects
 * are merged field by field; lists (result areas, holders) are taken whole.
 */
export function rebaseDraft(base: FubeContent, draft: FubeContent, current: FubeContent): Rebased {
  const overlap: string[] = [];
  const merge = (b: unknown, mine: unknown, theirs: unknown, path: string): unknown => {
    if (same(mine, b)) return theirs;
    if (same(theirs, b) || same(theirs, mine)) return mine;
    if (isRecord(b) && isRecord(mine) && isRecord(theirs)) {
      const out: Record<string, unknown> = {};
      for (const key of new Set([...Object.keys(b), ...Object.keys(mine), ...Object.keys(theirs)])) {
        const value = merge(b[key], mine[key], theirs[key], path === '' ? key : `${path}.${key}`);
        if (value !== undefined) out[key] = value;
      }
      return out;
    }
    overlap.push(path);
    return mine;
  };
  return { content: merge(base, draft, current, '') as FubeContent, overlap };
}
