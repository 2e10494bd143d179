import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { readSheet } from 'read-excel-file/node';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { appReady, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

/**
 * Issue 15 item 10 in Chromium: the HR overview (FUBEs per entity and state, deadlines close
 * or passed, each a link) and the catalogue downloaded with its filters as CSV and Excel.
 */
describe.skipIf(skip)('HR overview and catalogue downloads in Chromium', () => {
  // The demo is dated at the clock's start; forty days on, its proposals are due.
  const clock = new TestClock('2026-03-02T09:00:00Z');
  const suite = browserSuite({ clock, screenshotPrefix: 'overview-', defaultTimeout: 15_000 });
  const { open, check, login } = suite;
  let page: Page;
  beforeAll(() => {
    ({ page } = suite);
  });

  it('HR opens the overview from the menu: counts per state link to the catalogue, deadlines link to their FUBE', async () => {
    clock.set('2026-04-13T09:00:00Z');
    await login('hr.dfb@demo.weegschaal');
    await page.getByRole('navigation').getByRole('link', { name: 'Overzicht' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overzicht' }).waitFor();
    const states = page.getByRole('table', { name: 'Aantal functiebeschrijvingen per entiteit en status' });
    await states.waitFor();
    const header = (await states.locator('thead').textContent()) ?? '';
    expect(header).toContain('ontwerp');
    expect(await states.locator('tbody tr').count()).toBe(1);
    const deadlines = page.getByRole('table', { name: /Termijnen binnen 5 werkdagen of verstreken/ });
    await deadlines.waitFor();
    expect(await deadlines.locator('tbody tr').count()).toBeGreaterThan(0);
    const text = (await page.getByRole('main').textContent()) ?? '';
    expect(text, 'no ids on the page').not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-|\bp-\d{3}\b/);
    await check('hr');
    // A deadline opens its FUBE.
    const first = deadlines.locator('tbody tr').first().getByRole('link');
    const title = (await first.textContent()) ?? '';
    await first.click();
    await page.getByRole('heading', { level: 1, name: new RegExp(title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).waitFor();
    // A count opens the catalogue with the entity and state as filters.
    await page.goBack();
    await appReady(page);
    await states.locator('tbody td a').first().click();
    await page.waitForURL(/\/catalogus\?entity=dfb&state=/);
    await page.getByRole('status').or(page.getByRole('table', { name: 'Zoekresultaten' })).first().waitFor();
  });

  it('the catalogue downloads its list with the current filters as CSV and as Excel', async () => {
    await open('/catalogus?state=draft');
    await page.getByRole('table', { name: 'Zoekresultaten' }).waitFor();
    const listed = await page.getByRole('table', { name: 'Zoekresultaten' }).locator('tbody tr').count();
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV' }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^weegschaal-catalogus-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await csv.path(), 'utf8').replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^Functie;Entiteit;Afdeling;Functiefamilie;/);
    expect(lines.length - 1).toBe(listed);
    for (const line of lines.slice(1)) expect(line).toContain(';ontwerp;');
    const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Excel (.xlsx)' }).click()]);
    expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
    const rows = await readSheet(readFileSync(await xlsx.path()));
    expect(rows).toHaveLength(listed + 1);
    await check('catalogue-downloads');
  });

  it('HR records a function outside the families with the separate method; its print view shows that outcome, no family class or competencies, and the draft marking', async () => {
    await login('hr.dfb@demo.weegschaal');
    const list = (await (await page.request.get(`${suite.server.url}/api/fubes?state=draft&entity=dfb`)).json()) as { items: { id: string; title: string }[] };
    const target = list.items[0];
    expect(target).toBeDefined();
    await open(`/fubes/${target!.id}/klasse`);
    await page.getByLabel('Niet-toewijsbare functie: de klasse komt uit de afzonderlijke methode').check();
    await page.getByLabel('Gebruikte methode').fill('Analytische functieweging (Hay)');
    await page.getByRole('group').or(page.locator('main')).getByLabel('Functieklasse', { exact: true }).last().fill('17');
    await page.getByLabel('Motivering van de klasse').fill('De functie combineert leiding van een team met beleidsvoorbereiding; geen familie dekt dat.');
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await page.getByText('Niet-toewijsbare functie: functieklasse 17 volgens Analytische functieweging (Hay)').first().waitFor();
    await open(`/fubes/${target!.id}/print`);
    // The print view renders its title first and its body once the family version has loaded.
    await page.getByText('Niet toewijsbaar aan een functiefamilie (afzonderlijke methode)').waitFor();
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('ONTWERP — geen beslissing');
    expect(main).toContain('Niet toewijsbaar aan een functiefamilie (afzonderlijke methode)');
    expect(main).toContain('functieklasse 17 volgens Analytische functieweging (Hay)');
    expect(main).not.toContain('Organisatieondersteunende functies, versie');
    expect(main).not.toMatch(/Functieklasse \d+ \(niveau/);
    expect(main).not.toContain('Competentieprofiel');
    await check('unassignable-print');
  });

  it('a holder has no overview in the menu', async () => {
    await login('functiehouder@demo.weegschaal');
    await page.getByRole('navigation').getByRole('link', { name: 'Catalogus' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Overzicht' }).count()).toBe(0);
  });
});
