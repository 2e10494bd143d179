import type { Kysely, Migration } from 'kysely';

/**
 * Pay data per reference period (issue 16, docs/pay-transparency.md § Privacy). A period is
 * one import: its reference date, the entity it covers (null: the whole organisation), who
 * imported it, when, from which format, and the suppression threshold of its reports. Its
 * records are one row per person, with the category resolved on import (the class of the
 * FUBE the person held in force on the reference date, or the file's explicit category).
 * Deleting a period deletes its records (pay-repository.ts, with a history row); amounts
 * never enter the history.
 */
export function pay(): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pay_periods')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('reference_date', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('imported_by', 'text', (c) => c.notNull())
        .addColumn('imported_at', 'text', (c) => c.notNull())
        .addColumn('source_format', 'text', (c) => c.notNull())
        .addColumn('threshold', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('pay_records')
        .addColumn('period_id', 'text', (c) => c.notNull().references('pay_periods.id').onDelete('cascade'))
        .addColumn('person_key', 'text', (c) => c.notNull())
        .addColumn('line', 'integer', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('sex', 'text', (c) => c.notNull())
        .addColumn('age', 'integer', (c) => c.notNull())
        .addColumn('years_of_service', 'integer', (c) => c.notNull())
        .addColumn('education', 'integer', (c) => c.notNull())
        .addColumn('fube_id', 'text')
        .addColumn('category', 'text')
        .addColumn('resolved_family', 'text')
        .addColumn('resolved_class', 'integer')
        .addColumn('position', 'integer')
        .addColumn('fte', 'double precision', (c) => c.notNull())
        .addColumn('hours_paid', 'double precision', (c) => c.notNull())
        .addColumn('basic_pay', 'double precision', (c) => c.notNull())
        .addColumn('variable_pay', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('pay_records_pk', ['period_id', 'person_key'])
        .execute();
    },
  };
}
