import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CALLERS, type SecuredApp, browser, demoDatabase, draftOfDemoHolder, securedApp } from '../security/harness.js';

/**
 * Issue 13 item 4 over real HTTP on a SQLite file with the demo logins: workflow events
 * create notifications for exactly the people they wait on, in the event's transaction;
 * each user lists and marks only their own.
 */

type Role = keyof typeof CALLERS;
let app: SecuredApp;
const cookies = new Map<Role, string>();
let fubeId = '';

const get = async (role: Role) => {
  const response = await app.app.inject({ method: 'GET', url: '/api/notifications', headers: browser(cookies.get(role)) });
  expect(response.statusCode).toBe(200);
  return response.json() as { unread: number; items: { id: number; fubeId: string; kind: string; text: string; path: string; readAt: string | null }[] };
};
const post = (role: Role | null, url: string, payload: unknown, method: 'POST' | 'PUT' = 'POST') =>
  app.app.inject({ method, url, headers: browser(role === null ? undefined : cookies.get(role)), payload: payload as object });

beforeAll(async () => {
  const template = await demoDatabase();
  app = await securedApp(template);
  for (const role of Object.keys(CALLERS) as Role[]) cookies.set(role, await app.login(CALLERS[role]));
  fubeId = await draftOfDemoHolder(app.store);
}, 120_000);

afterAll(async () => {
  await app?.close();
});

