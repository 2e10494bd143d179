import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '../../src/server/auth/passwords.js';
import { sessionId } from '../../src/server/auth/sessions.js';
import { type SecuredApp, browser, cookieFrom, demoDatabase, securedApp } from './harness.js';

const ADMIN = 'beheerder@demo.weegschaal';
const HR = 'hr.dfb@demo.weegschaal';

let template: Awaited<ReturnType<typeof demoDatabase>>;
let s: SecuredApp;
beforeAll(async () => {
  template = await demoDatabase();
  s = await securedApp(template);
}, 60_000);
afterAll(async () => {
  await s.close();
});

const me = (cookie?: string) => s.app.inject({ method: 'GET', url: '/api/me', headers: browser(cookie) });

describe('passwords', () => {
  it('are hashed with scrypt and a salt of their own: the same password hashes differently', async () => {
    const [a, b] = await Promise.all([hashPassword('geheim wachtwoord'), hashPassword('geheim wachtwoord')]);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(await verifyPassword('geheim wachtwoord', a)).toBe(true);
    expect(await verifyPassword('geheim wachtwoorD', a)).toBe(false);
    expect(await verifyPassword('x', 'plain-text')).toBe(false);
  });

  it('of the demo users are stored hashed, never in plain text', async () => {
    const user = await s.store.users.byEmail(ADMIN);
    expect(user?.passwordHash).toMatch(/^scrypt\$/);
    expect(user?.passwordHash).not.toContain('demo');
  });
});

