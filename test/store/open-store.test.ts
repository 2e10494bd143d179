import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, expect, it } from 'vitest';
import { openStore, storeOptionsFromEnv } from '../../src/store/index.js';
import { testFamily } from './fixtures.js';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-open-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('PostgreSQL is chosen when DATABASE_URL is set, else the SQLite file', () => {
  expect(storeOptionsFromEnv({ DATABASE_URL: 'postgres://db/weegschaal' })).toEqual({ databaseUrl: 'postgres://db/weegschaal' });
  expect(storeOptionsFromEnv({})).toEqual({ file: './data/weegschaal.db' });
  expect(storeOptionsFromEnv({ DATABASE_URL: ' ', WEEGSCHAAL_DB_FILE: '/srv/w.db' })).toEqual({ file: '/srv/w.db' });
});

it('a SQLite store creates its folder, runs in WAL mode with foreign keys and migrates once', async () => {
  const file = join(dir, 'nested', 'folder', 'weegschaal.db');
  const store = await openStore({ file });
  expect(existsSync(file)).toBe(true);
  const mode = await sql<{ journal_mode: string }>`pragma journal_mode`.execute(store.db);
  const keys = await sql<{ foreign_keys: number }>`pragma foreign_keys`.execute(store.db);
  expect(mode.rows[0]?.journal_mode).toBe('wal');
  expect(keys.rows[0]?.foreign_keys).toBe(1);
  await store.families.saveDraft(testFamily, 'bron', 'admin');
  await store.close();

  // Reopening finds its data and does not run the migrations again.
  const again = await openStore({ file });
  expect((await again.families.get(testFamily.id, 1))?.source).toBe('bron');
  const migrations = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(again.db);
  expect(migrations.rows.map((r) => r.name)).toEqual(['0001-initial', '0002-search', '0003-accounts', '0004-search-rowid', '0005-search-tags', '0006-account-indexes', '0007-clean-text', '0008-login-attempts', '0010-fube-parties', '0011-list-indexes', '0015-notifications', '0016-letters', '0017-closing-days', '0017-drop-holder-input', '0018-fube-work', '0019-list-title-indexes', '0021-search-words', '0022-pay', '0023-pay-follow-up', '0024-calibration', '0025-reference-version', '0026-search-pending-list']);
  await again.close();
});

it('an unreachable PostgreSQL server is reported, not hidden', async () => {
  await expect(openStore({ databaseUrl: 'postgres://postgres@127.0.0.1:1/none' })).rejects.toThrow(/ECONNREFUSED|connect/);
});
