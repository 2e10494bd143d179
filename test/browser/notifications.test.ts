import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { type WebServer, browserSuite } from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

/**
 * Issue 13 items 3 and 4 in Chromium: the validator notifies a validated FUBE (through the
 * API); the holder sees "Meldingen" with one unread, opens the list, follows the notification
 * to their page, finds their letter with Word and PDF, acknowledges receipt, and the count is gone.
 */
describe.skipIf(skip)('notifications and letters in the browser', () => {
  const clock = new TestClock('2026-03-02T09:00:00Z');
  const suite = browserSuite({ clock, screenshotPrefix: 'notifications-', defaultTimeout: 15000 });
  let server: WebServer;
  let page: Page;
  let fubeId = '';
  let title = '';

  beforeAll(async () => {
    ({ server, page } = suite);
    const headers = { origin: 'http://localhost:80', host: 'localhost:80' };
    const login = await server.app.inject({ method: 'POST', url: '/api/login', headers, payload: { username: 'leidend.ambtenaar.dfb@demo.weegschaal', password: 'demo' } });
    const cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
    const holder = (await server.store.users.byEmail('functiehouder@demo.weegschaal'))?.personId ?? '';
    const validated = (await server.store.fubes.summaries({ entityId: 'dfb', state: 'validated' })).find((f) => f.holderIds.includes(holder));
    if (validated === undefined) throw new Error('no validated FUBE of the demo holder');
    fubeId = validated.id;
    title = validated.title;
    const notified = await server.app.inject({
      method: 'POST',
      url: `/api/fubes/${fubeId}/transitions`,
      headers: { ...headers, cookie },
      payload: { baseRevision: validated.revision, action: { type: 'notify' } },
    });
    expect(notified.statusCode, notified.body).toBe(200);
  });

  it('the holder sees one unread notification in the menu and the list', async () => {
    await suite.login('functiehouder@demo.weegschaal');
    const link = page.getByRole('link', { name: 'Meldingen 1 ongelezen' });
    await link.waitFor();
    await link.click();
    await page.getByRole('heading', { level: 1, name: 'Meldingen' }).waitFor();
    await page.getByText('Ongelezen: 1').waitFor();
    await suite.check('list');
    await page.getByRole('link', { name: `De beslissing over ${title} is u bezorgd: lees de brief` }).click();
    await page.getByRole('heading', { level: 2, name: 'Brieven' }).waitFor();
  });

  it('the holder downloads the letter and acknowledges receipt; the appeal term shows', async () => {
    const pdf = page.getByRole('link', { name: 'PDF' });
    const href = await pdf.getAttribute('href');
    expect(href).toMatch(new RegExp(`/api/fubes/${fubeId}/letters/[^/]+/document\\?format=pdf`));
    const response = await page.request.get(`${server.url}${href}`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('application/pdf');
    await page.getByRole('button', { name: 'Ik heb deze brief ontvangen' }).click();
    await page.getByText('Ontvangen op 2 maart 2026; beroep mogelijk tot en met 17 maart 2026').waitFor();
    expect(await page.getByRole('button', { name: 'Ik heb deze brief ontvangen' }).count()).toBe(0);
    await suite.check('holder-letter');
  });

  it('after reading, the menu shows no unread count', async () => {
    await suite.open('/meldingen');
    await page.getByText('Ongelezen: 0').waitFor();
    expect(await page.getByRole('link', { name: 'Meldingen', exact: true }).count()).toBe(1);
  });

  it('HR records the delivery of a letter on the FUBE\'s process step', async () => {
    await page.getByRole('button', { name: 'Afmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
    await suite.login('hr.dfb@demo.weegschaal');
    await suite.open(`/fubes/${encodeURIComponent(fubeId)}/proces`);
    await page.getByRole('heading', { level: 3, name: 'Brieven' }).waitFor();
    const forms = page.getByRole('form', { name: /^Bezorging registreren: / });
    const open = await forms.count();
    if (open === 0) return; // The demo holder was the only holder: nothing left to record.
    const form = forms.first();
    await form.getByLabel('Ontvangen op').fill('2026-03-02');
    await form.getByLabel('Bezorgd per').selectOption('letter');
    await form.getByRole('button', { name: 'Bezorging registreren' }).click();
    await page.waitForFunction((n) => document.querySelectorAll('form[aria-label^="Bezorging registreren: "]').length === n - 1, open);
    await suite.check('hr-letters');
  });
});
