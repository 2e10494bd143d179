import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { appReady, axeViolations, type Browser, builtWebRoot, describeViolations, launchBrowser, screenshot, startServer, type WebServer } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

describe.skipIf(skip)('two tabs editing the same FUBE in Chromium', () => {
  let server: WebServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer(builtWebRoot());
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const check = async (page: Page, name: string) => {
    await page.locator('[role="status"]:has-text("Bezig met laden")').waitFor({ state: 'detached' });
    const violations = await axeViolations(page);
    await screenshot(page, `conflict-${name}`, violations.length > 0);
    expect(describeViolations(violations), name).toEqual([]);
  };

  /** The editor's own words once a save is through: "Opgeslagen om HH:MM (revisie N)". */
  const savedAs = (page: Page, revision: number) =>
    page.locator('[data-save-state="saved"]').getByText(new RegExp(`^Opgeslagen om \\d{2}:\\d{2} \\(revisie ${revision}\\)$`)).waitFor();
  const stored = (page: Page, fubeId: string) =>
    page.evaluate(async (id) => {
      const response = await fetch(`/api/fubes/${id}`);
      return (await response.json()) as { revision: number; content: { purpose: { what: string; goal: string } } };
    }, fubeId);

  it('a stale autosave in the second tab gets 409, is reapplied on the current revision and saved; an overlapping change waits for a click', async () => {
    const a = await browser.context.newPage();
    a.setDefaultTimeout(15_000);
    await a.goto(`${server.url}/login`);
    await a.getByLabel('Gebruikersnaam (e-mailadres)').fill('hr.dfb@demo.weegschaal');
    await a.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
    await a.getByRole('button', { name: 'Aanmelden' }).click();
    await a.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    const id = await a.evaluate(async () => {
      const response = await fetch('/api/fubes?state=draft&entity=dfb');
      const body = (await response.json()) as { items: { id: string }[] };
      return body.items[0]?.id ?? '';
    });
    expect(id).not.toBe('');

    // Both tabs (same user, same browser) open the purpose step of the same revision.
    const b = await browser.context.newPage();
    b.setDefaultTimeout(15_000);
    for (const page of [a, b]) {
      await page.goto(`${server.url}/fubes/${id}/doel`);
      await appReady(page);
      await page.getByLabel('Wat (de kern van de functie)').waitFor();
    }
    const startRevision = Number(/Revisie (\d+)/i.exec((await a.locator('main').textContent()) ?? '')?.[1]);

    const whatA = 'Tab A: bouwt de personeelsplanning van de entiteit uit';
    const goalB = 'tab B: de juiste mensen op de juiste plaats te krijgen, ook over entiteiten heen.';
    // A changes the "what" and saves with one click; B, still on the start revision, then types the goal.
    await a.getByLabel('Wat (de kern van de functie)').fill(whatA);
    await a.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await savedAs(a, startRevision + 1);

    await b.bringToFront();
    await b.getByLabel('Met als doel').fill(goalB);
    expect(await b.locator('[data-save-state]').textContent()).toBe('Wijzigingen niet opgeslagen');
    // B's autosave is refused (409); the editor loads A's revision, reapplies B's change and saves it.
    await b.getByText(`Iemand anders bewaarde intussen revisie ${startRevision + 1}.`).waitFor();
    await savedAs(b, startRevision + 2);
    expect(await b.getByLabel('Wat (de kern van de functie)').inputValue()).toBe(whatA);
    expect(await b.getByLabel('Met als doel').inputValue()).toBe(goalB);
    expect(await b.getByRole('alert').count()).toBe(0);
    await check(b, 'reapplied');
    expect(await stored(b, id)).toMatchObject({ revision: startRevision + 2, content: { purpose: { what: whatA, goal: goalB } } });

    // A, still on revision start+1, changes the same goal: reapplied, but the overlap waits for A's click.
    const goalA = 'tab A: de personeelsplanning af te stemmen op de noden van de entiteit.';
    await a.bringToFront();
    await a.getByLabel('Met als doel').fill(goalA);
    const notice = a.getByText(/Let op: de andere wijziging raakte dezelfde onderdelen \(Doel\); daar staat nu uw versie\./);
    await notice.waitFor();
    expect(await a.getByLabel('Met als doel').inputValue()).toBe(goalA);
    expect(await a.locator('[data-save-state]').textContent()).toBe('Wijzigingen niet opgeslagen');
    await check(a, 'overlap');
    // Nothing is saved on its own while the overlap is open.
    await a.waitForTimeout(2_500);
    expect((await stored(a, id)).revision).toBe(startRevision + 2);
    await a.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await savedAs(a, startRevision + 3);
    expect(await stored(a, id)).toMatchObject({ revision: startRevision + 3, content: { purpose: { what: whatA, goal: goalA } } });
    await a.close();
    await b.close();
  });
});
