import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser as Chromium, type BrowserContext, type Page, chromium } from 'playwright-core';
import type { Clock } from '../../src/domain/clock.js';
import { localDate } from '../../src/domain/workflow/calendar.js';
import { type App, buildApp } from '../../src/server/app.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import type { OidcSettings } from '../../src/server/auth/oidc.js';
import { DEMO_PASSWORD, type DemoResult, loadDemo, presentDemoLogins } from '../../src/store/demo.js';
import { type Store, openStore } from '../../src/store/index.js';
import { SEED_SOURCE, seedFamily } from '../api/harness.js';
import { demoCopy } from '../support/demo-copy.js';
import { CHROMIUM_PATH } from '../support/environment.js';
import { AXE_FILE } from './axe-file.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS_DIR = join(ROOT, 'test-results');
const AXE = join(ROOT, 'node_modules/axe-core/axe.min.js');

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The web app, built once per run by the browser project's global setup (browser-setup.ts). */
export const builtWebRoot = (): string => inject('webRoot');

export interface WebServer {
  url: string;
  app: App;
  store: Store;
  /** Undefined on a server started without the demo (`demo: false`). */
  demo: DemoResult | undefined;
  close(): Promise<void>;
}

/**
 * The real server (buildApp with accounts and sessions) on a temporary SQLite database with
 * the seed family and the demo data, serving the built web app, listening on a free port.
 * With `clock`, the server and the store read time from it, so a test can move time (30 days).
 * Like `serve --demo`, the server lists the demo logins on its start page; with `demo: false`
 * the database has the family only and the server runs as on any other database.
 */
