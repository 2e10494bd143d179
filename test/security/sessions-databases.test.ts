import { afterAll, beforeAll, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { type App, buildApp } from '../../src/server/app.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import type { Store } from '../../src/store/index.js';
import { describeEachDatabase } from '../store/databases.js';
import { browser, cookieFrom } from './harness.js';

/** Accounts and sessions on both databases: two app processes share one database's sessions. */
describeEachDatabase('sessions in the database', (database) => {
  const clock = new TestClock('2026-03-02T09:00:00Z');
  let stores: Store[] = [];
  let apps: App[] = [];
  beforeAll(async () => {
    stores = [await database.open({ now: () => clock.now() }), await database.open({ now: () => clock.now() })];
    apps = await Promise.all(stores.map((store) => buildApp({ store: store, clock, accounts: storeAccounts(store) })));
    await stores[0]?.entities.save({ id: 'dfb', name: 'Departement Financiën en Begroting', units: [] });
    await stores[0]?.users.create({
      email: 'Sara.HR@example.be',
      name: 'Sara HR',
      passwordHash: await hashPassword('een goed wachtwoord'),
      roles: [{ role: 'hr', entityId: 'dfb', unitId: null }],
    });
  }, 60_000);
  afterAll(async () => {
    for (const app of apps) await app.close();
  });

  it('a login on one process is a session on the other; logout on the other ends it for both', async () => {
    const [one, two] = apps as [App, App];
    const login = await one.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: 'sara.hr@example.be', password: 'een goed wachtwoord' } });
    expect(login.statusCode).toBe(200);
    const cookie = cookieFrom(login.headers['set-cookie']);
    const me = await two.inject({ method: 'GET', url: '/api/me', headers: browser(cookie) });
    expect(me.json()).toMatchObject({ username: 'sara.hr@example.be', roles: [{ role: 'hr', entityId: 'dfb', unitId: null }] });
    expect((await two.inject({ method: 'POST', url: '/api/logout', headers: browser(cookie) })).statusCode).toBe(204);
    expect((await one.inject({ method: 'GET', url: '/api/me', headers: browser(cookie) })).statusCode).toBe(401);
    const history = await stores[0]?.history.list({ subjectType: 'user' });
    expect(history?.map((e) => e.action)).toEqual(['login', 'logout']);
  });

  it('an idle session expires by the database time on either process', async () => {
    const [one, two] = apps as [App, App];
    const login = await one.inject({ method: 'POST', url: '/api/login', headers: browser(), payload: { username: 'sara.hr@example.be', password: 'een goed wachtwoord' } });
    const cookie = cookieFrom(login.headers['set-cookie']);
    clock.advance({ minutes: 31 });
    expect((await two.inject({ method: 'GET', url: '/api/me', headers: browser(cookie) })).statusCode).toBe(401);
  });
});
