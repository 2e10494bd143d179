import type { Kysely, Migration } from 'kysely';
import { jsonColumnType } from '../json.js';
import type { Dialect } from '../schema.js';

/**
 * Letters (issue 13 item 3, decision 0028): one per holder when a validated FUBE is notified,
 * written with the notification event; what it says is kept as written (`data`), the Word
 * and PDF files are made from it on request. The receipt: the date the holder received it,
 * how (acknowledged in the app, or a delivery recorded by HR), by whom and when recorded.
 */
export function letters(dialect: Dialect): Migration {
  const json = jsonColumnType(dialect);
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('letters')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('holder_id', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('reference', 'text', (c) => c.notNull().unique())
        .addColumn('data', json, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('received_on', 'text')
        .addColumn('receipt_channel', 'text')
        .addColumn('receipt_recorded_by', 'text')
        .addColumn('receipt_recorded_at', 'text')
        .execute();
      await db.schema.createIndex('letters_fube').on('letters').columns(['fube_id', 'holder_id']).execute();
    },
  };
}
