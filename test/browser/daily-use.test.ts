import type { ConsoleMessage, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { appReady, browserSuite, builtWebRoot, startServer } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');
const HR = 'hr.dfb@demo.weegschaal';
const HOLDER = 'functiehouder@demo.weegschaal';

/**
 * Issue 15 items 1–4 in Chromium: the start page for anonymous visitors (with and without a
 * demo database, no console error), the new-FUBE button for whoever may create one, copying a
 * FUBE, autosave with its visible state, the warning before leaving unsaved text, the class
 * step saved in one click, and the weighing before the knowledge step.
 */
describe.skipIf(skip)('daily use of the web app in Chromium', () => {
  const suite = browserSuite({ screenshotPrefix: 'daily-', defaultTimeout: 15_000 });
  const { open, check, login } = suite;
  let page: Page;
  let created = '';
  let copied = '';
  beforeAll(() => {
    ({ page } = suite);
  });

  /** Every console error and failed request of the page while `run` runs. */
  async function consoleErrors(target: Page, run: () => Promise<void>): Promise<string[]> {
    const errors: string[] = [];
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    const onPageError = (error: Error) => errors.push(error.message);
    target.on('console', onConsole);
    target.on('pageerror', onPageError);
    try {
      await run();
    } finally {
      target.off('console', onConsole);
      target.off('pageerror', onPageError);
    }
    return errors;
  }

  const logout = async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
  };
  const newFube = () => page.getByRole('main').getByRole('link', { name: 'Nieuwe functiebeschrijving', exact: true });

  it('an anonymous visitor gets a start page that says what Weegschaal is and lists the demo logins, without a console error', async () => {
    const errors = await consoleErrors(page, async () => {
      await open('/');
      await page.getByRole('heading', { level: 1, name: 'Welkom bij Weegschaal' }).waitFor();
      await page.getByTestId('demo-logins').waitFor();
      await page.waitForLoadState('networkidle');
    });
    expect(errors).toEqual([]);
    // Pages that need a login are not in the menu of an anonymous visitor.
    const menu = page.getByRole('navigation', { name: 'Hoofdmenu' });
    expect(await menu.getByRole('link', { name: 'Functiefamilies' }).count()).toBe(1);
    expect(await menu.getByRole('link', { name: /Mijn werk|Catalogus|Functieniveaumatrix/ }).count()).toBe(0);
    const main = (await page.getByRole('main').textContent()) ?? '';
    expect(main).toContain('werkbank voor functieclassificatie');
    expect(main).toContain('het wachtwoord is „demo”');
    const rows = page.getByTestId('demo-logins').locator('tbody tr');
    expect(await rows.count()).toBe(11);
    // Issue 16: the pay analyst is a demo login too.
    expect(await page.getByTestId('demo-logins').locator('tr', { hasText: 'loonanalist@demo.weegschaal' }).textContent()).toContain('loonanalist');
    expect(await page.getByTestId('demo-logins').locator('tr', { hasText: HR }).textContent()).toContain('HR-medewerker');
    await check('start-anonymous');
    // English through the language switch, then back to Dutch.
    await page.getByLabel('Taal').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Welcome to Weegschaal' }).waitFor();
    expect(await page.getByRole('main').textContent()).toContain('the password is “demo”');
    await check('start-anonymous-en');
    await page.getByLabel('Language').selectOption('nl');
    await page.getByRole('heading', { level: 1, name: 'Welkom bij Weegschaal' }).waitFor();
    // A demo username opens the login form with that name filled in.
    await page.getByRole('link', { name: HR }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    expect(await page.getByLabel('Gebruikersnaam (e-mailadres)').inputValue()).toBe(HR);
  });

  it('on a database without the demo, the start page lists no logins, and still no console error', async () => {
    const plain = await startServer(builtWebRoot(), { demo: false });
    const other = await page.context().newPage();
    try {
      const errors = await consoleErrors(other, async () => {
        await other.goto(`${plain.url}/`);
        await other.getByRole('heading', { level: 1, name: 'Welkom bij Weegschaal' }).waitFor();
        await other.waitForLoadState('networkidle');
      });
      expect(errors).toEqual([]);
      expect(await other.getByTestId('demo-logins').count()).toBe(0);
      expect(await other.getByRole('main').textContent()).not.toMatch(/demo|wachtwoord/i);
      await other.screenshot({ path: 'test-results/daily-start-without-demo.png', fullPage: true });
    } finally {
      await other.close();
      await plain.close();
    }
  });

  it('HR finds "Nieuwe functiebeschrijving" on the home page and the catalogue and starts one; the weighing comes before the knowledge step', async () => {
    await login(HR);
    await newFube().waitFor();
    await check('home-hr');
    await open('/catalogus');
    await newFube().click();
    await page.getByRole('heading', { level: 1, name: 'Nieuwe functiebeschrijving' }).waitFor();
    await page.getByText('Start een functiebeschrijving vanuit de functiefamilie').waitFor();
    await page.getByLabel('Functietitel').fill('Coördinator onthaal');
    await page.getByLabel('Entiteit').selectOption('dfb');
    await check('new-fube');
    await page.getByRole('button', { name: 'Functiebeschrijving starten' }).click();
    await page.getByRole('heading', { level: 1, name: 'Functiebeschrijving: Coördinator onthaal' }).waitFor();
    created = /\/fubes\/([^/]+)\/identificatie$/.exec(page.url())?.[1] ?? '';
    expect(created).not.toBe('');
    // Step order: the weighing before the knowledge, whose texts depend on the level.
    const steps = await page.locator('.wg-stepper a').allTextContents();
    expect(steps.slice(0, 6)).toEqual(['Identificatie en functiehouders', 'Doel', 'Resultaatgebieden', 'Weging', 'Specifieke kennis', 'Klassebeslissing']);
    await open(`/fubes/${created}/kennis`);
    const hint = page.getByText('De vakkennis hangt af van het niveau, en dat volgt uit de weging (de vorige stap)');
    await hint.waitFor();
    expect(await page.getByRole('link', { name: /^Vorige stap: / }).textContent()).toBe('Vorige stap: Weging');
    await page.getByRole('link', { name: 'Naar de weging' }).click();
    await page.locator('.wg-stepper [aria-current="step"]', { hasText: 'Weging' }).waitFor();
    await check('knowledge-before-weighing');
  });

  it('HR copies a FUBE as a new one: the copy opens as a draft without people, recorded as a copy of the revision', async () => {
    const source = await page.evaluate(async () => {
      const response = await fetch('/api/fubes?state=final&entity=dfb');
      const body = (await response.json()) as { items: { id: string; title: string; revision: number }[] };
      return body.items[0];
    });
    if (source === undefined) throw new Error('the demo has a final FUBE in DFB');
    await open(`/fubes/${source.id}/identificatie`);
    await page.getByText('Kopiëren als nieuwe functiebeschrijving').click();
    const form = page.getByRole('form', { name: 'Kopiëren als nieuwe functiebeschrijving' });
    expect(await form.getByLabel('Titel van de kopie').inputValue()).toBe(`${source.title} (kopie)`);
    await check('copy-form');
    await form.getByRole('button', { name: 'Kopie maken' }).click();
    await page.getByRole('heading', { level: 1, name: `Functiebeschrijving: ${source.title} (kopie)` }).waitFor();
    copied = /\/fubes\/([^/]+)\/identificatie$/.exec(page.url())?.[1] ?? '';
    expect(copied).not.toBe(source.id);
    expect(await page.getByRole('main').textContent()).toContain('Status: ontwerp');
    const view = await page.evaluate(async (id) => (await (await fetch(`/api/fubes/${id}`)).json()) as { revision: number; content: { holderIds: string[]; managerId?: string }; abilities: { edit: boolean } }, copied);
    expect(view).toMatchObject({ revision: 1, content: { holderIds: [] }, abilities: { edit: true } });
    expect(view.content.managerId).toBeUndefined();
    const revisions = await page.evaluate(async (id) => (await (await fetch(`/api/fubes/${id}/revisions`)).json()) as { reason: string }[], copied);
    expect(revisions.map((r) => r.reason)).toEqual([`kopie van ${source.id} revisie ${source.revision}`]);
    await check('copy-opened');
  });

  it('a holder sees no new-FUBE button and no copy', async () => {
    await logout();
    await login(HOLDER);
    await page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await newFube().count()).toBe(0);
    await open('/catalogus');
    await page.getByRole('heading', { level: 2, name: 'Zoeken en filteren' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(await newFube().count()).toBe(0);
    await check('catalogue-holder');
    await logout();
    await login(HR);
  });

  it('autosave: typing shows "Wijzigingen niet opgeslagen", then "Opgeslagen om HH:MM"; after a reload the text is there', async () => {
    await open(`/fubes/${copied}/doel`);
    const goal = 'het onthaal van nieuwe medewerkers vlot en warm te laten verlopen.';
    await page.getByLabel('Met als doel').fill(goal);
    const state = page.locator('[data-save-state]');
    expect(await state.textContent()).toBe('Wijzigingen niet opgeslagen');
    await page.locator('[data-save-state="saved"]').getByText(/^Opgeslagen om \d{2}:\d{2} \(revisie 2\)$/).waitFor();
    await check('autosaved');
    await page.reload();
    await appReady(page);
    await page.getByLabel('Met als doel').waitFor();
    expect(await page.getByLabel('Met als doel').inputValue()).toBe(goal);
  });

  it('leaving with unsaved text asks first, in the app and in the browser; "Opslaan en verdergaan" saves and goes on', async () => {
    await open(`/fubes/${copied}/doel`);
    const what = page.getByLabel('Wat (de kern van de functie)');
    await what.fill('Ontvangt nieuwe medewerkers');
    // The browser's own question on reload or close.
    expect(await page.evaluate(() => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    })).toBe(true);
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    const question = page.getByText('Er zijn wijzigingen die nog niet opgeslagen zijn. Wat wilt u doen?');
    await question.waitFor();
    expect(page.url()).toContain(`/fubes/${copied}/doel`);
    await check('leave-question');
    await page.getByRole('button', { name: 'Op deze pagina blijven' }).click();
    await question.waitFor({ state: 'detached' });
    expect(page.url()).toContain(`/fubes/${copied}/doel`);
    expect(await what.inputValue()).toBe('Ontvangt nieuwe medewerkers');
    // Moving between the steps of the same FUBE keeps the draft and asks nothing.
    await what.fill('Ontvangt nieuwe medewerkers en bezoekers');
    await page.getByRole('link', { name: /^Volgende stap: / }).click();
    await page.locator('.wg-stepper [aria-current="step"]', { hasText: 'Resultaatgebieden' }).waitFor();
    expect(await question.count()).toBe(0);
    await page.getByRole('link', { name: /^Vorige stap: / }).click();
    await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Catalogus' }).click();
    if ((await page.locator('[data-save-state="dirty"]').count()) > 0) {
      await question.waitFor();
      await page.getByRole('button', { name: 'Opslaan en verdergaan' }).click();
    }
    await page.getByRole('heading', { level: 1, name: 'Catalogus' }).waitFor();
    const stored = await page.evaluate(async (id) => (await (await fetch(`/api/fubes/${id}`)).json()) as { content: { purpose: { what: string } } }, copied);
    expect(stored.content.purpose.what).toBe('Ontvangt nieuwe medewerkers en bezoekers');
  });

  it('the class step saves the decision with one click', async () => {
    await open(`/fubes/${copied}/klasse`);
    await page.getByRole('radio', { name: /^Het voorstel aanvaarden/ }).check();
    await page.getByRole('button', { name: 'Beslissing opslaan' }).click();
    await page.locator('[data-save-state="saved"]').waitFor();
    await page.getByText(/^Beslist: niveau \d+, functieklasse \d+/).waitFor();
    const stored = await page.evaluate(async (id) => (await (await fetch(`/api/fubes/${id}`)).json()) as { content: { decision?: { class: number } } }, copied);
    expect(stored.content.decision?.class).toEqual(expect.any(Number));
    await check('decision-one-click');
  });
});
