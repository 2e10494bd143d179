/**
 * First load of the web app in Chromium on a warm server: the time from navigation until the
 * page's content is visible (its heading shown and nothing left "Laden…"), with an empty
 * browser cache each time, as a person opening a link would. Goal (issue 15): < 300 ms each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_FLAGS } from '../test/browser/harness.js';
import { CHROMIUM_PATH } from '../test/support/environment.js';
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

export const firstLoadBench: BenchModule = {
  name: 'first load',
  async run(): Promise<Row[]> {
    const dir = mkdtempSync(join(tmpdir(), 'weegschaal-first-load-'));
    const port = await freePort();
    const server = await startServeProcess(['--demo', '--build', '--db', join(dir, 'bench.db'), '--host', '127.0.0.1'], port);
    const base = `http://127.0.0.1:${port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_FLAGS });
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
        const times: number[] = [];
        for (let run = 0; run <= RUNS; run++) {
          const context = await browser.newContext({ locale: 'nl-BE' });
          await context.addCookies([{ name, value, url: base }]);
          const tab = await context.newPage();
          const started = performance.now();
          await tab.goto(`${base}${page.path}`, { waitUntil: 'commit' });
          await tab.locator('main h1').first().waitFor({ state: 'visible' });
          await tab.waitForFunction(() => document.querySelector('main [role="status"].wg-hint') === null);
          const ms = performance.now() - started;
          if (run > 0) times.push(ms); // run 0 warms the server
          await context.close();
        }
        const p50 = median(times);
        rows.push({
          name: `first load of ${page.name}, content visible (p50 of ${RUNS}, cold cache)`,
          value: Math.round(p50),
          unit: 'ms',
          note: `max ${Math.round(Math.max(...times))} ms; goal < ${GOAL_MS} ms: ${p50 < GOAL_MS ? 'met' : 'NOT met'}`,
        });
      }
      return rows;
    } finally {
      await browser.close();
      await stopServeProcess(server);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
