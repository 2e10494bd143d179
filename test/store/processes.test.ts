import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, inject, it } from 'vitest';
import { initialState } from '../../src/domain/workflow/schema.js';
import { openStore } from '../../src/store/index.js';
import { fubeContent, withPublishedFamily } from './fixtures.js';

const run = promisify(execFile);
// support/sqlite-writer-process.ts, as bundled for this run (test/support/programs.ts).
const child = inject('programs').sqliteWriter;
const spawnStore = (...args: string[]) => run(process.execPath, [child, ...args], { timeout: 150_000 });

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-processes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each process pays a start-up and opens the store, so few processes and a long timeout.
const TIMEOUT = 180_000;

it('server processes that start together on a new SQLite file all open it', { timeout: TIMEOUT }, async () => {
  const file = join(dir, 'start.db');
  const results = await Promise.all([1, 2, 3].map(() => spawnStore(file)));
  expect(results.map((r) => r.stdout.trim())).toEqual(['conflicts=0', 'conflicts=0', 'conflicts=0']);
  const store = await openStore({ file });
  expect(await store.families.list()).toEqual([]);
  await store.close();
});

it('50 writers in three processes on one SQLite file lose no update', { timeout: TIMEOUT }, async () => {
  const file = join(dir, 'writers.db');
  const store = await openStore({ file });
  await withPublishedFamily(store);
  const fube = await store.fubes.create(fubeContent({ specificKnowledge: 'start' }), initialState(1), 'manager');
  const shares = [
    [0, 17],
    [17, 17],
    [34, 16],
  ] as const;
  const results = await Promise.all(shares.map(([first, count]) => spawnStore(file, fube.id, String(first), String(count))));
  const conflicts = results.reduce((sum, r) => sum + Number(/conflicts=(\d+)/.exec(r.stdout)?.[1]), 0);
  console.info(`3 processes, 50 writers on SQLite: ${conflicts} conflicts retried`);
  const revisions = await store.fubes.revisions(fube.id);
  expect(revisions).toHaveLength(51);
  const lines = (await store.fubes.get(fube.id))?.content.specificKnowledge.split('\n').slice(1) ?? [];
  expect([...lines].sort()).toEqual(Array.from({ length: 50 }, (_, n) => `schrijver ${n}`).sort());
  await store.close();
});
