import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * The first full-text search table, as it was shipped (the current form is built by
 * 0005-search-tags from search/*-search.ts); kept as it was so that every database goes
 * through the same steps.
 */
export function search(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect === 'sqlite') {
        await sql`create virtual table fube_search using fts5(fube_id unindexed, body, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
        return;
      }
      await sql`create extension if not exists unaccent`.execute(db);
      await sql`create table fube_search (fube_id text primary key references fubes (id), document tsvector not null)`.execute(db);
      await sql`create index fube_search_document on fube_search using gin (document)`.execute(db);
    },
  };
}
