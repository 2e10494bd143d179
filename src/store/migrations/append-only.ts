import { type Kysely, sql } from 'kysely';
import type { Dialect } from '../schema.js';

/**
 * Tables that only grow (history, revisions, workflow events): the database itself
 * rejects UPDATE and DELETE, so no code path (or hand-written SQL) can rewrite the past.
 */
export async function makeAppendOnly(db: Kysely<unknown>, dialect: Dialect, table: string): Promise<void> {
  const name = sql.raw(table);
  if (dialect === 'sqlite') {
    for (const op of ['update', 'delete'] as const)
      await sql`create trigger ${sql.raw(`${table}_no_${op}`)} before ${sql.raw(op)} on ${name}
        begin select raise(abort, ${sql.lit(`${table} is append-only`)}); end`.execute(db);
    return;
  }
  await sql`create or replace function weegschaal_append_only() returns trigger language plpgsql as $$
    begin raise exception '% is append-only', tg_table_name using errcode = 'restrict_violation'; end $$`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${name}
    for each row execute function weegschaal_append_only()`.execute(db);
  await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${name}
    for each statement execute function weegschaal_append_only()`.execute(db);
}
