import { describe, expect, it } from 'vitest';
import { appReady, browserSuite, screenshot } from './harness.js';

/**
 * A signed-in first page comes rendered by the server (issue 15 item 9, decision 0069): its
 * content is on screen before a script runs, the browser then hydrates it with the same data,
 * and text a user wrote cannot escape from the data the page carries.
 */
const HR = 'hr.dfb@demo.weegschaal';
/** A title that would run a script if the page's data or markup were not escaped. */
const NASTY_TITLE = 'Adviseur </script><script>window.__pwned = 1</script> <img src=x onerror="window.__pwned = 2"> & "co"';

describe('pages rendered by the server, in Chromium', () => {
  const suite = browserSuite();
  const { login } = suite;

  it('without JavaScript, HR still sees the catalogue with its FUBEs and a FUBE with its content', async () => {
    await login(HR);
    // A second tab of the same browser (same session), with scripts switched off.
    const page = await suite.page.context().newPage();
    try {
      const devtools = await suite.page.context().newCDPSession(page);
      await devtools.send('Emulation.setScriptExecutionDisabled', { value: true });
      await page.goto(`${suite.server.url}/catalogus`);
      await page.getByRole('heading', { level: 1, name: 'Catalogus van functiebeschrijvingen' }).waitFor();
      // The tab says which page it is before any script has run.
      expect(await page.title()).toBe('Catalogus van functiebeschrijvingen – Weegschaal');
      const rows = page.getByRole('table').locator('tbody tr');
      expect(await rows.count()).toBeGreaterThan(0);
      await screenshot(page, 'server-rendered-catalogue-no-js');
      const href = await rows.first().locator('a[href^="/fubes/"]').first().getAttribute('href');
      await page.goto(`${suite.server.url}${href ?? ''}`);
      await page.getByRole('heading', { level: 1, name: /^Functiebeschrijving: / }).waitFor();
      expect(await page.locator('main').textContent()).toContain('Stap 1 van');
      // Nothing ran: the app never marked itself ready.
      expect(await page.locator('html[data-app-ready]').count()).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a FUBE whose title holds markup and a script end is shown as text, runs nothing, and the page works once hydrated', async () => {
    const { page, server } = suite;
    const store = server.store;
    const draft = (await store.fubes.summaries()).find((f) => f.entityId === 'dfb' && f.state === 'draft');
    if (draft === undefined) throw new Error('the demo has a DFB draft');
    const existing = await store.fubes.get(draft.id);
    const record = await store.fubes.create({ ...existing!.content, title: NASTY_TITLE }, { status: 'draft', revision: 1 }, 'test');
    const errors: string[] = [];
    const onConsole = (message: { type(): string; text(): string }) => {
      if (message.type() === 'error') errors.push(message.text());
    };
    page.on('console', onConsole);
    page.on('pageerror', (error) => errors.push(error.message));
    try {
      await page.goto(`${server.url}/fubes/${record.id}`);
      await page.getByRole('heading', { level: 1, name: `Functiebeschrijving: ${NASTY_TITLE}` }).waitFor();
      await appReady(page);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
      expect(errors, errors.join('\n')).toEqual([]);
      // Hydrated: a step link navigates inside the app (no new page load asks the server for a page).
      let pageLoads = 0;
      const onRequest = (request: { resourceType(): string }) => {
        if (request.resourceType() === 'document') pageLoads++;
      };
      page.on('request', onRequest);
      await page.getByRole('link', { name: /Doel/ }).first().click();
      await page.waitForURL(/\/doel$/);
      await page.getByLabel('Wat (de kern van de functie)').waitFor();
      page.off('request', onRequest);
      expect(pageLoads).toBe(0);
      await suite.check('server-rendered-fube-nasty-title');
    } finally {
      page.off('console', onConsole);
    }
  });
});
