import { type Kysely, sql } from 'kysely';
import type { Database } from '../schema.js';
import type { SearchIndex } from './search-index.js';

/**
 * PostgreSQL `tsvector` with the `dutch` configuration (Snowball Dutch stemmer and stop
 * words) over `unaccent`ed text, in its own table with a GIN index; a query must match
 * every word (`plainto_tsquery`).
 */
export const postgresSearch: SearchIndex = {
  async createSchema(db) {
    // unaccent is a trusted extension (PostgreSQL 13+): a database owner may create it.
    await sql`create extension if not exists unaccent`.execute(db);
    await sql`create table fube_search (
      fube_id text primary key references fubes (id),
      document tsvector not null
    )`.execute(db);
    await sql`create index fube_search_document on fube_search using gin (document)`.execute(db);
  },

  async index(trx: Kysely<Database>, fubeId, text) {
    await sql`insert into fube_search (fube_id, document) values (${fubeId}, to_tsvector('dutch', unaccent(${text})))
      on conflict (fube_id) do update set document = excluded.document`.execute(trx);
  },

  matches(query) {
    if (query.trim() === '') return undefined;
    // In WHERE the tsquery stays a plain expression: the planner estimates its hits and asks
    // the GIN index (as a FROM item, a join, it was tested row by row on a sequential scan).
    // For the rank it is a sub-select, computed once instead of once per matching row.
    const q = sql`plainto_tsquery('dutch', unaccent(${query}))`;
    return sql`(select fube_id, ts_rank(document, (select ${q})) as rank from fube_search where document @@ ${q})`;
  },
};
