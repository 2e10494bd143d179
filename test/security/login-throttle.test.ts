import { beforeAll, expect, it } from 'vitest';
import { TestClock } from '../../src/domain/clock.js';
import { type App, buildApp } from '../../src/server/app.js';
import { type AccountsPort, storeAccounts } from '../../src/server/auth/accounts.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import type { Store } from '../../src/store/index.js';
import { describeEachDatabase } from '../store/databases.js';
import { browser } from './harness.js';

/**
 * Issue 11, reproduction 3: 200 parallel logins for one account were all checked. The
 * throttle counts in the database before the password check; here every password check is
 * counted where it happens (the account lookup right before it) and in the history.
 */
describeEachDatabase('login throttle in the database', (database) => {
  const clock = new TestClock('2026-03-02T09:00:00Z');
  const PASSWORD = 'een goed wachtwoord';
  let stores: Store[] = [];
  let apps: App[] = [];
  let checks = 0;

  const counting = (accounts: AccountsPort): AccountsPort => ({
    ...accounts,
    byUsername: (username) => {
      checks++;
      return accounts.byUsername(username);
    },
  });

  beforeAll(async () => {
    // Two server processes of one database: each its own store (pool) and its own app.
    stores = [await database.open({ now: () => clock.now() }), await database.open({ now: () => clock.now() })];
    apps = await Promise.all(stores.map((store) => buildApp({ store, clock, accounts: counting(storeAccounts(store)) })));
    await stores[0]?.users.create({ email: 'sara.hr@example.be', name: 'Sara HR', passwordHash: await hashPassword(PASSWORD) });
    await stores[0]?.users.create({ email: 'jan@example.be', name: 'Jan', passwordHash: await hashPassword(PASSWORD) });
  }, 60_000);

  const login = (app: App, username: string, password: string, remoteAddress: string) =>
    app.inject({ method: 'POST', url: '/api/login', headers: browser(), remoteAddress, payload: { username, password } });

  const failedLogins = async () => (await stores[0]!.history.list({ action: 'login-failed' })).length;

  /** The next test starts after every window has passed. */
  const nextWindow = () => clock.advance({ minutes: 16 });

  it('200 parallel wrong logins for one account (case, spaces and Unicode variants, 200 addresses) get at most 5 password checks', async () => {
    nextWindow();
    checks = 0;
    const before = await failedLogins();
    const variants = ['sara.hr@example.be', ' SARA.HR@example.be', 'Sara.Hr@Example.BE  ', 'sara.hr@example.be'.normalize('NFD')];
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => login(apps[0]!, variants[i % variants.length]!, i === 150 ? PASSWORD : `fout ${i}`, `10.0.${Math.floor(i / 250)}.${i % 250}`)),
    );
    const codes = answers.map((a) => a.statusCode);
    expect(checks).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 401 || c === 200).length).toBeLessThanOrEqual(5);
    expect(codes.filter((c) => c === 429).length).toBeGreaterThanOrEqual(195);
    expect(codes.every((c) => c === 401 || c === 200 || c === 429)).toBe(true);
    expect((await failedLogins()) - before).toBeLessThanOrEqual(5);
  }, 60_000);

  it('200 parallel wrong logins for 200 accounts from one address get at most 20 password checks', async () => {
    nextWindow();
    checks = 0;
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => login(apps[0]!, `gok${i}@example.be`, 'fout', '192.0.2.7')));
    expect(checks).toBeLessThanOrEqual(20);
    expect(answers.filter((a) => a.statusCode === 429).length).toBeGreaterThanOrEqual(180);
    const blocked = answers.find((a) => a.statusCode === 429);
    expect(blocked?.json().detail).toContain('vanaf dit adres');
  }, 60_000);

  it('two server processes on one database share the count: 200 parallel wrong logins, 100 on each, get at most 5 password checks', async () => {
    nextWindow();
    checks = 0;
    const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => login(apps[i % 2]!, 'jan@example.be', 'fout', `10.1.${Math.floor(i / 250)}.${i % 250}`)));
    expect(checks).toBeLessThanOrEqual(5);
    expect(answers.filter((a) => a.statusCode === 429).length).toBeGreaterThanOrEqual(195);
    // Blocked on both processes, even with the right password, until the window passes.
    for (const app of apps) expect((await login(app, 'jan@example.be', PASSWORD, '10.9.9.9')).statusCode).toBe(429);
    nextWindow();
    expect((await login(apps[1]!, 'jan@example.be', PASSWORD, '10.9.9.9')).statusCode).toBe(200);
  }, 60_000);

  it('a success clears the account on every process, and old counter rows are swept', async () => {
    nextWindow();
    for (let i = 0; i < 4; i++) expect((await login(apps[0]!, 'jan@example.be', 'fout', '10.2.0.1')).statusCode).toBe(401);
    expect((await login(apps[1]!, 'jan@example.be', PASSWORD, '10.2.0.1')).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(apps[1]!, 'jan@example.be', 'fout', '10.2.0.2')).statusCode).toBe(401);
    expect((await login(apps[0]!, 'jan@example.be', 'fout', '10.2.0.3')).statusCode).toBe(429);
    nextWindow();
    expect(await stores[0]!.loginAttempts.sweep(clock.now())).toBeGreaterThan(0);
  }, 60_000);
});

describeEachDatabase('login throttle behind a reverse proxy', (database) => {
  it('with trustProxy the forwarded address is counted; without it X-Forwarded-For is ignored', async () => {
    const clock = new TestClock('2026-03-02T09:00:00Z');
    const store = await database.open({ now: () => clock.now() });
    const behindProxy = await buildApp({ store, clock, accounts: storeAccounts(store), trustProxy: '127.0.0.1', loginLimits: { perAccount: { limit: 50, windowMs: 60_000 }, perAddress: { limit: 2, windowMs: 60_000 } } });
    const direct = await buildApp({ store, clock, accounts: storeAccounts(store), loginLimits: { perAccount: { limit: 50, windowMs: 60_000 }, perAddress: { limit: 2, windowMs: 60_000 } } });
    const login = (app: App, forwardedFor: string) =>
      app.inject({ method: 'POST', url: '/api/login', remoteAddress: '127.0.0.1', headers: { ...browser(), 'x-forwarded-for': forwardedFor }, payload: { username: 'x@example.be', password: 'fout' } });
    // Behind the proxy: two clients, each with its own count.
    for (const client of ['203.0.113.1', '203.0.113.1', '203.0.113.2', '203.0.113.2']) expect((await login(behindProxy, client)).statusCode).toBe(401);
    expect((await login(behindProxy, '203.0.113.1')).statusCode).toBe(429);
    // Directly: a client naming other addresses in X-Forwarded-For is still counted under the socket's address.
    clock.advance({ minutes: 2 });
    for (const client of ['198.51.100.1', '198.51.100.2']) expect((await login(direct, client)).statusCode).toBe(401);
    expect((await login(direct, '198.51.100.3')).statusCode).toBe(429);
    await behindProxy.close();
    await direct.close();
  }, 60_000);
});
