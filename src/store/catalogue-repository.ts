import { type Kysely, sql } from 'kysely';
import type { FubeContent } from '../domain/fube/schema.js';
import type { Status, WorkflowState } from '../domain/workflow/schema.js';
import type { StoreContext } from './context.js';
import { classColumns, contentColumns, workflowColumns } from './fubes-repository.js';
import type { HistoryRepository, NewHistoryEntry } from './history-repository.js';
import { refreshWork } from './fube-work.js';
import { readJson } from './json.js';
import type { Database } from './schema.js';
import type { SearchRepository, SearchScope } from './search/search-repository.js';

/** A FUBE whole, as a catalogue carries it from one installation to another. */
export interface ExchangedFube {
  id: string;
  revision: number;
  inForceRevision: number | null;
  createdAt: string;
  updatedAt: string;
  workflow: WorkflowState;
  content: FubeContent;
}

export interface ExchangeFilters {
  q?: string | undefined;
  family?: string | undefined;
  class?: number | undefined;
  entity?: string | undefined;
  state?: Status | undefined;
}

export interface ImportWrite {
  /** Who imports; written into the history of every imported FUBE. */
  actorId: string;
  /** The reason kept with each imported revision and history row. */
  reason: string;
  historyReason: string;
  /** Called after each written record, inside the transaction. */
  onProgress?: ((written: number, total: number) => void | Promise<void>) | undefined;
}

/** Rows per INSERT: well under SQLite's and PostgreSQL's parameter limits. */
const BATCH = 100;

/**
 * FUBEs per search index write (a multiple of BATCH). PostgreSQL computes a large set of
 * search rows with parallel workers (postgres-search.ts), which pays off for large sets only.
 */
const SEARCH_BATCH = 1000;

/**
 * The catalogue exchange's reads and writes (docs/catalogue-format.md): FUBEs whole, in
 * bulk. What a catalogue may hold is decided outside (src/use-cases/catalogue).
 */
