import type { Kysely, Migration } from 'kysely';

/**
 * An index on a FUBE's unit: a manager's lists (search, my-work, matrix cells) are scoped
 * to units, and without it every such list scanned the whole table (the holder's and named
 * manager's scopes use the primary key and `fubes_manager_id`). Index only: a backup made
 * at the previous level restores into this one (backup.ts INDEX_ONLY_MIGRATIONS).
 */
export function listIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('fubes_unit_id').on('fubes').column('unit_id').execute();
    },
  };
}
