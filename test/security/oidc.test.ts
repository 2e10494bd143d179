import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OidcSettings, readCookieSecret, readOidcSettings } from '../../src/server/auth/oidc.js';
import {
  OIDC_CLIENT_ID as CLIENT_ID,
  type TestProvider,
  freePort,
  startOidcProvider,
} from '../support/oidc-provider.js';
import { SESSION_COOKIE_SHAPE, setCookieParts } from '../support/set-cookie.js';
import { type SecuredApp, demoDatabase, securedApp } from './harness.js';

/**
 * Single sign-on against a real OpenID Connect provider (oidc-provider) on loopback: the
 * whole authorisation code flow with PKCE over HTTP, through the provider's own login and
 * consent pages, like a browser with a cookie jar would.
 */

/** The provider's users: the subject and the claims it vouches for. */
const PEOPLE: Record<string, { email?: string; email_verified?: boolean }> = {
  'sub-hr': { email: 'HR.DFB@demo.weegschaal', email_verified: true },
  'sub-lezer': { email: 'lezer@demo.weegschaal', email_verified: true },
  'sub-onbekend': { email: 'niemand@elders.example', email_verified: true },
  'sub-onbevestigd': { email: 'functiehouder@demo.weegschaal', email_verified: false },
  'sub-zonder-mail': {},
};

/** A browser's cookie jar, small: per host (ports share cookies, as in browsers), by path. */
class CookieJar {
  private readonly cookies = new Map<string, { value: string; path: string }>();

  header(url: URL): string {
    return [...this.cookies.entries()]
      .filter(([key, c]) => key.startsWith(`${url.hostname}|`) && url.pathname.startsWith(c.path))
      .map(([key, c]) => `${key.split('|')[1] ?? ''}=${c.value}`)
      .join('; ');
  }

  store(url: URL, response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair = '', ...attributes] = line.split(';').map((p) => p.trim());
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq);
      const attr = (n: string) => attributes.find((a) => a.toLowerCase().startsWith(`${n}=`))?.slice(n.length + 1);
      const expires = attr('expires');
      const gone = attr('max-age') === '0' || (expires !== undefined && new Date(expires).getTime() <= Date.now());
      const key = `${url.hostname}|${name}`;
      if (gone) this.cookies.delete(key);
      else this.cookies.set(key, { value: pair.slice(eq + 1), path: attr('path') ?? '/' });
    }
  }

  has(host: string, name: string): boolean {
    return this.cookies.has(`${host}|${name}`);
  }

  value(host: string, name: string): string | undefined {
    return this.cookies.get(`${host}|${name}`)?.value;
  }

  /** What a visitor who edits their own cookie does. */
  replace(host: string, name: string, value: string): void {
    const cookie = this.cookies.get(`${host}|${name}`);
    if (cookie !== undefined) this.cookies.set(`${host}|${name}`, { ...cookie, value });
  }
}

/** A request with the jar's cookies (and `extraCookie`, a cookie the browser already had); never follows redirects. */
async function get(jar: CookieJar, url: URL, init: RequestInit = {}, extraCookie?: string): Promise<Response> {
  const cookie = [extraCookie, jar.header(url)].filter((c) => c !== undefined && c !== '').join('; ');
  const response = await fetch(url, {
    ...init,
    redirect: 'manual',
    headers: { ...(init.headers as Record<string, string>), ...(cookie !== '' ? { cookie } : {}) },
  });
  jar.store(url, response);
  return response;
}

let template: Awaited<ReturnType<typeof demoDatabase>>;
let provider: TestProvider;
let issuer: string;
let settings: OidcSettings;
let weegschaal: SecuredApp;
let base: URL;

beforeAll(async () => {
  template = await demoDatabase();
  const appPort = await freePort();
  base = new URL(`http://127.0.0.1:${appPort}/`);
  provider = await startOidcProvider(new URL('/api/login/oidc/callback', base).href, PEOPLE);
  issuer = provider.issuer;
  settings = {
    issuer,
    clientId: CLIENT_ID,
    redirectUri: new URL('/api/login/oidc/callback', base).href,
    claim: 'email',
    scopes: ['openid', 'email'],
  };
  weegschaal = await securedApp(template, { oidc: settings });
  await weegschaal.app.listen({ port: appPort, host: '127.0.0.1' });
}, 120_000);

