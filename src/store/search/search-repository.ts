import { type RawBuilder, sql } from 'kysely';
import type { Status } from '../../domain/workflow/schema.js';
import type { StoreContext } from '../context.js';
import { type FubeSummary, toSummary } from '../fube-summary.js';
import { type SearchMatch, tag } from './search-index.js';
import { type SearchTerm, VOCABULARY_LOOKUP_LIMIT, expandable, fragmentsOf, queryWords, termOf } from './search-terms.js';
import { searchSnippet } from './snippet.js';

export interface SearchQuery {
  /** Words to find (Dutch; accents, case, plural/singular do not matter). */
  q?: string | undefined;
  family?: string | undefined;
  /** The class filter: one class, or the classes of a level (`15/16`); a FUBE has one of them. */
  classes?: readonly number[] | undefined;
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

const SUMMARY_COLUMNS = ['id', 'title', 'family_id', 'family_version', 'entity_id', 'unit_id', 'state', 'revision', 'level', 'class', 'updated_at'] as const;

/** The tags of every FUBE in the scope (one group: a FUBE needs one of them). */
function scopeTags(scope: SearchScope): string[] {
  return [
    ...scope.entityIds.map(tag.entity),
    ...scope.unitIds.map(tag.unit),
    ...(scope.holderPersonId === null ? [] : [tag.holder(scope.holderPersonId)]),
    ...(scope.managerPersonId === null ? [] : [tag.manager(scope.managerPersonId)]),
  ];
}

/** Each query word with the prefixes and compound parts the vocabulary widens it to. */
async function searchTerms(context: StoreContext, wanted: readonly string[]): Promise<SearchTerm[]> {
  return Promise.all(
    wanted.map(async (word) => {
      if (!expandable(word)) return termOf(word, []);
      const found = await Promise.all(fragmentsOf(word).map((fragment) => context.searchIndex.vocabulary(context.db, fragment, VOCABULARY_LOOKUP_LIMIT)));
      return termOf(word, found.flat());
    }),
  );
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

    const match = await this.match(words, query, scope);
    if (match === undefined) return none('relevance');
    const index = this.context.searchIndex;
    const counted = await index.count(this.context.db, match, this.rankLimit + 1);
    const exact = counted <= this.rankLimit;
    const ids = exact
      ? await index.ranked(this.context.db, match, pageSize, offset)
      : await index.newest(this.context.db, match, pageSize, offset);
    // The list columns and the text the snippets come from: never the (large) content and workflow.
    const rows = ids.length === 0 ? [] : await this.context.db.selectFrom('fubes').select([...SUMMARY_COLUMNS, 'search_text']).where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return {
      total: exact ? counted : this.rankLimit,
      exact,
      order: exact ? 'relevance' : 'newest',
      page,
      pageSize,
      items: ids.flatMap((id) => {
        const row = byId.get(id);
        return row === undefined ? [] : [{ ...toSummary(row), snippet: searchSnippet(row.search_text, match.terms) }];
      }),
    };
  }

  /**
   * The scope as a condition on the FUBE row `f`; undefined when it holds nothing. The FUBEs
   * a person holds come from the index (their holders are tags there).
   */
  async scopeCondition(scope: SearchScope): Promise<RawBuilder<unknown> | undefined> {
    const visible = await this.scopeBranches(scope);
    return visible.length === 0 ? undefined : sql`(${sql.join(visible, sql` or `)})`;
  }

  /**
   * The scope as conditions a FUBE meets one of: the entities, each unit, the FUBEs the
   * person holds (from the search index) and those naming them as manager. `perUnit`: each
   * unit its own branch, so a page by title can read each from its index in order.
   */
  private async scopeBranches(scope: SearchScope, perUnit = false): Promise<RawBuilder<unknown>[]> {
    const held = scope.holderPersonId === null ? [] : await this.context.searchIndex.ids(this.context.db, { terms: [], tags: [[tag.holder(scope.holderPersonId)]] });
    const units = perUnit ? scope.unitIds.map((unitId) => sql`f.unit_id = ${unitId}`) : scope.unitIds.length > 0 ? [sql`f.unit_id in (${sql.join(scope.unitIds)})`] : [];
    return [
      ...(scope.entityIds.length > 0 ? [sql`f.entity_id in (${sql.join(scope.entityIds)})`] : []),
      ...units,
      ...(held.length > 0 ? [sql`f.id in (${sql.join(held)})`] : []),
      ...(scope.managerPersonId !== null ? [sql`f.manager_id = ${scope.managerPersonId}`] : []),
    ];
  }

  /** The ids of every FUBE that matches the words and filters, unranked and uncapped. */
  async matchingIds(query: SearchQuery, scope?: SearchScope): Promise<string[]> {
    const match = await this.match(query.q?.trim() ?? '', query, scope);
    return match === undefined ? [] : this.context.searchIndex.ids(this.context.db, match);
  }

