import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_META } from '../../src/api/first-pages.js';
import { type App, buildApp } from '../../src/server/app.js';
import type { Caller } from '../../src/server/context.js';
import { loadDemo } from '../../src/store/demo.js';
import { type Store, openStore } from '../../src/store/index.js';
import { SEED_SOURCE, seedFamily } from './harness.js';

/**
 * The page the server answers for the web app (issue 15 item 9, decision 0065): the session in
 * a meta element, the chunks of the page the path opens as modulepreload links, never cached by
 * a shared cache. Built on a web root with a hand-written Vite manifest, so every link is known.
 */
const dir = mkdtempSync(join(tmpdir(), 'weegschaal-web-shell-'));
const INDEX = `<!doctype html><html lang="nl-BE"><head><title>Weegschaal</title><script type="module" crossorigin src="/assets/index-E.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-V.js"></head><body><div id="root"></div></body></html>`;
const MANIFEST = {
  'index.html': { file: 'assets/index-E.js', isEntry: true, imports: ['_vendor-V.js'] },
  '_vendor-V.js': { file: 'assets/vendor-V.js' },
  '_table-T.js': { file: 'assets/table-T.js', imports: ['_vendor-V.js'], css: ['assets/table-T.css'] },
  '_deadline-D.js': { file: 'assets/deadline-D.js', imports: ['_table-T.js', '_vendor-V.js'] },
  'pages/home-page.tsx': { file: 'assets/home-page-H.js', imports: ['_vendor-V.js', '_deadline-D.js', '_table-T.js'] },
  'pages/welcome-page.tsx': { file: 'assets/welcome-page-W.js', imports: ['_vendor-V.js'] },
  'fube/fube-page.tsx': { file: 'assets/fube-page-F.js', imports: ['_table-T.js'] },
  'pages/catalogue-page.tsx': { file: 'assets/catalogue-page-C.js' },
  'pages/login-page.tsx': { file: 'assets/login-page-L.js', imports: ['_vendor-V.js'] },
};
// A name that would break out of an attribute or a head if it were not escaped.
const NASTY = 'Ann "An" <script>alert(1)</script> & Co\'s';
const CALLER: Caller = {
  userId: 'u-ann',
  username: 'ann@x',
  name: NASTY,
  personId: 'p-ann',
  entityId: 'dfb',
  roles: [{ role: 'hr', entityId: 'dfb', unitId: null }],
};

