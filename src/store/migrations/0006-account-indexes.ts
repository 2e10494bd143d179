import type { Kysely, Migration } from 'kysely';

/**
 * Indexes on the user of a role and of a session. The session read of every request joins
 * a user's roles, and ending a user's sessions looks them up by user; without these both
 * scan their whole table. Indexes only: rows are the same before and after, so a backup
 * made at the previous level restores into this one (backup.ts INDEX_ONLY_MIGRATIONS).
 */
export function accountIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('user_roles_user').on('user_roles').column('user_id').execute();
      await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
    },
  };
}
