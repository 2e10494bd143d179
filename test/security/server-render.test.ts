import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { LANGUAGE_COOKIE, SERVER_STATE_ID, SESSION_META } from '../../src/api/first-pages.js';
import { SERVER_RENDER_BUDGET_MS } from '../../src/server/server-render.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, securedApp } from './harness.js';

/**
 * Server rendering of a first page (decision 0069), seen from the server's side: what the page
 * renderer is given (which user, which answers, which language) and what the page around it
 * carries. The web root is written by hand with a renderer that reports its input, so every
 * byte of the page is known; the real renderer is tested in the browser project
 * (test/browser/server-render.test.ts).
 */
interface RenderCall {
  path: string;
  search: string;
  user: { username?: string } | null;
  locale: string;
  answers: { route: string; params?: Record<string, string>; data: unknown }[];
}
const calls: RenderCall[] = [];
(globalThis as { __serverRenderCalls?: RenderCall[] }).__serverRenderCalls = calls;

/** Text that would end the state's script element, open another, or break a JavaScript string, if the server did not escape it. */
const NASTY = '</script><script>alert(1)</script><!-- \u2028\u2029 & "quoted"';

const dir = mkdtempSync(join(tmpdir(), 'weegschaal-server-render-'));
const web = join(dir, 'web');
const INDEX = `<!doctype html><html lang="nl-BE"><head><title>Weegschaal</title><script type="module" crossorigin src="/assets/index-E.js"></script><link rel="modulepreload" crossorigin href="/assets/vendor-V.js"><link rel="stylesheet" crossorigin href="/assets/app-A.css"></head><body><div id="root"></div></body></html>`;
const MANIFEST = {
  'index.html': { file: 'assets/index-E.js', isEntry: true, imports: ['_vendor-V.js'], css: ['assets/app-A.css'] },
  '_vendor-V.js': { file: 'assets/vendor-V.js' },
  'pages/home-page.tsx': { file: 'assets/home-page-H.js', imports: ['_vendor-V.js'], css: ['assets/home-page-H.css'] },
  'pages/catalogue-page.tsx': { file: 'assets/catalogue-page-C.js' },
  'fube/fube-page.tsx': { file: 'assets/fube-page-F.js' },
};
/** A renderer that records what it was given; `?q=kapot` makes it fail. */
const RENDERER = `
export async function renderPage(input) {
  if (input.url.searchParams.get('q') === 'kapot') throw new Error('the renderer failed');
  if (input.url.searchParams.get('q') === 'traag') return new Promise(() => {});
  globalThis.__serverRenderCalls.push({
    path: input.url.pathname,
    search: input.url.search,
    user: input.user,
    locale: input.locale,
    answers: input.answers.map((a) => ({ route: a.read.route, params: a.read.params, data: a.data })),
  });
  return { html: '<main><h1>Weergegeven op de server</h1></main>', state: { queries: [], nasty: ${JSON.stringify(NASTY)} }, title: ${JSON.stringify(NASTY)} };
}`;

