import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Compare, FubeHistoryEvent, FubeView } from '../../src/api/fubes.js';
import type { HistoryEntry } from '../../src/api/history.js';
import type { Role } from '../../src/domain/access/index.js';
import { type App, buildApp } from '../../src/server/app.js';
import type { Caller } from '../../src/server/context.js';
import type { User } from '../../src/store/accounts-repository.js';
import { backends } from './backends.js';
import { FAMILY, type World, openWorld } from './procedure-harness.js';

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/**
 * Issue 15 item 5: names for people. The history and the revision comparison carry the names
 * of who acted and of the people, places and FUBEs their records point to, looked up by the
 * server, so that the web app never has to show an id. Here the callers are real accounts
 * (random UUIDs, as in production), so a name can only come from the accounts.
 */
for (const backend of backends) {
  describe(`names in the history on ${backend.name}`, () => {
    let w: World;
    let app: App;
    const accounts = new Map<string, User>();
    let source: FubeView;
    let copy: FubeView;
    const call = async (method: 'GET' | 'POST' | 'PUT', url: string, as: string, body?: unknown) =>
      app.inject({
        method,
        url,
        headers: { 'x-test-account': as, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
      });

    beforeAll(async () => {
      w = await openWorld(backend);
      const admin = await w.store.users.create({ email: 'ada@test.be', name: 'Ada Beheer', passwordHash: 'x', roles: [{ role: 'admin', entityId: null, unitId: null }] });
      for (const user of [...(await w.store.users.list()), admin]) accounts.set(user.name, user);
      // The caller is the account itself: its random id is what the history records.
      app = await buildApp({
        store: w.store,
        clock: w.clock,
        resolveActor: async (request): Promise<Caller | null> => {
          const user = accounts.get(String(request.headers['x-test-account']));
          if (user === undefined) return null;
          const roles = await w.store.users.roles(user.id);
          const person = user.personId === null ? undefined : await w.store.people.get(user.personId);
          return { userId: user.id, username: user.email, personId: user.personId, entityId: person?.entityId ?? null, name: user.name, roles: roles.map((r) => ({ ...r, role: r.role as Role })) };
        },
      });
      const created = await call('POST', '/api/fubes', 'Ines Intern', { familyId: FAMILY, title: 'Beleidsadviseur HRM', entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-an'], managerId: 'p-mia' });
      expect(created.statusCode, created.body).toBe(201);
      source = created.json() as FubeView;
      // Revision 2: a second holder and the purpose; then weighed, decided and proposed (a workflow step).
      const saved = await call('PUT', `/api/fubes/${source.id}`, 'Ines Intern', {
        baseRevision: source.revision,
        content: { ...source.content, holderIds: ['p-an', 'p-bert'], purpose: { what: 'Het HR-beleid voorbereiden', goal: 'het personeel goed te ondersteunen' } },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      source = saved.json() as FubeView;
      const values = Object.fromEntries(w.family.criteria.map((c) => [c.id, 1]));
      const weighed = await call('POST', `/api/fubes/${source.id}/weigh`, 'Ines Intern', { baseRevision: source.revision, values });
      expect(weighed.statusCode, weighed.body).toBe(200);
      const { revision, result } = weighed.json() as { revision: number; result: { level: number; class: number } };
      const current = (await call('GET', `/api/fubes/${source.id}`, 'Ines Intern')).json() as FubeView;
      const complete = await call('PUT', `/api/fubes/${source.id}`, 'Ines Intern', {
        baseRevision: revision,
        content: {
          ...current.content,
          resultAreas: current.content.resultAreas.map((a) => ({ ...a, goal: a.goal || 'de dienstverlening te verbeteren' })),
          specificKnowledge: 'Kennis van het Vlaams personeelsstatuut en de HR-processen van het departement.',
          decision: { level: result.level, class: result.class },
        },
      });
      expect(complete.statusCode, complete.body).toBe(200);
      const proposed = await call('POST', `/api/fubes/${source.id}/transitions`, 'Ines Intern', { baseRevision: (complete.json() as FubeView).revision, action: { type: 'propose' } });
      expect(proposed.statusCode, proposed.body).toBe(200);
      source = proposed.json() as FubeView;
      const copied = await call('POST', `/api/fubes/${source.id}/copy`, 'Ines Intern', { entityId: 'dfb', title: 'Beleidsadviseur HRM (kopie)' });
      expect(copied.statusCode, copied.body).toBe(201);
      copy = copied.json() as FubeView;
    });
    afterAll(async () => {
      await app?.close();
      await w?.close();
    });

    it('names who did each step of a FUBE’s own history, from the accounts', async () => {
      const response = await call('GET', `/api/fubes/${source.id}/history`, 'Ines Intern');
      expect(response.statusCode, response.body).toBe(200);
      const events = response.json() as FubeHistoryEvent[];
      expect(events.map((e) => e.type)).toEqual(['propose']);
      for (const event of events) {
        expect(event.actorId).toMatch(UUID);
        expect(event.actorName).toBe('Ines Intern');
      }
    });

    it('gives the administrator’s history the actor, the subject and the ids in the data by name', async () => {
      expect((await call('GET', '/api/history', 'Ines Intern')).statusCode).toBe(403);
      const response = await call('GET', `/api/history?subjectType=fube&subjectId=${copy.id}`, 'Ada Beheer');
      expect(response.statusCode, response.body).toBe(200);
      const [created] = response.json() as HistoryEntry[];
      expect(created).toMatchObject({ action: 'fube.create', actorName: 'Ines Intern', subjectName: 'Beleidsadviseur HRM (kopie)' });
      expect(created!.data).toMatchObject({ copyOf: { fubeId: source.id } });
      // The FUBE the copy was made from by its title, its family by name.
      expect(created!.names).toEqual({ [source.id]: 'Beleidsadviseur HRM', [FAMILY]: w.family.name });
      // A step recorded by a person rather than an account (a holder without a login): the person's name.
      await w.store.history.add({ actorId: 'p-an', action: 'fube.appeal', subjectType: 'fube', subjectId: source.id, data: { holderId: 'p-an', letterId: 'l-onbekend' } });
      const [byPerson] = (await call('GET', '/api/history?actor=p-an', 'Ada Beheer')).json() as HistoryEntry[];
      expect(byPerson).toMatchObject({ actorName: 'An Peeters', subjectName: 'Beleidsadviseur HRM', names: { 'p-an': 'An Peeters' } });
      // An id no record has is not named (the page leaves it out).
      expect(byPerson!.names).not.toHaveProperty('l-onbekend');
      const all = (await call('GET', '/api/history?order=desc&limit=50', 'Ada Beheer')).json() as HistoryEntry[];
      const family = all.find((e) => e.subjectType === 'family');
      if (family !== undefined) expect(family.subjectName).toBe(w.family.name);
    });

    it('names the people, places and family of two compared revisions', async () => {
      const response = await call('GET', `/api/fubes/${source.id}/compare?from=1&to=2`, 'Ines Intern');
      expect(response.statusCode, response.body).toBe(200);
      const diff = response.json() as Compare;
      expect(diff.changes.map((c) => c.path)).toEqual(expect.arrayContaining(['holderIds', 'purpose.what', 'purpose.goal']));
      expect(diff.names).toMatchObject({ 'p-an': 'An Peeters', 'p-bert': 'Bert Claes', 'p-mia': 'Mia Maes', dfb: 'Departement Financiën en Begroting', 'dfb-hrm': 'Afdeling HRM', [FAMILY]: w.family.name });
    });

    it('gives no names to whoever may not open the FUBE (another entity, a tampered id, anonymous)', async () => {
      for (const [id, as] of [
        [source.id, 'Els Extern'],
        [`${source.id.slice(0, -1)}${source.id.endsWith('0') ? '1' : '0'}`, 'Ines Intern'],
      ] as const) {
        for (const url of [`/api/fubes/${id}/history`, `/api/fubes/${id}/compare?from=1&to=2`]) {
          const response = await call('GET', url, as);
          expect(response.statusCode, `${as} ${url}`).toBe(404);
          expect(response.body).not.toContain('An Peeters');
          expect(response.body).not.toContain('Ines Intern');
        }
      }
      expect((await call('GET', `/api/fubes/${source.id}/history`, 'niemand')).statusCode).toBe(401);
      expect((await call('GET', `/api/history?actor=${'x'.repeat(5000)}`, 'Ada Beheer')).statusCode).toBe(400);
    });

    it('looks names up in one bounded query, however many ids a page holds', async () => {
      const ids = ['p-an', ...Array.from({ length: 3000 }, (_, i) => `onbekend-${i}`)];
      const names = await w.store.history.namesOf(ids);
      expect(names).toEqual(new Map([['p-an', 'An Peeters']]));
      expect(await w.store.history.namesOf([])).toEqual(new Map());
    });
  });
}
