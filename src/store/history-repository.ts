import { type Kysely, sql } from 'kysely';
import type { StoreContext } from './context.js';
import { readJson, writeJson } from './json.js';
import type { Database } from './schema.js';

/** One entry of the append-only history: who, when, what changed, why. */
export interface HistoryEntry {
  id: string;
  at: string;
  actorId: string;
  /** The user's name when the actor is an account (null for the system, CLI or anonymous). */
  actorName: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  data: unknown;
  reason: string | null;
}

export type NewHistoryEntry = Omit<HistoryEntry, 'id' | 'at' | 'reason' | 'actorName'> & { reason?: string | undefined };

export interface HistoryFilter {
  actor?: string | undefined;
  action?: string | undefined;
  subjectType?: string | undefined;
  subjectId?: string | undefined;
  /** Inclusive bounds on `at` (ISO strings; a date `YYYY-MM-DD` works as a prefix bound). */
  from?: string | undefined;
  to?: string | undefined;
  /** Oldest first by default; `desc` for the newest first. */
  order?: 'asc' | 'desc' | undefined;
  limit?: number | undefined;
  /** Entries to skip before the page (only together with `limit`). */
  offset?: number | undefined;
}

/** The most ids one `namesOf` call looks up (a page of history names far fewer; each is bound six times). */
export const MAX_NAMED_IDS = 500;

/** The history is written only here, and only by INSERT; the database rejects the rest. */
export class HistoryRepository {
  constructor(private readonly context: StoreContext) {}

  /** Appends an entry inside the caller's transaction (same commit as the change). */
  async append(trx: Kysely<Database>, entry: NewHistoryEntry): Promise<void> {
    await this.appendMany(trx, [entry]);
  }

  /** Several entries in one statement, in this order (bulk imports). */
  async appendMany(trx: Kysely<Database>, entries: readonly NewHistoryEntry[]): Promise<void> {
    if (entries.length === 0) return;
    const at = this.context.now();
    await trx
      .insertInto('history')
      .values(
        entries.map((entry) => ({
          at,
          actor_id: entry.actorId,
          action: entry.action,
          subject_type: entry.subjectType,
          subject_id: entry.subjectId,
          data: writeJson(entry.data ?? {}),
          reason: entry.reason ?? null,
        })),
      )
      .execute();
  }

  /** Appends an entry on its own (for changes recorded outside the store's repositories). */
  add(entry: NewHistoryEntry): Promise<void> {
    return this.context.transaction((trx) => this.append(trx, entry));
  }

  /**
   * The readable name of each of these ids, in one query: an account or a person (their
   * name), a FUBE (its title), a family (the name of its newest version), an entity or a
   * unit. An id that is none of these has no entry. Where two kinds share an id, the first
   * kind in that order wins. For showing people what the history and revisions hold by name.
   */
  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    const list = [...new Set(ids)].filter((id) => id !== '').slice(0, MAX_NAMED_IDS);
    if (list.length === 0) return new Map();
    const db = this.context.db;
    const rows = await db
      .selectFrom('users')
      .select(['id', 'name', sql<number>`1`.as('rank')])
      .where('id', 'in', list)
      .unionAll(db.selectFrom('people').select(['id', 'name', sql<number>`2`.as('rank')]).where('id', 'in', list))
      .unionAll(db.selectFrom('fubes').select(['id', 'title as name', sql<number>`3`.as('rank')]).where('id', 'in', list))
      .unionAll(
        db
          .selectFrom('families')
          .select(['id', 'name', sql<number>`4`.as('rank')])
          .where('id', 'in', list)
          .where((eb) => eb('version', '=', eb.selectFrom('families as newest').select((f) => f.fn.max('newest.version').as('version')).whereRef('newest.id', '=', 'families.id'))),
      )
      .unionAll(db.selectFrom('entities').select(['id', 'name', sql<number>`5`.as('rank')]).where('id', 'in', list))
      .unionAll(db.selectFrom('units').select(['id', 'name', sql<number>`6`.as('rank')]).where('id', 'in', list))
      .execute();
    const names = new Map<string, { name: string; rank: number }>();
    for (const row of rows) {
      const rank = Number(row.rank);
      const known = names.get(row.id);
      if (known === undefined || rank < known.rank) names.set(row.id, { name: row.name, rank });
    }
    return new Map([...names].map(([id, { name }]) => [id, name]));
  }

  /** Oldest first unless `order` says otherwise; the actor's name joined from the users. */
  async list(filter: HistoryFilter = {}): Promise<HistoryEntry[]> {
    let query = this.context.db
      .selectFrom('history')
      .leftJoin('users', 'users.id', 'history.actor_id')
      .selectAll('history')
      .select('users.name as actor_name');
    if (filter.actor !== undefined) query = query.where('history.actor_id', '=', filter.actor);
    if (filter.action !== undefined) query = query.where('history.action', '=', filter.action);
    if (filter.subjectType !== undefined) query = query.where('history.subject_type', '=', filter.subjectType);
    if (filter.subjectId !== undefined) query = query.where('history.subject_id', '=', filter.subjectId);
    if (filter.from !== undefined) query = query.where('history.at', '>=', filter.from);
    // A bare date as upper bound includes that whole day.
    if (filter.to !== undefined) query = query.where('history.at', '<=', /^\d{4}-\d{2}-\d{2}$/.test(filter.to) ? `${filter.to}T23:59:59.999Z` : filter.to);
    // By time, then by the order written: rows written in one instant keep their order, and a
    // database filled with earlier days (the demo: Store.backdated) still lists by day.
    query = query.orderBy('history.at', filter.order ?? 'asc').orderBy('history.id', filter.order ?? 'asc');
    // An offset needs a limit (SQLite's grammar): without a page size there is no page.
    if (filter.limit !== undefined) query = query.limit(filter.limit);
    if (filter.limit !== undefined && filter.offset !== undefined && filter.offset > 0) query = query.offset(filter.offset);
    const rows = await query.execute();
    return rows.map((row) => ({
      id: String(row.id),
      at: row.at,
      actorId: row.actor_id,
      actorName: row.actor_name ?? null,
      action: row.action,
      subjectType: row.subject_type,
      subjectId: row.subject_id,
      data: readJson(row.data),
      reason: row.reason,
    }));
  }
}