export async function startServer(webRoot: string, options: { clock?: Clock; oidc?: OidcSettings; port?: number; demo?: boolean } = {}): Promise<WebServer> {
  const dir = mkdtempSync(join(tmpdir(), 'weegschaal-browser-'));
  const file = join(dir, 'browser.db');
  const clock = options.clock;
  const now = clock !== undefined ? { now: () => clock.now() } : {};
  /** The seed family, published (at the clock's time when there is a clock). */
  const withFamily = async (at: string) => {
    const store = await openStore({ file: at, ...now });
    const family = seedFamily();
    await store.families.saveDraft(family, SEED_SOURCE, 'system');
    await store.families.publish(family.id, family.version, 'system');
    return { store, family };
  };
  let demo: DemoResult | undefined;
  if (options.demo === false) await (await withFamily(file)).store.close();
  else {
    // A test clock (movable by the test) also dates the demo, so its deadlines fit the clock. The
    // demo is made once per worker and copied (test/support/demo-copy.ts): per clock time, or per
    // Brussels date on the real clock (its deadlines count days).
    const today = clock !== undefined ? clock.now() : undefined;
    demo = await demoCopy(
      `browser ${today?.toISOString() ?? localDate(new Date())}`,
      async (built) => {
        const { store, family } = await withFamily(built);
        const loaded = await loadDemo(store, family, today !== undefined ? { now: today } : {});
        await store.close();
        return loaded;
      },
      file,
    );
  }
  const store = await openStore({ file, ...now });
  const demoLogins = options.demo === false ? undefined : await presentDemoLogins(store);
  const app = await buildApp({
    store: store,
    accounts: storeAccounts(store),
    webRoot,
    ...(options.clock !== undefined ? { clock: options.clock } : {}),
    ...(options.oidc !== undefined ? { oidc: options.oidc } : {}),
    ...(demoLogins !== undefined ? { demoLogins } : {}),
  });
  const address = await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  if (existsSync(join(webRoot, AXE_FILE))) axeOrigins.add(new URL(address).origin);
  return {
    url: address,
    app,
    store,
    demo,
    close: async () => {
      await app.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Waits until the page's scripts have run (`<html data-app-ready>`, src/web/app.tsx): a page the
 * server rendered (decision 0069) is on screen before that, and a click on it would do nothing
 * yet. Use after every navigation that loads a page anew (goto, reload, back to a page).
 */
export async function appReady(page: Page): Promise<void> {
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached' });
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/**
 * One Chromium per test worker, started on first use and shared by the worker's files (each
 * gets its own context: its own cookies, storage and cache, as a fresh profile has). Starting
 * Chromium cost about 2 s and 1.5 s of CPU per file (decision 0015). Playwright ends it with
 * the worker process.
 */
let shared: Promise<Chromium> | undefined;
const sharedChromium = (): Promise<Chromium> => {
  shared ??= chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS }).then((browser) => {
    // A crashed Chromium is started again by the next file rather than failing all the rest.
    browser.on('disconnected', () => (shared = undefined));
    return browser;
  });
  return shared;
};

/** Debian's Chromium through playwright-core, headless: a fresh context (profile) in the worker's Chromium. */
export async function launchBrowser(): Promise<Browser> {
  const context = await (await sharedChromium()).newContext({
    // axe-core is added as a script: from the test server (same origin) the CSP allows it, but
    // on other pages (a sign-in provider's) its source is sent inline, which a CSP refuses.
    bypassCSP: true,
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
    viewport: { width: 1280, height: 900 },
  });
  return { context, close: () => context.close() };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The origins of test servers whose web root also serves axe-core (browser-setup.ts). */
const axeOrigins = new Set<string>();

/** Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the page and returns its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) {
    // From the page's own server where it serves axe: the browser then keeps the script and its
    // compiled code, where sending its source took 0.2-0.3 s after every navigation. Other pages
    // (a sign-in provider's) are sent the source.
    const origin = new URL(page.url()).origin;
    await page.addScriptTag(axeOrigins.has(origin) ? { url: `${origin}/${AXE_FILE}` } : { path: AXE });
  }
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }> } }).axe;
    // Only the violations are collected: the passes and inapplicable rules cost time and are not read.
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

/** One line per violation, readable in a failing assertion. */
export const describeViolations = (violations: AxeViolation[]): string[] =>
  violations.map((v) => `${v.id} (${v.impact ?? '?'}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

/**
 * Which screenshots the browser suites keep under test-results/: `all` (every check and named
 * screenshot, full page) or `failures` (only of a failed test or check). Locally `all`, to look
 * at; with CI=true `failures`: nobody looks at a passing run's images there, and they cost about
 * a tenth of the browser suites' time (decision 0015). `WEEGSCHAAL_SCREENSHOTS` chooses.
 */
export const SCREENSHOTS: 'all' | 'failures' = (process.env.WEEGSCHAAL_SCREENSHOTS ?? (process.env.CI === 'true' ? 'failures' : 'all')) === 'failures' ? 'failures' : 'all';

/** A full-page screenshot under test-results/, kept as a test artifact (`failure`: also when only failures are kept). */
export async function screenshot(page: Page, name: string, failure = false): Promise<string | undefined> {
  if (SCREENSHOTS === 'failures' && !failure) return undefined;
  mkdirSync(RESULTS_DIR, { recursive: true });
  // On CI as JPEG: a full-page PNG of a long page takes 1-2 s to encode, JPEG at quality 80
  // about a third of that. Locally PNG, which every image viewer (and review tool) shows.
  const jpeg = process.env.CI === 'true';
  const path = resolve(RESULTS_DIR, `${name}.${jpeg ? 'jpg' : 'png'}`);
  await page.screenshot(jpeg ? { path, fullPage: true, type: 'jpeg', quality: 80 } : { path, fullPage: true });
  return path;
}

/** One browser suite: the built app served on demo data, a page, and the steps every suite uses. */
export interface BrowserSuite {
  readonly server: WebServer;
  readonly page: Page;
  /** Opens a path and waits for its heading. */
  open(path: string): Promise<void>;
  /** Zero axe-core violations on the page, and a screenshot under test-results/. */
  check(name: string): Promise<void>;
  /** Signs in with the demo password and waits for the home page. */
  login(username: string): Promise<void>;
}

/**
 * Registers the suite's beforeAll/afterAll (call it inside `describe`): starts the server on
 * the built web app (with `clock`, time can be moved) and opens a page in Chromium.
 */
export function browserSuite(options: { clock?: Clock; screenshotPrefix?: string; defaultTimeout?: number } = {}): BrowserSuite {
  let server: WebServer | undefined;
  let browser: Browser | undefined;
  let page: Page | undefined;

  beforeAll(async () => {
    server = await startServer(builtWebRoot(), options.clock !== undefined ? { clock: options.clock } : {});
    browser = await launchBrowser();
    page = await browser.context.newPage();
    if (options.defaultTimeout !== undefined) page.setDefaultTimeout(options.defaultTimeout);
  });

  // A failed test leaves a picture of where it stood, whatever SCREENSHOTS keeps otherwise.
  afterEach(async (context) => {
    if (context.task.result?.state !== 'fail' || page === undefined || page.isClosed()) return;
    const name = `FAILED-${options.screenshotPrefix ?? ''}${context.task.name}`.replace(/[^\p{L}\p{N}-]+/gu, '-').slice(0, 120);
    await screenshot(page, name, true).catch(() => undefined);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`the browser suite has no ${what} yet (use it inside a test or a later hook)`);
    return value;
  };
  const suite: BrowserSuite = {
    get server() {
      return started(server, 'server');
    },
    get page() {
      return started(page, 'page');
    },
    async open(path) {
      await suite.page.goto(`${suite.server.url}${path}`);
      await appReady(suite.page);
      await suite.page.locator('h1').first().waitFor();
    },
    async check(name) {
      await suite.page.locator('[role="status"]:has-text("Bezig met laden")').waitFor({ state: 'detached' });
      const violations = await axeViolations(suite.page);
      await screenshot(suite.page, `${options.screenshotPrefix ?? ''}${name}`, violations.length > 0);
      expect(describeViolations(violations), name).toEqual([]);
    },
    async login(username) {
      await suite.open('/login');
      await suite.page.getByRole('heading', { level: 1, name: 'Aanmelden' }).waitFor();
      await suite.page.getByLabel('Gebruikersnaam (e-mailadres)').fill(username);
      await suite.page.getByLabel('Wachtwoord').fill(DEMO_PASSWORD);
      await suite.page.getByRole('button', { name: 'Aanmelden' }).click();
      await suite.page.getByRole('heading', { level: 1, name: 'Mijn werk' }).waitFor();
    },
  };
  return suite;
}
