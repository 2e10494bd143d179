/**
 * First load of the web app in Chromium on a warm server: the time from navigation until the
 * page's content is visible (its heading shown and nothing left "Laden…"), with an empty
 * browser cache each time, as a person opening a link would. Goal (issue 15): < 300 ms each,
 * read on the page's own clock (decision 0065); the harness's time and a static page's floor
 * are shown beside it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Browser, chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../test/browser/harness.js';
import { CHROMIUM_BROWSER_PATH } from '../test/support/environment.js';
import { startServeProcess, stopServeProcess } from './serve-process.js';
import type { BenchModule, Row } from './types.js';

const GOAL_MS = 300;
const RUNS = 7;

/** A port nobody listens on now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

/**
 * Runs in the page before its own scripts: notes, by the page's own clock (milliseconds since
 * navigation started), the first animation frame in which the content is there: a heading in
 * main, shown, and no loading hint left. That frame is the one painted next. It tells the harness
 * by a console message: waiting with Playwright's locators would inject Playwright's own
 * script into the page while it loads, ~90 ms of the page's main thread on a 2-core machine
 * that no visitor's browser spends.
 */
const CONTENT_WATCH = `(() => {
  const visible = () => {
    const h1 = document.querySelector('main h1');
    return h1 !== null && h1.getClientRects().length > 0 && document.querySelector('main [role="status"].wg-hint') === null;
  };
  const look = () => { if (visible()) console.debug('weegschaal:content-visible ' + performance.now()); else requestAnimationFrame(look); };
  requestAnimationFrame(look);
  new MutationObserver((_changes, observer) => {
    if (document.documentElement?.hasAttribute('data-app-ready') !== true) return;
    observer.disconnect();
    console.debug('weegschaal:app-ready ' + performance.now());
  }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app-ready'] });
})();`;

const CONTENT_MESSAGE = 'weegschaal:content-visible ';
/** The page's scripts have run and React has hydrated (or rendered) it: it answers input (src/web/app.tsx, AppReady). */
const READY_MESSAGE = 'weegschaal:app-ready ';

const rowsOf = (times: number[]) => ({ p50: median(times), max: Math.max(...times) });

/**
 * The goal is read on the page's own clock: from navigation start until the content is
 * painted. The harness's time (Playwright asks over its protocol whether the content is
 * there) is shown beside it, and the floor rows show both for a page that is only a heading.
 */
function firstLoadRows(name: string, inPage: number[], harness: number[], ready: number[]): Row[] {
  const page = rowsOf(inPage);
  const wall = rowsOf(harness);
  const running = rowsOf(ready);
  return [
    {
      name: `first load of ${name}: content painted, page clock (p50 of ${RUNS}, cold cache)`,
      value: Math.round(page.p50),
      unit: 'ms',
      note: `max ${Math.round(page.max)} ms; goal < ${GOAL_MS} ms: ${page.p50 < GOAL_MS ? 'met' : 'NOT met'}`,
    },
    {
      name: `first load of ${name}: as the harness sees it (p50)`,
      value: Math.round(wall.p50),
      unit: 'ms',
      note: `max ${Math.round(wall.max)} ms; from Playwright's goto to the page's message`,
    },
    {
      name: `first load of ${name}: page answers input, page clock (p50)`,
      value: Math.round(running.p50),
      unit: 'ms',
      note: `max ${Math.round(running.max)} ms; its scripts have run and React has hydrated it (no goal)`,
    },
  ];
}

interface LoadTimes {
  inPage: number[];
  harness: number[];
  /** The page clock when the app is running (none for the floor page, which has no app). */
  ready: number[];
}

/**
 * Opens `url` RUNS + 1 times, each in a new context (empty cache), until the content is
 * visible; both clocks of every run but the first (which warms the server).
 */
