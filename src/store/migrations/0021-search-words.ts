import { type Kysely, type Migration, sql } from 'kysely';
import type { Database, Dialect } from '../schema.js';
import type { SearchIndex } from '../search/search-index.js';

/**
 * The search vocabulary (decision 0048): every word of the indexed FUBEs with its stem and a
 * trigram index over the words, so a query word is widened to the words it prefixes or is a
 * compound part of. Made if not there (a database made since this release has it from
 * migration 0005's createSchema) and filled from the stored FUBEs.
 */
export function searchWords(dialect: Dialect, index: SearchIndex): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await index.createVocabulary(db);
      const store = db as unknown as Kysely<Database>;
      const order = dialect === 'sqlite' ? sql`rowid` : sql`created_at, id`;
      const { rows } = await sql<{ id: string }>`select id from fubes order by ${order}`.execute(store);
      for (let i = 0; i < rows.length; i += 500) await index.indexWords(store, rows.slice(i, i + 500).map((row) => row.id));
    },
  };
}
