import { type Kysely, type Migration, sql } from 'kysely';
import type { SearchIndex } from '../search/search-index.js';

/**
 * The search index in its current form (search/*-search.ts): title weighted apart, filter
 * values and holders as tags, and (PostgreSQL) an order of creation for lists too long to
 * rank. A covering index over title and the filter columns serves lists by title
 * (search-repository.ts). The rows are written again by migration 0010, which adds the
 * columns the index reads today: this one only makes the (empty) table.
 */
export function searchTags(index: SearchIndex): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`drop table fube_search`.execute(db);
      await index.createSchema(db);
      await sql`create index fubes_catalogue on fubes (title, id, entity_id, state, class, family_id)`.execute(db);
    },
  };
}