async function loadTimes(browser: Browser, url: string, cookies: { name: string; value: string; url: string }[] = [], withApp = true): Promise<LoadTimes> {
  const times: LoadTimes = { inPage: [], harness: [], ready: [] };
  for (let run = 0; run <= RUNS; run++) {
    const context = await browser.newContext({ locale: 'nl-BE' });
    await context.addCookies(cookies);
    const tab = await context.newPage();
    await tab.addInitScript(CONTENT_WATCH);
    const visible = tab.waitForEvent('console', { predicate: (message) => message.text().startsWith(CONTENT_MESSAGE), timeout: 30_000 });
    const ready = withApp
      ? tab.waitForEvent('console', { predicate: (message) => message.text().startsWith(READY_MESSAGE), timeout: 30_000 })
      : undefined;
    const started = performance.now();
    await tab.goto(url, { waitUntil: 'commit' });
    const message = await visible;
    const ms = performance.now() - started;
    const inPage = Number(message.text().slice(CONTENT_MESSAGE.length));
    if (!Number.isFinite(inPage)) throw new Error(`unexpected message: ${message.text()}`);
    const readyAt = ready === undefined ? undefined : Number((await ready).text().slice(READY_MESSAGE.length));
    if (run > 0) {
      times.harness.push(ms);
      times.inPage.push(inPage);
      if (readyAt !== undefined) times.ready.push(readyAt);
    }
    await context.close();
  }
  return times;
}

/** The same two clocks for a static page that is only a heading: what the browser and the harness cost by themselves. */
async function floorRows(browser: Browser): Promise<Row[]> {
  const server = createHttpServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end('<!doctype html><html lang="nl"><head><title>x</title></head><body><main><h1>Weegschaal</h1></main></body></html>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');
  let times: LoadTimes;
  try {
    times = await loadTimes(browser, `http://127.0.0.1:${address.port}/`, [], false);
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
  const page = rowsOf(times.inPage);
  const wall = rowsOf(times.harness);
  return [
    { name: 'floor: a static page with one heading, page clock (p50)', value: Math.round(page.p50), unit: 'ms', note: `max ${Math.round(page.max)} ms` },
    { name: 'floor: the same page as the harness sees it (p50)', value: Math.round(wall.p50), unit: 'ms', note: `max ${Math.round(wall.max)} ms` },
  ];
}

export const firstLoadBench: BenchModule = {
  name: 'first load',
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), 'weegschaal-first-load-'));
    const port = await freePort();
    const server = await startServeProcess(['--demo', '--build', '--db', join(dir, 'bench.db'), '--host', '127.0.0.1'], port);
    const base = `http://127.0.0.1:${port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM_BROWSER_PATH, headless: true, args: CHROMIUM_FLAGS });
    try {
      const login = await fetch(`${base}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', origin: base },
        body: JSON.stringify({ username: 'hr.dfb@demo.weegschaal', password: 'demo' }),
      });
      const cookie = login.headers.get('set-cookie')?.split(';')[0];
      if (!login.ok || cookie === undefined) throw new Error(`login failed: ${login.status}`);
      const fubes = (await (await fetch(`${base}/api/fubes?limit=1`, { headers: { cookie } })).json()) as { items?: { id: string }[] } | { id: string }[];
      const first = Array.isArray(fubes) ? fubes[0] : fubes.items?.[0];
      if (first === undefined) throw new Error('the demo has no FUBE');
      const [name, value] = cookie.split('=') as [string, string];
      const pages = [
        { name: 'home', path: '/' },
        { name: 'catalogue', path: '/catalogus' },
        { name: 'a FUBE', path: `/fubes/${encodeURIComponent(first.id)}` },
      ];
      const rows: Row[] = [];
      for (const page of pages) {
        const times = await loadTimes(browser, `${base}${page.path}`, [{ name, value, url: base }]);
        rows.push(...firstLoadRows(page.name, times.inPage, times.harness, times.ready));
      }
      rows.push(...(await floorRows(browser)));
      return rows;
    } finally {
      await browser.close();
      await stopServeProcess(server);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
