import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { flemishFamilyDocx } from '../documents/family-docx-fixtures.js';
import { loadSeedFamily } from '../documents/fixtures.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const ADMIN = 'beheerder@demo.weegschaal';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * The family admin page's Word upload (issue 17 item 1): a damaged file is refused with its
 * reason. The happy path (report with the cell to check, draft reviewed and published) is part
 * of the whole flow in onboarding-flow.test.ts.
 */
describe.skipIf(skip)('a family from a Word document in Chromium', () => {
  const suite = browserSuite();
  const { open, login } = suite;
  let page: Page;
  let docx: Buffer;
  beforeAll(async () => {
    ({ page } = suite);
    docx = await flemishFamilyDocx(loadSeedFamily());
  });

  it('refuses a damaged file with the reason in Dutch and stores nothing', async () => {
    await login(ADMIN);
    await open('/beheer/families');
    await page.getByRole('heading', { level: 2, name: 'Een functiefamilie uit een Word-document inlezen' }).waitFor();
    await page.getByLabel('Word-document kiezen (.docx)').setInputFiles({ name: 'kapot.docx', mimeType: DOCX_TYPE, buffer: docx.subarray(0, 3000) });
    await page.getByRole('button', { name: 'Inlezen en als ontwerp bewaren' }).click();
    await page.getByText('het Word-bestand is beschadigd of onvolledig en kan niet gelezen worden').waitFor();
    expect(await page.getByTestId('family-docx-report').count()).toBe(0);
    expect((await suite.server.store.families.versions(loadSeedFamily().id)).length).toBe(1);
  });
});
