import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * SQLite: the search index row takes the rowid of its FUBE row, so an index update finds
 * the old row by rowid instead of scanning FTS5 for `fube_id` (which made every write
 * slower as the catalogue grew). Existing rows are re-keyed. PostgreSQL: nothing to do.
 */
export function searchRowid(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'sqlite') return;
      await sql`create temp table fube_search_copy as select fube_id, body from fube_search`.execute(db);
      await sql`delete from fube_search`.execute(db);
      await sql`insert into fube_search (rowid, fube_id, body) select f.rowid, c.fube_id, c.body from fube_search_copy c join fubes f on f.id = c.fube_id`.execute(db);
      await sql`drop table fube_search_copy`.execute(db);
    },
  };
}
