import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

const HOLDER = 'functiehouder@demo.weegschaal';
const ANALYST = 'loonanalist@demo.weegschaal';
const HR = 'hr.dfb@demo.weegschaal';
/** The demo holder's person (the name the analyst sees). */
const PERSON = 'Ilse Wouters';

/**
 * Issue 16 items 5 and 6 in Chromium, on the demo's pay period (a gap flagged in class 16): a
 * holder asks for pay information, the pay analyst finds the request in "Mijn werk", previews
 * and sends the answer, the holder reads it; the analyst records the report and justifies the
 * flagged class; six months later the assessment file opens, is refused while incomplete and
 * closed when complete; HR without pay rights sees none of it.
 */
describe.skipIf(skip)('pay follow-up (art. 10) and requests (art. 7) in Chromium', () => {
  const clock = new TestClock('2026-03-02T09:00:00Z');
  const suite = browserSuite({ clock, screenshotPrefix: 'pay-followup-', defaultTimeout: 15_000 });
  const { open, check, login } = suite;
  let page: Page;
  beforeAll(() => {
    ({ page } = suite);
  });

  it('the holder asks for their pay information; the page states the period’s threshold and the two-month deadline', async () => {
    await login(HOLDER);
    await open('/loon-opvragen');
    await page.getByText('minder dan 5 vrouwen of mannen').waitFor();
    await page.getByRole('button', { name: 'Mijn loongegevens opvragen' }).click();
    await page.getByText('Gevraagd op 2 maart 2026; antwoord uiterlijk 2 mei 2026.').waitFor();
    // One open request at a time: the button is gone.
    expect(await page.getByRole('button', { name: 'Mijn loongegevens opvragen' }).count()).toBe(0);
    await check('holder-asked');
  });

  it('the pay analyst finds the request in Mijn werk, previews the generated answer and sends it; the answer is kept and shown', async () => {
    await login(ANALYST);
    // The requests page is in the main menu of whoever answers them.
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Loonverzoeken' }).count()).toBe(1);
    const work = page.locator('section[aria-labelledby="pay-work-title"]');
    await work.getByRole('link', { name: 'Verzoek om loongegevens beantwoorden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Verzoeken om loongegevens (art. 7)' }).waitFor();
    const openTable = page.getByTestId('pay-requests-open');
    const row = openTable.locator('tbody tr', { hasText: PERSON });
    await row.waitFor();
    expect(await row.textContent()).toContain('2 mei 2026');
    expect(await row.textContent()).toContain('open, nog 61 dagen');
    await row.getByRole('button', { name: /Antwoord voorbereiden/ }).click();
    await page.getByRole('heading', { level: 3, name: `Antwoord aan ${PERSON} (nog niet verstuurd)` }).waitFor();
    const own = page.getByRole('table', { name: `Loonniveau van ${PERSON}` });
    await own.waitFor();
    const previewed = (await own.textContent()) ?? '';
    expect(previewed).toMatch(/\d/);
    await check('requests-preview');
    await page.getByRole('button', { name: 'Antwoord versturen' }).click();
    await page.getByText('Antwoord verstuurd.').waitFor();
    await page.getByRole('heading', { level: 3, name: `Verstuurd antwoord aan ${PERSON}` }).waitFor();
    // What was sent is what was previewed.
    expect(await page.getByRole('table', { name: `Loonniveau van ${PERSON}` }).textContent()).toBe(previewed);
    await page.getByText('Geen verzoeken die op antwoord wachten.').waitFor();
    await page.getByTestId('pay-requests-answered').locator('tbody tr', { hasText: PERSON }).waitFor();
    await check('requests-answered');
  });

  it('the holder reads the answer', async () => {
    await login(HOLDER);
    await open('/loon-opvragen');
    await page.getByText('Beantwoord op 2 maart 2026.').waitFor();
    await page.getByRole('button', { name: 'Antwoord lezen' }).click();
    const own = page.getByRole('table', { name: 'Uw loonniveau' });
    await own.waitFor();
    expect(await own.locator('td').first().textContent()).toMatch(/\d/);
    await check('holder-answer');
  });

  it('the pay analyst records the report and justifies the flagged class 16; the page shows the justification, the status and the six months', async () => {
    await login(ANALYST);
    await open('/loontransparantie');
    const section = page.locator('section#opvolging');
    await section.getByRole('heading', { level: 2, name: 'Opvolging (art. 10)' }).waitFor();
    await section.getByText('Nog niet vastgelegd.').waitFor();
    // Before recording: the categories that recording will follow up, class 16 among them.
    await section.getByTestId('pay-follow-up').locator('tbody th', { hasText: 'klasse 16' }).first().waitFor();
    await section.getByRole('button', { name: 'Rapport vastleggen' }).click();
    await section.getByText('Vastgelegd op 2 maart 2026; verantwoorden of maatregelen uiterlijk 2 september 2026.').waitFor();
    await section.getByText('op 3 september 2026 een dossier gezamenlijke beoordeling').waitFor();

    const form = section.getByRole('form', { name: 'Verantwoorden of verhelpen' });
    await form.getByLabel('Categorie').selectOption({ label: 'Hele organisatie, klasse 16' });
    await form.getByRole('radio', { name: /Verantwoording/ }).check();
    // An empty text is refused by the server, with its Dutch message at the field.
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('vul een tekst in').first().waitFor();
    const reason = 'Het verschil komt uit erkende anciënniteit volgens het barema, voor vrouwen en mannen met dezelfde regels.';
    await form.getByLabel('Tekst').fill(reason);
    await form.getByRole('button', { name: 'Opslaan' }).click();
    await form.getByText('Opgeslagen voor Hele organisatie, klasse 16.').waitFor();
    const row = section.locator('tr[data-category="*|class|16"]');
    await row.getByText('verantwoord', { exact: true }).waitFor();
    expect(await row.textContent()).toContain(`Verantwoording: ${reason}`);
    // The other flagged categories wait, with the deadline.
    expect(await section.getByText('uiterlijk 2 september 2026 (nog 184 dagen)').count()).toBeGreaterThan(0);
    await check('justified');

    // Mijn werk lists what is left, with its deadline.
    await open('/');
    const work = page.locator('section[aria-labelledby="pay-work-title"]');
    await work.getByRole('link', { name: /^Verantwoorden of verhelpen:/ }).first().waitFor();
    expect(await work.getByRole('link', { name: 'Verantwoorden of verhelpen: Hele organisatie, klasse 16 (2026)' }).count()).toBe(0);
    // The link leads to the follow-up section, scrolled into view below the report.
    await work.getByRole('link', { name: /^Verantwoorden of verhelpen:/ }).first().click();
    await page.locator('section#opvolging').getByTestId('pay-follow-up').waitFor();
    await page.waitForFunction(() => {
      const top = document.getElementById('opvolging')?.getBoundingClientRect().top;
      return top !== undefined && top >= 0 && top < window.innerHeight;
    });
  });

  let fileUrl = '';
  it('six months later an assessment file opens; closing it incomplete is refused naming the items; complete it closes', async () => {
    clock.set('2026-09-03T08:00:00Z');
    await login(ANALYST);
    // The requests page is in the main menu of whoever answers them.
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Loonverzoeken' }).count()).toBe(1);
    const work = page.locator('section[aria-labelledby="pay-work-title"]');
    await work.getByRole('link', { name: /^Gezamenlijke beoordeling:/ }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Gezamenlijke beoordeling van de beloning' }).waitFor();
    fileUrl = new URL(page.url()).pathname;
    expect(fileUrl).toMatch(/^\/loontransparantie\/beoordeling\/[^/]+$/);
    await page.getByText('Geopend op 3 september 2026 (rapport van 2 maart 2026).').waitFor();
    await page.getByText(/de zes maanden om te verantwoorden of te verhelpen liepen tot en met 2 september 2026/).waitFor();
    for (const item of ['(a) Aandeel vrouwen en mannen', '(b) Gemiddelde beloning en componenten', '(c) Verschillen naar geslacht']) await page.getByRole('heading', { level: 3, name: item }).waitFor();

    await page.getByLabel('(d) Redenen, op objectieve, genderneutrale criteria').fill('Verschil in erkende anciënniteit bij indiensttreding.');
    await page.getByRole('button', { name: 'Dossier afsluiten' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Het dossier kan nog niet afgesloten worden' });
    await refusal.waitFor();
    const said = (await refusal.textContent()) ?? '';
    expect(said).toContain('(e) Aandeel vrouwen en mannen met een loonsverbetering na terugkeer uit verlof: vul bij (e) beide aandelen in, of een toelichting');
    expect(said).toContain('(f) Maatregelen: dit onderdeel is nog leeg');
    expect(said).toContain('(g) Evaluatie van eerdere maatregelen: dit onderdeel is nog leeg');
    expect(said).not.toContain('(d)');
    await check('assessment-refused');

    await page.getByLabel('Vrouwen (%)').fill('abc');
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await page.getByText('een aandeel is een percentage van 0 tot 100').waitFor();
    await page.getByLabel('Vrouwen (%)').fill('');
    await page.getByLabel('Toelichting (bv. niemand keerde terug)').fill('Niemand keerde in de periode terug uit verlof.');
    await page.getByLabel('(f) Maatregelen').fill('Anciënniteit bij indiensttreding voor iedereen op dezelfde manier erkennen.');
    await page.getByLabel('(g) Evaluatie van eerdere maatregelen').fill('Eerste beoordeling: geen eerdere maatregelen.');
    await page.getByRole('button', { name: 'Dossier afsluiten' }).click();
    await page.getByText('Afgesloten op 3 september 2026 door Paula Loonanalist.').waitFor();
    await page.getByText('Een afgesloten dossier wijzigt niet meer.').waitFor();
    expect(await page.getByRole('button', { name: 'Dossier afsluiten' }).count()).toBe(0);
    await page.getByText('Anciënniteit bij indiensttreding voor iedereen op dezelfde manier erkennen.').waitFor();
    await check('assessment-closed');

    // Back on the report, the category says so and links to its file.
    await page.getByRole('link', { name: 'Terug naar de opvolging' }).click();
    const section = page.locator('section#opvolging');
    await section.getByText(/dossier afgesloten op 3 september 2026/).first().waitFor();
    expect(await section.locator(`a[href="${fileUrl}"]`).count()).toBe(1);
  });

  it('HR of an entity, without pay rights, gets no follow-up, no requests and no file (Geen toegang), in the page and from the API', async () => {
    await login(HR);
    await open('/loontransparantie');
    await page.getByRole('heading', { level: 2, name: /Kerncijfers — / }).waitFor();
    expect(await page.getByRole('heading', { name: 'Opvolging (art. 10)' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Verzoeken om loongegevens (art. 7)' }).count()).toBe(0);
    expect(await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Loonverzoeken' }).count()).toBe(0);
    for (const path of ['/loontransparantie/verzoeken', fileUrl]) {
      await open(path);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      expect(await page.getByText(PERSON).count(), path).toBe(0);
    }
    await check('hr-forbidden');
    const statuses = await page.evaluate(async (file) => {
      const get = async (url: string) => (await fetch(url, { credentials: 'same-origin' })).status;
      return [await get('/api/pay/requests'), await get('/api/pay/periods/2026/follow-up'), await get(`/api/pay/assessments/${file.split('/').pop() ?? ''}`)];
    }, fileUrl);
    expect(statuses).toEqual([403, 403, 403]);
  });
});
