import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payConsoleCaller } from '../../src/cli/commands/pay.js';
import { TestClock } from '../../src/domain/clock.js';
import { openStore } from '../../src/store/index.js';
import type { StoredPayRecord } from '../../src/store/pay-repository.js';
import { useCaseDeps } from '../../src/use-cases/context.js';
import { recordPayReport } from '../../src/use-cases/pay/record-pay-report.js';
import { CLI_TIMEOUT, runCli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-cli-pay-open-'));
const db = join(dir, 'cli.db');

/** Ten persons of class 15, the women paid 10 % less: the class is flagged (by class and by family × class). */
function records(): StoredPayRecord[] {
  return Array.from({ length: 10 }, (_, i) => {
    const sex = i % 2 === 0 ? ('F' as const) : ('M' as const);
    const basicPay = sex === 'F' ? 45_000 : 50_000;
    return { personKey: `c-${i}`, line: i + 2, entityId: null, sex, age: 40, yearsOfService: 10, education: 3, fubeId: null, category: '15', resolvedFamily: null, resolvedClass: null, position: null, fte: 1, hoursPaid: 1976, basicPay, variablePay: 0 };
  });
}

beforeAll(async () => {
  const store = await openStore({ file: db });
  try {
    await store.pay.replacePeriod({ id: '2019', referenceDate: '2019-12-31', entityId: null, importedBy: 'test', sourceFormat: 'csv', threshold: 5 }, records(), { actorId: 'test', data: { records: 10 } });
    // Recorded long ago: the six months are over whatever day the test runs.
    const ctx = { actor: payConsoleCaller('test'), clock: new TestClock('2020-01-15T10:00:00Z') };
    const view = await recordPayReport(useCaseDeps(store), ctx, '2019', 'Hele organisatie');
    expect(view.categories.map((c) => `${c.grain}:${c.category}`).sort()).toEqual(['class:15', 'family-class:15']);
  } finally {
    await store.close();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `weegschaal pay open-assessments` (issue 16 item 5): the nightly call that opens the due Art. 10 files. */
describe('weegschaal pay open-assessments', () => {
  it('opens the due files once, says which (no amounts), exits 0, and opens nothing twice', async () => {
    const first = await runCli(['pay', 'open-assessments', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    const lines = first.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^dossier [0-9a-f-]{36} geopend op 2020-07-16: periode 2019 \(rapport van 2020-01-15\), Hele organisatie, (klasse 15|familie × klasse 15)$/);
    expect(lines.slice(0, 2).map((l) => l.replace(/^.*, /, '')).sort()).toEqual(['familie × klasse 15', 'klasse 15']);
    expect(lines[2]).toBe('2 beoordelingsdossiers geopend');
    expect(first.stdout).not.toMatch(/45[ .]?000|50[ .]?000/);

    const again = await runCli(['pay', 'open-assessments', '--format', 'json', '--db', db]);
    expect(again.code, again.stderr).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({ opened: 0, files: [] });

    const store = await openStore({ file: db });
    try {
      const opened = await store.history.list({ action: 'pay.assessment-opened' });
      expect(opened).toHaveLength(2);
      expect(opened.every((e) => e.actorId.startsWith('cli:'))).toBe(true);
    } finally {
      await store.close();
    }
  }, CLI_TIMEOUT);

  it('refuses unknown options (exit 2) and says what it does in its help', async () => {
    expect((await runCli(['pay', 'open-assessments', '--period', '2019', '--db', db])).code).toBe(2);
    const help = await runCli(['pay', '--help']);
    expect(help.stdout).toContain('open-assessments');
  }, CLI_TIMEOUT);
});
