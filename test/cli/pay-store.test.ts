import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { CLI_TIMEOUT, runCli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-cli-pay-'));
const db = join(dir, 'cli.db');
const good = join(dir, 'loon.csv');
const bad = join(dir, 'fout.csv');
const HEADER = 'person;sex;age;yearsOfService;education;category;fte;hoursPaid;basicPay;variablePay';
beforeAll(async () => {
  writeFileSync(good, [HEADER, 'c-1;F;40;10;3;15;1;1976;45000;1500', 'c-2;M;41;11;3;15;1;1976;46000;0'].join('\n'));
  writeFileSync(bad, [HEADER, 'c-1;F;40;10;3;15;1;1976;45000;1500', 'c-2;M;41;11;3;15;1,5;1976;46000;0'].join('\n'));
  const store = await openStore({ file: db });
  await store.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `weegschaal pay import|periods|delete` (issue 16 items 1 and 2) on a SQLite file. */
describe('weegschaal pay', () => {
  it('imports all or nothing, with every rejected row on stderr, then partial; lists and deletes the period with history rows', async () => {
    const refused = await runCli(['pay', 'import', bad, '--period', '2026', '--db', db]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('regel 3, kolom fte: de waarde moet');
    expect(refused.stderr).toContain('niets ingevoerd: 1 rijen afgewezen');

    const partial = await runCli(['pay', 'import', bad, '--period', '2026', '--partial', '--db', db]);
    expect(partial.code, partial.stderr).toBe(0);
    expect(partial.stdout).toContain('periode 2026 (referentiedatum 2026-12-31, hele organisatie) ingevoerd: 1 personen uit 2 rijen');

    const replaced = await runCli(['pay', 'import', good, '--period', '2026', '--threshold', '6', '--format', 'json', '--db', db]);
    expect(replaced.code, replaced.stderr).toBe(0);
    expect(JSON.parse(replaced.stdout)).toMatchObject({ committed: true, replaced: true, imported: 2, errors: [] });

    const periods = await runCli(['pay', 'periods', '--format', 'json', '--db', db]);
    expect(JSON.parse(periods.stdout)).toEqual([expect.objectContaining({ id: '2026', threshold: 6, counts: { records: 2, women: 1, men: 1, other: 0, unclassified: 0 } })]);
    expect(periods.stdout).not.toContain('45000');

    expect((await runCli(['pay', 'import', good, '--period', 'H1', '--db', db])).stderr).toContain('--reference-date');
    expect((await runCli(['pay', 'import', good, '--period', '../x', '--reference-date', '2026-12-31', '--db', db])).code).toBe(1);

    const deleted = await runCli(['pay', 'delete', '--period', '2026', '--db', db]);
    expect(deleted.stdout).toContain('periode 2026 verwijderd: 2 personen');
    expect((await runCli(['pay', 'delete', '--period', '2026', '--db', db])).code).toBe(1);

    const store = await openStore({ file: db });
    try {
      const history = await store.history.list({ subjectType: 'pay-period' });
      expect(history.map((e) => e.action)).toEqual(['pay.import', 'pay.import', 'pay.delete-period']);
      expect(history.every((e) => e.actorId.startsWith('cli:'))).toBe(true);
    } finally {
      await store.close();
    }
  }, CLI_TIMEOUT);
});
