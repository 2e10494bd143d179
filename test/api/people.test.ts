import { afterAll, beforeAll, expect, it } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import type { PersonHit } from '../../src/api/people.js';
import { describeEachDatabase } from '../store/databases.js';
import { type Harness, SEED_SOURCE, harness, seedFamily } from './harness.js';

/**
 * `GET /api/people` over HTTP on both databases: who may search whom (the harness callers:
 * HR and the validator of dfb, HR of afb, the appeal committee, a holder, the administrator),
 * the committee purpose, bad input, the cap; and the names in the FUBE view.
 */
describeEachDatabase('the people API', (database) => {
  let h: Harness;

  beforeAll(async () => {
    const { store } = database;
    const family = seedFamily();
    await store.families.saveDraft(family, SEED_SOURCE, 'test');
    await store.families.publish(family.id, family.version, 'test');
    await store.entities.save({ id: 'dfb', name: 'Departement Financiën en Begroting', units: [{ id: 'dfb-hrm', name: 'Afdeling HRM', parentId: null }] });
    await store.entities.save({ id: 'afb', name: 'Agentschap Facilitair Bedrijf', units: [{ id: 'afb-hr', name: 'HR', parentId: null }] });
    const people = [
      { id: 'p-an', name: 'An Peeters', entityId: 'dfb', unitId: 'dfb-hrm' },
      { id: 'p-chloe', name: 'Chloé Maes', entityId: 'dfb', unitId: 'dfb-hrm' },
      { id: 'p-mia', name: 'Mia Janssens', entityId: 'dfb', unitId: 'dfb-hrm' },
      { id: 'p-luc', name: 'Luc Leidend', entityId: 'dfb', unitId: null },
      { id: 'p-els', name: 'Élise Peeters', entityId: 'afb', unitId: 'afb-hr' },
      { id: 'p-tom', name: 'Tom Peeters', entityId: 'afb', unitId: 'afb-hr' },
    ];
    for (const p of people) await store.people.save({ ...p, email: null });
    for (let i = 1; i <= 25; i++) await store.people.save({ id: `p-x${i}`, name: `Medewerker ${String(i).padStart(2, '0')}`, email: null, entityId: 'dfb', unitId: null });
    await store.users.create({ email: 'els@afb.be', name: 'Élise', passwordHash: 'x', personId: 'p-els', trainedInMethod: true, roles: [{ role: 'hr', entityId: 'afb', unitId: null }, { role: 'admin', entityId: null, unitId: null }] });
    await store.users.create({ email: 'luc@dfb.be', name: 'Luc', passwordHash: 'x', personId: 'p-luc', roles: [{ role: 'validator', entityId: 'dfb', unitId: null }] });
    h = await harness(store);
  });
  afterAll(async () => {
    await h?.app.close();
  });

  const get = (url: string, as?: string) => h.app.inject({ method: 'GET', url, headers: as !== undefined ? { 'x-test-actor': as } : {} });
  const names = async (url: string, as: string) => {
    const response = await get(url, as);
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as PersonHit[]).map((p) => p.name);
  };

  it('HR finds the people of their own entity by part of the name, accents and case aside', async () => {
    expect(await names('/api/people?q=PEETERS', 'hr')).toEqual(['An Peeters']);
    expect(await names('/api/people?q=chloe', 'hr')).toEqual(['Chloé Maes']);
    expect(await names('/api/people?q=peeters', 'otherHr')).toEqual(['Élise Peeters', 'Tom Peeters']);
    expect(await names('/api/people?q=elise', 'otherHr')).toEqual(['Élise Peeters']);
    expect(await names('/api/people?q=peeters', 'admin')).toEqual(['An Peeters', 'Élise Peeters', 'Tom Peeters']);
  });

  it('answers at most 20 people', async () => {
    expect(await names('/api/people?q=medewerker', 'hr')).toHaveLength(20);
    expect(await names('/api/people?q=medewerker%2025', 'hr')).toEqual(['Medewerker 25']);
  });

  it('the committee purpose reaches the HR people of other entities, with the roles that matter for picking', async () => {
    const response = await get('/api/people?purpose=committee&q=peeters', 'validator');
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual([
      { id: 'p-an', name: 'An Peeters', entityId: 'dfb', unitId: 'dfb-hrm', roles: [], trainedInMethod: false },
      // The administrator grant of Élise is nobody's business here: only "hr" is shown.
      { id: 'p-els', name: 'Élise Peeters', entityId: 'afb', unitId: 'afb-hr', roles: ['hr'], trainedInMethod: true },
    ]);
    expect(await names('/api/people?purpose=committee&role=hr', 'validator')).toEqual(['Élise Peeters']);
    expect(await names('/api/people?purpose=committee&entityId=afb', 'validator')).toEqual(['Élise Peeters']);
    expect(await names('/api/people?role=validator', 'validator')).toEqual(['Luc Leidend']);
    // Without the purpose, the validator stays within dfb.
    expect(await names('/api/people?q=peeters', 'validator')).toEqual(['An Peeters']);
  });

  it('the appeal committee finds its members with the appeal-committee purpose only; nobody else may use it but the administrator', async () => {
    // An appeal committee for the whole organisation reaches everybody.
    expect(await names('/api/people?purpose=appeal-committee&q=peeters', 'committee')).toEqual(['An Peeters', 'Élise Peeters', 'Tom Peeters']);
    expect(await names('/api/people?purpose=appeal-committee&q=peeters', 'admin')).toEqual(['An Peeters', 'Élise Peeters', 'Tom Peeters']);
    for (const as of ['hr', 'validator', 'holder', 'otherHr']) expect((await get('/api/people?purpose=appeal-committee&q=peeters', as)).statusCode, as).toBe(403);
    expect([400, 422]).toContain((await get('/api/people?purpose=appeal-committee&q=peeters%00', 'committee')).statusCode);
  });

  it('refuses anonymous callers, roles that pick nobody, and the committee purpose to HR', async () => {
    expect((await get('/api/people?q=an')).statusCode).toBe(401);
    for (const as of ['holder', 'committee']) {
      const response = await get('/api/people?q=an', as);
      expect(response.statusCode).toBe(403);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    expect((await get('/api/people?purpose=committee', 'hr')).statusCode).toBe(403);
  });

  it('names what is wrong in a bad query', async () => {
    for (const [query, path] of [['role=admin', 'role'], ['purpose=iedereen', 'purpose'], [`q=${'x'.repeat(101)}`, 'q']] as const) {
      const response = await get(`/api/people?${query}`, 'hr');
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect((response.json() as { errors: { path: string }[] }).errors.map((e) => e.path)).toContain(path);
    }
  });

  it('the FUBE view carries the names of its holders and manager; an unknown person is refused', async () => {
    const create = (holderIds: string[]) =>
      h.app.inject({
        method: 'POST',
        url: '/api/fubes',
        headers: { 'x-test-actor': 'hr', 'content-type': 'application/json' },
        payload: JSON.stringify({ familyId: 'organisatieondersteunende-functies', title: 'Adviseur', entityId: 'dfb', unitId: 'dfb-hrm', holderIds, managerId: 'p-mia' }),
      });
    const unknown = await create(['p-an', 'p-onbekend']);
    expect(unknown.statusCode, unknown.body).toBe(422);
    expect((unknown.json() as { errors: { path: string; code: string }[] }).errors).toEqual([expect.objectContaining({ path: 'holderIds[1]', code: 'parties.unknown-person' })]);
    const created = await create(['p-an']);
    expect(created.statusCode, created.body).toBe(201);
    const id = (created.json() as FubeView).id;
    const view = (await get(`/api/fubes/${id}`, 'hr')).json() as FubeView;
    expect(view.people).toEqual([
      { id: 'p-an', name: 'An Peeters', entityId: 'dfb', unitId: 'dfb-hrm' },
      { id: 'p-mia', name: 'Mia Janssens', entityId: 'dfb', unitId: 'dfb-hrm' },
    ]);
  });

  it('a FUBE whose holder no longer exists stays editable; newly naming an unknown person is still refused', async () => {
    const { createFube } = await import('../../src/domain/fube/create-fube.js');
    const { initialState } = await import('../../src/domain/workflow/index.js');
    const created = createFube(seedFamily(), { title: 'Archivaris', entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-vertrokken'] });
    if (!created.ok) throw new Error('create failed');
    const record = await database.store.fubes.create(created.value, initialState(1), 'import');
    const put = (content: unknown) =>
      h.app.inject({ method: 'PUT', url: `/api/fubes/${record.id}`, headers: { 'x-test-actor': 'hr', 'content-type': 'application/json' }, payload: JSON.stringify({ baseRevision: record.revision, content }) });
    const title = await put({ ...record.content, title: 'Archivaris-documentalist' });
    expect(title.statusCode, title.body).toBe(200);
    const added = await put({ ...record.content, holderIds: ['p-vertrokken', 'p-ook-weg'] });
    expect(added.statusCode).toBe(409);
    const current = (await get(`/api/fubes/${record.id}`, 'hr')).json() as FubeView;
    const again = await h.app.inject({
      method: 'PUT',
      url: `/api/fubes/${record.id}`,
      headers: { 'x-test-actor': 'hr', 'content-type': 'application/json' },
      payload: JSON.stringify({ baseRevision: current.revision, content: { ...current.content, holderIds: ['p-vertrokken', 'p-ook-weg'] } }),
    });
    expect(again.statusCode).toBe(422);
    expect((again.json() as { errors: { path: string; code: string }[] }).errors).toEqual([expect.objectContaining({ path: 'content.holderIds[1]', code: 'parties.unknown-person' })]);
  });
});
