import type { Kysely, Migration } from 'kysely';

/**
 * A unit's and a named manager's FUBEs in title order (decision 0031): the catalogue list of
 * a narrow scope reads each unit, and the FUBEs naming the manager, from these indexes in
 * order and stops after the page, and counts them from the index alone; before, it read and
 * sorted every FUBE of the unit. They replace the one-column indexes of 0010 and 0011,
 * whose every lookup they serve. Index only: a backup made before restores into this level.
 */
export function listTitleIndexes(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema.createIndex('fubes_unit_title').on('fubes').columns(['unit_id', 'title', 'id']).execute();
      await db.schema.createIndex('fubes_manager_title').on('fubes').columns(['manager_id', 'title', 'id']).execute();
      await db.schema.dropIndex('fubes_unit_id').ifExists().execute();
      await db.schema.dropIndex('fubes_manager_id').ifExists().execute();
    },
  };
}
