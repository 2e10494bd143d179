import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Family } from '../../src/domain/family/schema.js';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { flemishFamilyDocx } from '../documents/family-docx-fixtures.js';
import { loadSeedFamily } from '../documents/fixtures.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { appReady, browserSuite, type WebServer } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

const ADMIN = 'beheerder@demo.weegschaal';
const HR = 'hr.dfb@demo.weegschaal';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const LEGACY = fileURLToPath(new URL('../fixtures/legacy/', import.meta.url));
const FILES = ['04-afdelingshoofd-communicatie.docx', '01-hr-consulent.txt', '10-kwaliteitscoordinator.pdf'];
/** The new version's purpose: what the review on the draft's page must show before publishing. */
const NEW_PURPOSE = 'Organisatieondersteunende processen en diensten aanbieden, ook over de entiteiten heen';
const PLANTED_TITLE = 'Diensthoofd externe relaties (geplant)';
const MOTIVATION = 'Deze functie stuurt ook de woordvoering van de entiteit aan.';

type Suggestion = { values: Record<string, number>; evidence: Record<string, { text: string }[]> };

/**
 * Issue 17 item 5: the whole onboarding flow in Chromium, through the pages, in one story.
 * 1. The administrator reads a new version of the family from its Word document (one
 *    criterion written without merged cells, so the report has a point to check), opens the
 *    draft version and publishes it.
 * 2. HR reads three old function descriptions (.docx, .txt, .pdf) as drafts — on the version
 *    just published —, opens one, reads the suggestion with its evidence on the weighing step
 *    and takes it into the weighing (which saves it as a new revision).
 * 3. A FUBE planted beside that draft, with the same values and another class, shows as a
 *    finding on Kalibratie; HR compares the two side by side and marks the finding justified.
 * The refusals and no-access checks stay in family-docx, legacy-import and calibration.test.ts.
 */
