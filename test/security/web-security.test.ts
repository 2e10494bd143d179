import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SecuredApp, browser, demoDatabase, securedApp } from './harness.js';

const HR = 'hr.dfb@demo.weegschaal';

let template: Awaited<ReturnType<typeof demoDatabase>>;
let s: SecuredApp;
beforeAll(async () => {
  template = await demoDatabase();
  s = await securedApp(template, { loginLimits: { perAccount: { limit: 3, windowMs: 60_000 }, perAddress: { limit: 6, windowMs: 60_000 } } });
}, 60_000);
afterAll(async () => {
  await s.close();
});

const login = (username: string, password: string, headers: Record<string, string> = browser()) =>
  s.app.inject({ method: 'POST', url: '/api/login', headers, payload: { username, password } });

describe('security headers', () => {
  it('every answer carries a CSP without inline scripts, frame-ancestors none, nosniff and a referrer policy; no HSTS over HTTP', async () => {
    for (const url of ['/api/health', '/api/fubes', '/api/bestaat-niet', '/']) {
      const response = await s.app.inject({ method: 'GET', url });
      const csp = String(response.headers['content-security-policy']);
      expect(csp, url).toMatch(/script-src 'self'(;|$)/);
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options'], url).toBe('nosniff');
      expect(response.headers['x-frame-options'], url).toBe('DENY');
      expect(response.headers['referrer-policy'], url).toBe('same-origin');
      expect(response.headers['strict-transport-security'], url).toBeUndefined();
      // Set by @fastify/helmet beside ours: no MIME sniffing downloads, no cross-domain policies.
      expect(response.headers['x-permitted-cross-domain-policies'], url).toBe('none');
      expect(response.headers['permissions-policy'], url).toBe('camera=(), microphone=(), geolocation=()');
    }
  });

  it('the API reference keeps its own stricter CSP (no script attributes), never one that allows inline scripts', async () => {
    const response = await s.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(response.statusCode).toBe(200);
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("script-src-attr 'none'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    expect(response.headers['x-frame-options']).toBe('DENY');
  });
});

describe('cross-site request forgery', () => {
  it('a write with the session cookie from another site is refused, from our own site it passes', async () => {
    const cookie = await s.login(HR);
    const evil = await s.app.inject({ method: 'POST', url: '/api/logout', headers: { ...browser(cookie), origin: 'https://aanvaller.example' } });
    expect(evil.statusCode).toBe(403);
    expect(evil.headers['content-type']).toContain('application/problem+json');
    expect(evil.json().detail).toBe('aanvragen van https://aanvaller.example worden niet aanvaard');
    const evilEn = await s.app.inject({ method: 'POST', url: '/api/logout', headers: { ...browser(cookie), origin: 'https://aanvaller.example', 'accept-language': 'en' } });
    expect(evilEn.json().detail).toBe('requests from https://aanvaller.example are not accepted');
    // Still logged in: the forged logout did nothing.
    expect((await s.app.inject({ method: 'GET', url: '/api/me', headers: browser(cookie) })).statusCode).toBe(200);
    const viaReferer = await s.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie, host: 'localhost:80', referer: 'https://aanvaller.example/pagina' } });
    expect(viaReferer.statusCode).toBe(403);
    const nullOrigin = await s.app.inject({ method: 'POST', url: '/api/logout', headers: { ...browser(cookie), origin: 'null' } });
    expect(nullOrigin.statusCode).toBe(403);
  });

  it('a write with the session cookie but without Origin or Referer is refused', async () => {
    const cookie = await s.login(HR);
    const bare = await s.app.inject({ method: 'POST', url: '/api/logout', headers: { cookie } });
    expect(bare.statusCode).toBe(403);
    const own = await s.app.inject({ method: 'POST', url: '/api/logout', headers: browser(cookie) });
    expect(own.statusCode).toBe(204);
  });

  it('a login posted from another site is refused (login CSRF)', async () => {
    const response = await login(HR, 'demo', { ...browser(), origin: 'https://aanvaller.example' });
    expect(response.statusCode).toBe(403);
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('reading needs no Origin (GET is safe)', async () => {
    const cookie = await s.login(HR);
    expect((await s.app.inject({ method: 'GET', url: '/api/me', headers: { cookie, origin: 'https://aanvaller.example' } })).statusCode).toBe(200);
  });
});

describe('login rate limiting', () => {
  it('after 3 failures an account is blocked with 429 and Retry-After, even for the right password, until the window passes', async () => {
    const user = 'lezer@demo.weegschaal';
    for (let i = 0; i < 3; i++) expect((await login(user, 'fout')).statusCode).toBe(401);
    const blocked = await login(user, 'demo');
    expect(blocked.statusCode).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(60);
    expect(blocked.json()).toMatchObject({ status: 429, title: 'Te veel mislukte aanmeldpogingen' });
    expect(blocked.json().detail).toContain('voor deze gebruiker');
    s.clock.set(new Date(s.clock.now().getTime() + 61_000));
    expect((await login(user, 'demo')).statusCode).toBe(200);
  });

  it('one address trying many accounts is blocked too', async () => {
    const headers = browser();
    const start = s.clock.now().getTime();
    for (let i = 0; i < 6; i++) expect((await login(`gok${i}@x.be`, 'fout', headers)).statusCode).toBe(401);
    const blocked = await login('beheerder@demo.weegschaal', 'demo', headers);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().detail).toContain('vanaf dit adres');
    s.clock.set(new Date(start + 61_000));
  });
});

describe('request bodies and errors', () => {
  it('a login body over 16 kB is refused with 413 before it is parsed', async () => {
    const response = await login(HR, 'x'.repeat(20_000));
    expect(response.statusCode).toBe(413);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });

  it('a body over 5 MB is refused on every route', async () => {
    const cookie = await s.login(HR);
    const response = await s.app.inject({
      method: 'POST',
      url: '/api/fubes',
      headers: { ...browser(cookie), 'content-type': 'application/json' },
      payload: `{"title":"${'x'.repeat(6 * 1024 * 1024)}"}`,
    });
    expect(response.statusCode).toBe(413);
  });

  it('an error inside the server answers a generic 500 without stack trace or SQL', async () => {
    const cookie = await s.login(HR);
    // Break the database under the running app: every query now fails inside the store.
    await s.store.db.schema.alterTable('fubes').renameTo('fubes_weg').execute();
    try {
      const response = await s.app.inject({ method: 'GET', url: '/api/fubes', headers: browser(cookie) });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toMatch(/select|from|sqlite|fubes_weg|no such table|at .*\.ts:\d+/i);
      expect(response.json()).toEqual({ type: '/api/problems/internal', title: 'Interne fout', status: 500, detail: 'er ging iets mis op de server; de fout is gelogd' });
    } finally {
      await s.store.db.schema.alterTable('fubes_weg').renameTo('fubes').execute();
    }
  });
});
