import { type ColumnDefinitionBuilder, type CreateTableBuilder, type Expression, type Kysely, type Migration, sql } from 'kysely';
import { jsonColumnType } from '../json.js';
import type { Dialect } from '../schema.js';
import { makeAppendOnly } from './append-only.js';

/** Entities, people, accounts, families, FUBEs with revisions, workflow, history. */
export function initial(dialect: Dialect): Migration {
  const json = jsonColumnType(dialect);
  // An auto-numbered key: `integer primary key autoincrement` / `serial`.
  const autoId = <T extends string>(table: CreateTableBuilder<T, never>) =>
    dialect === 'sqlite'
      ? table.addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
      : table.addColumn('id', 'serial', (c) => c.primaryKey());
  const notNull = (c: ColumnDefinitionBuilder) => c.notNull();

  return {
    async up(db: Kysely<unknown>) {
      const s = db.schema;
      await s.createTable('entities')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .execute();
      await s.createTable('units')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('entity_id', 'text', (c) => c.notNull().references('entities.id'))
        .addColumn('parent_id', 'text', (c) => c.references('units.id'))
        .addColumn('name', 'text', notNull)
        .execute();
      await s.createTable('people')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', notNull)
        .addColumn('email', 'text')
        .addColumn('entity_id', 'text', (c) => c.references('entities.id'))
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .execute();

      await s.createTable('users')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('email', 'text', (c) => c.notNull().unique())
        .addColumn('name', 'text', notNull)
        .addColumn('password_hash', 'text', notNull)
        .addColumn('person_id', 'text', (c) => c.references('people.id'))
        .addColumn('created_at', 'text', notNull)
        .addColumn('disabled_at', 'text')
        .execute();
      await autoId(s.createTable('user_roles'))
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('role', 'text', notNull)
        .addColumn('entity_id', 'text', (c) => c.references('entities.id'))
        .addColumn('unit_id', 'text', (c) => c.references('units.id'))
        .execute();
      await s.createTable('sessions')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
        .addColumn('created_at', 'text', notNull)
        .addColumn('expires_at', 'text', notNull)
        .addColumn('last_seen_at', 'text', notNull)
        .execute();
      await s.createIndex('sessions_expires_at').on('sessions').column('expires_at').execute();

      await s.createTable('families')
        .addColumn('id', 'text', notNull)
        .addColumn('version', 'integer', notNull)
        .addColumn('status', 'text', (c) => c.notNull().check(sqlIn('status', ['draft', 'published'])))
        .addColumn('name', 'text', notNull)
        .addColumn('document', json, notNull)
        .addColumn('source', 'text', notNull)
        .addColumn('created_at', 'text', notNull)
        .addColumn('created_by', 'text', notNull)
        .addColumn('published_at', 'text')
        .addColumn('published_by', 'text')
        .addPrimaryKeyConstraint('families_pk', ['id', 'version'])
        .execute();

      await s.createTable('fubes')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('entity_id', 'text', notNull)
        .addColumn('unit_id', 'text')
        .addColumn('family_id', 'text', notNull)
        .addColumn('family_version', 'integer', notNull)
        .addColumn('title', 'text', notNull)
        .addColumn('state', 'text', notNull)
        .addColumn('level', 'integer')
        .addColumn('class', 'integer')
        .addColumn('revision', 'integer', notNull)
        .addColumn('in_force_revision', 'integer')
        .addColumn('content', json, notNull)
        .addColumn('workflow', json, notNull)
        .addColumn('search_text', 'text', notNull)
        .addColumn('created_at', 'text', notNull)
        .addColumn('updated_at', 'text', notNull)
        .addForeignKeyConstraint('fubes_family_fk', ['family_id', 'family_version'], 'families', ['id', 'version'])
        .execute();
      for (const column of ['entity_id', 'family_id', 'state', 'class'])
        await s.createIndex(`fubes_${column}`).on('fubes').column(column).execute();

      await s.createTable('fube_revisions')
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('revision', 'integer', notNull)
        .addColumn('content', json, notNull)
        .addColumn('author_id', 'text')
        .addColumn('reason', 'text')
        .addColumn('created_at', 'text', notNull)
        .addPrimaryKeyConstraint('fube_revisions_pk', ['fube_id', 'revision'])
        .execute();

      await autoId(s.createTable('weighings'))
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('revision', 'integer', notNull)
        .addColumn('rule_id', 'text', notNull)
        .addColumn('family_id', 'text', notNull)
        .addColumn('family_version', 'integer', notNull)
        .addColumn('values', json, notNull)
        .addColumn('result', json)
        .addColumn('created_at', 'text', notNull)
        .execute();
      await s.createIndex('weighings_fube').on('weighings').columns(['fube_id', 'revision']).execute();

      await autoId(s.createTable('workflow_events'))
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('type', 'text', notNull)
        .addColumn('revision', 'integer', notNull)
        .addColumn('from_state', 'text', notNull)
        .addColumn('to_state', 'text', notNull)
        .addColumn('at', 'text', notNull)
        .addColumn('actor_id', 'text', notNull)
        .addColumn('data', json, notNull)
        .execute();
      await s.createIndex('workflow_events_fube').on('workflow_events').column('fube_id').execute();

      await autoId(s.createTable('remarks'))
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('revision', 'integer', notNull)
        .addColumn('holder_id', 'text', notNull)
        .addColumn('text', 'text', notNull)
        .addColumn('at', 'text', notNull)
        .execute();
      await s.createIndex('remarks_fube').on('remarks').column('fube_id').execute();

      await autoId(s.createTable('appeals'))
        .addColumn('fube_id', 'text', (c) => c.notNull().references('fubes.id'))
        .addColumn('revision', 'integer', notNull)
        .addColumn('holder_ids', json, notNull)
        .addColumn('grounds', json, notNull)
        .addColumn('motivation', 'text', notNull)
        .addColumn('lodged_at', 'text', notNull)
        .addColumn('outcome', 'text', (c) => c.check(sqlIn('outcome', ['upheld', 'rejected'])))
        .addColumn('new_class', 'integer')
        .addColumn('decision_motivation', 'text')
        .addColumn('decided_at', 'text')
        .execute();
      await s.createIndex('appeals_fube').on('appeals').column('fube_id').execute();

      await autoId(s.createTable('history'))
        .addColumn('at', 'text', notNull)
        .addColumn('actor_id', 'text', notNull)
        .addColumn('action', 'text', notNull)
        .addColumn('subject_type', 'text', notNull)
        .addColumn('subject_id', 'text', notNull)
        .addColumn('data', json, notNull)
        .addColumn('reason', 'text')
        .execute();
      await s.createIndex('history_subject').on('history').columns(['subject_type', 'subject_id']).execute();
      await s.createIndex('history_at').on('history').column('at').execute();

      for (const table of ['history', 'fube_revisions', 'workflow_events']) await makeAppendOnly(db, dialect, table);
    },
  };
}

/** A CHECK that a text column holds one of the listed values. */
function sqlIn(column: string, values: string[]): Expression<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((v) => sql.lit(v)))})`;
}