let store: Store;
let app: App;
beforeAll(async () => {
  const web = join(dir, 'web');
  mkdirSync(join(web, '.vite'), { recursive: true });
  writeFileSync(join(web, 'index.html'), INDEX);
  writeFileSync(join(web, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  store = await openStore({ file: ':memory:' });
  app = await buildApp({
    store,
    webRoot: web,
    resolveActor: (request) => (request.headers['x-test-actor'] === 'ann' ? CALLER : null),
  });
});
afterAll(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

const page = async (url: string, signedIn: boolean) =>
  app.inject({ url, headers: signedIn ? { 'x-test-actor': 'ann' } : {} });

/** The session as the page carries it: the meta element's content, unescaped as a browser would. */
function metaSession(html: string): unknown {
  const match = new RegExp(`<meta name="${SESSION_META}" content="([^"]*)">`).exec(html);
  if (match === null) throw new Error('no session meta element');
  const text = match[1]!
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return JSON.parse(text);
}
const dataPreloads = (html: string) =>
  [...html.matchAll(/<link rel="preload" as="fetch" crossorigin href="([^"]+)">/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
const preloads = (html: string) =>
  [...html.matchAll(/<link rel="(modulepreload|stylesheet)" crossorigin href="([^"]+)">/g)].map((m) => m[2]);

describe('the web app page the server answers', () => {
  it('holds the session exactly as GET /api/session answers it, for an anonymous visitor and for a signed-in user', async () => {
    for (const signedIn of [false, true]) {
      const html = await page('/', signedIn);
      const api = await app.inject({ url: '/api/session', headers: signedIn ? { 'x-test-actor': 'ann' } : {} });
      expect(html.statusCode).toBe(200);
      expect(metaSession(html.body)).toStrictEqual(api.json());
    }
    expect(metaSession((await page('/', true)).body)).toMatchObject({
      user: { name: NASTY, roles: [{ role: 'hr', entityId: 'dfb' }] },
    });
  });

  it('escapes the session: a name with quotes, tags and ampersands stays inside its attribute', async () => {
    const html = (await page('/catalogus', true)).body;
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('"An"');
    // One script element: the entry Vite wrote.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.indexOf(`name="${SESSION_META}"`)).toBeLessThan(html.indexOf('</head>'));
  });

  it("names the chunks of the page the path opens, with everything they import, once, and not the entry's own", async () => {
    const home = preloads((await page('/', true)).body);
    expect(home).toStrictEqual([
      '/assets/vendor-V.js',
      '/assets/home-page-H.js',
      '/assets/deadline-D.js',
      '/assets/table-T.js',
      '/assets/table-T.css',
    ]);
    expect(preloads((await page('/', false)).body)).toStrictEqual(['/assets/vendor-V.js', '/assets/welcome-page-W.js']);
    expect(preloads((await page('/fubes/f-1', true)).body)).toStrictEqual([
      '/assets/vendor-V.js',
      '/assets/fube-page-F.js',
      '/assets/table-T.js',
      '/assets/table-T.css',
    ]);
    expect(preloads((await page('/fubes/f-1/weging', true)).body)).toContain('/assets/fube-page-F.js');
    expect(preloads((await page('/catalogus?q=jurist', true)).body)).toContain('/assets/catalogue-page-C.js');
    // The print view and pages that are not first pages get only the entry's links.
    for (const url of ['/fubes/f-1/print', '/families', '/login'])
      expect(preloads((await page(url, true)).body), url).toStrictEqual(['/assets/vendor-V.js']);
    // An anonymous visitor of a page that needs a login is sent to the login page: that is named, not the page.
    for (const url of ['/catalogus', '/fubes/f-1', '/mijn-functie/f-1', '/login'])
      expect(preloads((await page(url, false)).body), url).toStrictEqual(['/assets/vendor-V.js', '/assets/login-page-L.js']);
  });

  it("names the API reads the page starts at once (preload as fetch, the client's mode), for a signed-in user only", async () => {
    const home = dataPreloads((await page('/', true)).body);
    expect(home).toStrictEqual(['/api/my-work', '/api/notifications', '/api/my-work/pay', '/api/families']);
    expect(dataPreloads((await page('/catalogus?q=co%C3%B6rdinator&class=15%2F16&x=1', true)).body)).toStrictEqual([
      '/api/families',
      '/api/entities',
      // Only the catalogue's own filters, in its order, as the page asks (the page number added).
      '/api/fubes?q=co%C3%B6rdinator&class=15%2F16&page=1',
    ]);
    // A FUBE that is not there (this store has none) is not named: the page asks itself and shows why.
    expect(dataPreloads((await page('/fubes/f-1/weging', true)).body)).toStrictEqual([]);
    expect(dataPreloads((await page('/fubes/%E0%A4%A', true)).body)).toStrictEqual([]);
    // A search that would leave the attribute is escaped.
    const nasty = (await page('/catalogus?q=%22%3E%3Cscript%3E', true)).body;
    expect(dataPreloads(nasty)).toContain('/api/fubes?q=%22%3E%3Cscript%3E&page=1');
    expect(nasty.match(/<script/g)).toHaveLength(1);
    // Anonymous visitors and pages without first reads get none.
    for (const url of ['/', '/catalogus', '/fubes/f-1']) expect(dataPreloads((await page(url, false)).body), url).toStrictEqual([]);
    for (const url of ['/fubes/f-1/print', '/families', '/matrix']) expect(dataPreloads((await page(url, true)).body), url).toStrictEqual([]);
  });

  it("names a FUBE page's FUBE and family version, read as the caller may read the FUBE: nothing for a FUBE the caller cannot open", async () => {
    const demo = await openStore({ file: ':memory:' });
    const family = seedFamily();
    await demo.families.saveDraft(family, SEED_SOURCE, 'test');
    await demo.families.publish(family.id, family.version, 'test');
    await loadDemo(demo, family, { now: new Date('2026-11-29T09:00:00Z'), hashPassword: (p) => `plain:${p}` });
    const web = await buildApp({ store: demo, webRoot: join(dir, 'web'), resolveActor: (request) => (request.headers['x-test-actor'] === 'ann' ? CALLER : null) });
    try {
      const fubes = await demo.fubes.summaries();
      const own = fubes.find((f) => f.entityId === 'dfb');
      const other = fubes.find((f) => f.entityId === 'afb');
      if (own === undefined || other === undefined) throw new Error('the demo has FUBEs in both entities');
      const reads = async (url: string, signedIn = true) => dataPreloads((await web.inject({ url, headers: signedIn ? { 'x-test-actor': 'ann' } : {} })).body);
      const familyUrl = `/api/families/${encodeURIComponent(family.id)}/versions/${family.version}`;
      expect(await reads(`/fubes/${encodeURIComponent(own.id)}`)).toStrictEqual([`/api/fubes/${encodeURIComponent(own.id)}`, familyUrl]);
      expect(await reads(`/mijn-functie/${encodeURIComponent(own.id)}`)).toStrictEqual([`/api/fubes/${encodeURIComponent(own.id)}`, familyUrl]);
      // HR of DFB does not open an AFB FUBE: the page names nothing (a preloaded 404 would be fetched twice).
      expect((await web.inject({ url: `/api/fubes/${encodeURIComponent(other.id)}`, headers: { 'x-test-actor': 'ann' } })).statusCode).toBe(404);
      expect(await reads(`/fubes/${encodeURIComponent(other.id)}`)).toStrictEqual([]);
      expect(await reads(`/mijn-functie/${encodeURIComponent(other.id)}`)).toStrictEqual([]);
      expect(await reads(`/fubes/${encodeURIComponent(own.id)}`, false)).toStrictEqual([]);
    } finally {
      await web.close();
      await demo.close();
    }
  });

  it('answers HEAD like GET, and files that are not there (an old asset, /favicon.ico) with 404, not with a page', async () => {
    const head = await app.inject({ method: 'HEAD', url: '/', headers: { 'x-test-actor': 'ann' } });
    expect(head.statusCode).toBe(200);
    expect(head.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(head.body).toBe('');
    for (const url of ['/favicon.ico', '/robots.txt', '/assets/index-OLD.js', '/assets/deep/x']) {
      const missing = await page(url, true);
      expect(missing.statusCode, url).toBe(404);
      expect(missing.headers['content-type'], url).toMatch(/problem\+json/);
      expect(missing.body, url).not.toContain(SESSION_META);
    }
  });

  it('when the session cannot be read (the database is gone), the page comes without it and the app asks for it itself', async () => {
    const web = join(dir, 'web');
    const lost = await openStore({ file: ':memory:' });
    const broken = await buildApp({ store: lost, webRoot: web, resolveActor: () => CALLER });
    try {
      await lost.close();
      const html = await broken.inject({ url: '/catalogus' });
      expect(html.statusCode).toBe(200);
      expect(html.body).toContain('<div id="root">');
      expect(html.body).not.toContain(SESSION_META);
      // Not knowing who it is, the server names the signed-in page's chunks (the likelier one).
      expect(preloads(html.body)).toContain('/assets/catalogue-page-C.js');
    } finally {
      await broken.close();
    }
  });

  it('is personal: private, stored by no cache (a page from the history never brings back an ended session), varying with the cookie; /api stays problem+json', async () => {
    const html = await page('/catalogus', true);
    expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(html.headers['cache-control']).toBe('private, no-store');
    expect(html.headers.vary).toMatch(/cookie/i);
    const api = await app.inject({ url: '/api/bestaat-niet', headers: { 'x-test-actor': 'ann' } });
    expect(api.statusCode).toBe(404);
    expect(api.headers['content-type']).toMatch(/problem\+json/);
  });

  it('without a manifest the pages still carry the session, and no preload link', async () => {
    const web = join(dir, 'bare');
    mkdirSync(web, { recursive: true });
    writeFileSync(
      join(web, 'index.html'),
      '<!doctype html><html><head><title>Weegschaal</title></head><body></body></html>',
    );
    const bare = await buildApp({ store, webRoot: web });
    try {
      const html = (await bare.inject({ url: '/' })).body;
      expect(metaSession(html)).toStrictEqual({ user: null });
      expect(preloads(html)).toStrictEqual([]);
    } finally {
      await bare.close();
    }
  });
});
