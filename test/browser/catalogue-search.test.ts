import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

/**
 * Issue 15 item 7 in the catalogue page: the beginning of a word and compound parts find the
 * demo's functions (HR of AFB sees AFB's, HR of DFB sees DFB's), a level filters as its
 * classes, and a nonsense class filter is refused in Dutch.
 */
describe.skipIf(skip)('the catalogue searches as people type, in Chromium', () => {
  const suite = browserSuite({ screenshotPrefix: 'search-' });
  const { open, check, login } = suite;
  let page: Page;
  beforeAll(() => {
    ({ page } = suite);
  });

  const titles = async () => {
    await page.locator('[role="status"]:has-text("Bezig met laden")').waitFor({ state: 'detached' });
    await page.locator('#catalogue-results').waitFor();
    // Each row's title is its first link (the row starts with the compare checkbox).
    return page.locator('main table tbody tr').evaluateAll((rows) => rows.map((row) => row.querySelector('a')?.textContent ?? ''));
  };

  it('HR of AFB finds "Aankoopdeskundige", "Contractmanager", "Energiedeskundige" and "Preventieadviseur" by their first part', async () => {
    await login('hr.afb@demo.weegschaal');
    for (const [q, title] of [['aankoop', 'Aankoopdeskundige'], ['contract', 'Contractmanager'], ['energie', 'Energiedeskundige'], ['preventie', 'Preventieadviseur']] as const) {
      await open(`/catalogus?q=${encodeURIComponent(q)}`);
      expect((await titles()).join(' | '), q).toContain(title);
    }
    // The search field itself: typing the beginning of a word.
    await open('/catalogus');
    await page.getByRole('searchbox').fill('prev');
    await page.getByRole('button', { name: 'Zoeken' }).click();
    await expect.poll(async () => (await titles()).join(' | ')).toContain('Preventieadviseur');
    await check('prefix');
    // DFB's Kwaliteitscoördinator is not AFB's to see.
    await open(`/catalogus?q=${encodeURIComponent('coördinator')}`);
    expect((await titles()).join(' | ')).not.toContain('Kwaliteitscoördinator');
  });

  it('HR of DFB finds "Kwaliteitscoördinator" by "coördinator", filters on a level, and gets a Dutch refusal for nonsense', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await login('hr.dfb@demo.weegschaal');
    await open(`/catalogus?q=${encodeURIComponent('coördinator')}`);
    expect((await titles()).join(' | ')).toContain('Kwaliteitscoördinator');
    await check('compound');
    await open('/catalogus?class=15%2F16');
    const rows = await titles();
    expect(rows.length).toBeGreaterThan(0);
    const classes = await page.locator('main table tbody tr td.wg-num').allTextContents();
    expect(classes.every((c) => c === '15' || c === '16'), classes.join(',')).toBe(true);
    await check('level');
    await open('/catalogus?class=15%2F17');
    await expect.poll(() => page.locator('main').textContent()).toContain("'15/17' is geen niveau van de functiefamilie");
    await check('level-refused');
  });
});
