import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium');

const HR = 'hr.dfb@demo.weegschaal';
const HOLDER = 'functiehouder@demo.weegschaal';
const FIXTURES = fileURLToPath(new URL('../fixtures/legacy/', import.meta.url));
const FILES = ['04-afdelingshoofd-communicatie.docx', '01-hr-consulent.txt', '10-kwaliteitscoordinator.pdf'];

/**
 * Issue 17 items 3 and 5 in Chromium: HR of DFB reads three old function descriptions (.docx,
 * .txt, .pdf) as drafts, opens one, reads the suggestion with its evidence on the weighing
 * step, takes it into the weighing with one click and sees the values chosen there; a holder
 * gets neither the link nor the page.
 */
describe.skipIf(skip)('old function descriptions in the web app (Chromium)', () => {
  const suite = browserSuite({ screenshotPrefix: 'legacy-', defaultTimeout: 20_000 });
  const { open, check, login } = suite;
  let page: Page;
  beforeAll(() => {
    ({ page } = suite);
  });

  it('HR uploads three old files and gets three drafts, each linked', async () => {
    await login(HR);
    await page.getByRole('link', { name: 'Oude functiebeschrijvingen inlezen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Oude functiebeschrijvingen inlezen' }).waitFor();
    await check('upload-form');
    // Nothing chosen: the form says what is missing and sends nothing.
    await page.getByRole('button', { name: 'Inlezen als ontwerpen' }).click();
    await page.getByText('Kies minstens één bestand').waitFor();
    await page.getByLabel('Bestanden').setInputFiles(FILES.map((f) => `${FIXTURES}${f}`));
    await page.getByLabel('Entiteit').selectOption('dfb');
    await page.getByLabel('Afdeling of team').selectOption('dfb-hrm');
    await page.getByRole('button', { name: 'Inlezen als ontwerpen' }).click();
    await page.getByText('3 ontwerp(en) gemaakt, 0 bestand(en) niet gelezen.').waitFor();
    const rows = page.getByTestId('legacy-results').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    for (const [i, file] of FILES.entries()) {
      expect(await rows.nth(i).locator('td').first().textContent()).toBe(file);
      expect(await rows.nth(i).getAttribute('data-status')).toBe('created');
      expect(
        await rows
          .nth(i)
          .getByRole('link', { name: /^Ontwerp gemaakt: / })
          .count(),
      ).toBe(1);
    }
    const drafts = (await suite.server.store.history.list({ action: 'fube.create' })).filter((e) =>
      FILES.includes((e.data as { legacySource?: string }).legacySource ?? ''),
    );
    expect(drafts.length).toBe(3);
    await check('upload-results');
  });

  it('opens a draft: the weighing step shows the suggestion with evidence; one click takes it into the weighing', async () => {
    const row = page.getByTestId('legacy-results').locator('tbody tr').first();
    await row.getByRole('link').click();
    await page.getByRole('heading', { level: 2, name: 'Weging' }).waitFor();
    const panel = page.getByTestId('suggestion');
    await panel.getByRole('heading', { level: 3, name: 'Voorstel uit oude beschrijving' }).waitFor();
    expect(await panel.textContent()).toContain(FILES[0]);
    const id = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    const [created] = await suite.server.store.history.list({
      subjectType: 'fube',
      subjectId: id,
      action: 'fube.create',
    });
    const suggestion = (
      created!.data as { suggestion: { values: Record<string, number>; evidence: Record<string, { text: string }[]> } }
    ).suggestion;
    const criteria = Object.keys(suggestion.values);
    expect(criteria.length).toBeGreaterThan(0);
    // Per criterion its suggested value, a confidence and (where found) the sentences of the old text.
    for (const criterion of criteria) {
      const line = panel.locator(`tr[data-criterion="${criterion}"]`);
      expect(await line.locator('td').first().textContent()).toContain(`waarde ${suggestion.values[criterion]}`);
      expect(await line.locator('td').nth(1).textContent()).toMatch(/^\d+ %$/);
      const first = suggestion.evidence[criterion]?.[0];
      if (first !== undefined) expect(await line.textContent()).toContain(first.text);
    }
    // No value is chosen yet: the draft has no weighing.
    expect(await page.locator('input[type="radio"][name^="criterium-"]:checked').count()).toBe(0);
    await check('suggestion');
    await panel.getByRole('button', { name: 'Voorstel overnemen in de weging' }).click();
    await panel.getByText(/Het voorstel staat in de weging \(revisie 2\)/).waitFor();
    for (const criterion of criteria) {
      const chosen = page.locator(`input[type="radio"][name="criterium-${criterion}"]:checked`);
      await chosen.waitFor();
      expect(await chosen.getAttribute('value')).toBe(String(suggestion.values[criterion]));
      expect(await panel.locator(`tr[data-criterion="${criterion}"]`).textContent()).toContain('staat in de weging');
    }
    // Everything taken: no second click to make, the success stays.
    expect(await panel.getByRole('button', { name: 'Voorstel overnemen in de weging' }).count()).toBe(0);
    const record = await suite.server.store.fubes.get(id);
    expect(record?.content.weighing?.values).toEqual(suggestion.values);
    // The class is HR's decision, never the suggestion's.
    expect(record?.content.decision).toBeUndefined();
    await check('accepted');
    // Opened again: the values are in the weighing, the table is folded and says so.
    await page.reload();
    await page.getByTestId('suggestion').getByText('Alle voorgestelde waarden staan in de weging.').waitFor();
    expect(await page.locator('details.wg-suggestion__details').getAttribute('open')).toBeNull();
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