describe('login and the session cookie', () => {
  it('a demo user logs in and is the caller of later requests', async () => {
    const response = await s.app.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: HR, password: 'demo' } });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { username: HR, roles: [{ role: 'hr', entityId: 'dfb', unitId: null }] } });
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/);
    const who = await me(cookieFrom(response.headers['set-cookie']));
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ username: HR, name: 'Hanne HR (DFB)' });
  });

  it('over HTTPS the cookie is Secure', async () => {
    const https = await securedApp(template, { security: { https: true } });
    try {
      const response = await https.app.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: HR, password: 'demo' } });
      expect(String(response.headers['set-cookie'])).toMatch(/; Secure/);
      expect(response.headers['strict-transport-security']).toMatch(/max-age=\d+/);
    } finally {
      await https.close();
    }
  });

  it('the database keeps a hash of the token, not the token', async () => {
    const cookie = await s.login(HR);
    const token = cookie.split('=')[1] ?? '';
    expect(await s.store.sessions.get(token)).toBeUndefined();
    expect(await s.store.sessions.get(sessionId(token))).toMatchObject({ userId: (await s.store.users.byEmail(HR))?.id });
  });

  it('a wrong password, an unknown user and an empty body are refused without saying which', async () => {
    const wrong = await s.app.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: ADMIN, password: 'fout' } });
    const unknown = await s.app.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: 'niemand@x.be', password: 'fout' } });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
    expect(wrong.headers['set-cookie']).toBeUndefined();
    const empty = await s.app.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: '', password: 'x' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors[0].path).toBe('username');
  });

  it('a login rotates the session: the token the browser had before no longer works', async () => {
    const first = await s.login(HR);
    const second = await s.app.inject({ method: 'POST', url: '/api/login', headers: browser(first), payload: { username: HR, password: 'demo' } });
    const rotated = cookieFrom(second.headers['set-cookie']);
    expect(rotated).not.toBe(first);
    expect((await me(first)).statusCode).toBe(401);
    expect((await me(rotated)).statusCode).toBe(200);
  });

  it('logout ends the session in the database and clears the cookie', async () => {
    const cookie = await s.login(HR);
    const out = await s.app.inject({ method: 'POST', url: '/api/logout', headers: browser(cookie) });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/Max-Age=0/);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('a session ends after 30 idle minutes, and after 10 hours however busy', async () => {
    const cookie = await s.login(HR);
    const start = s.clock.now().getTime();
    s.clock.set(new Date(start + 29 * 60_000));
    expect((await me(cookie)).statusCode).toBe(200);
    s.clock.set(new Date(start + 58 * 60_000));
    expect((await me(cookie)).statusCode).toBe(200);
    s.clock.set(new Date(start + 58 * 60_000 + 31 * 60_000));
    expect((await me(cookie)).statusCode).toBe(401);

    const busy = await s.login(HR);
    const loginAt = s.clock.now().getTime();
    for (let minutes = 20; minutes < 600; minutes += 20) {
      s.clock.set(new Date(loginAt + minutes * 60_000));
      expect((await me(busy)).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    s.clock.set(new Date(loginAt + 600 * 60_000));
    expect((await me(busy)).statusCode).toBe(401);
  });

  it('sessions are shared by server processes: another app on the same database knows the cookie', async () => {
    const cookie = await s.login(HR);
    const { openStore } = await import('../../src/store/index.js');
    const { buildApp } = await import('../../src/server/app.js');
    const { storeAccounts } = await import('../../src/server/auth/accounts.js');
    const other = await openStore({ file: s.file, now: () => s.clock.now() });
    const app = await buildApp({ store: other, clock: s.clock, accounts: storeAccounts(other) });
    try {
      const response = await app.inject({ method: 'GET', url: '/api/me', headers: browser(cookie) });
      expect(response.json()).toMatchObject({ username: HR });
    } finally {
      await app.close();
      await other.close();
    }
  });
});

describe('changing the password', () => {
  it('needs the current password, ends the other sessions and rotates this one', async () => {
    const user = 'lezer@demo.weegschaal';
    const elsewhere = await s.login(user);
    const here = await s.login(user);
    const wrong = await s.app.inject({ method: 'POST', url: '/api/me/password', headers: browser(here), payload: { current: 'fout', next: 'nieuw-wachtwoord' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].path).toBe('current');
    const weak = await s.app.inject({ method: 'POST', url: '/api/me/password', headers: browser(here), payload: { current: 'demo', next: 'kort' } });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({ path: 'next', message: expect.stringMatching(/^Te kort/) });
    const weakEn = await s.app.inject({ method: 'POST', url: '/api/me/password', headers: { ...browser(here), 'accept-language': 'en' }, payload: { current: 'demo', next: 'kort' } });
    expect(weakEn.json().errors[0]).toMatchObject({ path: 'next', message: expect.stringMatching(/^Too small/) });

    const changed = await s.app.inject({ method: 'POST', url: '/api/me/password', headers: browser(here), payload: { current: 'demo', next: 'nieuw-wachtwoord' } });
    expect(changed.statusCode).toBe(204);
    const rotated = cookieFrom(changed.headers['set-cookie']);
    expect((await me(elsewhere)).statusCode).toBe(401);
    expect((await me(here)).statusCode).toBe(401);
    expect((await me(rotated)).statusCode).toBe(200);
    await expect(s.login(user, 'demo')).rejects.toThrow(/401/);
    expect(await s.login(user, 'nieuw-wachtwoord')).toMatch(/^weegschaal_sessie=/);
  });
});

describe('the history of accounts', () => {
  it('records logins, failed logins, logouts and password changes with the actor, and the admin reads them with filters', async () => {
    const admin = await s.login(ADMIN);
    const list = async (query: string) => {
      const response = await s.app.inject({ method: 'GET', url: `/api/history?${query}`, headers: browser(admin) });
      expect(response.statusCode).toBe(200);
      return response.json() as { actorId: string; action: string; subjectId: string; data: Record<string, unknown> }[];
    };
    const failed = await list('action=login-failed');
    expect(failed.length).toBeGreaterThanOrEqual(2);
    expect(failed.find((e) => e.data.username === 'niemand@x.be')).toMatchObject({ actorId: 'anoniem', data: { reason: 'unknown-user' } });
    const adminId = (await s.store.users.byEmail(ADMIN))?.id ?? '';
    const ofAdmin = await list(`actor=${adminId}`);
    expect(ofAdmin.some((e) => e.action === 'login')).toBe(true);
    expect(ofAdmin.every((e) => e.actorId === adminId)).toBe(true);
    expect((await list('action=logout')).length).toBeGreaterThanOrEqual(1);
    expect((await list('action=password-changed')).length).toBe(1);
    const hr = await s.login(HR);
    expect((await s.app.inject({ method: 'GET', url: '/api/history', headers: browser(hr) })).statusCode).toBe(403);
  });
});
