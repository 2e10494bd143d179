import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { createFube } from '../../src/domain/fube/create-fube.js';
import { setWeighing } from '../../src/domain/fube/set-weighing.js';
import { initialState } from '../../src/domain/workflow/index.js';
import { seedFamily } from '../api/harness.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

/**
 * Issue 14 item 5 in the browser: a FUBE weighed at level 4 chose organisatievorm 3 (RG, two
 * OF alternatives). Its RG area says the choice is due; HR ticks the alternative in the
 * weighing step; the area then carries the chosen text as title, what and goal, and HR edits
 * the goal; nothing blocks anymore.
 */
describe.skipIf(skip)('choosing an OF alternative in Chromium', () => {
  const suite = browserSuite({ screenshotPrefix: 'of-', defaultTimeout: 15000 });
  const { open, check, login } = suite;
  let server: WebServer;
  let page: Page;
  let id = '';
  beforeAll(async () => {
    ({ server, page } = suite);
    const family = seedFamily();
    const hr = await server.store.users.byEmail('hr.dfb@demo.weegschaal');
    const holder = (await server.store.people.list({ unitId: 'dfb-hrm' }))[0];
    const created = createFube(family, { title: 'Kennisexpert personeelsbeleid', entityId: 'dfb', unitId: 'dfb-hrm', holderIds: [holder!.id] });
    if (!created.ok) throw new Error('the FUBE could be created');
    const values = Object.fromEntries(family.criteria.map((c) => [c.id, c.values.length]));
    const weighed = setWeighing({ ...created.value, specificKnowledge: 'Kennis van het Vlaams personeelsstatuut.' }, family, values);
    if (!weighed.ok) throw new Error('the FUBE could be weighed');
    id = (await server.store.fubes.create(weighed.value, initialState(1), hr!.id)).id;
  });

  /** One click saves (the autosave may have done it already); the editor then says when. */
  const save = async () => {
    await page.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await page.locator('[data-save-state="saved"]').getByText(/^Opgeslagen om \d{2}:\d{2} \(revisie \d+\)$/).waitFor();
  };
  const rgCard = () => page.locator('section.wg-card', { hasText: 'Organisatie- en samenwerkingsvorm' });

  it('HR chooses the alternative in the weighing step; the RG area follows it and its goal is editable', async () => {
    await login('hr.dfb@demo.weegschaal');
    await open(`/fubes/${id}/resultaatgebieden`);
    await rgCard().getByText('Deze waarde heeft alternatieven (OF)').waitFor();

    await open(`/fubes/${id}/weging`);
    const alternatives = page.getByTestId('alternatives');
    await alternatives.getByText('Nog niet gekozen').waitFor();
    expect(await alternatives.getByRole('checkbox').count()).toBe(2);
    await alternatives.getByRole('checkbox', { name: /^Vanuit een doorgedreven expertise/ }).check();
    await check('weighing-choice');
    await save();

    await open(`/fubes/${id}/resultaatgebieden`);
    const card = rgCard();
    expect(await card.getByText('Deze waarde heeft alternatieven (OF)').count()).toBe(0);
    expect(await card.getByLabel('Titel').inputValue()).toBe('Vanuit een doorgedreven expertise');
    expect(await card.getByLabel('Wat').first().inputValue()).not.toContain('hiërarchisch leidinggevende');
    expect(await card.getByLabel('Met als doel').inputValue()).toBe('het kennisniveau op peil te houden');
    await card.getByLabel('Met als doel').fill('de HR-expertise van het departement te borgen');
    await check('rg-area');
    await save();

    const stored = await server.store.fubes.get(id);
    expect(stored?.content.weighing?.alternatives).toEqual({ organisatievorm: [2] });
    const area = stored?.content.resultAreas.find((a) => a.origin === 'rg' && a.criterionId === 'organisatievorm');
    expect(area).toMatchObject({ title: 'Vanuit een doorgedreven expertise', goal: 'de HR-expertise van het departement te borgen' });
    expect(JSON.stringify(stored?.content)).not.toContain('hiërarchisch leidinggevende');

    await open(`/fubes/${id}/nazicht`);
    await page.getByTestId('blocking').or(page.getByText('Niets blokkeert nog')).first().waitFor();
    expect((await page.locator('main').textContent()) ?? '').not.toContain('heeft alternatieven (OF)');
  });
});
