import type { LetterView } from '../../src/api/letters.js';
import { expect } from 'vitest';
import type { FubeView } from '../../src/api/fubes.js';
import type { Role } from '../../src/domain/access/index.js';
import { TestClock } from '../../src/domain/clock.js';
import type { Family } from '../../src/domain/family/schema.js';
import { type App, buildApp } from '../../src/server/app.js';
import type { Caller } from '../../src/server/context.js';
import type { Store } from '../../src/store/index.js';
import type { Backend } from './backends.js';
import { SEED_SOURCE, seedFamily } from './harness.js';

export const FAMILY = 'organisatieondersteunende-functies';

const caller = (userId: string, personId: string | null, entityId: string | null, roles: Role[]): Caller => ({
  userId,
  username: userId,
  personId,
  entityId,
  name: userId,
  roles: roles.map((role) => ({ role, entityId, unitId: null })),
});

/**
 * The people of the procedure (issue 13): the two holders of one function, its named manager
 * (no role of their own), HR of the entity and of another entity, a reader, the validator,
 * the appeal committees of the entity and of another entity, and an outside HR member.
 */
export const PEOPLE = {
  an: caller('u-an', 'p-an', 'dfb', []),
  bert: caller('u-bert', 'p-bert', 'dfb', []),
  mia: caller('u-mia', 'p-mia', 'dfb', []),
  hr: caller('u-hr', 'p-hr-in', 'dfb', ['hr']),
  otherHr: caller('u-hr-afb', 'p-hr-x', 'afb', ['hr']),
  reader: caller('u-reader', 'p-reader', 'dfb', ['reader']),
  validator: caller('u-validator', 'p-head', 'dfb', ['validator']),
  appeal: caller('u-appeal', 'p-appeal', 'dfb', ['appeal-committee']),
  otherAppeal: caller('u-appeal-afb', 'p-appeal-x', 'afb', ['appeal-committee']),
  unitManager: caller('u-unit-mgr', 'p-unit-mgr', 'dfb', ['manager']),
  committeeMember: { ...caller('u-member', 'p-hr-x', 'afb', []), roles: [{ role: 'committee-member' as Role, entityId: 'dfb', unitId: null }] } as Caller,
  /** The administrator (no person): the organisation's closing days. */
  admin: caller('u-admin', null, null, ['admin']),
} as const;
export type Who = keyof typeof PEOPLE | 'anonymous';

export interface World {
  app: App;
  clock: TestClock;
  store: Store;
  family: Family;
  call(method: 'GET' | 'POST' | 'PUT', url: string, as: Who, body?: unknown): Promise<Awaited<ReturnType<App['inject']>>>;
  close(): Promise<void>;
}