afterAll(async () => {
  await weegschaal.close();
  await provider.close();
});

type Step = { kind: 'login'; sub: string } | { kind: 'abort' };

/**
 * Starts at GET /api/login/oidc and follows redirects like a browser; on the provider's
 * login page it signs in as `sub` (or presses Cancel), on the consent page it agrees. Stops
 * at the redirect back to Weegschaal's callback and returns that URL without calling it.
 */
async function toCallback(jar: CookieJar, step: Step, next?: string): Promise<URL> {
  let url = new URL(`/api/login/oidc${next !== undefined ? `?next=${encodeURIComponent(next)}` : ''}`, base);
  let response = await get(jar, url);
  expect(response.status).toBe(302);
  for (let hops = 0; hops < 20; hops++) {
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location !== null) {
      url = new URL(location, url);
      if (url.origin === base.origin) return url;
      response = await get(jar, url);
      continue;
    }
    expect(response.status).toBe(200);
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (action === undefined || prompt === undefined)
      throw new Error(`no interaction form at ${url.href}: ${html.slice(0, 300)}`);
    if (prompt === 'login' && step.kind === 'abort') {
      const abort = /<a href="([^"]+)">\[ Cancel \]<\/a>/.exec(html)?.[1];
      if (abort === undefined) throw new Error('no cancel link on the login page');
      url = new URL(abort, url);
      response = await get(jar, url);
      continue;
    }
    const form = new URLSearchParams(
      prompt === 'login' && step.kind === 'login' ? { prompt, login: step.sub, password: 'willekeurig' } : { prompt },
    );
    url = new URL(action, url);
    response = await get(jar, url, {
      method: 'POST',
      body: form,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }
  throw new Error('too many redirects');
}

/** What the database holds that a login could change. */
function counts(): { sessions: number; history: number } {
  const db = new Database(weegschaal.file, { readonly: true });
  try {
    const one = (sql: string) => (db.prepare(sql).get() as { n: number }).n;
    return { sessions: one('select count(*) as n from sessions'), history: one('select count(*) as n from history') };
  } finally {
    db.close();
  }
}

const sessionCookieOf = (response: Response): string | undefined =>
  response.headers
    .getSetCookie()
    .find((c) => /^weegschaal_sessie=[A-Za-z0-9_-]{43};/.test(c))
    ?.split(';')[0];

async function me(cookie: string | undefined): Promise<Response> {
  return fetch(new URL('/api/me', base), { headers: cookie !== undefined ? { cookie } : {} });
}

