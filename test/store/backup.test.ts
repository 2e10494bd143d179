import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { BackupError, writeBackupFile } from '../../src/store/backup.js';
import { STORE_TABLES, listedTableOf } from '../../src/store/tables.js';
import { describeEachDatabase } from './databases.js';

/** The store side of `weegschaal backup` (the CLI round trip is test/cli/backup.test.ts). */

function fileLines(file: string): string[] {
  return gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
}

describeEachDatabase('backup', (database) => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'weegschaal-store-backup-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('knows every table the migrations create, in tables.ts', async () => {
    const found = (await database.store.db.introspection.getTables()).map((t) => t.name);
    for (const name of found) expect(listedTableOf(name), name).toBeDefined();
    for (const table of STORE_TABLES) expect(found, table.name).toContain(table.name);
  });

  it('reads one snapshot: what another connection writes during the backup is not in the file', async () => {
    const store = database.store;
    await store.entities.save({ id: 'vroeg', name: 'Vroege entiteit', units: [] });
    await store.history.add({ actorId: 'test', action: 'test.before', subjectType: 'test', subjectId: 'a', data: {} });
    const other = await database.open();
    const file = join(dir, `snapshot-${database.dialect}.jsonl.gz`);
    const summary = await writeBackupFile(store, file, {
      onTable: async (table) => {
        // Entities are in the file by now; history is still to come.
        if (table !== 'entities') return;
        await other.entities.save({ id: 'laat', name: 'Late entiteit', units: [] });
        await other.history.add({ actorId: 'test', action: 'test.during', subjectType: 'test', subjectId: 'b', data: {} });
      },
    });
    const text = fileLines(file).join('\n');
    expect(text).toContain('test.before');
    expect(text).not.toContain('test.during');
    expect(text).not.toContain('Late entiteit');
    expect(summary.header.tables.find((t) => t.name === 'history')!.rows).toBe(1);
    expect(await store.history.list()).toHaveLength(2);
  });

  it('a failed backup leaves the earlier file under the final name as it was, and no temporary file', async () => {
    const file = join(dir, `failing-${database.dialect}.jsonl.gz`);
    await writeBackupFile(database.store, file);
    const before = readFileSync(file);
    const failing = writeBackupFile(database.store, file, {
      onTable: (table) => {
        if (table === 'fubes') throw new BackupError('test: stopped half-way');
      },
    });
    await expect(failing).rejects.toThrow('test: stopped half-way');
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(readdirSync(dir).filter((name) => name.includes('failing'))).toEqual([`failing-${database.dialect}.jsonl.gz`]);
  });
});
