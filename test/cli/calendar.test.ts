import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/index.js';
import { CLI_TIMEOUT, runCli } from './support.js';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-cli-calendar-'));
const db = join(dir, 'cli.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('weegschaal calendar', () => {
  it('deadline: the term of issue 14 (6 July 2026 + 15 days) ends on 22 July, the national holiday skipped with its reason', async () => {
    const json = await runCli(['calendar', 'deadline', '2026-07-06', '15', '--format', 'json']);
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      start: '2026-07-06',
      days: 15,
      end: '2026-07-22',
      moved: [{ date: '2026-07-21', reason: 'feestdag: Nationale feestdag', code: 'holiday', holiday: 'national-day' }],
    });
    const text = await runCli(['calendar', 'deadline', '2026-03-06', '15']);
    expect(text.stdout.split('\n').slice(0, 4)).toEqual([
      '2026-03-23 (maandag 23 maart 2026)',
      '6 maart 2026 + 15 kalenderdagen = 21 maart 2026, geen werkdag; de termijn loopt tot de eerstvolgende werkdag:',
      '  2026-03-21  zaterdag   zaterdag',
      '  2026-03-22  zondag     zondag',
    ]);
    // A term that ends on a working day is not moved.
    expect(JSON.parse((await runCli(['calendar', 'deadline', '2026-04-27', '15', '--format', 'json'])).stdout)).toMatchObject({ end: '2026-05-12', moved: [] });
  }, CLI_TIMEOUT);

  it('refuses bad dates and day counts in Dutch with exit code 2', async () => {
    for (const args of [
      ['2026-02-30', '15'],
      ['06-07-2026', '15'],
      ['2026-07-06\u0007', '15'],
      ['20266-07-06', '15'],
      ['2026-07-06', '-1'],
      ['2026-07-06', '1.5'],
      ['2026-07-06', '99999'],
    ]) {
      const run = await runCli(['calendar', 'deadline', '--', ...args]);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toMatch(/geen bestaande datum|verwacht een geheel aantal kalenderdagen/);
      expect(run.stderr).not.toContain('\u0007');
    }
    const year = await runCli(['calendar', 'holidays', '26']);
    expect(year.code).toBe(2);
    expect(year.stderr).toContain('verwacht een jaar van 1900 tot 2199');
  }, CLI_TIMEOUT);

  it('holidays: the eleven days of a year with their Dutch names', async () => {
    const run = await runCli(['calendar', 'holidays', '2027', '--format', 'json']);
    expect(run.code).toBe(0);
    const list = JSON.parse(run.stdout) as { date: string; code: string; name: string }[];
    expect(list).toHaveLength(11);
    expect(list.find((h) => h.code === 'easter-monday')).toEqual({ date: '2027-03-29', code: 'easter-monday', name: 'Paasmaandag' });
    expect(list.find((h) => h.code === 'flemish-community')?.date).toBe('2027-07-11');
    const text = await runCli(['calendar', 'holidays', '2027']);
    expect(text.stdout).toContain('2027-05-06  donderdag  Onze-Lieve-Heer-Hemelvaart');
  }, CLI_TIMEOUT);

  it('closing-days: the administrator at the console adds one (in the history), deadlines count it with --with-closing-days, and removes it', async () => {
    const added = await runCli(['calendar', 'closing-days', 'add', '2026-05-15', '--reason', 'brugdag', '--db', db]);
    expect(added.stderr).toBe('');
    expect(added.stdout.trim()).toBe('sluitingsdag 2026-05-15 (vrijdag 15 mei 2026) toegevoegd: brugdag');
    const again = await runCli(['calendar', 'closing-days', 'add', '2026-05-15', '--reason', 'brugdag', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('15 mei 2026 is al een sluitingsdag');
    const weekend = await runCli(['calendar', 'closing-days', 'add', '2026-05-16', '--reason', 'zaterdag', '--db', db]);
    expect(weekend.code).toBe(1);
    expect(weekend.stderr).toContain('valt in het weekend');
    const control = await runCli(['calendar', 'closing-days', 'add', '2026-05-18', '--reason', 'twee\nregels', '--db', db]);
    expect(control.code).toBe(1);
    expect(control.stderr).toContain('--reason: de reden is één regel');

    const counted = await runCli(['calendar', 'deadline', '2026-04-30', '15', '--with-closing-days', '--format', 'json', '--db', db]);
    expect(JSON.parse(counted.stdout)).toMatchObject({ end: '2026-05-18', moved: [{ date: '2026-05-15', reason: 'sluitingsdag: brugdag', code: 'closing-day' }, { code: 'saturday' }, { code: 'sunday' }] });
    // Without the option the database is not read: holidays and weekends only.
    expect(JSON.parse((await runCli(['calendar', 'deadline', '2026-04-30', '15', '--format', 'json', '--db', db])).stdout).end).toBe('2026-05-15');
    expect((await runCli(['calendar', 'closing-days', 'list', '--db', db])).stdout).toBe('2026-05-15  vrijdag    brugdag\n');

    const removed = await runCli(['calendar', 'closing-days', 'remove', '2026-05-15', '--db', db]);
    expect(removed.stdout.trim()).toBe('sluitingsdag 2026-05-15 verwijderd');
    const unknown = await runCli(['calendar', 'closing-days', 'remove', '2026-05-15', '--db', db]);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('15 mei 2026 is geen sluitingsdag');
    const store = await openStore({ file: db });
    try {
      expect((await store.history.list({ subjectType: 'closing-day' })).map((h) => [h.action, h.actorId.startsWith('cli:')])).toEqual([
        ['closing-day-added', true],
        ['closing-day-removed', true],
      ]);
    } finally {
      await store.close();
    }
  }, CLI_TIMEOUT);
});
