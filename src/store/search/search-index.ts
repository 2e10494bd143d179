import type { Kysely, RawBuilder } from 'kysely';
import type { Database } from '../schema.js';

/**
 * Full-text search over FUBEs, one implementation per database (sqlite-search.ts,
 * postgres-search.ts). Both index the same text (domain `searchText`) and fold accents
 * and case and stem Dutch words, so the same query finds the same FUBEs on both.
 */
export interface SearchIndex {
  /** Creates the search table (run by the migrations). */
  createSchema(db: Kysely<unknown>): Promise<void>;
  /** Replaces the indexed text of one FUBE; called inside the FUBE's write transaction. */
  index(trx: Kysely<Database>, fubeId: string, text: string): Promise<void>;
  /**
   * A table expression of the FUBEs matching a query: rows `(fube_id, rank)`, higher rank
   * first. Undefined when the query has no searchable words (then nothing matches).
   */
  matches(query: string): RawBuilder<SearchMatch> | undefined;
}

export interface SearchMatch {
  fube_id: string;
  rank: number;
}
