import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { CLI_TIMEOUT, runCli } from './support.js';

/** Issue 11, reproduction 5: the CLI never writes over the database in use, nor over a file without --force. */
describe('issue 11, reproduction 5: CLI output safety', () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'weegschaal-output-'));
    db = join(dir, 'live.db');
    const store = await openStore({ file: db });
    await store.entities.save({ id: 'dfb', name: 'DFB', units: [] });
    await store.close();
  }, 60_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'export fubes and backup onto the live database (also through a link) are refused with exit 2, even with --force; the database is untouched',
    async () => {
      const before = readFileSync(db);
      const link = join(dir, 'link.db');
      symlinkSync(db, link);
      for (const args of [
        ['export', 'fubes', '-o', db, '--db', db],
        ['backup', '-o', db, '--db', db],
        ['backup', '-o', link, '--db', db, '--force'],
      ]) {
        const run = await runCli(args);
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(2);
        expect(run.stderr).toContain('is de databank die in gebruik is');
        expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
      }
      expect(readFileSync(db).equals(before)).toBe(true);
    },
    CLI_TIMEOUT,
  );

  it(
    'an existing file is kept without --force and overwritten with it; a missing folder is one Dutch line with exit 2',
    async () => {
      const out = join(dir, 'catalogus.json');
      writeFileSync(out, 'oud');
      const refused = await runCli(['export', 'fubes', '-o', out, '--db', db]);
      expect(refused.code).toBe(2);
      expect(refused.stderr.trim()).toBe(`${out} bestaat al: geef --force om het te overschrijven`);
      expect(readFileSync(out, 'utf8')).toBe('oud');
      const forced = await runCli(['export', 'fubes', '-o', out, '--db', db, '--force']);
      expect(forced.code, forced.stderr).toBe(0);
      expect(statSync(out).size).toBeGreaterThan(3);
      const missing = join(dir, 'bestaat-niet', 'backup.jsonl.gz');
      const run = await runCli(['backup', '-o', missing, '--db', db]);
      expect(run.code).toBe(2);
      expect(run.stderr.trim()).toBe(`de map ${join(dir, 'bestaat-niet')} bestaat niet: maak ze eerst aan`);
      expect(existsSync(missing)).toBe(false);
    },
    CLI_TIMEOUT,
  );
});
