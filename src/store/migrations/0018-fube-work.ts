import type { Kysely, Migration } from 'kysely';
import { rebuildWork } from '../fube-work.js';
import type { Database } from '../schema.js';

/**
 * `fube_work` (decision 0030): the work each FUBE holds, so my-work is one paged query
 * ordered by deadline instead of every FUBE of the caller's scope judged in JavaScript.
 * Each index leads with what a branch of the caller's scope fixes (the action; the entity,
 * unit or named manager and the action) and ends in the list's order, so a scan reads its
 * rows in order and stops at the page. Filled from the FUBEs already stored.
 */
export function fubeWork(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('fube_work')
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('seq', 'integer', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('person_id', 'text')
        .addColumn('holder_id', 'text')
        .addColumn('appeal_id', 'text')
        .addColumn('deadline', 'text')
        .addColumn('due', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text', (c) => c.notNull())
        .addColumn('unit_id', 'text')
        .addColumn('manager_id', 'text')
        .addColumn('title', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('fube_work_pk', ['fube_id', 'seq'])
        .execute();
      const order = ['due', 'title', 'fube_id', 'seq'];
      await db.schema.createIndex('fube_work_action').on('fube_work').columns(['action', ...order]).execute();
      await db.schema.createIndex('fube_work_entity').on('fube_work').columns(['entity_id', 'action', ...order]).execute();
      await db.schema.createIndex('fube_work_unit').on('fube_work').columns(['unit_id', 'action', ...order]).execute();
      await db.schema.createIndex('fube_work_manager').on('fube_work').columns(['manager_id', 'action', ...order]).execute();
      await rebuildWork(db as Kysely<Database>);
    },
  };
}