export async function openWorld(backend: Backend, start = '2026-03-02T09:00:00Z'): Promise<World> {
  const family = seedFamily();
  const clock = new TestClock(start);
  // The store stamps (letters' dates, history) on the same clock as the rules.
  const opened = await backend.open({ now: () => clock.now() });
  const { store } = opened;
  await store.families.saveDraft(family, SEED_SOURCE, 'test');
  await store.families.publish(family.id, family.version, 'test');
  await store.entities.save({ id: 'dfb', name: 'Departement Financiën en Begroting', units: [{ id: 'dfb-hrm', name: 'Afdeling HRM', parentId: null }] });
  await store.entities.save({ id: 'afb', name: 'Agentschap Facilitair Bedrijf', units: [] });
  for (const [id, name] of [['p-an', 'An Peeters'], ['p-bert', 'Bert Claes'], ['p-mia', 'Mia Maes']] as const)
    await store.people.save({ id, name, email: null, entityId: 'dfb', unitId: 'dfb-hrm' });
  // People with accounts: the committees need to know their roles, entities and training.
  await opened.addPeople([
    { id: 'p-hr-in', name: 'Ines Intern', entityId: 'dfb', roles: ['hr'], trainedInMethod: true },
    { id: 'p-hr-x', name: 'Els Extern', entityId: 'afb', roles: ['hr'], trainedInMethod: true },
    { id: 'p-reader', name: 'Rik Lezer', entityId: 'dfb', roles: ['reader'], trainedInMethod: false },
    { id: 'p-head', name: 'Hilde Hoofd', entityId: 'dfb', roles: ['validator'], trainedInMethod: false },
    { id: 'p-appeal', name: 'Bea Beroep', entityId: 'dfb', roles: ['appeal-committee'], trainedInMethod: false },
    { id: 'p-appeal-x', name: 'Xavier Beroep', entityId: 'afb', roles: ['appeal-committee'], trainedInMethod: true },
    { id: 'p-unit-mgr', name: 'Ulla Afdeling', entityId: 'dfb', roles: ['manager'], trainedInMethod: false },
  ]);
  const app = await buildApp({
    store,
    clock,
    resolveActor: (request) => {
      const name = request.headers['x-test-actor'];
      return typeof name === 'string' && name in PEOPLE ? PEOPLE[name as keyof typeof PEOPLE] : null;
    },
  });
  const call: World['call'] = async (method, url, as, body) =>
    app.inject({
      method,
      url,
      headers: { ...(as !== 'anonymous' ? { 'x-test-actor': as } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
      ...(body !== undefined ? { payload: JSON.stringify(body) } : {}),
    });
  return {
    app,
    clock,
    store,
    family,
    call,
    close: async () => {
      await app.close();
      await opened.close();
    },
  };
}

/** A FUBE of the seed family that passes every check, held by An and Bert, managed by Mia, proposed by HR. */
export async function proposedFube(w: World, title = 'Beleidsadviseur HRM'): Promise<FubeView> {
  const created = await w.call('POST', '/api/fubes', 'hr', { familyId: FAMILY, title, entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-an', 'p-bert'], managerId: 'p-mia' });
  expect(created.statusCode, created.body).toBe(201);
  const fube = created.json() as FubeView;
  const values = Object.fromEntries(w.family.criteria.map((c) => [c.id, 1]));
  const weighed = await w.call('POST', `/api/fubes/${fube.id}/weigh`, 'hr', { baseRevision: fube.revision, values });
  expect(weighed.statusCode).toBe(200);
  const { revision, result } = weighed.json();
  const current = (await w.call('GET', `/api/fubes/${fube.id}`, 'hr')).json() as FubeView;
  const content = {
    ...current.content,
    resultAreas: current.content.resultAreas.map((a) => ({ ...a, goal: a.goal || 'de dienstverlening te verbeteren' })),
    specificKnowledge: 'Kennis van het Vlaams personeelsstatuut en de HR-processen van het departement.',
    decision: { level: result.level, class: result.class },
  };
  const saved = await w.call('PUT', `/api/fubes/${fube.id}`, 'hr', { baseRevision: revision, content });
  expect(saved.statusCode, saved.body).toBe(200);
  const proposed = await step(w, saved.json() as FubeView, 'hr', { type: 'propose' });
  expect(proposed.state).toBe('proposed');
  return proposed;
}

/** One workflow step that must succeed. */
export async function step(w: World, fube: FubeView, as: Who, action: Record<string, unknown>): Promise<FubeView> {
  const response = await w.call('POST', `/api/fubes/${fube.id}/transitions`, as, { baseRevision: fube.revision, action });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as FubeView;
}

export const current = async (w: World, id: string, as: Who = 'hr'): Promise<FubeView> => (await w.call('GET', `/api/fubes/${id}`, as)).json() as FubeView;

/** The validator's step after the 30 days, with an outside HR member on the committee. */
export const validateAction = (cls: number) => ({
  type: 'validate',
  committee: { members: [{ personId: 'p-hr-x', role: 'hr' }] },
  advice: { text: 'Klasse bevestigd.' },
  decision: { class: cls, motivation: 'De weging volgt de familie.' },
});

export function expectProblem(response: { statusCode: number; body: string; headers: Record<string, unknown> }, status: number, path?: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(String(response.headers['content-type'])).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(response.body);
  if (path !== undefined) expect(problem.errors.map((e: { path: string }) => e.path)).toContain(path);
  return problem;
}

/** Proposed on Monday 2 March 2026, validated after the 30 days and notified on Wednesday 1 April. */
export async function notifiedFube(w: World, title: string): Promise<FubeView> {
  w.clock.set('2026-03-02T09:00:00Z');
  let fube = await proposedFube(w, title);
  w.clock.set('2026-04-01T09:00:00Z');
  fube = await step(w, fube, 'validator', validateAction(fube.content.decision!.class));
  return step(w, fube, 'validator', { type: 'notify' });
}

/** The letters of a FUBE as a caller reads them. */
export async function lettersOf(w: World, id: string, as: Who): Promise<LetterView[]> {
  const response = await w.call('GET', `/api/fubes/${id}/letters`, as);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as LetterView[];
}
