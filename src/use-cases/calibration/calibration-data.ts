import { type CalibrationFube, type CalibrationResult, digest } from '../../domain/calibration/index.js';
import { currentTieDecision, effectiveSuggestion } from '../../domain/fube/decide-tie.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import type { CalibrationRow, Store } from '../../store/index.js';
import { dutchStems } from '../../store/search/dutch-text.js';
import type { Caller, UseCaseDeps } from '../context.js';
import { searchScopeFor } from '../fubes/list-scope.js';
import { calibrationProblem } from '../problems.js';
import { CalibrationUnavailable } from './calibration-engine.js';

/** A FUBE as calibration keeps it between requests: what it compares, and what the page shows. */
export interface CalibrationEntry {
  updatedAt: string;
  fube: CalibrationFube;
  state: string;
  revision: number;
  content: Pick<FubeContent, 'entityId' | 'unitId' | 'holderIds' | 'managerId'>;
}

/**
 * Per store, the FUBEs read so far (by id, with the change they were read at) and, per reach,
 * its calibration index and last result. A request reads the stamps of its reach (one query)
 * and only the FUBEs changed since (two); stemming a text happens once per change, and the
 * index redoes only what the changed FUBEs touch (decision 0062, "Speed"). The indexes live in
 * `deps.calibration` (a worker thread in the server, calibration-engine.ts), keyed by reach.
 */
interface Cache {
  entries: Map<string, CalibrationEntry>;
  results: Map<string, { fingerprint: string; result: CalibrationResult; entries: CalibrationEntry[] }>;
}
const caches = new WeakMap<Store, Cache>();
/** Reaches whose results are kept: the administrator's and a few HR entities'. */
const MAX_RESULTS = 16;
/** FUBEs read and derived at a time: a page takes some tens of ms on the request thread. */
const ROW_PAGE = 200;

export function calibrationFubeOf(row: Pick<CalibrationRow, 'id' | 'title' | 'entityId' | 'familyId' | 'class' | 'content' | 'searchText' | 'weigherId'>): CalibrationFube {
  const content = row.content;
  const result = content.unassignable === undefined ? content.weighing?.result : undefined;
  const suggestion = result === undefined ? undefined : effectiveSuggestion(content);
  const tie = currentTieDecision(content);
  const decided = row.class !== null && content.unassignable === undefined;
  return {
    id: row.id,
    title: row.title,
    entityId: row.entityId,
    familyId: row.familyId,
    values: result === undefined ? null : { ...result.values },
    class: result === undefined ? null : (row.class ?? suggestion?.class ?? null),
    suggestedClass: suggestion?.class ?? null,
    decided,
    tie: tie === undefined ? null : { direction: tie.direction, decidedBy: tie.decidedBy },
    adviserId: row.weigherId,
    words: dutchStems(row.searchText),
  };
}

function entryOf(row: CalibrationRow): CalibrationEntry {
  const { entityId, unitId, holderIds, managerId } = row.content;
  return {
    updatedAt: row.updatedAt,
    fube: calibrationFubeOf(row),
    state: row.state,
    revision: row.revision,
    content: { entityId, holderIds, ...(unitId !== undefined ? { unitId } : {}), ...(managerId !== undefined ? { managerId } : {}) },
  };
}

/** The calibration over every FUBE the caller may open (exactly the FUBE read rule, via the list scope). */
export async function calibrationFor(deps: UseCaseDeps, caller: Caller): Promise<{ result: CalibrationResult; entries: CalibrationEntry[] }> {
  let cache = caches.get(deps.store);
  if (cache === undefined) caches.set(deps.store, (cache = { entries: new Map(), results: new Map() }));
  const scope = await searchScopeFor(deps, caller);
  const stamps = await deps.store.calibration.stamps(scope);
  let since: string | undefined;
  for (const s of stamps) {
    const known = cache.entries.get(s.id);
    if (known?.updatedAt !== s.updatedAt && (since === undefined || s.updatedAt < since)) since = s.updatedAt;
  }
  // Read and derived in pages (thousands of FUBEs after a start): between pages the server
  // answers other requests (SQLite reads synchronously; stemming is CPU work).
  if (since !== undefined) {
    // The worker (when there is one) starts up meanwhile.
    deps.calibration.prepare();
    for (let after = ''; ; ) {
      const rows = await deps.store.calibration.rowsSince(since, scope, { after, limit: ROW_PAGE });
      for (const row of rows) cache.entries.set(row.id, entryOf(row));
      if (rows.length < ROW_PAGE) break;
      after = rows[rows.length - 1]!.id;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const entries = stamps.map((s) => cache.entries.get(s.id)).filter((e): e is CalibrationEntry => e !== undefined);
  const scopeKey = JSON.stringify(scope ?? 'all');
  const fingerprint = digest(stamps.map((s) => `${s.id}@${s.updatedAt}`).join('|'));
  const kept = cache.results.get(scopeKey);
  if (kept !== undefined && kept.fingerprint === fingerprint) return kept;
  // The reach's index follows its FUBEs: an entry's fube object stays the same until that FUBE changes.
  let result: CalibrationResult;
  try {
    result = await deps.calibration.compute(scopeKey, entries.map((e) => e.fube));
  } catch (error) {
    if (error instanceof CalibrationUnavailable) throw calibrationProblem();
    throw error;
  }
  const computed = { fingerprint, result, entries };
  cache.results.delete(scopeKey);
  cache.results.set(scopeKey, computed);
  if (cache.results.size > MAX_RESULTS) {
    const oldest = cache.results.keys().next().value!;
    cache.results.delete(oldest);
    deps.calibration.forget(oldest);
  }
  return computed;
}
