import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

const HR = 'hr.dfb@demo.weegschaal';
const HOLDER = 'functiehouder@demo.weegschaal';

/**
 * Issue 17 item 3 in Chromium, the refusals: an empty form sends nothing; a holder gets neither
 * the link nor the page. The happy path (three files read as drafts, the suggestion with its
 * evidence taken into the weighing) is part of the whole flow in onboarding-flow.test.ts.
 */
describe.skipIf(skip)('old function descriptions in the web app (Chromium)', () => {
  const suite = browserSuite({ screenshotPrefix: 'legacy-', defaultTimeout: 20_000 });
  const { open, check, login } = suite;
  let page: Page;
  beforeAll(() => {
    ({ page } = suite);
  });

  it('HR opens the page from its link; an empty form says what is missing and sends nothing', async () => {
    await login(HR);
    await page.getByRole('link', { name: 'Oude functiebeschrijvingen inlezen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Oude functiebeschrijvingen inlezen' }).waitFor();
    await page.getByRole('button', { name: 'Inlezen als ontwerpen' }).click();
    await page.getByText('Kies minstens één bestand').waitFor();
    expect(await page.getByTestId('legacy-results').count()).toBe(0);
    expect((await suite.server.store.history.list({ action: 'fube.create' })).filter((e) => (e.data as { legacySource?: string }).legacySource !== undefined)).toEqual([]);
  });

  it('a holder gets no link and no upload page', async () => {
    await login(HOLDER);
    expect(await page.getByRole('link', { name: 'Oude functiebeschrijvingen inlezen' }).count()).toBe(0);
    await open('/oude-functiebeschrijvingen');
    await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
    expect(await page.getByLabel('Bestanden').count()).toBe(0);
    await check('holder-forbidden');
  });
});
