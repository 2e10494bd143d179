import { type RawBuilder, sql } from 'kysely';
import type { Status } from '../../domain/workflow/schema.js';
import type { StoreContext } from '../context.js';
import { type FubeSummary, toSummary } from '../fube-summary.js';
import { dutchStems } from './dutch-text.js';
import { type SearchMatch, tag } from './search-index.js';
import { searchSnippet } from './snippet.js';

export interface SearchQuery {
  /** Words to find (Dutch; accents, case, plural/singular do not matter). */
  q?: string | undefined;
  family?: string | undefined;
  class?: number | undefined;
  entity?: string | undefined;
  state?: Status | undefined;
  /** 1-based. */
  page?: number | undefined;
  pageSize?: number | undefined;
}

/**
 * Who the list is for, as the access rules' list scope (domain access/list-scope.ts) puts
 * it: FUBEs of these entities, of these units (a unit grant's unit and the units under it),
 * the FUBEs this person holds and those that name this person as manager.
 */
export interface SearchScope {
  entityIds: readonly string[];
  unitIds: readonly string[];
  holderPersonId: string | null;
  managerPersonId: string | null;
}

/** `relevance`: best match first; `newest`: too many hits to rank; `title`: no words given. */
export type SearchOrder = 'relevance' | 'newest' | 'title';

export interface SearchResult {
  /** The number of hits, or when `exact` is false: at least this many. */
  total: number;
  exact: boolean;
  order: SearchOrder;
  page: number;
  pageSize: number;
  items: (FubeSummary & { snippet: string | null })[];
}

/**
 * Up to this many hits a search counts and ranks them all. Beyond it the words are too
 * common to rank usefully (a word in every FUBE scores alike everywhere) and ranking them
 * all is what made such searches slow: the hits are then counted up to the limit only and
 * listed newest first, and the user is told so and asked to narrow the search.
 */
export const RANK_LIMIT = 1000;

/** The tags of every FUBE in the scope (one group: a FUBE needs one of them). */
function scopeTags(scope: SearchScope): string[] {
  return [
    ...scope.entityIds.map(tag.entity),
    ...scope.unitIds.map(tag.unit),
    ...(scope.holderPersonId === null ? [] : [tag.holder(scope.holderPersonId)]),
    ...(scope.managerPersonId === null ? [] : [tag.manager(scope.managerPersonId)]),
  ];
}

/**
 * The catalogue search: full text (search/*-search.ts per database) with filters, a scope
 * and paging. Words and filters are answered by the search index alone; a list without
 * words comes from the FUBE rows, by title.
 */
export class SearchRepository {
  constructor(
    private readonly context: StoreContext,
    private readonly rankLimit = RANK_LIMIT,
  ) {}

