import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { prepareWeigher } from '../../src/domain/weighing/index.js';
import type { WeighingValues } from '../../src/domain/weighing/types.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { seedFamily } from '../support/calibration-catalogue.js';
import { type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium');
const HR = 'hr.dfb@demo.weegschaal';
const MANAGER = 'leidinggevende@demo.weegschaal';

describe.skipIf(skip)('the page Kalibratie in Chromium (issue 17 item 4)', () => {
  const suite = browserSuite({ screenshotPrefix: 'calibration-' });
  const { check, login } = suite;
  let server: WebServer;
  let page: Page;
  const ids: string[] = [];
  beforeAll(async () => {
    ({ server, page } = suite);
    // Three FUBEs of DFB with the same values and class, one with the same values a class higher.
    const family = seedFamily();
    const values: WeighingValues = Object.fromEntries(family.criteria.map((c) => [c.id, 1]));
    const result = prepareWeigher(family).weigh(values);
    if (!result.ok) throw new Error('values do not weigh');
    for (const [k, cls] of [14, 14, 14, 15].entries()) {
      const content: FubeContent = {
        familyId: family.id,
        familyVersion: family.version,
        title: k === 3 ? 'Dossierbeheerder personeel (afwijkend)' : `Dossierbeheerder personeel ${k + 1}`,
        entityId: 'dfb',
        holderIds: [],
        purpose: { what: 'Personeelsdossiers beheren', goal: 'de dienst te ondersteunen' },
        resultAreas: [],
        specificKnowledge: 'Kennis van het personeelsstatuut',
        weighing: { rule: result.value.rule, values, result: result.value },
        decision: { level: cls === 14 ? 1 : 2, class: cls, ...(cls !== 14 ? { motivation: 'Afwijking' } : {}) },
      };
      ids.push((await server.store.fubes.create(content, { status: 'final', revision: 1 }, 'hr-test')).id);
    }
  });
  const nav = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it('a manager has no menu entry and gets no access', async () => {
    await login(MANAGER);
    expect(await nav().getByRole('link', { name: 'Kalibratie' }).count()).toBe(0);
    expect(await page.evaluate(async () => (await fetch('/api/calibration')).status)).toBe(403);
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  });

  it('HR sees the planted finding, compares it side by side and marks it justified', async () => {
    await login(HR);
    await nav().getByRole('link', { name: 'Kalibratie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kalibratie' }).waitFor();
    const finding = page.getByRole('article', { name: 'Dossierbeheerder personeel (afwijkend)' });
    await finding.waitFor();
    expect(await finding.textContent()).toContain('De meeste hebben klasse 14.');
    await check('findings');
    expect(await finding.getByRole('link', { name: 'Naast elkaar vergelijken' }).getAttribute('href')).toContain(ids[3]);
    await finding.getByRole('button', { name: 'Verantwoord' }).click();
    await finding.getByLabel('Motivering').fill('Deze functie beheert ook de dossiers van de raad.');
    await finding.getByRole('button', { name: 'Als verantwoord markeren' }).click();
    await finding.waitFor({ state: 'detached' });
    await page.getByLabel('Ook verantwoorde bevindingen tonen').check();
    const justified = page.getByRole('article', { name: 'Dossierbeheerder personeel (afwijkend)' });
    await justified.getByText('Deze functie beheert ook de dossiers van de raad.').waitFor();
    await check('justified');
    await justified.getByRole('link', { name: 'Naast elkaar vergelijken' }).click();
    await page.waitForURL(/\/vergelijken\?ids=/);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await check('compare');
  });
});
