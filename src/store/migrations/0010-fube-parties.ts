import { type Kysely, type Migration, sql } from 'kysely';
import type { Database, Dialect } from '../schema.js';
import type { SearchIndex } from '../search/search-index.js';

/**
 * The people a FUBE names as columns of its row: `holder_ids` (a JSON array) and
 * `manager_id`, so lists can tell who may see a FUBE (holders and the named manager see
 * their own FUBEs) without reading the whole content, and the search index gets unit and
 * manager tags for the same reason. Filled from the stored content; the search rows are
 * written again.
 */
export function fubeParties(dialect: Dialect, index: SearchIndex): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('fubes').addColumn('holder_ids', 'text', (c) => c.notNull().defaultTo('[]')).execute();
      await db.schema.alterTable('fubes').addColumn('manager_id', 'text').execute();
      if (dialect === 'sqlite')
        await sql`update fubes set holder_ids = coalesce(json_extract(content, '$.holderIds'), '[]'), manager_id = json_extract(content, '$.managerId')`.execute(db);
      else await sql`update fubes set holder_ids = coalesce((content -> 'holderIds')::text, '[]'), manager_id = content ->> 'managerId'`.execute(db);
      await db.schema.createIndex('fubes_manager_id').on('fubes').column('manager_id').execute();
      const store = db as unknown as Kysely<Database>;
      const order = dialect === 'sqlite' ? sql`rowid` : sql`created_at, id`;
      const { rows } = await sql<{ id: string }>`select id from fubes order by ${order}`.execute(store);
      for (let i = 0; i < rows.length; i += 500) await index.index(store, rows.slice(i, i + 500).map((row) => row.id));
    },
  };
}
