import type { Status } from '../../domain/workflow/schema.js';
import type { StoreContext } from '../database.js';
import { type FubeSummary, toSummary } from '../fubes-repository.js';
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

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: (FubeSummary & { snippet: string | null })[];
}

/**
 * The catalogue search: full text (search/*-search.ts per database) with filters and
 * paging. Best matches first; without words, by title.
 */
export class SearchRepository {
  constructor(private readonly context: StoreContext) {}

  async find(query: SearchQuery): Promise<SearchResult> {
    const page = Math.max(1, query.page ?? 1);
    const pageSize = Math.max(1, query.pageSize ?? 25);
    const words = query.q?.trim() ?? '';
    const matches = words === '' ? undefined : this.context.searchIndex.matches(words);
    if (words !== '' && matches === undefined) return { total: 0, page, pageSize, items: [] };

    let base = this.context.db.selectFrom('fubes as f');
    if (query.family !== undefined) base = base.where('f.family_id', '=', query.family);
    if (query.class !== undefined) base = base.where('f.class', '=', query.class);
    if (query.entity !== undefined) base = base.where('f.entity_id', '=', query.entity);
    if (query.state !== undefined) base = base.where('f.state', '=', query.state);
    const filtered = [query.family, query.class, query.entity, query.state].some((value) => value !== undefined);

    if (matches === undefined) {
      const { total } = await base.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow();
      // As below: sort ids and titles, read whole rows for one page only.
      const pageIds = base.select(['f.id', 'f.title']).orderBy('f.title').orderBy('f.id').limit(pageSize).offset((page - 1) * pageSize);
      const rows = await this.context.db
        .selectFrom('fubes as f')
        .innerJoin(pageIds.as('p'), 'p.id', 'f.id')
        .selectAll('f')
        .orderBy('f.title')
        .orderBy('f.id')
        .execute();
      return { total: Number(total), page, pageSize, items: rows.map((row) => ({ ...toSummary(row), snippet: null })) };
    }

    const matched = base.innerJoin(matches.as('m'), 'm.fube_id', 'f.id');
    // Every FUBE has one search row and nothing else does: without filters the hits are
    // counted in the search index alone, without a lookup of each hit's FUBE.
    const counted = filtered ? matched : this.context.db.selectFrom(matches.as('m'));
    const { total } = await counted.select((eb) => eb.fn.countAll<string | number>().as('total')).executeTakeFirstOrThrow();
    // Rank and sort only ids and titles, then read the whole rows of one page: sorting the
    // full rows (content and workflow JSON) of every hit made common words slow.
    const pageIds = matched
      .select(['f.id', 'f.title', 'm.rank'])
      .orderBy('m.rank', 'desc')
      .orderBy('f.title')
      .orderBy('f.id')
      .limit(pageSize)
      .offset((page - 1) * pageSize);
    const rows = await this.context.db
      .selectFrom('fubes as f')
      .innerJoin(pageIds.as('p'), 'p.id', 'f.id')
      .selectAll('f')
      .orderBy('p.rank', 'desc')
      .orderBy('f.title')
      .orderBy('f.id')
      .execute();
    return {
      total: Number(total),
      page,
      pageSize,
      items: rows.map((row) => ({ ...toSummary(row), snippet: searchSnippet(row.search_text, words) })),
    };
  }
}
