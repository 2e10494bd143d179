import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { SEED_SOURCE } from '../api/harness.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const ADMIN = 'beheerder@demo.weegschaal';
const HR = 'hr.dfb@demo.weegschaal';
const NEW_ID = 'beheertest-functies';
const NEW_NAME = 'Beheertest functies';

/** The seed family as a new family of its own, so publishing it adds a row to the list. */
const FIXED = SEED_SOURCE.replace(/^id: .*$/m, `id: ${NEW_ID}`).replace(/^name: .*$/m, `name: ${NEW_NAME}`);
/** The same file with a class that is not a number, on a line the error must name. */
const BROKEN = FIXED.replace('{ level: 1, classes: [14] }', '{ level: 1, classes: [veertien] }');
const BROKEN_LINE = BROKEN.split('\n').findIndex((l) => l.includes('veertien')) + 1;

describe.skipIf(skip)('administration pages in Chromium', () => {
  const suite = browserSuite();
  const { open, check, login } = suite;
  let server: WebServer;
  let page: Page;
  beforeAll(() => {
    ({ server, page } = suite);
  });

  const nav = () => page.getByRole('navigation', { name: 'Hoofdmenu' });

  it('the administrator uploads a broken family file and sees the error with its line, column and field', async () => {
    await login(ADMIN);
    expect(await nav().getByRole('link', { name: 'Geschiedenis' }).count()).toBe(1);
    await open('/families');
    await page.getByRole('link', { name: /^Functiefamilies beheren/ }).click();
    await page.getByRole('heading', { level: 1, name: 'Functiefamilies beheren' }).waitFor();
    await check('admin-families');

    await page.getByLabel('Bestand kiezen (YAML of JSON)').setInputFiles({ name: 'familie.yaml', mimeType: 'application/yaml', buffer: Buffer.from(BROKEN) });
    const source = page.getByLabel('Tekst van het familiebestand');
    await expect.poll(() => source.inputValue()).toBe(BROKEN);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const errors = page.getByTestId('family-errors');
    await errors.waitFor();
    // The field in words, not its path `levels[0].classes[0]` (issue 15 item 5).
    const error = errors.locator('li', { hasText: 'Niveau 1 – klasse 1' });
    expect(await errors.textContent()).not.toContain('levels[0]');
    expect(await error.textContent()).toContain(`Regel ${BROKEN_LINE}, kolom `);
    expect(await page.getByText('Het bestand bevat 1 fout', { exact: true }).count()).toBe(1);
    await check('admin-family-errors');

    // "Go to line" puts the cursor on that line of the text, with the keyboard.
    await error.getByRole('button', { name: `Naar regel ${BROKEN_LINE}` }).focus();
    await page.keyboard.press('Enter');
    const selected = await source.evaluate((el: HTMLTextAreaElement) => ({ focused: document.activeElement === el, text: el.value.slice(el.selectionStart, el.selectionEnd) }));
    expect(selected).toEqual({ focused: true, text: BROKEN.split('\n')[BROKEN_LINE - 1] });
  });

  it('after the fix the file is valid, shows its gender-neutral wording findings, and is saved as a draft', async () => {
    const source = page.getByLabel('Tekst van het familiebestand');
    await source.fill(FIXED);
    expect(await page.getByText('De tekst is gewijzigd sinds de laatste controle').count()).toBe(1);
    await page.getByRole('button', { name: 'Controleren' }).click();
    await page.getByText(`Het bestand is geldig: ${NEW_NAME}, versie 1`).waitFor();
    // The seed says "voor zijn werk": the browser finds it with the domain's check.
    const findings = page.getByTestId('wording-findings');
    expect(await findings.locator('li', { hasText: 'voor zijn werk' }).first().textContent()).toContain('Suggestie: “de eigen” of “het eigen”');
    expect(await findings.locator('mark').first().textContent()).toMatch(/^(zijn|haar|hij|zij|hem|\p{L}+(man|vrouw|ster|trice))$/iu);
    await check('admin-family-valid');

    await page.getByRole('button', { name: 'Als ontwerp bewaren (versie 1)' }).click();
    await page.getByRole('heading', { level: 1, name: `Versies van ${NEW_NAME}` }).waitFor();
    expect(page.url()).toContain(`/beheer/families/${NEW_ID}`);
    expect(await page.getByText('Versie 1 is als ontwerp bewaard.').count()).toBe(1);
    expect(await page.locator('tr[data-version="1"]').textContent()).toContain('ontwerp');
    await check('admin-family-versions');
  });

  it('a draft is published after a confirm step and then appears in the families list', async () => {
    await page.getByRole('button', { name: 'Versie 1 publiceren…' }).click();
    const confirm = page.getByRole('heading', { level: 2, name: 'Versie 1 publiceren?' });
    await confirm.waitFor();
    expect(await confirm.evaluate((el) => document.activeElement === el)).toBe(true);
    await page.getByTestId('wording-findings').waitFor();
    await check('admin-family-confirm');
    // Cancel first: nothing is published, the focus returns to the button.
    await page.getByRole('button', { name: 'Annuleren' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Versie 1 publiceren…');
    expect((await server.store.families.versions(NEW_ID)).map((v) => v.status)).toEqual(['draft']);

    await page.keyboard.press('Enter');
    await page.getByRole('button', { name: 'Ja, versie 1 publiceren' }).click();
    await page.getByText('Versie 1 is gepubliceerd.').waitFor();
    await expect.poll(async () => page.locator('tr[data-version="1"]').textContent()).toContain('gepubliceerd');
    expect((await server.store.families.versions(NEW_ID)).map((v) => v.status)).toEqual(['published']);
    await check('admin-family-published');

    await open('/families');
    const row = page.locator('tr', { has: page.getByRole('link', { name: NEW_NAME }) });
    await row.waitFor();
    expect(await row.textContent()).toContain('gepubliceerd');
    // The family page lists the wording findings of the family texts.
    await row.getByRole('link', { name: NEW_NAME }).click();
    await page.getByRole('heading', { level: 2, name: 'Genderneutrale formulering' }).waitFor();
    expect(await page.getByTestId('wording-findings').locator('li', { hasText: 'voor zijn werk' }).count()).toBeGreaterThan(0);
  });

  it('the history view shows that publish with the administrator as actor, filtered and paged', async () => {
    await nav().getByRole('link', { name: 'Geschiedenis' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geschiedenis' }).waitFor();
    // Unfiltered, the demo's history fills more than one page, newest first.
    await page.getByTestId('history-table').waitFor();
    expect(await page.getByTestId('history-range').textContent()).toBe('Gebeurtenissen 1 tot en met 25');
    await check('admin-history');
    await page.getByRole('link', { name: 'Volgende pagina' }).click();
    await expect.poll(() => page.getByTestId('history-range').textContent()).toMatch(/^Gebeurtenissen 26 tot en met \d+$/);

    // The action is chosen by its name; the family by clicking its name in the table (never typing an id).
    await page.getByLabel('Actie', { exact: true }).selectOption({ label: 'Familieversie gepubliceerd' });
    await page.getByRole('button', { name: 'Filteren', exact: true }).click();
    await page.getByRole('link', { name: `Alleen gebeurtenissen over ${NEW_NAME} tonen` }).first().click();
    await expect.poll(() => page.getByTestId('history-range').textContent()).toBe('Gebeurtenissen 1 tot en met 1');
    expect(await page.getByTestId('active-filters').textContent()).toContain(`Alleen gebeurtenissen over ${NEW_NAME}`);
    expect(page.url()).not.toContain('pagina=');
    const row = page.locator('tr[data-action="family.publish"]');
    expect(await row.count()).toBe(1);
    const cells = await row.locator('td').allTextContents();
    const admin = await server.store.users.byEmail(ADMIN);
    // Names, never ids (issue 15 item 5).
    expect(cells[1]).toBe('Beheerder Demo');
    expect(cells[1]).not.toContain(admin?.id ?? '?');
    expect(cells[2]).toContain('Familieversie gepubliceerd');
    expect(cells[2]).not.toContain('family.publish');
    expect(cells[3]).toContain(NEW_NAME);
    // The date in Dutch with the Brussels time, e.g. "12 mrt 2026, 09:30".
    const published = new Date((await server.store.families.versions(NEW_ID))[0]?.publishedAt ?? '');
    const time = new Intl.DateTimeFormat('nl-BE', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Brussels' }).format(published);
    expect(cells[0]).toContain(time);
    expect(cells[0]).toContain(String(published.getUTCFullYear()));
    expect(cells[0]).not.toContain('T');
    await check('admin-history-filtered');

    // In English the page and its dates follow the language (and the choice is kept).
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'History' }).waitFor();
    const english = await page.locator('tr[data-action="family.publish"] td').allTextContents();
    expect(english[0]).toContain(time);
    expect(english[0]).not.toBe(cells[0]);
    expect(english[2]).toContain('Family version published');
    await check('admin-history-english');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Geschiedenis' }).waitFor();

    // A date range that ends before today finds nothing.
    await page.getByLabel('Tot en met (datum)').fill('2000-01-01');
    await page.getByRole('button', { name: 'Filteren', exact: true }).click();
    await expect.poll(() => page.getByTestId('history-range').textContent()).toBe('Geen gebeurtenissen gevonden.');
  });

  it("from a FUBE's history step the administrator opens the full history of that FUBE", async () => {
    const draft = await server.store.db.selectFrom('fubes').select('id').where('state', '=', 'draft').orderBy('id').executeTakeFirstOrThrow();
    await open(`/fubes/${draft.id}/geschiedenis`);
    await page.getByRole('link', { name: 'Volledige geschiedenis van deze FUBE (beheer)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Geschiedenis' }).waitFor();
    await page.getByTestId('history-table').waitFor();
    const title = (await server.store.fubes.get(draft.id))!.content.title;
    expect(await page.getByTestId('active-filters').textContent()).toContain(`Alleen gebeurtenissen over ${title}`);
    const subjects = await page.locator('[data-testid="history-table"] tbody tr td:nth-child(4)').allTextContents();
    expect(subjects.length).toBeGreaterThan(0);
    for (const subject of subjects) {
      expect(subject).toContain(title);
      expect(subject).not.toContain(draft.id);
    }
  });

  it('the FUBE editor warns about gendered wording in its own texts as one types, and lists it on the review step', async () => {
    const draft = await server.store.db.selectFrom('fubes').select('id').where('state', '=', 'draft').orderBy('id').executeTakeFirstOrThrow();
    await open(`/fubes/${draft.id}/doel`);
    await page.getByLabel('Wat (de kern van de functie)').fill('Ondersteunt het team en neemt verantwoordelijkheid voor zijn planning');
    const findings = page.getByTestId('wording-findings');
    await expect.poll(() => findings.locator('li').count()).toBe(1);
    expect(await findings.textContent()).toContain('Wat (de kern van de functie)');
    expect(await findings.locator('mark').textContent()).toBe('zijn');
    await check('fube-purpose-wording');
    // The review step lists it (unsaved drafts are checked too) with a link back to the step.
    await page.getByRole('link', { name: 'Nazicht', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Nazicht' }).waitFor();
    const review = page.getByTestId('wording-findings').locator('li', { hasText: 'voor zijn planning' });
    // The link is only in the review step's list, so waiting for it waits for that step.
    await review.getByRole('link', { name: 'Aanpassen in de stap Doel' }).waitFor();
    expect(await review.locator('mark').textContent()).toBe('zijn');
    await check('fube-review-wording');
    // Leave the editor: while the typed text is not yet autosaved it asks first (decision 0047).
    await nav().getByRole('link', { name: 'Catalogus' }).click();
    const catalogue = page.getByRole('heading', { level: 1, name: 'Catalogus van functiebeschrijvingen' });
    const discard = page.getByRole('button', { name: 'Verlaten zonder op te slaan' });
    await catalogue.or(discard).first().waitFor();
    if (await discard.isVisible()) await discard.click();
    await catalogue.waitFor();
  });

  it('the administrator adds a closing day; the appeal term of a notified FUBE moves past it and says why; then removes it', async () => {
    const notified = await server.store.db.selectFrom('fubes').select('id').where('state', '=', 'notified').orderBy('id').executeTakeFirstOrThrow();
    const appealUntil = () =>
      page.evaluate(async (id) => {
        const view = (await (await fetch(`/api/fubes/${id}`)).json()) as { deadlines: { code: string; date: string }[] };
        return view.deadlines.filter((d) => d.code === 'appeal-until').map((d) => d.date).sort()[0] ?? '';
      }, notified.id);
    const until = await appealUntil();
    expect(until).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await nav().getByRole('link', { name: 'Sluitingsdagen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sluitingsdagen van de organisatie' }).waitFor();
    // The list loads after the heading: wait for it instead of counting at once.
    await page.getByText('Er zijn geen sluitingsdagen.').waitFor();
    expect(await page.getByText('Er zijn geen sluitingsdagen.').count()).toBe(1);
    await check('admin-closing-days');

    await page.getByLabel('Datum').fill(until);
    await page.getByLabel('Reden').fill('Brugdag test');
    await page.getByRole('button', { name: 'Sluitingsdag toevoegen' }).click();
    await page.getByText(/^Sluitingsdag .+ toegevoegd\.$/).waitFor();
    // The list is fetched again after the message: wait for the row, then count it.
    await page.getByRole('row', { name: /Brugdag test/ }).waitFor();
    expect(await page.getByRole('row', { name: /Brugdag test/ }).count()).toBe(1);
    await check('admin-closing-days-added');
    // The same day again: the server's refusal is shown.
    await page.getByLabel('Datum').fill(until);
    await page.getByLabel('Reden').fill('Nog eens');
    await page.getByRole('button', { name: 'Sluitingsdag toevoegen' }).click();
    await page.getByText(/is al een sluitingsdag/).waitFor();

    expect(await appealUntil()).not.toBe(until);
    await open(`/fubes/${notified.id}/proces`);
    await page.getByText(/sluitingsdag: Brugdag test/).first().waitFor();
    expect(await page.locator('main').textContent()).toMatch(/15 kalenderdagen na de (kennisgeving van|ontvangst op) /);

    await open('/beheer/sluitingsdagen');
    await page.getByRole('button', { name: /^Sluitingsdag .+ verwijderen$/ }).click();
    await page.getByText('Er zijn geen sluitingsdagen.').waitFor();
    expect(await appealUntil()).toBe(until);
  });

  it('an HR officer sees no administration links and gets the no-access page on their URLs', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await login(HR);
    expect(await nav().getByRole('link', { name: 'Geschiedenis' }).count()).toBe(0);
    expect(await nav().getByRole('link', { name: 'Sluitingsdagen' }).count()).toBe(0);
    await open('/families');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('link', { name: /^Functiefamilies beheren/ }).count()).toBe(0);
    for (const path of ['/beheer/families', `/beheer/families/${NEW_ID}`, '/beheer/geschiedenis', '/beheer/sluitingsdagen']) {
      await open(path);
      await page.getByRole('heading', { level: 1, name: 'Geen toegang' }).waitFor();
      expect(await page.getByTestId('history-table').count()).toBe(0);
    }
    await check('admin-forbidden');
    // The API refuses too: the page is not the only guard.
    const status = await page.evaluate(async () => (await fetch('/api/history')).status);
    expect(status).toBe(403);
  });

  it('a .json family file is checked as strict JSON: a syntax error names its line and column', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await login(ADMIN);
    await open('/beheer/families');
    await page.getByRole('heading', { level: 1, name: 'Functiefamilies beheren' }).waitFor();
    // YAML would read `"version": ,` as an empty value; strict JSON refuses the comma.
    const broken = '{\n  "id": "json-familie",\n  "version": ,\n  "name": "JSON"\n}\n';
    await page.getByLabel('Bestand kiezen (YAML of JSON)').setInputFiles({ name: 'familie.json', mimeType: 'application/json', buffer: Buffer.from(broken) });
    await expect.poll(() => page.getByLabel('Tekst van het familiebestand').inputValue()).toBe(broken);
    await page.getByRole('button', { name: 'Controleren' }).click();
    const errors = page.getByTestId('family-errors');
    await errors.waitFor();
    const text = (await errors.textContent()) ?? '';
    expect(text).toContain('ongeldige JSON');
    expect(text).toContain('Regel 3, kolom 14');
  });
});
