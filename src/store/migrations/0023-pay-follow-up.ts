import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../schema.js';
import { makeAppendOnly } from './append-only.js';

/**
 * The Art. 10 follow-up and the Art. 7 requests (issue 16 items 5, 6;
 * docs/pay-transparency.md § Opvolging (art. 10), § Verzoeken (art. 7)).
 * - `pay_report_snapshots`: a recorded report (one per period): its date and the flagged
 *   categories with their (suppressed, aggregated) figures as JSON. Kept when the period's
 *   records are deleted: it holds no person-level pay.
 * - `pay_follow_ups`: per flagged category its justification or measures (replaced until the
 *   six months have passed).
 * - `pay_assessments`: the joint pay assessment files, items (d)–(g) as JSON, closed once.
 * - `pay_requests` and `pay_request_answers`: a worker's request and its answer, stored as
 *   given; the answers table only grows (the database refuses UPDATE and DELETE).
 */
export function payFollowUp(dialect: Dialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('pay_report_snapshots')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('period_id', 'text', (c) => c.notNull().unique())
        .addColumn('entity_id', 'text')
        .addColumn('report_date', 'text', (c) => c.notNull())
        .addColumn('threshold', 'integer', (c) => c.notNull())
        .addColumn('categories', 'text', (c) => c.notNull())
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('pay_follow_ups')
        .addColumn('snapshot_id', 'text', (c) => c.notNull().references('pay_report_snapshots.id'))
        .addColumn('category_key', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('due_date', 'text')
        .addColumn('recorded_by', 'text', (c) => c.notNull())
        .addColumn('recorded_at', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('pay_follow_ups_pk', ['snapshot_id', 'category_key'])
        .execute();
      await db.schema
        .createTable('pay_assessments')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('snapshot_id', 'text', (c) => c.notNull().references('pay_report_snapshots.id'))
        .addColumn('category_key', 'text', (c) => c.notNull())
        .addColumn('opened_on', 'text', (c) => c.notNull())
        .addColumn('entries', 'text', (c) => c.notNull())
        .addColumn('updated_by', 'text')
        .addColumn('updated_at', 'text')
        .addColumn('closed_on', 'text')
        .addColumn('closed_by', 'text')
        .addUniqueConstraint('pay_assessments_category', ['snapshot_id', 'category_key'])
        .execute();
      await db.schema
        .createTable('pay_requests')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('person_id', 'text', (c) => c.notNull())
        .addColumn('entity_id', 'text')
        .addColumn('requested_by', 'text', (c) => c.notNull())
        .addColumn('requested_on', 'text', (c) => c.notNull())
        .addColumn('requested_at', 'text', (c) => c.notNull())
        .addColumn('due_on', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('pay_requests_person').on('pay_requests').columns(['person_id', 'requested_at']).execute();
      await db.schema.createIndex('pay_requests_due').on('pay_requests').columns(['due_on']).execute();
      await db.schema
        .createTable('pay_request_answers')
        .addColumn('request_id', 'text', (c) => c.primaryKey().references('pay_requests.id'))
        .addColumn('answered_by', 'text', (c) => c.notNull())
        .addColumn('answered_at', 'text', (c) => c.notNull())
        .addColumn('answer', 'text', (c) => c.notNull())
        .execute();
      await makeAppendOnly(db, dialect, 'pay_request_answers');
    },
  };
}
