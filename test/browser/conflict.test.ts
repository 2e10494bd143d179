import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../src/store/demo.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { type Browser, type WebServer, axeViolations, builtWebRoot, describeViolations, launchBrowser, screenshot, startServer } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium');

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
    await screenshot(page, `conflict-${name}`);
    expect(describeViolations(violations), name).toEqual([]);
  };

  it('a stale save in the second tab is refused with a clear message, keeps its text, and can be reapplied on the current revision', async () => {
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
      await page.getByLabel('Wat (de kern van de functie)').waitFor();
    }
    const startRevision = Number(/Revisie (\d+)/i.exec((await a.locator('main').textContent()) ?? '')?.[1]);

    const whatA = 'Tab A: bouwt de personeelsplanning van de entiteit uit';
    const goalB = 'tab B: de juiste mensen op de juiste plaats te krijgen, ook over entiteiten heen.';
    // B starts typing, A changes another field and saves, then B saves its stale revision.
    await b.getByLabel('Met als doel').fill(goalB);
    await a.bringToFront();
    await a.getByLabel('Wat (de kern van de functie)').fill(whatA);
    await a.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await a.getByText(`Bewaard als revisie ${startRevision + 1}.`).waitFor();

    await b.bringToFront();
    await b.getByRole('button', { name: 'Bewaren', exact: true }).click();
    const alert = b.getByRole('alert');
    await alert.waitFor();
    // What happened, and what to do.
    expect(await alert.textContent()).toContain(`iemand anders heeft deze functiebeschrijving intussen bewaard (nu revisie ${startRevision + 1})`);
    expect(await alert.textContent()).toContain('Uw wijzigingen staan nog in het formulier');
    // Nothing lost: B's text is still in B's form, A's change is stored.
    expect(await b.getByLabel('Met als doel').inputValue()).toBe(goalB);
    expect(await b.getByText('Er zijn wijzigingen die nog niet bewaard zijn.').count()).toBe(1);
    await check(b, 'refused');
    const stored = await b.evaluate(async (fubeId) => {
      const response = await fetch(`/api/fubes/${fubeId}`);
      return (await response.json()) as { revision: number; content: { purpose: { what: string; goal: string } } };
    }, id);
    expect(stored.revision).toBe(startRevision + 1);
    expect(stored.content.purpose.what).toBe(whatA);
    expect(stored.content.purpose.goal).not.toBe(goalB);

    // B loads the current revision: A's change appears, B's change is applied to it again.
    await alert.getByRole('button', { name: 'Huidige revisie laden en mijn wijzigingen opnieuw toepassen' }).click();
    await b.getByText(`Revisie ${startRevision + 1} is geladen en uw wijzigingen zijn er opnieuw op toegepast.`).waitFor();
    expect(await b.getByLabel('Wat (de kern van de functie)').inputValue()).toBe(whatA);
    expect(await b.getByLabel('Met als doel').inputValue()).toBe(goalB);
    expect(await b.getByRole('alert').count()).toBe(0);
    await check(b, 'reapplied');
    await b.getByRole('button', { name: 'Bewaren', exact: true }).click();
    await b.getByText(`Bewaard als revisie ${startRevision + 2}.`).waitFor();

    const after = await b.evaluate(async (fubeId) => {
      const response = await fetch(`/api/fubes/${fubeId}`);
      return (await response.json()) as { revision: number; content: { purpose: { what: string; goal: string } } };
    }, id);
    expect(after).toMatchObject({ revision: startRevision + 2, content: { purpose: { what: whatA, goal: goalB } } });
    await a.close();
    await b.close();
  });
});