export class CatalogueRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly history: HistoryRepository,
    private readonly search: SearchRepository,
  ) {}

  /**
   * The FUBEs matching the filters and the scope, by id. Column filters and the scope run in
   * SQL; the words go through the search index, so an export holds what the search shows.
   */
  /**
   * How many FUBEs an export with these filters and scope holds at most (the words of `q`
   * are not applied): tells whether it is worth a worker thread.
   */
  async exportCount(filters: ExchangeFilters, scope?: SearchScope): Promise<number> {
    const condition = scope === undefined ? undefined : await this.search.scopeCondition(scope);
    if (scope !== undefined && condition === undefined) return 0;
    let query = this.context.db.selectFrom('fubes as f').select((eb) => eb.fn.countAll<number | string>().as('n'));
    if (filters.family !== undefined) query = query.where('f.family_id', '=', filters.family);
    if (filters.class !== undefined) query = query.where('f.class', '=', filters.class);
    if (filters.entity !== undefined) query = query.where('f.entity_id', '=', filters.entity);
    if (filters.state !== undefined) query = query.where('f.state', '=', filters.state);
    if (condition !== undefined) query = query.where(condition as never);
    return Number((await query.executeTakeFirst())?.n ?? 0);
  }

  async exportRows(filters: ExchangeFilters, scope?: SearchScope): Promise<(ExchangedFube & { familyId: string; familyVersion: number })[]> {
    const condition = scope === undefined ? undefined : await this.search.scopeCondition(scope);
    if (scope !== undefined && condition === undefined) return [];
    let query = this.context.db.selectFrom('fubes as f').selectAll();
    if (filters.family !== undefined) query = query.where('f.family_id', '=', filters.family);
    if (filters.class !== undefined) query = query.where('f.class', '=', filters.class);
    if (filters.entity !== undefined) query = query.where('f.entity_id', '=', filters.entity);
    if (filters.state !== undefined) query = query.where('f.state', '=', filters.state);
    if (condition !== undefined) query = query.where(condition as never);
    const rows = await query.orderBy('f.id').execute();
    const words = filters.q?.trim() ?? '';
    const matching = words === '' ? undefined : new Set(await this.search.matchingIds({ ...filters, classes: filters.class === undefined ? undefined : [filters.class] }));
    return rows
      .filter((row) => matching === undefined || matching.has(row.id))
      .map((row) => ({
        id: row.id,
        revision: row.revision,
        inForceRevision: row.in_force_revision,
        createdAt: row.created_at,
        updatedAt: row.updated_at,
        workflow: readJson<WorkflowState>(row.workflow),
        content: readJson<FubeContent>(row.content),
        familyId: row.family_id,
        familyVersion: row.family_version,
      }));
  }

  /**
   * Imports FUBEs in ONE transaction: a killed or failed import leaves the database as it was.
   * `decide` sees which ids are taken already and says which FUBEs go in, and whether to go
   * on at all (all or nothing); the FUBEs are written in batches with their revision,
   * weighing, search row and history row.
   */
  async importFubes<F extends ExchangedFube, R>(
    candidates: readonly F[],
    decide: (taken: ReadonlySet<string>) => { write: readonly F[]; proceed: boolean; outcome: R },
    options: ImportWrite,
  ): Promise<{ outcome: R; written: number; committed: boolean }> {
    return this.context.transaction(async (trx) => {
      const taken = new Set<string>();
      for (let i = 0; i < candidates.length; i += 500) {
        const ids = candidates.slice(i, i + 500).map((f) => f.id);
        for (const row of await trx.selectFrom('fubes').select('id').where('id', 'in', ids).execute()) taken.add(row.id);
      }
      const { write: good, proceed, outcome } = decide(taken);
      if (!proceed) return { outcome, written: 0, committed: false };
      let written = 0;
      // Node builds a batch (JSON, SQL) while the database writes the previous one.
      let writing: Promise<number> | undefined;
      const settle = async () => {
        const done = await writing;
        writing = undefined;
        for (let n = 1; n <= (done ?? 0); n++) await options.onProgress?.(written + n, good.length);
        written += done ?? 0;
      };
      try {
        for (let i = 0; i < good.length; i += BATCH) {
          const batch = good.slice(i, i + BATCH);
          // The search rows of each SEARCH_BATCH FUBEs, and of the last ones, after their rows.
          const end = i + batch.length;
          const searched = end % SEARCH_BATCH === 0 || end === good.length ? good.slice(i - (i % SEARCH_BATCH), end).map((f) => f.id) : [];
          const write = this.writeBatch(trx, batch, searched, options);
          await settle();
          writing = write();
        }
        await settle();
      } finally {
        // A batch still being written when something failed: wait for it, its outcome no longer matters.
        await writing?.catch(() => undefined);
      }
      return { outcome, written, committed: true };
    });
  }

  /**
   * Builds the statements of one batch now and returns the function that writes them: the
   * FUBE rows, their revision (copied from the rows as stored: PostgreSQL neither parses nor
   * compresses the large content a second time), weighings, history, and the search rows of
   * `searched` (ids of earlier batches too). Resolves to the number of FUBEs written.
   */
  private writeBatch(trx: Kysely<Database>, batch: readonly ExchangedFube[], searched: string[], options: ImportWrite): () => Promise<number> {
    const ids = batch.map((f) => f.id);
    const fubes = trx.insertInto('fubes').values(batch.map(importedFubeRow)).compile();
    // Only the current revision travels in a catalogue; it is stored under its own number.
    const revisions = trx
      .insertInto('fube_revisions')
      .columns(['fube_id', 'revision', 'content', 'author_id', 'reason', 'created_at'])
      .expression(
        trx
          .selectFrom('fubes')
          .select(['id', 'revision', 'content', sql<null>`null`.as('author_id'), sql.val(options.reason).as('reason'), 'updated_at'])
          .where('id', 'in', ids),
      )
      .compile();
    const weighed = batch.filter((f) => f.content.weighing !== undefined);
    const weighings = weighed.length === 0 ? undefined : trx.insertInto('weighings').values(weighed.map((f) => importedWeighingRow(f, f.content.weighing!))).compile();
    const history: NewHistoryEntry[] = batch.map((f) => ({
      actorId: options.actorId,
      action: 'fube.import',
      subjectType: 'fube',
      subjectId: f.id,
      data: { revision: f.revision, state: f.workflow.status, title: f.content.title, familyId: f.content.familyId, familyVersion: f.content.familyVersion },
      reason: options.historyReason,
    }));
    return async () => {
      await trx.executeQuery(fubes);
      await refreshWork(trx, ids);
      await trx.executeQuery(revisions);
      if (weighings !== undefined) await trx.executeQuery(weighings);
      if (searched.length > 0) await this.context.searchIndex.index(trx, searched);
      await this.history.appendMany(trx, history);
      return batch.length;
    };
  }
}

/** The `fubes` row of an imported record. */
export const importedFubeRow = (f: ExchangedFube) => ({
  id: f.id,
  ...contentColumns(f.content),
  ...workflowColumns(f.workflow),
  ...classColumns(f.content, f.workflow),
  revision: f.revision,
  created_at: f.createdAt,
  updated_at: f.updatedAt,
});

/** The `weighings` row of an imported record's stored weighing. */
export const importedWeighingRow = (f: ExchangedFube, weighing: NonNullable<FubeContent['weighing']>) => ({
  fube_id: f.id,
  revision: f.revision,
  rule_id: weighing.rule,
  family_id: f.content.familyId,
  family_version: f.content.familyVersion,
  values: JSON.stringify(weighing.values),
  result: weighing.result === undefined ? null : JSON.stringify(weighing.result),
  created_at: f.updatedAt,
});
