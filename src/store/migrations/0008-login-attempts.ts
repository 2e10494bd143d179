import type { Kysely, Migration } from 'kysely';

/**
 * The login throttle's counters (issue 11): one row per key (`account:<name>` or
 * `address:<ip>`) with the times of the attempts still inside the window, as a JSON array
 * of milliseconds. Every server process of one database counts in this table, and an
 * attempt is counted here before its password is checked (login-attempts-repository.ts).
 * Not in backups: a restored database starts with no counts (tables.ts), so a backup made
 * before this migration restores into it (backup.ts INDEX_ONLY_MIGRATIONS).
 */
export function loginAttempts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('login_attempts')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('attempts', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('login_attempts_updated_at').on('login_attempts').column('updated_at').execute();
    },
  };
}
