import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { chromiumAvailable, skipUnless } from '../support/environment.js';
import { OIDC_CLIENT_ID, type TestProvider, freePort, startOidcProvider } from '../support/oidc-provider.js';
import {
  type Browser,
  type WebServer,
  axeViolations,
  builtWebRoot,
  describeViolations,
  launchBrowser,
  screenshot,
  startServer,
} from './harness.js';

const skip = skipUnless(chromiumAvailable(), 'Chromium', 'apt-get install -y --no-install-recommends chromium chromium-headless-shell');

/** Single sign-on in Chromium: the login page's button, the provider's pages, back signed in; a refusal explained. */
describe.skipIf(skip)('single sign-on in the browser', () => {
  let provider: TestProvider;
  let server: WebServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const port = await freePort();
    const redirectUri = `http://127.0.0.1:${port}/api/login/oidc/callback`;
    provider = await startOidcProvider(redirectUri, {
      'sub-hr': { email: 'hr.dfb@demo.weegschaal', email_verified: true },
      'sub-onbekend': { email: 'niemand@elders.example', email_verified: true },
    });
    server = await startServer(builtWebRoot(), {
      port,
      oidc: {
        issuer: provider.issuer,
        clientId: OIDC_CLIENT_ID,
        redirectUri,
        claim: 'email',
        scopes: ['openid', 'email'],
      },
    });
    browser = await launchBrowser();
    page = await browser.context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await provider?.close();
  });

  // Each test starts as a new visitor: no session at Weegschaal or at the provider.
  beforeEach(async () => {
    await browser.context.clearCookies();
  });

  const check = async (name: string) => {
    const violations = await axeViolations(page);
    await screenshot(page, name, violations.length > 0);
    expect(describeViolations(violations), name).toEqual([]);
  };

  /** On the provider's development pages: sign in as `sub` (any password), then agree. */
  const atProvider = async (sub: string) => {
    await page.locator('input[name="login"]').fill(sub);
    await page.locator('input[name="password"]').fill('willekeurig');
    await page.locator('button[type="submit"]').click();
    await page.locator('input[name="prompt"][value="consent"]').waitFor({ state: 'attached' });
    await page.locator('button[type="submit"]').click();
  };

  it('a person the provider knows but Weegschaal does not is sent back with a clear message', async () => {
    await page.goto(`${server.url}/login`);
    const button = page.getByRole('link', { name: 'Aanmelden met single sign-on' });
    await button.waitFor();
    await check('login-sso');
    await button.click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await atProvider('sub-onbekend');
    await page.waitForURL(/\/login\?sso=unknown-user$/);
    await page.getByText('er is geen Weegschaal-account voor u').waitFor();
    await check('login-sso-unknown-user');
  }, 60_000);

  it('the button leads through the provider back into Weegschaal, signed in, on the page asked for', async () => {
    await page.goto(`${server.url}/login?next=${encodeURIComponent('/catalogus')}`);
    await page.getByRole('link', { name: 'Aanmelden met single sign-on' }).click();
    await page.waitForURL((url) => url.href.startsWith(provider.issuer));
    await atProvider('sub-hr');
    await page.waitForURL((url) => url.href.startsWith(server.url));
    const me = await page.evaluate(async () => (await fetch('/api/me')).json());
    expect(me).toMatchObject({ username: 'hr.dfb@demo.weegschaal' });
    expect(new URL(page.url()).pathname).toBe('/catalogus');
  }, 60_000);
});
