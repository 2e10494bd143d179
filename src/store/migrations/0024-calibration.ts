import type { Kysely, Migration } from 'kysely';

/**
 * Calibration findings marked justified (issue 17 item 4, decision 0062): per finding key the
 * motivation, who and when. A finding's key changes when what it says changes (another class,
 * another FUBE in the group), so a justification covers the finding as it was judged; the
 * history keeps every justification given (`calibration.justify`).
 */
export function calibration(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('calibration_justifications')
        .addColumn('finding_key', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('fube_ids', 'text', (c) => c.notNull())
        .addColumn('motivation', 'text', (c) => c.notNull())
        .addColumn('justified_by', 'text', (c) => c.notNull())
        .addColumn('justified_at', 'text', (c) => c.notNull())
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('calibration_justifications').execute();
    },
  };
}
