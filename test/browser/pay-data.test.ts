import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const ANALYST = 'loonanalist@demo.weegschaal';
const HR = 'hr.dfb@demo.weegschaal';

/** A pay CSV with one bad row (line 3: sex "Q") and one formula cell (line 4). */
const CSV = [
  'person;sex;age;yearsOfService;education;category;fte;hoursPaid;basicPay;variablePay',
  'web-1;F;40;10;3;15;1;1976;45000;1500',
  'web-2;Q;41;11;3;15;1;1976;46000;1500',
  '=cmd|calc;M;42;12;3;15;1;1976;47000;1500',
  'web-4;M;43;13;3;15;1;1976;48000;1500',
].join('\n');

describe.skipIf(skip)('the page Loongegevens in Chromium (issue 16 items 1 and 2)', () => {
  const suite = browserSuite();
  const { open, check, login } = suite;
  let server: WebServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = suite);
  });
  const nav = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it('HR of an entity has no menu entry and the page says "Geen toegang"; the API refuses the records too', async () => {
    await login(HR);
    expect(await nav().getByRole('link', { name: 'Loongegevens' }).count()).toBe(0);
    await open('/loongegevens');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(await page.evaluate(async () => (await fetch('/api/pay/periods/2026/records')).status)).toBe(403);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });

  it('the pay analyst uploads a file with bad rows: nothing is imported and each row is reported with line, column and reason', async () => {
    await login(ANALYST);
    await nav().getByRole('link', { name: 'Loongegevens' }).click();
    await page.getByRole('heading', { level: 1, name: 'Loongegevens' }).waitFor();
    // The demo's period is listed with its counts.
    await page.getByTestId('pay-periods').locator('tr', { hasText: '120' }).first().waitFor();
    await page.getByLabel('Periode', { exact: true }).fill('2025');
    await page.getByLabel('Bestand', { exact: true }).setInputFiles({ name: 'loon.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV) });
    await page.getByRole('button', { name: 'Invoeren' }).click();
    const rejected = page.getByTestId('pay-rejected');
    await rejected.waitFor();
    expect(await page.getByRole('status').textContent()).toContain('Niets ingevoerd: 2 rijen afgewezen');
    const rows = await rejected.locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^3sex.*geslacht/);
    expect(rows[1]).toMatch(/^4person.*formule/);
    await check('pay-data-rejected');
    expect(await page.getByTestId('pay-periods').locator('td', { hasText: /^2025$/ }).count()).toBe(0);
    expect(await server.store.pay.period('2025')).toBeUndefined();
  });

  it('with the good rows imported anyway, the period appears in the list; deleting it removes it', async () => {
    await page.getByLabel('De goede rijen invoeren, ook als er rijen afgewezen worden').check();
    await page.getByRole('button', { name: 'Invoeren' }).click();
    await page.getByRole('status').getByText('Periode 2025 ingevoerd: 2 personen uit 4 rijen, 2 rijen afgewezen').waitFor();
    const row = page.getByTestId('pay-periods').locator('tr', { has: page.locator('td', { hasText: /^2025$/ }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('Paula Loonanalist');
    page.once('dialog', (dialog) => void dialog.accept());
    await row.getByRole('button', { name: 'Periode 2025 verwijderen' }).click();
    await page.getByRole('status').getByText('Periode 2025 verwijderd (2 personen).').waitFor();
    await row.waitFor({ state: 'detached' });
    expect(await server.store.pay.period('2025')).toBeUndefined();
    await open('/loongegevens');
    await check('pay-data');
  });
});