describe.skipIf(skip)('onboarding: family from Word, old descriptions, calibration (Chromium)', () => {
  const suite = browserSuite({ screenshotPrefix: 'flow-', defaultTimeout: 20_000 });
  const { open, check, login } = suite;
  let server: WebServer;
  let page: Page;
  let seed: Family;
  let newVersion = 0;
  let draftId = '';
  beforeAll(() => {
    ({ server, page } = suite);
    seed = loadSeedFamily();
  });

  it('1. the administrator uploads the family document, reviews the report and the draft, and publishes it', async () => {
    const docx = await flemishFamilyDocx(
      { ...seed, purpose: { ...seed.purpose, what: NEW_PURPOSE } },
      { unmergedCriterion: seed.criteria.findIndex((c) => c.id === 'impact-op-budgetten') },
    );
    await login(ADMIN);
    await open('/beheer/families');
    await page.getByLabel('Word-document kiezen (.docx)').setInputFiles({ name: 'organisatieondersteunende-2025.docx', mimeType: DOCX_TYPE, buffer: docx });
    await page.getByLabel('Nieuwe versie van').selectOption({ label: 'Organisatieondersteunende functies' });
    await page.getByRole('button', { name: 'Inlezen en als ontwerp bewaren' }).click();
    const report = page.getByTestId('family-docx-report');
    await report.waitFor();
    const saved = /Bewaard als ontwerp: Organisatieondersteunende functies, versie (\d+)/.exec((await report.textContent()) ?? '');
    newVersion = Number(saved?.[1]);
    expect(newVersion).toBeGreaterThan(seed.version);
    // What needs a person's check, with where it stands in the document.
    const gap = page.getByTestId('family-docx-check').locator('li', { hasText: 'Impact op budgetten' });
    expect(await gap.textContent()).toMatch(/^tabel \d+, rij \d+, kolom 1 \(alinea \d+\): indelingscriterium "Impact op budgetten": de kolom van niveau 3 heeft geen tekst/);
    await check('1-family-report');

    await page.getByRole('link', { name: `Versie ${newVersion} nakijken en publiceren` }).click();
    await page.getByRole('heading', { level: 1, name: 'Versies van Organisatieondersteunende functies' }).waitFor();
    expect(await page.locator(`tr[data-version="${newVersion}"]`).textContent()).toContain('ontwerp');
    // Review: the draft version's own page shows the new purpose. (No axe run or screenshot
    // here: the family page is checked in pages.test.ts, and its full-page PNG costs seconds.)
    await page.getByRole('link', { name: `Versie ${newVersion} bekijken` }).click();
    await page.getByText(NEW_PURPOSE).first().waitFor();
    expect(await page.getByText(`Versie ${newVersion} · ontwerp`).count()).toBe(1);
    await page.goBack();
    await appReady(page);
    await page.getByRole('button', { name: `Versie ${newVersion} publiceren…` }).click();
    await page.getByRole('button', { name: `Ja, versie ${newVersion} publiceren` }).click();
    await page.getByText(`Versie ${newVersion} is gepubliceerd.`).waitFor();
    const versions = await server.store.families.versions(seed.id);
    expect(versions.find((v) => v.version === newVersion)?.status).toBe('published');
    await check('1-family-published');
  });

  it('2. HR reads three old descriptions, opens one, reads the suggestion with its evidence and takes it into the weighing', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await login(HR);
    await page.getByRole('link', { name: 'Oude functiebeschrijvingen inlezen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Oude functiebeschrijvingen inlezen' }).waitFor();
    await page.getByLabel('Bestanden').setInputFiles(FILES.map((f) => `${LEGACY}${f}`));
    await page.getByLabel('Entiteit').selectOption('dfb');
    await page.getByLabel('Afdeling of team').selectOption('dfb-hrm');
    await page.getByRole('button', { name: 'Inlezen als ontwerpen' }).click();
    await page.getByText('3 ontwerp(en) gemaakt, 0 bestand(en) niet gelezen.').waitFor();
    const rows = page.getByTestId('legacy-results').locator('tbody tr');
    expect(await rows.count()).toBe(3);
    for (const [i, file] of FILES.entries()) {
      expect(await rows.nth(i).locator('td').first().textContent()).toBe(file);
      expect(await rows.nth(i).getAttribute('data-status')).toBe('created');
    }
    const drafts = (await server.store.history.list({ action: 'fube.create' })).filter((e) => FILES.includes((e.data as { legacySource?: string }).legacySource ?? ''));
    expect(drafts.length).toBe(3);
    await check('2-legacy-results');

    await rows.first().getByRole('link', { name: /^Ontwerp gemaakt: / }).click();
    await page.getByRole('heading', { level: 2, name: 'Weging' }).waitFor();
    draftId = decodeURIComponent(new URL(page.url()).pathname.split('/')[2] ?? '');
    // The draft is written on the version the administrator just published.
    expect((await server.store.fubes.get(draftId))?.content.familyVersion).toBe(newVersion);
    const panel = page.getByTestId('suggestion');
    await panel.getByRole('heading', { level: 3, name: 'Voorstel uit oude beschrijving' }).waitFor();
    expect(await panel.textContent()).toContain(FILES[0]);
    const [created] = await server.store.history.list({ subjectType: 'fube', subjectId: draftId, action: 'fube.create' });
    const suggestion = (created!.data as { suggestion: Suggestion }).suggestion;
    const criteria = Object.keys(suggestion.values);
    expect(criteria.length).toBe(seed.criteria.length);
    // Per criterion its value, a confidence and (where found) the supporting sentences of the old text.
    let withEvidence = 0;
    for (const criterion of criteria) {
      const line = panel.locator(`tr[data-criterion="${criterion}"]`);
      expect(await line.locator('td').first().textContent()).toContain(`waarde ${suggestion.values[criterion]}`);
      expect(await line.locator('td').nth(1).textContent()).toMatch(/^\d+ %$/);
      const first = suggestion.evidence[criterion]?.[0];
      if (first !== undefined) {
        expect(await line.textContent()).toContain(first.text);
        withEvidence++;
      }
    }
    expect(withEvidence).toBeGreaterThan(0);
    expect(await page.locator('input[type="radio"][name^="criterium-"]:checked').count()).toBe(0);
    await check('2-suggestion');

    // One click takes the values into the weighing and saves them as a new revision.
    await panel.getByRole('button', { name: 'Voorstel overnemen in de weging' }).click();
    await panel.getByText(/Het voorstel staat in de weging \(revisie 2\)/).waitFor();
    for (const criterion of criteria) {
      const chosen = page.locator(`input[type="radio"][name="criterium-${criterion}"]:checked`);
      expect(await chosen.getAttribute('value')).toBe(String(suggestion.values[criterion]));
    }
    const record = await server.store.fubes.get(draftId);
    expect(record?.revision).toBe(2);
    expect(record?.content.weighing?.values).toEqual(suggestion.values);
    // The class stays HR's decision.
    expect(record?.content.decision).toBeUndefined();
    await check('2-accepted');
    // Opened again: the values are in the weighing, the table is folded and says so.
    await page.reload();
    await appReady(page);
    await page.getByTestId('suggestion').getByText('Alle voorgestelde waarden staan in de weging.').waitFor();
    expect(await page.locator('details.wg-suggestion__details').getAttribute('open')).toBeNull();
  });

  it('3. HR finds a planted inconsistency on Kalibratie, compares it side by side and marks it justified', async () => {
    // Setup a user would not do in this flow (store, not pages): a FUBE of DFB in force with
    // the draft's values, its class decided at another level. The draft stands at the rule's
    // suggestion, so the planted FUBE is the one that deviates.
    const draft = (await server.store.fubes.get(draftId))!.content;
    const weighing = draft.weighing;
    if (weighing?.result === undefined) throw new Error('the draft has no complete weighing');
    const suggested = weighing.result;
    const other = seed.levels.find((l) => l.level !== suggested.level)!;
    const planted: FubeContent = {
      familyId: draft.familyId,
      familyVersion: draft.familyVersion,
      title: PLANTED_TITLE,
      entityId: 'dfb',
      holderIds: [],
      purpose: { what: 'Relaties met pers en partners onderhouden', goal: 'de entiteit zichtbaar te maken' },
      resultAreas: [],
      specificKnowledge: 'Kennis van het medialandschap',
      weighing,
      decision: { level: other.level, class: other.classes[0]!, motivation: 'Klasse bewust anders dan de weging' },
    };
    const hr = (await server.store.users.byEmail(HR))!.id;
    const plantedId = (await server.store.fubes.create(planted, { status: 'final', revision: 1 }, hr)).id;

    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kalibratie' }).click();
    await page.getByRole('heading', { level: 1, name: 'Kalibratie' }).waitFor();
    const finding = page.getByRole('article', { name: PLANTED_TITLE });
    await finding.waitFor();
    const text = (await finding.textContent()) ?? '';
    // One FUBE each side: the reference is the rule's suggestion, and the page says so.
    expect(text).toContain(`Geen klasse heeft de meerderheid; de weging stelt klasse ${suggested.class} voor.`);
    expect(text).toContain(draft.title);
    await check('3-finding');

    const compare = finding.getByRole('link', { name: 'Naast elkaar vergelijken' });
    const href = (await compare.getAttribute('href')) ?? '';
    expect(href).toContain(encodeURIComponent(plantedId));
    expect(href).toContain(encodeURIComponent(draftId));
    await compare.click();
    await page.waitForURL(/\/vergelijken\?ids=/);
    await page.getByText(PLANTED_TITLE).first().waitFor();
    await page.getByText(draft.title).first().waitFor();
    await check('3-compare');

    await page.goBack();
    await appReady(page);
    await finding.getByRole('button', { name: 'Verantwoord' }).click();
    await finding.getByLabel('Motivering').fill(MOTIVATION);
    await finding.getByRole('button', { name: 'Als verantwoord markeren' }).click();
    // Justified findings leave the list and show again, with their motivation, on request.
    await finding.waitFor({ state: 'detached' });
    await page.getByLabel('Ook verantwoorde bevindingen tonen').check();
    await page.getByRole('article', { name: PLANTED_TITLE }).getByText(MOTIVATION).waitFor();
    expect((await server.store.history.list({ action: 'calibration.justify' })).length).toBe(1);
    await check('3-justified');
  });
});
