import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { expect, it } from 'vitest';
import { restoreBackupFile, writeBackupFile } from '../../src/store/backup.js';
import { openStore } from '../../src/store/index.js';
import { cleanStoredText } from '../../src/store/migrations/0007-clean-text.js';
import { findTextFault } from '../../src/domain/text/hygiene.js';
import { POSTGRES_ADMIN_URL, postgresReachable } from '../support/environment.js';
import { describeEachDatabase } from './databases.js';

/** Migration 0007 and restore clean the text stored before the boundary refused it (issue 11). */
describeEachDatabase('cleaning stored text', (database) => {
  it('removes bad characters from plain and JSON columns, history included, and puts NFC; the history stays append-only', async () => {
    const store = database.store;
    // PostgreSQL never stored NUL or lone surrogates; noncharacters, controls and NFD it did.
    const bad = database.dialect === 'sqlite' ? 'an\u0000on\uD800iem\uFFFE\u0001' : 'anon\uFFFEiem\u0001';
    await store.history.add({ actorId: 'anoniem', action: 'login-failed', subjectType: 'user', subjectId: bad, data: { username: bad, name: 'Coo\u0308rdinator' } });
    await store.entities.save({ id: 'e1', name: `Entiteit ${bad}`, units: [] });
    await cleanStoredText(database.dialect, store.searchIndex).up(store.db as never);
    const [row] = (await sql<{ subject_id: string; data: unknown }>`select subject_id, data from history where action = 'login-failed'`.execute(store.db)).rows;
    // better-sqlite3 stores a lone surrogate as replacement characters already.
    const expected = database.dialect === 'sqlite' ? (row?.subject_id ?? '') : 'anoniem';
    expect(expected).toMatch(/^anon\uFFFD*iem$/);
    expect(findTextFault(expected)).toBeUndefined();
    expect(row?.subject_id).toBe(expected);
    const data = (typeof row?.data === 'string' ? JSON.parse(row.data) : row?.data) as { username: string; name: string };
    expect(data.name).toBe('Co\u00f6rdinator');
    expect(data.username).toMatch(/^anon\uFFFD*iem$/);
    expect((await store.entities.list()).find((e) => e.id === 'e1')?.name).toBe(`Entiteit ${expected}`);
    await expect(sql`update history set reason = 'x'`.execute(store.db)).rejects.toThrow(/append-only/);
  });
});

it('a SQLite backup holding a NUL in a failed login restores into PostgreSQL', async (context) => {
  if (!(await postgresReachable())) context.skip();
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-clean-'));
  const name = `weegschaal_clean_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await admin.connect();
  try {
    const sqlite = await openStore({ file: join(dir, 'old.db') });
    await sql`insert into history (at, actor_id, action, subject_type, subject_id, data, reason) values ('2026-03-02T09:00:00.000Z', 'anoniem', 'login-failed', 'user', ${'a\u0000b'}, ${JSON.stringify({ username: 'a\u0000b' })}, null)`.execute(sqlite.db);
    const file = join(dir, 'backup.jsonl.gz');
    await writeBackupFile(sqlite, file);
    await sqlite.close();
    await admin.query(`create database ${name}`);
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const target = await openStore({ databaseUrl: url.toString() });
    try {
      await restoreBackupFile(target, file);
      const rows = await target.history.list({ subjectType: 'user' });
      expect(rows.map((r) => r.subjectId)).toEqual(['ab']);
    } finally {
      await target.close();
    }
  } finally {
    await admin.query(`drop database if exists ${name}`);
    await admin.end();
    rmSync(dir, { recursive: true, force: true });
  }
});
