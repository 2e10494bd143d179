import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, buildApp } from '../../src/server/app.js';
import { storeAccounts } from '../../src/server/auth/accounts.js';
import { type Store, openStore } from '../../src/store/index.js';
import { type SecuredApp, browser, demoDatabase, securedApp } from './harness.js';

/**
 * Two server processes on one SQLite file (here: two stores and two apps in one test
 * process, each with its own connections). Sessions and FUBE stamps are read through the
 * store's hot reads, which keep results until the database changes: what one process
 * writes must count in the other from its next request on.
 */
const HR = 'hr.dfb@demo.weegschaal';
const ADMIN = 'beheerder@demo.weegschaal';

/** Requests that arrive later are read in a later turn of the event loop. */
const nextRequest = () => new Promise((resolve) => setImmediate(resolve));

describe('two server processes on one SQLite file', () => {
  let a: SecuredApp;
  let otherStore: Store;
  let b: App;

  beforeAll(async () => {
    a = await securedApp(await demoDatabase());
    otherStore = await openStore({ file: a.file, now: () => a.clock.now() });
    b = await buildApp({ store: otherStore, clock: a.clock, accounts: storeAccounts(otherStore) });
  });
  afterAll(async () => {
    await b.close();
    await otherStore.close();
    await a.close();
  });

  const me = (app: App, cookie: string) => app.inject({ method: 'GET', url: '/api/me', headers: browser(cookie) });

  it('a logout in one process ends the session in the other', async () => {
    const cookie = await a.login(HR);
    expect((await me(a.app, cookie)).statusCode).toBe(200);
    expect((await me(b, cookie)).statusCode).toBe(200);
    // Asked again, both answer from what they keep.
    expect((await me(a.app, cookie)).statusCode).toBe(200);
    const out = await b.inject({ method: 'POST', url: '/api/logout', headers: browser(cookie) });
    expect(out.statusCode).toBeLessThan(300);
    expect((await me(b, cookie)).statusCode).toBe(401);
    await nextRequest();
    expect((await me(a.app, cookie)).statusCode).toBe(401);
  });

  it('a role taken away in one process no longer counts in the other', async () => {
    const cookie = await a.login(ADMIN);
    expect((await a.app.inject({ method: 'GET', url: '/api/history', headers: browser(cookie) })).statusCode).toBe(200);
    const user = await otherStore.users.byEmail(ADMIN);
    if (user === undefined) throw new Error('no demo admin');
    await otherStore.users.addRole(user.id, { role: 'reader', entityId: null, unitId: null });
    expect(await otherStore.users.removeRole(user.id, { role: 'admin', entityId: null, unitId: null })).toBe(true);
    await nextRequest();
    const after = await a.app.inject({ method: 'GET', url: '/api/history', headers: browser(cookie) });
    expect(after.statusCode).toBe(403);
    const roles = (await me(a.app, cookie)).json<{ roles: { role: string }[] }>().roles.map((r) => r.role);
    expect(roles).toEqual(['reader']);
  });

  it('a FUBE changed in one process is served changed by the other', async () => {
    const cookie = await a.login(HR);
    const list = await a.app.inject({ method: 'GET', url: '/api/fubes?state=draft', headers: browser(cookie) });
    const draft = list.json<{ items: { id: string }[] }>().items[0];
    if (draft === undefined) throw new Error('no draft FUBE in the demo data');
    const url = `/api/fubes/${draft.id}`;
    const before = (await a.app.inject({ method: 'GET', url, headers: browser(cookie) })).json<{ revision: number; content: { specificKnowledge: string } }>();
    // Read twice, so process A holds the serialised view and the stamp.
    expect((await a.app.inject({ method: 'GET', url, headers: browser(cookie) })).json()).toMatchObject({ revision: before.revision });

    const content = { ...before.content, specificKnowledge: `${before.content.specificKnowledge}\nGewijzigd in het andere proces.` };
    const put = await b.inject({ method: 'PUT', url, headers: browser(cookie), payload: { baseRevision: before.revision, content, reason: 'ander proces' } });
    expect(put.statusCode).toBe(200);
    await nextRequest();

    const after = (await a.app.inject({ method: 'GET', url, headers: browser(cookie) })).json<{ revision: number; content: { specificKnowledge: string } }>();
    expect(after.revision).toBe(before.revision + 1);
    expect(after.content.specificKnowledge).toContain('Gewijzigd in het andere proces.');
  });
});
