import { type Kysely, type Migration, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/** The tables whose rows every request reads (the access rules' places, the terms' closing days). */
const REFERENCE_TABLES = ['entities', 'units', 'closing_days'] as const;

/**
 * A counter of changes to the reference tables (decision 0068): on PostgreSQL a trigger per
 * table adds one in the transaction that changes them, and the session read carries it, so a
 * server process may keep those rows while the counter stands. SQLite keeps its hot reads by
 * `PRAGMA data_version` (hot-reads.ts): the table is there (the session query reads it) and
 * stays empty. No row is version 0, so an empty database is empty (a restore needs one).
 */
export function referenceVersion(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('reference_version')
        .addColumn('id', 'integer', (c) => c.primaryKey())
        .addColumn('version', 'bigint', (c) => c.notNull())
        .execute();
      if (dialect !== 'postgres') return;
      await sql`create function bump_reference_version() returns trigger language plpgsql as $$
        begin
          insert into reference_version (id, version) values (1, 1)
            on conflict (id) do update set version = reference_version.version + 1;
          return null;
        end $$`.execute(db);
      for (const table of REFERENCE_TABLES)
        await sql`create trigger ${sql.raw(`${table}_reference_version`)} after insert or update or delete or truncate on ${sql.table(table)}
          for each statement execute function bump_reference_version()`.execute(db);
    },
    async down(db: Kysely<unknown>) {
      if (dialect === 'postgres') {
        for (const table of REFERENCE_TABLES) await sql`drop trigger ${sql.raw(`${table}_reference_version`)} on ${sql.table(table)}`.execute(db);
        await sql`drop function bump_reference_version()`.execute(db);
      }
      await db.schema.dropTable('reference_version').execute();
    },
  };
}
