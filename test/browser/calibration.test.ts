import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { prepareWeigher } from '../../src/domain/weighing/index.js';
import type { WeighingValues } from '../../src/domain/weighing/types.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { seedFamily } from '../support/calibration-catalogue.js';
import { type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
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

  it('HR sees the finding against the majority class and opens a revision of the deviating FUBE from it', async () => {
    // Justifying a finding and the side-by-side comparison are part of the whole flow in
    // onboarding-flow.test.ts; here the other way to resolve one, the revision.
    await login(HR);
    await nav().getByRole('link', { name: 'Kalibratie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kalibratie' }).waitFor();
    const finding = page.getByRole('article', { name: 'Dossierbeheerder personeel (afwijkend)' });
    expect(await finding.locator('p').first().textContent()).toBe('De meeste hebben klasse 14.');
    const deviating = finding.locator('li', { hasText: 'Dossierbeheerder personeel (afwijkend)' });
    await deviating.getByRole('button', { name: 'Herziening openen' }).click();
    const reason = deviating.getByLabel('Reden van de herziening');
    expect(await reason.inputValue()).toBe('Kalibratie: klasse nakijken tegenover gelijkaardige functies');
    await check('revision-reason');
    await reason.fill('Kalibratie: klasse 15 nakijken tegenover de drie andere dossierbeheerders');
    await deviating.getByRole('button', { name: 'Herziening openen' }).click();
    await expect.poll(async () => (await server.store.fubes.get(ids[3]!))?.revision).toBe(2);
    const rows = await server.store.history.list({ subjectType: 'fube', subjectId: ids[3]! });
    expect(rows.map((r) => r.reason)).toContain('Kalibratie: klasse 15 nakijken tegenover de drie andere dossierbeheerders');
    // The others in force were not touched.
    for (const id of ids.slice(0, 3)) expect((await server.store.fubes.get(id))?.revision).toBe(1);
  });
});
