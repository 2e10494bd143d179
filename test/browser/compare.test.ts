import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { smallTestFamily } from '../../src/domain/fube/test-family.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { addSecondFamily } from '../support/second-family.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const HR = 'hr.dfb@demo.weegschaal';
const ADMIN = 'beheerder@demo.weegschaal';
const SMALL = smallTestFamily.id;

/**
 * Issue 15 item 6 in Chromium, on the demo with the second test family beside the seed:
 * choosing FUBEs in the catalogue (across searches) and in a matrix cell, the compare page
 * with its differences marked, and the matrix with two families, titles in the cells and the
 * entity filter.
 */
describe.skipIf(skip)('comparing FUBEs and the matrix of two families in Chromium', () => {
  const suite = browserSuite({ screenshotPrefix: 'compare-', defaultTimeout: 15_000 });
  const { open, check, login } = suite;
  let page: Page;
  beforeAll(async () => {
    ({ page } = suite);
    await addSecondFamily(suite.server.store);
  });

  const pick = (title: string) => page.getByLabel(`${title} kiezen om te vergelijken`, { exact: true });
  const logout = async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  };

  it('HR chooses three FUBEs in the catalogue, over two searches, and sees them side by side with the differences marked', async () => {
    await login(HR);
    await open(`/catalogus?q=${encodeURIComponent('administratief medewerker')}`);
    await pick('Administratief medewerker personeel').check();
    await pick('Administratief medewerker boekhouding').check();
    const bar = page.getByTestId('compare-bar');
    expect(await bar.textContent()).toContain('2 functiebeschrijvingen gekozen');
    await check('catalogue-chosen');
    // The choice stays while searching for another.
    await open(`/catalogus?q=${encodeURIComponent('onthaalmedewerker')}`);
    await pick('Onthaalmedewerker').check();
    expect(await bar.textContent()).toContain('3 functiebeschrijvingen gekozen');
    await bar.getByRole('link', { name: 'Vergelijken' }).click();

    await page.getByRole('heading', { level: 1, name: 'Functiebeschrijvingen vergelijken' }).waitFor();
    const overview = page.getByRole('region', { name: /Entiteit, familie, status/ });
    await overview.locator('thead th a').first().waitFor();
    expect(await overview.locator('thead th a[href^="/fubes/"]').allTextContents()).toEqual([
      'Administratief medewerker personeel',
      'Administratief medewerker boekhouding',
      'Onthaalmedewerker',
    ]);
    // Level and class: the same for the second, different (and marked) for the third.
    const classes = page.getByTestId('compare-class');
    expect(await classes.nth(1).getAttribute('data-differs')).toBeNull();
    expect(await classes.nth(2).getAttribute('data-differs')).toBe('true');
    expect(await classes.nth(2).textContent()).toContain('verschilt');
    expect(await classes.nth(2).textContent()).toContain('Niveau 1 · functieklasse 10');
    // Criteria in words, not codes: the value chosen with the levels it covers.
    const zelfstandigheid = page.getByTestId('compare-criterion').filter({ hasText: 'Zelfstandigheid' });
    expect(await zelfstandigheid.locator('td').nth(2).textContent()).toContain('Werkt volgens vaste instructies');
    expect(await zelfstandigheid.locator('td').nth(2).textContent()).toContain('niveau 1, functieklasse 10');
    expect(await zelfstandigheid.locator('td').nth(2).getAttribute('data-differs')).toBe('true');
    // Texts word by word: in the second column "boekhouding" is inserted and "personeel" deleted.
    const purpose = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Doel: wat' }) });
    const second = purpose.locator('td').nth(1);
    expect(
      (await second.locator('ins').allTextContents()).map((s) => s.replace(/\[ingevoegd: |\]/g, '').trim()),
    ).toEqual(['boekhouding']);
    expect(
      (await second.locator('del').allTextContents()).map((s) => s.replace(/\[geschrapt: |\]/g, '').trim()),
    ).toEqual(['personeel']);
    expect(await purpose.locator('td').first().locator('ins, del').count()).toBe(0);
    // The legend explains the marks.
    const legend = page.getByRole('region', { name: 'Zo lees je de tekstverschillen' });
    expect(await legend.locator('ins').count()).toBe(1);
    expect(await legend.locator('del').count()).toBe(1);
    // No ids in what a person reads.
    expect(await page.getByRole('main').textContent()).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-/);
    await check('page');

    // Another reference: the third becomes the first, and the second column now differs from it.
    await page.getByRole('link', { name: 'Onthaalmedewerker als referentie nemen' }).click();
    await page.locator('thead th a[href^="/fubes/"]', { hasText: 'Onthaalmedewerker' }).first().waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="compare-class"]')?.textContent?.includes('functieklasse 10') === true,
    );
    expect(await page.getByTestId('compare-class').nth(1).getAttribute('data-differs')).toBe('true');
    await check('page-other-reference');
    await logout();
  });

  it('the matrix shows both families with their own levels, titles in the cells folded after five, and filters on entity', async () => {
    await login(ADMIN);
    await open('/matrix');
    const matrix = page.getByTestId('matrix');
    await matrix.getByTestId('matrix-family').nth(1).waitFor();
    expect(await matrix.getByTestId('matrix-family').allTextContents()).toEqual(
      expect.arrayContaining(['Organisatieondersteunende functies', smallTestFamily.name]),
    );
    // The small family: three levels, level 2 spanning classes 11 and 12; no cells in the seed's classes.
    const levelCells = matrix.locator('td.wg-matrix-level', { hasText: /^Niveau 2$/ });
    expect(await levelCells.evaluateAll((cells) => cells.map((c) => (c as HTMLTableCellElement).rowSpan))).toContain(2);
    expect(await matrix.getByTestId(`cell-${SMALL}-14`).count()).toBe(0);

    const eleven = matrix.getByTestId(`cell-${SMALL}-11`);
    expect(await eleven.getByRole('link', { name: /^8 functies in/ }).textContent()).toBe('8');
    const summary = eleven.locator('summary');
    expect(await summary.textContent()).toBe('+ 3 meer');
    expect(await eleven.locator('details li').first().isVisible()).toBe(false);
    await check('matrix-two-families');
    await summary.click();
    expect(await eleven.locator('details li').first().isVisible()).toBe(true);
    expect(await eleven.locator('li a').allTextContents()).toContain('Administratief medewerker juridische dienst');
    await check('matrix-two-families-open');

    await page.getByLabel('Entiteit').selectOption('dfb');
    await page.waitForURL(/entity=dfb/);
    await eleven.getByRole('link', { name: /^7 functies in/ }).waitFor();
    expect(await eleven.locator('li a').allTextContents()).not.toContain('Administratief medewerker juridische dienst');
    // AFB's class-12 function is gone from the filtered matrix.
    expect(await matrix.getByTestId(`cell-${SMALL}-12`).textContent()).toBe('0');
    await check('matrix-entity-filter');
  });

  it('from a matrix cell: choose two FUBEs and compare them', async () => {
    await page
      .getByTestId('matrix')
      .getByTestId(`cell-${SMALL}-11`)
      .getByRole('link', { name: /^7 functies in/ })
      .click();
    await page.getByRole('heading', { level: 1, name: `${smallTestFamily.name}, functieklasse 11` }).waitFor();
    const bar = page.getByTestId('compare-bar');
    // The choice of the catalogue (another login, the same tab) is cleared first when there is one.
    if ((await bar.getByRole('button', { name: 'Keuze wissen' }).count()) > 0)
      await bar.getByRole('button', { name: 'Keuze wissen' }).click();
    await pick('Administratief medewerker archief').check();
    await pick('Administratief medewerker planning').check();
    await check('matrix-cell-chosen');
    await bar.getByRole('link', { name: 'Vergelijken' }).click();
    await page.getByRole('heading', { level: 1, name: 'Functiebeschrijvingen vergelijken' }).waitFor();
    const title = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Functietitel' }) });
    await title.waitFor();
    expect(await title.locator('td').nth(1).locator('ins').textContent()).toContain('planning');
    expect(await page.getByTestId('compare-class').nth(1).getAttribute('data-differs')).toBeNull();
    await check('from-matrix-cell');
  });
});