  async find(query: SearchQuery, scope?: SearchScope): Promise<SearchResult> {
    const page = Math.max(1, query.page ?? 1);
    const pageSize = Math.max(1, query.pageSize ?? 25);
    const offset = (page - 1) * pageSize;
    const words = query.q?.trim() ?? '';
    const none = (order: SearchOrder): SearchResult => ({ total: 0, exact: true, order, page, pageSize, items: [] });
    if (words === '') return this.byTitle(query, scope, page, pageSize);

    const match = this.match(words, query, scope);
    if (match === undefined) return none('relevance');
    const index = this.context.searchIndex;
    const counted = await index.count(this.context.db, match, this.rankLimit + 1);
    const exact = counted <= this.rankLimit;
    const ids = exact
      ? await index.ranked(this.context.db, match, pageSize, offset)
      : await index.newest(this.context.db, match, pageSize, offset);
    const rows = ids.length === 0 ? [] : await this.context.db.selectFrom('fubes').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      total: exact ? counted : this.rankLimit,
      exact,
      order: exact ? 'relevance' : 'newest',
      page,
      pageSize,
      items: ids.flatMap((id) => {
        const row = byId.get(id);
        return row === undefined ? [] : [{ ...toSummary(row), snippet: searchSnippet(row.search_text, words) }];
      }),
    };
  }

  /**
   * The scope as a condition on the FUBE row `f`; undefined when it holds nothing. The FUBEs
   * a person holds come from the index (their holders are tags there).
   */
  async scopeCondition(scope: SearchScope): Promise<RawBuilder<unknown> | undefined> {
    const held = scope.holderPersonId === null ? [] : await this.context.searchIndex.ids(this.context.db, { words: '', tags: [[tag.holder(scope.holderPersonId)]] });
    const visible = [
      ...(scope.entityIds.length > 0 ? [sql`f.entity_id in (${sql.join(scope.entityIds)})`] : []),
      ...(scope.unitIds.length > 0 ? [sql`f.unit_id in (${sql.join(scope.unitIds)})`] : []),
      ...(held.length > 0 ? [sql`f.id in (${sql.join(held)})`] : []),
      ...(scope.managerPersonId !== null ? [sql`f.manager_id = ${scope.managerPersonId}`] : []),
    ];
    return visible.length === 0 ? undefined : sql`(${sql.join(visible, sql` or `)})`;
  }

  /** The ids of every FUBE that matches the words and filters, unranked and uncapped. */
  async matchingIds(query: SearchQuery, scope?: SearchScope): Promise<string[]> {
    const match = this.match(query.q?.trim() ?? '', query, scope);
    return match === undefined ? [] : this.context.searchIndex.ids(this.context.db, match);
  }

  /** Undefined when nothing can match: no searchable word, or a scope that sees nothing. */
  private match(words: string, query: SearchQuery, scope: SearchScope | undefined): SearchMatch | undefined {
    if (words !== '' && dutchStems(words).length === 0) return undefined;
    const tags: string[][] = [];
    if (query.family !== undefined) tags.push([tag.family(query.family)]);
    if (query.class !== undefined) tags.push([tag.class(query.class)]);
    if (query.entity !== undefined) tags.push([tag.entity(query.entity)]);
    if (query.state !== undefined) tags.push([tag.state(query.state)]);
    if (scope !== undefined) {
      const visible = scopeTags(scope);
      if (visible.length === 0) return undefined;
      tags.push(visible);
    }
    if (words === '' && tags.length === 0) return undefined;
    return { words, tags };
  }

  private async byTitle(query: SearchQuery, scope: SearchScope | undefined, page: number, pageSize: number): Promise<SearchResult> {
    const conditions: RawBuilder<unknown>[] = [];
    if (query.family !== undefined) conditions.push(sql`f.family_id = ${query.family}`);
    if (query.class !== undefined) conditions.push(sql`f.class = ${query.class}`);
    if (query.entity !== undefined) conditions.push(sql`f.entity_id = ${query.entity}`);
    if (query.state !== undefined) conditions.push(sql`f.state = ${query.state}`);
    if (scope !== undefined) {
      const visible = await this.scopeCondition(scope);
      if (visible === undefined) return { total: 0, exact: true, order: 'title', page, pageSize, items: [] };
      conditions.push(visible);
    }
    const where = conditions.length === 0 ? sql`` : sql`where ${sql.join(conditions, sql` and `)}`;
    // fubes_catalogue covers title, id and every filter column: the list is read in title
    // order from the index alone and stops after one page. SQLite's planner would rather
    // take a one-column index and sort every row it finds (200 ms for 25,000 rows), so it
    // is told; PostgreSQL's planner chooses well by itself.
    // A narrow scope (units, own FUBEs, no whole entity) finds its few rows by their own
    // indexes and sorts them; forcing the title index would walk every FUBE to find them.
    const narrow = scope !== undefined && scope.entityIds.length === 0;
    const from = this.context.dialect === 'sqlite' && !narrow ? sql`fubes as f indexed by fubes_catalogue` : sql`fubes as f`;
    const db = this.context.db;
    const counted = await sql<{ n: string | number }>`select count(*) as n from ${from} ${where}`.execute(db);
    const total = Number(counted.rows[0]?.n ?? 0);
    const page_ = await sql<{ id: string }>`select f.id from ${from} ${where} order by f.title, f.id limit ${pageSize} offset ${(page - 1) * pageSize}`.execute(db);
    const ids = page_.rows.map((row) => row.id);
    const rows = ids.length === 0 ? [] : await db.selectFrom('fubes').selectAll().where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row === undefined ? [] : [{ ...toSummary(row), snippet: null }];
    });
    return { total, exact: true, order: 'title', page, pageSize, items };
  }
}
