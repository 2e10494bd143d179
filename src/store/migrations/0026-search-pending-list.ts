import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * PostgreSQL: the search index's GIN pending list kept small (64 kB instead of the server's
 * `gin_pending_list_limit`, 4 MB by default). A GIN index adds new entries to an unsorted
 * pending list first and merges them into the index when the list is full or at vacuum; every
 * search reads the whole list. Each save of a FUBE writes its search document again, so under
 * a steady stream of saves the list held hundreds of documents and a search cost 20–90 ms of
 * database CPU instead of 4–10 (measured, decision 0068). With 64 kB the saving transaction
 * that fills the list merges a few dozen documents; bulk loads still go through the list.
 */
export function searchPendingList(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`alter index fube_search_document set (gin_pending_list_limit = 64)`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (dialect !== 'postgres') return;
      await sql`alter index fube_search_document reset (gin_pending_list_limit)`.execute(db);
    },
  };
}