describe('notifications of workflow events', () => {
  it('a proposal tells the holders it was sent to and convenes the validation committee of the entity, nobody else', async () => {
    const before = await app.store.fubes.get(fubeId);
    const response = await post('hrDfb', `/api/fubes/${fubeId}/transitions`, { baseRevision: before?.revision, action: { type: 'propose' } });
    expect(response.statusCode, response.body).toBe(200);
    const holder = await get('holder');
    expect(holder.unread).toBe(1);
    expect(holder.items[0]).toMatchObject({ fubeId, kind: 'proposal', path: `/mijn-functie/${fubeId}`, readAt: null });
    expect(holder.items[0]?.text).toContain(before?.content.title ?? '?');
    const committee = await get('committee');
    expect(committee.items).toMatchObject([{ fubeId, kind: 'committee-convened', path: `/fubes/${fubeId}` }]);
    await post('committee', '/api/notifications/read', {});
    for (const role of ['hrDfb', 'hrAfb', 'manager', 'validatorDfb', 'validatorAfb', 'reader', 'appealCommittee', 'admin'] as const)
      expect((await get(role)).unread, role).toBe(0);
  });

  // Who may read the holder's thread is told: HR of the entity and the FUBE's named manager
  // (the demo's unit manager is not the manager this FUBE names, so is not told).
  it('a remark tells HR of the entity, not the unit manager who may not read the thread, the holder who wrote it, nor another entity', async () => {
    const response = await post('holder', `/api/fubes/${fubeId}/remarks`, { text: 'Het budgetbeheer ontbreekt.' });
    expect(response.statusCode, response.body).toBe(201);
    expect((await get('hrDfb')).items[0]).toMatchObject({ fubeId, kind: 'remark', path: `/fubes/${fubeId}` });
    // The notice names the FUBE, never the remark's text.
    expect(JSON.stringify(await get('hrDfb'))).not.toContain('budgetbeheer');
    for (const role of ['hrAfb', 'manager', 'validatorDfb', 'reader', 'appealCommittee', 'admin'] as const) expect((await get(role)).unread, role).toBe(0);
    expect((await get('holder')).unread).toBe(1);
  });

  it('the notifications are written with the event: a refused step writes none', async () => {
    const count = async () => Number((await app.store.db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst())?.n);
    const before = await count();
    // A stale base revision: 409, nothing written.
    const stale = await post('hrDfb', `/api/fubes/${fubeId}/transitions`, { baseRevision: 1, action: { type: 'withdraw-proposal', motivation: 'x' } });
    expect(stale.statusCode).toBe(409);
    const refused = await post('holder', `/api/fubes/${fubeId}/remarks`, { text: '' });
    expect(refused.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('the texts follow the request language', async () => {
    const response = await app.app.inject({ method: 'GET', url: '/api/notifications', headers: { ...browser(cookies.get('holder')), 'accept-language': 'en' } });
    expect((response.json() as { items: { text: string }[] }).items[0]?.text).toMatch(/^A function description was proposed to you/);
  });
});

describe('marking read, hostile', () => {
  it('anonymous callers get 401 on every notification route', async () => {
    expect((await app.app.inject({ method: 'GET', url: '/api/notifications', headers: browser() })).statusCode).toBe(401);
    expect((await post(null, '/api/notifications/read', {})).statusCode).toBe(401);
    expect((await post(null, '/api/me/language', { language: 'en' }, 'PUT')).statusCode).toBe(401);
  });

  it("another user's notification ids change nothing", async () => {
    const hrNotice = (await get('hrDfb')).items[0];
    const response = await post('holder', '/api/notifications/read', { ids: [hrNotice?.id] });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ marked: 0, unread: 1 });
    expect((await get('hrDfb')).unread).toBe(1);
  });

  it('bad bodies are refused: strings, negative, oversized lists, extra fields, control characters', async () => {
    for (const payload of [{ ids: ['1'] }, { ids: [-1] }, { ids: [1.5] }, { ids: Array.from({ length: 501 }, (_, i) => i + 1) }, { ids: [1], userId: 'u' }, { ids: '1\u0000' }]) {
      const response = await post('holder', '/api/notifications/read', payload);
      expect([400, 422], JSON.stringify(payload).slice(0, 60)).toContain(response.statusCode);
    }
    expect((await get('holder')).unread).toBe(1);
    for (const payload of [{ language: 'fr' }, { language: 'en\u0000' }, { language: 'en', userId: 'x' }]) expect([400, 422]).toContain((await post('holder', '/api/me/language', payload, 'PUT')).statusCode);
  });

  it('the owner marks one read, then all', async () => {
    const own = (await get('holder')).items[0];
    const one = await post('holder', '/api/notifications/read', { ids: [own?.id] });
    expect(one.json()).toEqual({ marked: 1, unread: 0 });
    expect((await get('holder')).items[0]?.readAt).not.toBeNull();
    const unread = (await get('hrDfb')).unread;
    expect(unread).toBeGreaterThan(0);
    const all = await post('hrDfb', '/api/notifications/read', {});
    expect(all.json()).toEqual({ marked: unread, unread: 0 });
  });

  it('a user chooses English for their e-mail', async () => {
    const response = await post('holder', '/api/me/language', { language: 'en' }, 'PUT');
    expect(response.statusCode).toBe(200);
    const user = await app.store.users.byEmail(CALLERS.holder);
    const row = await app.store.db.selectFrom('users').select('language').where('id', '=', user?.id ?? '').executeTakeFirst();
    expect(row?.language).toBe('en');
  });
});

describe('the thread answers its holder', () => {
  it('an answer to the remark and a talk recorded as held tell the holder of the thread, nobody else', async () => {
    const holderPerson = (await app.store.users.byEmail(CALLERS.holder))?.personId ?? '';
    await post('holder', '/api/notifications/read', {});
    const others = ['hrAfb', 'manager', 'validatorDfb', 'reader', 'appealCommittee', 'admin', 'committee'] as const;
    const unreadBefore = new Map(await Promise.all(others.map(async (role) => [role, (await get(role)).unread] as const)));
    let record = await app.store.fubes.get(fubeId);
    const answer = await post('hrDfb', `/api/fubes/${fubeId}/transitions`, { baseRevision: record?.revision, action: { type: 'answer-remark', holderId: holderPerson, text: 'We passen het aan.' } });
    expect(answer.statusCode, answer.body).toBe(200);
    const holder = await get('holder');
    expect(holder.items[0]).toMatchObject({ fubeId, kind: 'remark-answered', path: `/mijn-functie/${fubeId}`, readAt: null });
    // The notice says that it was answered, never the answer.
    expect(JSON.stringify(holder)).not.toContain('We passen het aan');
    record = await app.store.fubes.get(fubeId);
    const asked = await post('holder', `/api/fubes/${fubeId}/transitions`, { baseRevision: record?.revision, action: { type: 'request-talk', note: 'Graag een gesprek.' } });
    expect(asked.statusCode, asked.body).toBe(200);
    record = await app.store.fubes.get(fubeId);
    const held = await post('hrDfb', `/api/fubes/${fubeId}/transitions`, { baseRevision: record?.revision, action: { type: 'record-talk', holderId: holderPerson, note: 'Gesprek gehouden.' } });
    expect(held.statusCode, held.body).toBe(200);
    expect((await get('holder')).items[0]).toMatchObject({ fubeId, kind: 'talk-recorded', path: `/mijn-functie/${fubeId}` });
    expect((await get('holder')).unread).toBe(2);
    for (const role of others) expect((await get(role)).unread, role).toBe(unreadBefore.get(role));
  });
});