let template: Awaited<ReturnType<typeof demoDatabase>>;
let s: SecuredApp;
beforeAll(async () => {
  mkdirSync(join(web, '.vite'), { recursive: true });
  mkdirSync(join(web, 'assets'), { recursive: true });
  mkdirSync(join(web, '.server-render'), { recursive: true });
  writeFileSync(join(web, 'index.html'), INDEX);
  writeFileSync(join(web, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  writeFileSync(join(web, 'assets', 'app-A.css'), 'body{color:#123456}');
  writeFileSync(join(web, 'assets', 'home-page-H.css'), '.home{margin:0}');
  writeFileSync(join(web, '.server-render', 'server-render.js'), RENDERER);
  template = await demoDatabase();
  s = await securedApp(template, { webRoot: web });
}, 60_000);
afterAll(async () => {
  await s.close();
  rmSync(dir, { recursive: true, force: true });
});
beforeEach(() => {
  calls.length = 0;
});

const open = (url: string, cookie?: string, extra: Record<string, string> = {}) => s.app.inject({ method: 'GET', url, headers: { ...browser(cookie), ...extra } });
const api = async (url: string, cookie: string) => (await s.app.inject({ method: 'GET', url, headers: browser(cookie) })).json<unknown>();
/** The JSON in the page's state element, parsed as the web app parses it. */
function stateOf(html: string): unknown {
  const match = new RegExp(`<script type="application/json" id="${SERVER_STATE_ID}">([\\s\\S]*?)</script>`).exec(html);
  if (match === null) throw new Error('no state element');
  return JSON.parse(match[1]!);
}

describe('a first page rendered on the server', () => {
  it('is rendered with the answers this user gets from the API itself, and carries them for the browser', async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    const page = await open('/', cookie);
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('private, no-store');
    expect(page.body).toContain('<div id="root"><main><h1>Weergegeven op de server</h1></main></div>');
    expect(calls).toHaveLength(1);
    const call = calls[0]!;
    expect(call.user).toMatchObject({ username: CALLERS.hrDfb });
    expect(call.locale).toBe('nl');
    // Each read answered as this user's own request is answered.
    expect(call.answers.map((a) => a.route)).toStrictEqual(['myWork', 'notifications', 'myPayWork', 'families']);
    for (const answer of call.answers) {
      const url = { myWork: '/api/my-work', notifications: '/api/notifications', myPayWork: '/api/my-work/pay', families: '/api/families' }[answer.route as 'myWork'];
      expect(answer.data, answer.route).toStrictEqual(await api(url, cookie));
    }
    expect(stateOf(page.body)).toMatchObject({ locale: 'nl', state: { nasty: NASTY } });
  });

  it('escapes the state: text that would end the script element stays data, and the page has no script of its own', async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    const html = (await open('/catalogus', cookie)).body;
    expect(html).not.toContain('</script><script>alert');
    expect(html).not.toContain('<!--');
    // In the state's script (JavaScript once refused them in strings), the line separators are escapes.
    const script = new RegExp(`<script type="application/json" id="${SERVER_STATE_ID}">([\\s\\S]*?)</script>`).exec(html)?.[1] ?? '';
    expect(script).toContain('\\u2028');
    expect(script).not.toMatch(/[\u2028\u2029]/);
    // The entry Vite wrote and the state (JSON, which the browser does not run): nothing else.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).toContain(`<script type="application/json" id="${SERVER_STATE_ID}">`);
    expect((stateOf(html) as { state: { nasty: string } }).state.nasty).toBe(NASTY);
    // The page's title, as the page set it, stays text too: one title element, escaped.
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!-- \u2028\u2029 &amp; &quot;quoted&quot;</title>');
  });

  it('puts the style sheets in the page and names no script to preload (they load after the page is on screen)', async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    const rendered = (await open('/', cookie)).body;
    expect(rendered).toContain('<style data-href="/assets/app-A.css">body{color:#123456}</style>');
    expect(rendered).toContain('<style data-href="/assets/home-page-H.css">.home{margin:0}</style>');
    // Each sheet's link stays, disabled (not fetched): the chunk loader finds it and loads the sheet no second time.
    expect(rendered).toContain('<link rel="stylesheet" crossorigin href="/assets/app-A.css" disabled>');
    expect(rendered).toContain('<link rel="stylesheet" crossorigin href="/assets/home-page-H.css" disabled>');
    expect(rendered).not.toMatch(/rel="modulepreload"|rel="stylesheet" crossorigin href="[^"]*">/);
    expect(rendered).not.toMatch(/rel="preload" as="fetch"/);
    // A page the server does not render keeps its links: the print view, and any page for an anonymous visitor.
    for (const [url, who] of [['/families', cookie], ['/', undefined]] as const) {
      const plain = (await open(url, who)).body;
      expect(plain, url).toContain('<link rel="stylesheet" crossorigin href="/assets/app-A.css">');
      expect(plain, url).toContain('<link rel="modulepreload" crossorigin href="/assets/vendor-V.js">');
      expect(plain, url).not.toContain(SERVER_STATE_ID);
      expect(plain, url).toContain('<div id="root"></div>');
    }
    expect(calls).toHaveLength(1);
  });

  it('renders a list with exactly what the caller may see: a holder gets the holder\'s own catalogue', async () => {
    const cookie = await s.login(CALLERS.holder);
    await open('/catalogus?q=adviseur', cookie);
    const fubes = calls[0]?.answers.find((a) => a.route === 'fubes');
    expect(fubes?.data).toStrictEqual(await api('/api/fubes?q=adviseur&page=1', cookie));
    // A read the API refuses (a class that is no level: 400) is left out; the page asks itself and shows why.
    calls.length = 0;
    await open('/catalogus?class=15%2F17', cookie);
    expect(calls[0]?.answers.map((a) => a.route)).toStrictEqual(['families', 'entities']);
  });

  it("never renders a FUBE the caller may not open: HR of DFB on an AFB FUBE gets the bare page, with neither the FUBE nor its title", async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    const other = (await s.store.fubes.summaries()).find((f) => f.entityId === 'afb');
    if (other === undefined) throw new Error('the demo has an AFB FUBE');
    for (const url of [`/fubes/${encodeURIComponent(other.id)}`, `/fubes/${encodeURIComponent(other.id)}/weging`, `/mijn-functie/${encodeURIComponent(other.id)}`]) {
      const page = await open(url, cookie);
      expect(page.statusCode, url).toBe(200);
      expect(page.body, url).not.toContain(SERVER_STATE_ID);
      expect(page.body, url).not.toContain(other.title);
    }
    expect(calls).toHaveLength(0);
    // Its own FUBE is rendered, with the FUBE and the family version it was written against.
    const own = (await s.store.fubes.summaries()).find((f) => f.entityId === 'dfb');
    await open(`/fubes/${encodeURIComponent(own!.id)}`, cookie);
    expect(calls[0]?.answers.map((a) => a.route)).toStrictEqual(['fube', 'familyVersion']);
    expect(calls[0]?.answers[0]?.data).toStrictEqual(await api(`/api/fubes/${encodeURIComponent(own!.id)}`, cookie));
  });

  it('is not rendered for an anonymous visitor, a HEAD request, or a page without first reads', async () => {
    expect((await open('/catalogus')).body).not.toContain(SERVER_STATE_ID);
    const cookie = await s.login(CALLERS.hrDfb);
    const head = await s.app.inject({ method: 'HEAD', url: '/', headers: browser(cookie) });
    expect(head.statusCode).toBe(200);
    for (const url of ['/families', '/matrix', '/overzicht', '/fubes/bestaat-niet/print']) expect((await open(url, cookie)).body, url).not.toContain(SERVER_STATE_ID);
    expect(calls).toHaveLength(0);
  });

  it('renders in the language the user chose (its cookie), Dutch for anything else', async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    const english = await open('/', `${cookie}; ${LANGUAGE_COOKIE}=en`);
    expect(english.body).toMatch(/^<!doctype html><html lang="en-GB">/);
    expect(stateOf(english.body)).toMatchObject({ locale: 'en' });
    for (const value of ['xx', '', 'nl', '%3Cb%3E']) {
      const page = await open('/', `${cookie}; ${LANGUAGE_COOKIE}=${value}`);
      expect(page.body, value).toMatch(/^<!doctype html><html lang="nl-BE">/);
    }
    expect(calls.map((c) => c.locale)).toStrictEqual(['en', 'nl', 'nl', 'nl', 'nl']);
  });

  it('falls back to the page the browser renders when the renderer fails: the data preloaded, the session in it', async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    const page = await open('/catalogus?q=kapot', cookie);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.body).not.toContain(SERVER_STATE_ID);
    expect(page.body).toContain(`<meta name="${SESSION_META}"`);
    expect(page.body).toContain('<link rel="preload" as="fetch" crossorigin href="/api/fubes?q=kapot&amp;page=1">');
  });

  it('falls back the same way when rendering takes longer than its budget (a read or render that does not end)', async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    const started = Date.now();
    const page = await open('/catalogus?q=traag', cookie);
    expect(page.statusCode).toBe(200);
    expect(Date.now() - started).toBeLessThan(SERVER_RENDER_BUDGET_MS + 2000);
    expect(page.body).toContain('<div id="root"></div>');
    expect(page.body).not.toContain(SERVER_STATE_ID);
  });

  it('reads in the language of the page, not the browser\'s: a Dutch page gets Dutch notifications', async () => {
    const cookie = await s.login(CALLERS.holder);
    // A notification for the holder, whose text is made in the language asked for.
    const me = (await api('/api/session', cookie)) as { user: { id: string } };
    const fube = ((await api('/api/fubes', cookie)) as { items: { id: string; title: string }[] }).items[0]!;
    await s.store.notifications.add([{ userId: me.user.id, fubeId: fube.id, kind: 'proposal', data: { title: fube.title } }]);
    await open('/', cookie, { 'accept-language': 'en-GB,en;q=0.9' });
    const notifications = calls[0]?.answers.find((a) => a.route === 'notifications')?.data as { items: unknown[] } | undefined;
    const dutch = (await s.app.inject({ method: 'GET', url: '/api/notifications', headers: { ...browser(cookie), 'accept-language': 'nl-BE' } })).json<{ items: unknown[] }>();
    const english = (await s.app.inject({ method: 'GET', url: '/api/notifications', headers: { ...browser(cookie), 'accept-language': 'en-GB' } })).json<{ items: unknown[] }>();
    expect(dutch.items.length).toBeGreaterThan(0);
    expect(dutch).not.toStrictEqual(english);
    expect(notifications).toStrictEqual(dutch);
  });

  it("does not serve the build's own folders (the renderer, Vite's manifest), nor answer them with a page", async () => {
    const cookie = await s.login(CALLERS.hrDfb);
    for (const url of [
      '/.server-render/server-render.js',
      '/.vite/manifest.json',
      '/.server-render/',
      '/assets/../.server-render/server-render.js',
      '/%2eserver-render/server-render.js',
      '/%2Evite/manifest.json',
      '/assets/%2e%2e/.vite/manifest.json',
    ]) {
      const response = await open(url, cookie);
      expect(response.statusCode, url).toBe(404);
      expect(response.body, url).not.toContain('renderPage');
      expect(response.body, url).not.toContain('index.html');
      expect(response.body, url).not.toContain(SESSION_META);
    }
  });
});

describe('a server-render bundle that cannot be loaded', () => {
  it('does not keep the server from starting: its pages are rendered in the browser, and the failure is logged', async () => {
    const broken = join(dir, 'broken');
    mkdirSync(join(broken, '.vite'), { recursive: true });
    mkdirSync(join(broken, '.server-render'), { recursive: true });
    writeFileSync(join(broken, 'index.html'), INDEX);
    writeFileSync(join(broken, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
    writeFileSync(join(broken, '.server-render', 'server-render.js'), 'throw new Error("half-written bundle");');
    const logged: string[] = [];
    const other = await securedApp(template, {
      webRoot: broken,
      logger: { level: 'error', stream: { write: (line: string) => void logged.push(line) } },
    });
    try {
      const cookie = await other.login(CALLERS.hrDfb);
      const page = await other.app.inject({ method: 'GET', url: '/catalogus', headers: browser(cookie) });
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('<div id="root"></div>');
      expect(page.body).not.toContain(SERVER_STATE_ID);
      expect(logged.join('')).toContain('the server-render bundle cannot be loaded');
      expect(logged.join('')).toContain('half-written bundle');
    } finally {
      await other.close();
    }
  });
});
