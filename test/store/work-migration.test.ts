import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import { classColumns, contentColumns, workflowColumns } from '../../src/store/fubes-repository.js';
import { openStore, type StoreOptions } from '../../src/store/index.js';
import { migrationProvider } from '../../src/store/migrations/index.js';
import type { Dialect } from '../../src/store/schema.js';
import { postgresSearch } from '../../src/store/search/postgres-search.js';
import { sqliteSearch } from '../../src/store/search/sqlite-search.js';
import { ADMIN_URL, freshDatabase, postgresReachable } from '../exchange/fixtures.js';
import { skipUnless } from '../support/environment.js';
import { fubeContent, testFamily } from './fixtures.js';

/**
 * Decision 0030: a database made before migration 0018 holds FUBEs with work but no work
 * rows; the migration fills them, so my-work lists that work right after the upgrade.
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function target(dialect: Dialect): Promise<{ options: StoreOptions; db: Kysely<unknown> }> {
  const fresh = await freshDatabase(dialect);
  cleanups.push(fresh.drop);
  const { file, databaseUrl } = fresh.options;
  const db =
    dialect === 'sqlite'
      ? new Kysely({ dialect: new SqliteDialect({ database: new SqliteDatabase(file!) }) })
      : new Kysely({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl! }) }) });
  return { options: fresh.options, db };
}

for (const dialect of ['sqlite', 'postgres'] as const) {
  const skip = dialect === 'postgres' ? skipUnless(await postgresReachable(), 'PostgreSQL', `set TEST_DATABASE_URL (tried ${ADMIN_URL})`) : false;
  describe.skipIf(skip)(`migration 0018 on ${dialect}`, () => {
    it('fills the work of the FUBEs already stored: a draft to propose, a notified FUBE whose holder may appeal', async () => {
      const { options, db } = await target(dialect);
      const migrator = new Migrator({ db, provider: migrationProvider(dialect, dialect === 'sqlite' ? sqliteSearch : postgresSearch) });
      expect((await migrator.migrateTo('0017-drop-holder-input')).error).toBeUndefined();
      const at = '2026-01-01T00:00:00.000Z';
      await sql`insert into families (id, version, status, name, document, source, created_at, created_by)
        values (${testFamily.id}, ${testFamily.version}, 'published', ${testFamily.name}, ${JSON.stringify(testFamily)}, 'x', ${at}, 'test')`.execute(db);
      const rows = [
        { id: 'draft-1', content: fubeContent({ title: 'Archivaris', entityId: 'dep-fin', holderIds: ['p-anna'] }), workflow: initialState(1) },
        {
          id: 'notified-1',
          content: fubeContent({ title: 'Jurist', entityId: 'dep-fin', holderIds: ['p-anna'] }),
          workflow: { ...initialState(1), status: 'notified' as const, notification: { at, date: '2026-01-05', holderIds: ['p-anna'], appealUntil: '2026-01-20' } },
        },
        { id: 'final-1', content: fubeContent({ title: 'Controller', entityId: 'dep-fin' }), workflow: { ...initialState(1), status: 'final' as const } },
      ];
      for (const { id, content, workflow } of rows)
        await (db as Kysely<Record<string, Record<string, unknown>>>)
          .insertInto('fubes')
          .values({ id, ...contentColumns(content), ...workflowColumns(workflow), ...classColumns(content, workflow), revision: 1, created_at: at, updated_at: at })
          .execute();
      await db.destroy();

      const store = await openStore(options);
      try {
        const work = await store.db.selectFrom('fube_work').select(['fube_id', 'action', 'person_id', 'due']).orderBy('fube_id').orderBy('seq').execute();
        expect(work).toEqual([
          { fube_id: 'draft-1', action: 'propose', person_id: null, due: '9999-12-31' },
          { fube_id: 'notified-1', action: 'appeal', person_id: 'p-anna', due: '2026-01-20' },
          { fube_id: 'notified-1', action: 'finalize', person_id: null, due: '2026-01-21' },
        ]);
      } finally {
        await store.close();
      }
    });
  });
}
