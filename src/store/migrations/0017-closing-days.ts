import type { Kysely, Migration } from 'kysely';

/**
 * The organisation's closing days (issue 14 item 1, decision 0036): days an administrator
 * adds besides the holidays; a term ending on one ends on the next working day. One row
 * per date: a database is one organisation.
 */
export function closingDays(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('closing_days')
        .addColumn('date', 'text', (c) => c.primaryKey())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('added_by', 'text', (c) => c.notNull())
        .addColumn('added_at', 'text', (c) => c.notNull())
        .execute();
    },
  };
}
