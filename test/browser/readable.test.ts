import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { SEED_SOURCE } from '../api/harness.js';
import { RESULTS_DIR, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const HR = 'hr.dfb@demo.weegschaal';
const ADMIN = 'beheerder@demo.weegschaal';

/** What a person must never read: an id, a field path, JSON. */
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
const PATH = /\w\[\d+\]/;
const JSON_TEXT = '{"';

/** The text of the page's main region with every <details> opened, checked for ids, paths and JSON. */
async function expectReadable(page: Page, what: string): Promise<string> {
  await page.locator('main details:not([open]) summary').evaluateAll((summaries) => summaries.forEach((s) => (s as HTMLElement).click()));
  const text = (await page.getByRole('main').innerText()) ?? '';
  expect(text, `${what}: an id`).not.toMatch(UUID);
  expect(text, `${what}: a field path`).not.toMatch(PATH);
  expect(text, `${what}: JSON`).not.toContain(JSON_TEXT);
  return text;
}

/**
 * Issue 15 item 5 in Chromium: the history (a FUBE's and the administrator's), a comparison of
 * two revisions and a bad family upload read as words — names, labels, marked insertions and
 * deletions, Dutch errors with line and column — never ids, field paths or JSON.
 */
describe.skipIf(skip)('no ids, JSON or field paths on screen', () => {
  const suite = browserSuite({ screenshotPrefix: 'readable-', defaultTimeout: 15_000 });
  const { open, check, login } = suite;
  let page: Page;
  let fubeId = '';
  beforeAll(() => {
    ({ page } = suite);
  });

  it('a FUBE’s history names who acted, and its revision comparison marks inserted and deleted words', async () => {
    await login(HR);
    const draft = await suite.server.store.db.selectFrom('fubes').select('id').where('state', '=', 'draft').where('entity_id', '=', 'dfb').orderBy('id').executeTakeFirstOrThrow();
    fubeId = draft.id;
    // A new revision with changed words: the purpose's "what", saved by autosave.
    await open(`/fubes/${fubeId}/doel`);
    const what = page.getByLabel('Wat (de kern van de functie)');
    const before = await what.inputValue();
    await what.fill(`Bereidt samen met het team ${before.replace(/^\S+\s/, '')}`);
    await page.locator('[data-save-state="saved"]').waitFor();

    await open(`/fubes/${fubeId}/geschiedenis`);
    const revisions = await suite.server.store.fubes.revisions(fubeId);
    const last = revisions.at(-1)!.revision;
    await page.getByLabel('Van revisie').selectOption(String(last - 1));
    await page.getByLabel('Naar revisie').selectOption(String(last));
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    const table = page.getByTestId('compare');
    await table.waitFor();
    const row = table.locator('tbody tr', { hasText: 'Doel' }).filter({ hasText: 'wat' });
    expect(await row.locator('ins').first().textContent()).toContain('Bereidt');
    expect(await row.locator('del').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('diff-legend').textContent()).toBe('Zo leest u de verschillen:toegevoegde tekstgeschrapte tekst');
    // The revision before holds the demo's first weighing and description: a larger comparison.
    await page.getByLabel('Van revisie').selectOption('1');
    await page.getByRole('button', { name: 'Vergelijken' }).click();
    await expect.poll(() => page.getByTestId('compare').locator('caption').textContent()).toBe(`Verschillen tussen revisie 1 en revisie ${last}`);
    await expectReadable(page, 'the FUBE’s history and comparison');
    await check('fube-history-compare');
    // A FUBE with steps in its process: who took each step, by name.
    const proposed = await suite.server.store.db.selectFrom('fubes').select('id').where('state', '=', 'proposed').where('entity_id', '=', 'dfb').orderBy('id').executeTakeFirstOrThrow();
    await open(`/fubes/${proposed.id}/geschiedenis`);
    const steps = page.locator('table', { has: page.locator('caption', { hasText: 'Stappen van het proces' }) }).locator('tbody tr');
    await steps.first().waitFor();
    expect(await steps.first().locator('td').nth(1).textContent()).toBe('Hanne HR (DFB)');
    await expectReadable(page, 'the history of a proposed FUBE');
  });

  it('the administrator’s history shows names, actions in words and readable data', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await login(ADMIN);
    await open('/beheer/geschiedenis');
    await page.getByTestId('history-table').waitFor();
    const text = await expectReadable(page, 'the administrator’s history');
    expect(text).toContain('Beheerder Demo');
    expect(text).not.toMatch(/\bfube\.\w|family\.publish/);
    // Every actor by name, also a holder who appealed without an account of their own.
    expect(text).not.toContain('een onbekende gebruiker');
    await check('history-admin');
    await page.locator('[data-testid="history-table"] tbody tr').first().screenshot({ path: `${RESULTS_DIR}/readable-history-admin-first-row.png` });
    // The FUBE's own events, from its history step's link: the filter by the FUBE's title.
    await open(`/beheer/geschiedenis?subjectType=fube&subjectId=${fubeId}`);
    await page.getByTestId('history-table').waitFor();
    const title = (await suite.server.store.fubes.get(fubeId))!.content.title;
    expect(await page.getByTestId('active-filters').textContent()).toContain(`Alleen gebeurtenissen over ${title}`);
    const rows = page.locator('[data-testid="history-table"] tbody tr');
    expect(await rows.first().textContent()).toContain('Hanne HR (DFB)');
    await expectReadable(page, 'the history of one FUBE');
    await check('history-admin-fube');
  });

  it('a bad family upload says what is wrong in Dutch, with line, column and the field in words', async () => {
    await open('/beheer/families');
    const source = page.getByLabel('Tekst van het familiebestand');
    // Bad YAML: a key given twice.
    await source.fill('id: fout\nname: Een familie\nname: Nog een naam\n');
    await page.getByRole('button', { name: 'Controleren', exact: true }).click();
    const errors = page.getByTestId('family-errors');
    await errors.waitFor();
    expect(await errors.textContent()).toContain('Regel 3, kolom 1');
    expect(await errors.textContent()).toContain('ongeldige YAML: deze veldnaam komt twee keer voor op hetzelfde niveau');
    expect(await errors.textContent()).not.toMatch(/unique|must|Map keys/i);
    await expectReadable(page, 'a YAML syntax error');
    await check('family-yaml-error');
    // Valid YAML, wrong content: the fields named as people say them.
    await source.fill(SEED_SOURCE.replace(/^( {4}goal: )een correct beeld.*$/m, "$1''").replace(/^( {4}name: ).*$/m, '$1'));
    await page.getByRole('button', { name: 'Controleren', exact: true }).click();
    await expect.poll(async () => (await errors.textContent()) ?? '').toContain('Resultaatgebied 1 – doel');
    await expectReadable(page, 'a family with wrong fields');
    await check('family-field-errors');
  });
});