describe('single sign-on with OpenID Connect against a real provider', () => {
  it('the login page learns that single sign-on is on', async () => {
    const response = await fetch(new URL('/api/login/options', base));
    expect(await response.json()).toEqual({ password: true, sso: true, demo: null });
  });

  it('the start redirects to the provider with PKCE (S256), state and nonce, and keeps them in a short-lived httpOnly cookie', async () => {
    const response = await fetch(new URL('/api/login/oidc', base), { redirect: 'manual' });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get('location') ?? '');
    expect(location.origin).toBe(issuer);
    expect(Object.fromEntries(location.searchParams)).toMatchObject({
      client_id: CLIENT_ID,
      response_type: 'code',
      redirect_uri: settings.redirectUri,
      code_challenge_method: 'S256',
      scope: 'openid email',
    });
    for (const p of ['code_challenge', 'state', 'nonce'])
      expect(location.searchParams.get(p)).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(response.headers.getSetCookie()).toHaveLength(1);
    // Signed by @fastify/cookie: the payload, a dot, the HMAC (base64 without padding).
    // The value as the browser reads it (percent-encoding of + and / in the signature undone).
    const parts = setCookieParts(response.headers.getSetCookie()[0] ?? '');
    expect({ ...parts, value: decodeURIComponent(String(parts.value)) }).toEqual({
      name: 'weegschaal_oidc',
      value: expect.stringMatching(/^[A-Za-z0-9_-]+\.[A-Za-z0-9+/]{43}$/),
      Path: '/api/login/oidc',
      HttpOnly: true,
      SameSite: 'Lax',
      'Max-Age': '600',
    });
    // The verifier never travels to the provider in the front channel.
    expect(location.href).not.toContain(response.headers.getSetCookie()[0]?.split(/[=;]/)[1] ?? 'x');
  });

  it('the whole code flow ends in a Weegschaal session that /api/me accepts; the old session ends; history says oidc', async () => {
    const jar = new CookieJar();
    const before = counts();
    // A password session first: single sign-on must rotate it away.
    const old = await weegschaal.login('lezer@demo.weegschaal');
    const callback = await toCallback(jar, { kind: 'login', sub: 'sub-hr' }, '/mijn-werk?tab=2');
    expect(callback.pathname).toBe('/api/login/oidc/callback');
    expect(callback.searchParams.get('code')).not.toBeNull();
    expect(callback.searchParams.get('iss')).toBe(issuer);
    const response = await get(jar, callback, {}, old);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/mijn-werk?tab=2');
    const cookie = sessionCookieOf(response);
    const session = response.headers.getSetCookie().find((c) => c.startsWith('weegschaal_sessie='));
    expect(setCookieParts(session ?? '')).toEqual({ ...SESSION_COOKIE_SHAPE, value: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
    expect(jar.has('127.0.0.1', 'weegschaal_oidc')).toBe(false);
    const who = await me(cookie);
    expect(who.status).toBe(200);
    expect(await who.json()).toMatchObject({
      username: 'hr.dfb@demo.weegschaal',
      roles: [{ role: 'hr', entityId: 'dfb' }],
    });
    expect((await me(old)).status).toBe(401);
    // One session more (the password one was 1 and is gone), and the login and the earlier password login in the history.
    expect(counts()).toEqual({ sessions: before.sessions + 1, history: before.history + 2 });
    const entries = await weegschaal.store.history.list();
    const login = entries.filter((e) => e.action === 'login').at(-1);
    expect(login?.data).toMatchObject({ method: 'oidc' });
    // The code is spent: the same callback again (even with a fresh transaction) gets no session.
    await toCallback(jar, { kind: 'login', sub: 'sub-hr' });
    const replay = await get(jar, callback);
    expect(replay.headers.get('location')).toBe('/login?sso=failed');
    expect(sessionCookieOf(replay)).toBeUndefined();
  }, 60_000);

  it('an edited or unsigned SSO cookie is not read: the callback starts no session and says the login expired', async () => {
    const jar = new CookieJar();
    const callback = await toCallback(jar, { kind: 'login', sub: 'sub-hr' }, '/mijn-werk');
    const signed = jar.value('127.0.0.1', 'weegschaal_oidc') ?? '';
    const dot = signed.lastIndexOf('.');
    expect(dot).toBeGreaterThan(0);
    const transaction = JSON.parse(Buffer.from(signed.slice(0, dot), 'base64url').toString('utf8')) as Record<string, string>;
    expect(transaction.next).toBe('/mijn-werk');
    const edited = Buffer.from(JSON.stringify({ ...transaction, next: '/beheer' }), 'utf8').toString('base64url');
    const before = counts();
    for (const forged of [`${edited}${signed.slice(dot)}`, edited, `${signed}x`]) {
      jar.replace('127.0.0.1', 'weegschaal_oidc', forged);
      const response = await get(jar, callback);
      expect(response.status).toBe(302);
      expect(response.headers.get('location')).toBe('/login?sso=expired');
      expect(sessionCookieOf(response)).toBeUndefined();
    }
    expect(counts().sessions).toBe(before.sessions);
  }, 60_000);

  it('a user the provider knows but Weegschaal does not gets no session and the login page says so', async () => {
    const jar = new CookieJar();
    const callback = await toCallback(jar, { kind: 'login', sub: 'sub-onbekend' });
    const before = counts();
    const response = await get(jar, callback);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?sso=unknown-user');
    expect(sessionCookieOf(response)).toBeUndefined();
    expect(counts()).toEqual({ sessions: before.sessions, history: before.history + 1 });
    const failed = (await weegschaal.store.history.list()).filter((e) => e.action === 'login-failed').at(-1);
    expect(failed?.data).toMatchObject({ method: 'oidc', reason: 'unknown-user', username: 'niemand@elders.example' });
  }, 60_000);

  it('a disabled account, an unverified e-mail address and a missing claim get no session', async () => {
    const reader = await weegschaal.store.users.byEmail('lezer@demo.weegschaal');
    await weegschaal.store.users.setDisabled(reader?.id ?? '', true);
    try {
      for (const [sub, code] of [
        ['sub-lezer', 'disabled'],
        ['sub-onbevestigd', 'no-claim'],
        ['sub-zonder-mail', 'no-claim'],
      ] as const) {
        const jar = new CookieJar();
        const callback = await toCallback(jar, { kind: 'login', sub });
        const sessions = counts().sessions;
        const response = await get(jar, callback);
        expect(response.headers.get('location'), sub).toBe(`/login?sso=${code}`);
        expect(sessionCookieOf(response)).toBeUndefined();
        expect(counts().sessions).toBe(sessions);
      }
    } finally {
      await weegschaal.store.users.setDisabled(reader?.id ?? '', false);
    }
  }, 60_000);

  it('a tampered state, a forged code or a callback without the transaction cookie stores nothing and redirects with an error', async () => {
    const jar = new CookieJar();
    const callback = await toCallback(jar, { kind: 'login', sub: 'sub-hr' });
    const before = counts();
    const cases: [string, URL, CookieJar, string][] = [];
    const tampered = new URL(callback);
    tampered.searchParams.set('state', `${callback.searchParams.get('state') ?? ''}x`);
    cases.push(['tampered state', tampered, jar, '/login?sso=failed']);
    // The failed attempt ended the transaction: even the genuine answer is now refused.
    cases.push(['genuine after a failed attempt', callback, jar, '/login?sso=expired']);
    const jar2 = new CookieJar();
    const callback2 = await toCallback(jar2, { kind: 'login', sub: 'sub-hr' });
    const forged = new URL(callback2);
    forged.searchParams.set('code', 'vervalst');
    cases.push(['forged code', forged, jar2, '/login?sso=failed']);
    const jar3 = new CookieJar();
    const callback3 = await toCallback(jar3, { kind: 'login', sub: 'sub-hr' });
    cases.push(['no transaction cookie', callback3, new CookieJar(), '/login?sso=expired']);
    const repeated = new URL(callback3);
    repeated.searchParams.append('state', 'tweede');
    cases.push(['repeated state', repeated, jar3, '/login?sso=failed']);
    for (const [name, url, cookies, expected] of cases) {
      const response = await get(cookies, url);
      expect(response.status, name).toBe(302);
      expect(response.headers.get('location'), name).toBe(expected);
      expect(sessionCookieOf(response), name).toBeUndefined();
    }
    expect(counts()).toEqual(before);
  }, 60_000);

  it('the provider answers error=access_denied (the user pressed Cancel): no session, the login page says so', async () => {
    const jar = new CookieJar();
    const callback = await toCallback(jar, { kind: 'abort' });
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const before = counts();
    const response = await get(jar, callback);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/login?sso=denied');
    expect(jar.has('127.0.0.1', 'weegschaal_oidc')).toBe(false);
    expect(counts()).toEqual(before);
  }, 60_000);

  it('the routes are in the OpenAPI document', async () => {
    const doc = (await (await fetch(new URL('/api/openapi.json', base))).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/login/options', '/api/login/oidc', '/api/login/oidc/callback']),
    );
  });
});

describe('single sign-on switched off or unreachable', () => {
  it('without settings the options say so and the start goes back to the login page', async () => {
    const off = await securedApp(template);
    try {
      expect((await off.app.inject({ url: '/api/login/options' })).json()).toEqual({ password: true, sso: false, demo: null });
      const start = await off.app.inject({ url: '/api/login/oidc' });
      expect(start.statusCode).toBe(302);
      expect(start.headers.location).toBe('/login?sso=unavailable');
    } finally {
      await off.close();
    }
  });

  it('a provider that does not answer: back to the login page, not a 500', async () => {
    const down = await securedApp(template, { oidc: { ...settings, issuer: `http://127.0.0.1:${await freePort()}` } });
    try {
      const start = await down.app.inject({ url: '/api/login/oidc' });
      expect(start.statusCode).toBe(302);
      expect(start.headers.location).toBe('/login?sso=unavailable');
    } finally {
      await down.close();
    }
  });
});

describe('single sign-on settings from the environment', () => {
  const origin = ['https://weegschaal.example'];
  it('is off without an issuer', () => {
    expect(readOidcSettings({}, origin)).toBeUndefined();
    expect(readOidcSettings({ WEEGSCHAAL_OIDC_ISSUER: ' ' }, origin)).toBeUndefined();
  });

  it('derives the redirect URI from the public origin, defaults to the email claim, always asks openid', () => {
    expect(
      readOidcSettings(
        {
          WEEGSCHAAL_OIDC_ISSUER: 'https://login.example/realm',
          WEEGSCHAAL_OIDC_CLIENT_ID: 'w',
          WEEGSCHAAL_OIDC_SCOPES: 'email profile',
        },
        origin,
      ),
    ).toEqual({
      issuer: 'https://login.example/realm',
      clientId: 'w',
      clientSecret: undefined,
      redirectUri: 'https://weegschaal.example/api/login/oidc/callback',
      claim: 'email',
      scopes: ['openid', 'email', 'profile'],
    });
  });

  it('the cookie key: the variable when set (at least 32 characters), else derived from the client secret alike in every process, else per process', () => {
    const sso = readOidcSettings({ WEEGSCHAAL_OIDC_ISSUER: 'https://login.example', WEEGSCHAAL_OIDC_CLIENT_ID: 'w', WEEGSCHAAL_OIDC_CLIENT_SECRET: 'geheim' }, origin);
    const key = 'k'.repeat(32);
    expect(readCookieSecret({ WEEGSCHAAL_COOKIE_SECRET: key }, sso)).toBe(key);
    expect(() => readCookieSecret({ WEEGSCHAAL_COOKIE_SECRET: 'kort' }, sso)).toThrow(/WEEGSCHAAL_COOKIE_SECRET moet minstens 32 tekens/);
    const derived = readCookieSecret({}, sso);
    expect(derived).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(readCookieSecret({}, sso)).toBe(derived);
    expect(derived).not.toContain('geheim');
    expect(readCookieSecret({}, { ...sso!, clientSecret: undefined })).toBeUndefined();
    expect(readCookieSecret({}, undefined)).toBeUndefined();
  });

  it('refuses settings that cannot work, naming the variable', () => {
    expect(() => readOidcSettings({ WEEGSCHAAL_OIDC_ISSUER: 'https://login.example' }, origin)).toThrow(
      /WEEGSCHAAL_OIDC_CLIENT_ID/,
    );
    expect(() =>
      readOidcSettings({ WEEGSCHAAL_OIDC_ISSUER: 'https://login.example', WEEGSCHAAL_OIDC_CLIENT_ID: 'w' }, []),
    ).toThrow(/WEEGSCHAAL_OIDC_REDIRECT_URI/);
    expect(() =>
      readOidcSettings({ WEEGSCHAAL_OIDC_ISSUER: 'http://login.example', WEEGSCHAAL_OIDC_CLIENT_ID: 'w' }, origin),
    ).toThrow(/WEEGSCHAAL_OIDC_ISSUER.*https/);
    expect(() =>
      readOidcSettings({ WEEGSCHAAL_OIDC_ISSUER: 'geen url', WEEGSCHAAL_OIDC_CLIENT_ID: 'w' }, origin),
    ).toThrow(/geen URL/);
  });
});
