import type { Kysely, Migration } from 'kysely';
import type { SearchIndex } from '../search/search-index.js';

/** The full-text search table; how it is built differs per database (search/). */
export function search(index: SearchIndex): Migration {
  return { up: (db: Kysely<unknown>) => index.createSchema(db) };
}