  /** Undefined when nothing can match: no searchable word, or a scope that sees nothing. */
  private async match(words: string, query: SearchQuery, scope: SearchScope | undefined): Promise<SearchMatch | undefined> {
    const wanted = queryWords(words);
    if (words !== '' && wanted.length === 0) return undefined;
    const tags: string[][] = [];
    if (query.family !== undefined) tags.push([tag.family(query.family)]);
    if (query.classes !== undefined) {
      if (query.classes.length === 0) return undefined;
      tags.push(query.classes.map(tag.class));
    }
    if (query.entity !== undefined) tags.push([tag.entity(query.entity)]);
    if (query.state !== undefined) tags.push([tag.state(query.state)]);
    if (scope !== undefined) {
      const visible = scopeTags(scope);
      if (visible.length === 0) return undefined;
      tags.push(visible);
    }
    if (words === '' && tags.length === 0) return undefined;
    return { terms: await searchTerms(this.context, wanted), tags };
  }

  private async byTitle(query: SearchQuery, scope: SearchScope | undefined, page: number, pageSize: number): Promise<SearchResult> {
    const filters: RawBuilder<unknown>[] = [];
    if (query.family !== undefined) filters.push(sql`f.family_id = ${query.family}`);
    if (query.classes !== undefined) filters.push(query.classes.length === 0 ? sql`1 = 0` : sql`f.class in (${sql.join(query.classes)})`);
    if (query.entity !== undefined) filters.push(sql`f.entity_id = ${query.entity}`);
    if (query.state !== undefined) filters.push(sql`f.state = ${query.state}`);
    const narrow = scope !== undefined && scope.entityIds.length === 0;
    const branches = scope === undefined ? undefined : await this.scopeBranches(scope, narrow);
    if (branches !== undefined && branches.length === 0) return { total: 0, exact: true, order: 'title', page, pageSize, items: [] };
    const whereOf = (conditions: RawBuilder<unknown>[]) => (conditions.length === 0 ? sql`` : sql`where ${sql.join(conditions, sql` and `)}`);
    const where = whereOf(branches === undefined ? filters : [...filters, sql`(${sql.join(branches, sql` or `)})`]);
    const db = this.context.db;
    const offset = (page - 1) * pageSize;
    // The count is left to the planner: it counts a scope's rows from their own covering
    // index (fubes_entity_id, fubes_unit_title, ...), where the title index would be read whole.
    // PostgreSQL counts a narrow scope's OR by reading every row it finds (a bitmap heap
    // scan); the union of its branches it counts from the indexes alone.
    const union = narrow && branches !== undefined && this.context.dialect === 'postgres';
    const counted = union
      ? await sql<{ n: string | number }>`select count(*) as n from (${sql.join(
          branches.map((branch) => sql`select f.id from fubes as f ${whereOf([...filters, branch])}`),
          sql` union `,
        )}) as u`.execute(db)
      : await sql<{ n: string | number }>`select count(*) as n from fubes as f ${where}`.execute(db);
    const total = Number(counted.rows[0]?.n ?? 0);
    // A narrow scope (units, own FUBEs, no whole entity): each branch read in title order
    // from its own index ((unit_id, title, id), (manager_id, title, id), the primary key for
    // the FUBEs held), stopped after the page, and the branches merged: no sort of every
    // FUBE of the unit. An entity or no scope: fubes_catalogue covers title, id and every
    // filter column, the list is read in title order from it and stops after one page. SQLite's
    // planner would rather take a one-column index and sort every row it finds, so it is told;
    // PostgreSQL's planner chooses well by itself.
    let page_;
    if (narrow && branches !== undefined) {
      const union = sql.join(
        branches.map((branch, i) => sql`select * from (select f.id, f.title from fubes as f ${whereOf([...filters, branch])} order by f.title, f.id limit ${offset + pageSize}) as ${sql.raw(`b${i}`)}`),
        sql` union `,
      );
      page_ = await sql<{ id: string }>`select p.id from (${union}) as p order by p.title, p.id limit ${pageSize} offset ${offset}`.execute(db);
    } else {
      const from = this.context.dialect === 'sqlite' ? sql`fubes as f indexed by fubes_catalogue` : sql`fubes as f`;
      page_ = await sql<{ id: string }>`select f.id from ${from} ${where} order by f.title, f.id limit ${pageSize} offset ${offset}`.execute(db);
    }
    const ids = page_.rows.map((row) => row.id);
    // The list columns only: never the (large) content, workflow and text.
    const rows = ids.length === 0 ? [] : await db.selectFrom('fubes').select(SUMMARY_COLUMNS).where('id', 'in', ids).execute();
    const byId = new Map(rows.map((row) => [row.id, row]));
    const items = ids.flatMap((id) => {
      const row = byId.get(id);
      return row === undefined ? [] : [{ ...toSummary(row), snippet: null }];
    });
    return { total, exact: true, order: 'title', page, pageSize, items };
  }
}
