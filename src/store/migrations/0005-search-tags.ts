import { type Kysely, type Migration, sql } from 'kysely';
import type { Database, Dialect } from '../schema.js';
import type { SearchIndex } from '../search/search-index.js';

/**
 * The search index in its current form (search/*-search.ts): title weighted apart, filter
 * values and holders as tags, and (PostgreSQL) an order of creation for lists too long to
 * rank. Rebuilt from the FUBE rows in creation order. A covering index over title and the
 * filter columns serves lists by title (search-repository.ts).
 */
export function searchTags(dialect: Dialect, index: SearchIndex): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await sql`drop table fube_search`.execute(db);
      await index.createSchema(db);
      await sql`create index fubes_catalogue on fubes (title, id, entity_id, state, class, family_id)`.execute(db);
      const store = db as unknown as Kysely<Database>;
      const order = dialect === 'sqlite' ? sql`rowid` : sql`created_at, id`;
      const { rows } = await sql<{ id: string }>`select id from fubes order by ${order}`.execute(store);
      for (let i = 0; i < rows.length; i += 500) await index.index(store, rows.slice(i, i + 500).map((row) => row.id));
    },
  };
}
