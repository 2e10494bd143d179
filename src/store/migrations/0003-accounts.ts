import type { Kysely, Migration } from 'kysely';

/**
 * Accounts: whether the person is trained in the classification method (required of the
 * outside HR member of a validation committee, src/domain/access). 0/1 on both databases.
 */
export function accounts(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.alterTable('users').addColumn('trained_in_method', 'integer', (c) => c.notNull().defaultTo(0)).execute();
    },
  };
}
