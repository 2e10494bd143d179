import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.js';
import { serve } from '../../src/server/serve.js';
import { openStore } from '../../src/store/index.js';
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
