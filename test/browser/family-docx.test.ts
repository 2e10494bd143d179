import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { flemishFamilyDocx } from '../documents/family-docx-fixtures.js';
import { loadSeedFamily } from '../documents/fixtures.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium');
const ADMIN = 'beheerder@demo.weegschaal';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The family admin page's Word upload (issue 17 item 1): the administrator reads the seed's
 * family document (one criterion written without merged cells), sees the report with the cell
 * to check, and finds the stored draft on the versions page; a damaged file says so.
 */
describe.skipIf(skip)('a family from a Word document in Chromium', () => {
  const suite = browserSuite();
  const { open, check, login } = suite;
  let page: Page;
  let docx: Buffer;
  beforeAll(async () => {
    ({ page } = suite);
    const seed = loadSeedFamily();
    docx = await flemishFamilyDocx(seed, { unmergedCriterion: seed.criteria.findIndex((c) => c.id === 'impact-op-budgetten') });
  });

  it('refuses a damaged file with the reason in Dutch and stores nothing', async () => {
    await login(ADMIN);
    await open('/beheer/families');
    await page.getByRole('heading', { level: 2, name: 'Een functiefamilie uit een Word-document inlezen' }).waitFor();
    await page.getByLabel('Word-document kiezen (.docx)').setInputFiles({ name: 'kapot.docx', mimeType: DOCX_TYPE, buffer: docx.subarray(0, 3000) });
    await page.getByRole('button', { name: 'Inlezen en als ontwerp bewaren' }).click();
    await page.getByText('het Word-bestand is beschadigd of onvolledig en kan niet gelezen worden').waitFor();
    expect(await page.getByTestId('family-docx-report').count()).toBe(0);
  });

  it('reads the document, stores it as the next draft and shows what to check with its cell', async () => {
    await page.getByLabel('Word-document kiezen (.docx)').setInputFiles({ name: 'organisatieondersteunende.docx', mimeType: DOCX_TYPE, buffer: docx });
    await page.getByLabel('Nieuwe versie van').selectOption({ label: 'Organisatieondersteunende functies' });
    await page.getByRole('button', { name: 'Inlezen en als ontwerp bewaren' }).click();
    const report = page.getByTestId('family-docx-report');
    await report.waitFor();
    expect(await report.textContent()).toMatch(/Bewaard als ontwerp: Organisatieondersteunende functies, versie \d+/);
    const gap = page.getByTestId('family-docx-check').locator('li', { hasText: 'Impact op budgetten' });
    expect(await gap.textContent()).toMatch(/^tabel \d+, rij \d+, kolom 1 \(alinea \d+\): indelingscriterium "Impact op budgetten": de kolom van niveau 3 heeft geen tekst/);
    await check('admin-family-docx-report');
    await page.getByRole('link', { name: /^Versie \d+ nakijken en publiceren$/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Versies van Organisatieondersteunende functies' }).waitFor();
    expect(await page.locator('tr[data-version]', { hasText: 'ontwerp' }).count()).toBeGreaterThanOrEqual(1);
  });
});
