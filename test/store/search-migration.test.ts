import SqliteDatabase from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql } from 'kysely';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import { contentColumns, classColumns, workflowColumns } from '../../src/store/fubes-repository.js';
import { openStore, type StoreOptions } from '../../src/store/index.js';
import { migrationProvider } from '../../src/store/migrations/index.js';
import type { Dialect } from '../../src/store/schema.js';
import { postgresSearch } from '../../src/store/search/postgres-search.js';
import { sqliteSearch } from '../../src/store/search/sqlite-search.js';
import { ADMIN_URL, freshDatabase, postgresReachable } from '../exchange/fixtures.js';
import { skipUnless } from '../support/environment.js';
import { fubeContent, testFamily } from './fixtures.js';

/**
 * A database made before migration 0005 holds FUBEs indexed the old way (no title column,
 * no tags); after the upgrade the same FUBEs must be found by words, filters and holder.
 */
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A new empty database and a raw Kysely on it, to migrate only part of the way. */
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
  describe.skipIf(skip)(`upgrading the search index on ${dialect}`, () => {
    it('FUBEs stored before migration 0005 are found by words, filters and holder after it', async () => {
      const { options, db } = await target(dialect);
      const migrator = new Migrator({ db, provider: migrationProvider(dialect, dialect === 'sqlite' ? sqliteSearch : postgresSearch) });
      const upTo4 = await migrator.migrateTo('0004-search-rowid');
      expect(upTo4.error).toBeUndefined();
      const at = '2026-01-01T00:00:00.000Z';
      await sql`insert into families (id, version, status, name, document, source, created_at, created_by)
        values (${testFamily.id}, ${testFamily.version}, 'published', ${testFamily.name}, ${JSON.stringify(testFamily)}, 'x', ${at}, 'test')`.execute(db);
      const content = fubeContent({ title: 'Archivaris', entityId: 'dep-fin', holderIds: ['p-anna'], specificKnowledge: 'Kennis van de archiefwet' });
      const workflow = { ...initialState(1), status: 'proposed' as const };
      // The columns of that schema level: holder_ids and manager_id came with migration 0010.
      const { holder_ids: _holders, manager_id: _manager, ...columns } = contentColumns(content);
      const row = { id: 'old-1', ...columns, ...workflowColumns(workflow), ...classColumns(content, workflow), revision: 1, created_at: at, updated_at: at };
      await (db as Kysely<Record<string, Record<string, unknown>>>).insertInto('fubes').values(row).execute();
      if (dialect === 'sqlite') await sql`insert into fube_search (rowid, fube_id, body) values ((select rowid from fubes where id = 'old-1'), 'old-1', 'archivaris kennis archiefwet')`.execute(db);
      else await sql`insert into fube_search (fube_id, document) values ('old-1', to_tsvector('dutch', 'Archivaris Kennis van de archiefwet'))`.execute(db);
      await db.destroy();

      const store = await openStore(options);
      try {
        expect((await store.search.find({ q: 'archiefwet', state: 'proposed', entity: 'dep-fin' })).items.map((i) => i.id)).toEqual(['old-1']);
        expect((await store.search.find({ q: 'archivaris' }, { entityIds: [], holderPersonId: 'p-anna', unitIds: [], managerPersonId: null })).items.map((i) => i.id)).toEqual(['old-1']);
        expect((await store.search.find({ q: 'archiefwet', state: 'draft' })).total).toBe(0);
        // The vocabulary (migration 0021) is filled from the stored FUBEs: a prefix finds them.
        expect((await store.search.find({ q: 'archie' })).items.map((i) => i.id)).toEqual(['old-1']);
      } finally {
        await store.close();
      }
    });
  });
}
