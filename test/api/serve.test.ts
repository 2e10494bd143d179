import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { serve } from '../../src/server/serve.js';
import { openStore } from '../../src/store/index.js';
import { precompress } from '../../vite-precompress.js';
import { CLI_TIMEOUT, runCli } from '../cli/support.js';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-serve-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('weegschaal serve', () => {
  it('loads and publishes the families into a new database, adds the demo, listens and prints the URL and the logins', async () => {
    const lines: string[] = [];
    const server = await serve({ file: join(dir, 'serve.db'), port: 0, host: '127.0.0.1', demo: true, build: false, print: (line) => lines.push(line) });
    try {
      const health = await fetch(`${server.url}api/health`);
      expect(await health.json()).toMatchObject({ status: 'ok', database: 'sqlite' });
      const families = (await (await fetch(`${server.url}api/families`)).json()) as { id: string; status: string }[];
      expect(families).toContainEqual(expect.objectContaining({ id: 'organisatieondersteunende-functies', status: 'published' }));
      const output = lines.join('\n');
      expect(output).toContain(`Weegschaal draait op ${server.url}`);
      expect(output).toContain('beheerder@demo.weegschaal');
      expect(output).toMatch(/demogegevens geladen: 30/);
    } finally {
      await server.close();
    }
  });

  it('serves the built web app with a fallback to index.html outside /api', async () => {
    const web = join(dir, 'web');
    mkdirSync(web, { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>Weegschaal</title>');
    writeFileSync(join(web, 'app.js'), 'console.log(1)');
    const app = await buildApp({ store: await openStore({ file: ':memory:' }), webRoot: web });
    expect((await app.inject({ url: '/matrix' })).body).toContain('<title>Weegschaal</title>');
    expect((await app.inject({ url: '/app.js' })).body).toBe('console.log(1)');
    const api = await app.inject({ url: '/api/bestaat-niet' });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
    await app.close();
  });
});

describe('web assets', () => {
  it('the build writes .br and .gz beside every text file; hashed assets are sent precompressed and cached for a year, HTML is revalidated', async () => {
    const web = join(dir, 'web-compressed');
    mkdirSync(join(web, 'assets'), { recursive: true });
    const script = `export const text = ${JSON.stringify('functiebeschrijving '.repeat(400))};`;
    writeFileSync(join(web, 'index.html'), `<!doctype html><title>Weegschaal</title>${'<!-- x -->'.repeat(200)}`);
    writeFileSync(join(web, 'assets', 'index-AbC123.js'), script);
    writeFileSync(join(web, 'assets', 'tiny-AbC123.js'), 'export {}');
    const plugin = precompress();
    (plugin.configResolved as (c: unknown) => void)({ build: { outDir: web } });
    (plugin.closeBundle as () => void)();
    expect(brotliDecompressSync(readFileSync(join(web, 'assets', 'index-AbC123.js.br'))).toString()).toBe(script);
    expect(gunzipSync(readFileSync(join(web, 'assets', 'index-AbC123.js.gz'))).toString()).toBe(script);
    expect(existsSync(join(web, 'assets', 'tiny-AbC123.js.br')), 'files under 1 KiB stay as they are').toBe(false);

    const app = await buildApp({ store: await openStore({ file: ':memory:' }), webRoot: web });
    try {
      const br = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers['content-encoding']).toBe('br');
      expect(br.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(brotliDecompressSync(br.rawPayload).toString()).toBe(script);
      const gz = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers['content-encoding']).toBe('gzip');
      expect(gunzipSync(gz.rawPayload).toString()).toBe(script);
      const plain = await app.inject({ url: '/assets/index-AbC123.js', headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers['content-encoding']).toBeUndefined();
      expect(plain.body).toBe(script);
      // The file itself is revalidated; a page holds the session too, so no shared cache keeps it (web-shell.test.ts).
      expect((await app.inject({ url: '/index.html', headers: { 'accept-encoding': 'br' } })).headers['cache-control']).toBe('no-cache');
      for (const url of ['/', '/catalogus', '/fubes/abc']) {
        const html = await app.inject({ url, headers: { 'accept-encoding': 'br' } });
        expect(html.statusCode, url).toBe(200);
        expect(html.headers['cache-control'], url).toBe('private, no-store');
      }
    } finally {
      await app.close();
    }
  });
});

describe('weegschaal db init', () => {
  it('creates the database with the families, and adds the demo only to an empty one', { timeout: CLI_TIMEOUT }, async () => {
    const file = join(dir, 'init.db');
    const run = () => runCli(['db', 'init', '--demo', '--db', file]);
    const first = await run();
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain('families geladen en gepubliceerd: organisatieondersteunende-functies v1');
    expect(first.stdout).toMatch(/demogegevens geladen: 30 functiebeschrijvingen/);
    const second = await run();
    expect(second.code, second.stderr).toBe(0);
    expect(second.stdout).toContain('geen demogegevens: de databank bevat al gegevens');
    const store = await openStore({ file });
    expect(await store.fubes.summaries()).toHaveLength(30);
    await store.close();
  });
});
