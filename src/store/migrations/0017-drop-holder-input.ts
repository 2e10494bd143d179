import type { Kysely, Migration } from 'kysely';

/**
 * Drops `remarks` and `appeals` (issue 12, item 6): made by 0001 for a repository nothing
 * ever called. Remarks and appeals live in the workflow state (threads, appeals: decision
 * 0023), so no code wrote these tables and they are empty. A backup made before this
 * migration lists them and is restored with the Weegschaal version that made it.
 */
export function dropHolderInput(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.dropTable('remarks').ifExists().execute();
      await db.schema.dropTable('appeals').ifExists().execute();
    },
  };
}
