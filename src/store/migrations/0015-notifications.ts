import type { CreateTableBuilder, Kysely, Migration } from 'kysely';
import { jsonColumnType } from '../json.js';
import type { Dialect } from '../schema.js';

/**
 * Notifications (issue 13 item 4, decision 0026): one row per person a workflow event waits
 * on, and the e-mail outbox, both written in the transaction of the event; a background
 * worker sends the outbox. `users.language` is the language of a user's mail (nl/en).
 */
export function notifications(dialect: Dialect): Migration {
  const json = jsonColumnType(dialect);
  const autoId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    dialect === 'sqlite'
      ? table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : table.addColumn('id', 'serial', (c) => c.primaryKey());
  return {
    async up(db: Kysely<unknown>) {
      const s = db.schema;
      await s.alterTable('users').addColumn('language', 'text', (c) => c.notNull().defaultTo('nl')).execute();
      await autoId(s.createTable('notifications'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('kind', 'text', (c) => c.notNull())
        /** The FUBE's title when the event happened, and for deadlines the code and date. */
        .addColumn('data', json, (c) => c.notNull())
        /** Set for notices that may be written once only (a deadline per user, date and code). */
        .addColumn('once_key', 'text', (c) => c.unique())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('read_at', 'text')
        .execute();
      await s.createIndex('notifications_user').on('notifications').columns(['user_id', 'id']).execute();
      await autoId(s.createTable('mail_outbox'))
        .addColumn('to_address', 'text', (c) => c.notNull())
        .addColumn('language', 'text', (c) => c.notNull())
        /** What to say: the kind, the FUBE's id and title, a deadline's date; rendered when sent. */
        .addColumn('message', json, (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('sent_at', 'text')
        .addColumn('last_error', 'text')
        .execute();
      await s.createIndex('mail_outbox_due').on('mail_outbox').columns(['sent_at', 'next_attempt_at']).execute();
    },
  };
}
