import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FubeContent } from '../../src/domain/fube/schema.js';
import { CALLERS, type SecuredApp, browser, demoDatabase, demoFube, loginOnTemplate, securedApp } from './harness.js';

/**
 * Issue 12, the tampering matrix: every write route × every demo role, with the fields of the
 * body that name an entity, unit, person or state replaced by values outside the caller's
 * reach (another entity, another unit, an unknown id, another holder, the caller themself
 * where forbidden). The expected answer is data; not one unexpected 2xx; after every refusal
 * the stored data are unchanged (the FUBE's stamp, the number of FUBEs, the history length).
 */

type Role = keyof typeof CALLERS;
type Caller = Role | 'anonymous';
const ROLES = Object.keys(CALLERS) as Role[];

const FAMILY_ID = 'organisatieondersteunende-functies';

/** The demo records and people the cases point at, read from the demo database. */
interface World {
  draft: { id: string; revision: number; content: FubeContent };
  proposed: { id: string; revision: number; content: FubeContent };
  appealed: { id: string; revision: number; content: FubeContent };
  /** A person of AFB (outside DFB's reach), the demo holder's and manager's persons. */
  afbPerson: string;
  holderPerson: string;
  otherDfbPerson: string;
}

type Expect = number | readonly number[];

interface Case {
  name: string;
  method: 'POST' | 'PUT';
  url: (w: World) => string;
  body: (w: World, role: Caller) => unknown;
  /** The answer per caller; `rest` for every caller not listed (anonymous always 401). */
  expect: Partial<Record<Caller, Expect>> & { rest: Expect };
}

/** Hidden from AFB's roles: the FUBEs of DFB answer 404 there; the pay analyst, who holds no FUBE role, sees none. */
const afbHidden = { hrAfb: 404, validatorAfb: 404, payAnalyst: 404 } as const;

const moved = (w: World, change: Partial<FubeContent>) => ({ baseRevision: w.draft.revision, content: { ...w.draft.content, ...change }, reason: 'tamper' });

const CASES: Case[] = [
  // Creating a FUBE: place and people must exist and be within the creator's reach.
  ...(
    [
      ['create in another entity', { entityId: 'afb', unitId: 'afb-juridisch' }, { hrAfb: 201, admin: 201 }],
      // Those who may create somewhere learn what does not exist (422 naming the field); the others get 403.
      ['create in an unknown entity', { entityId: 'nergens' }, { admin: 422, hrDfb: 422, hrAfb: 422, manager: 422 }],
      ['create in an unknown unit', { entityId: 'dfb', unitId: 'dfb-nergens' }, { admin: 422, hrDfb: 422, hrAfb: 422, manager: 422 }],
      ['create in a unit of another entity', { entityId: 'dfb', unitId: 'afb-juridisch' }, { admin: 422, hrDfb: 422, hrAfb: 422, manager: 422 }],
      ['create in another unit (manager of HRM)', { entityId: 'dfb', unitId: 'dfb-begroting' }, { admin: 201, hrDfb: 201 }],
      ['create with an unknown holder', { entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['p-bestaat-niet'] }, { admin: 422, hrDfb: 422, hrAfb: 422, manager: 422 }],
      ['create with a holder of another entity', { entityId: 'dfb', unitId: 'dfb-hrm', holderIds: ['{afb}'] }, { admin: 201, hrDfb: 403, manager: 403 }],
      ['create with an unknown manager', { entityId: 'dfb', unitId: 'dfb-hrm', managerId: 'p-bestaat-niet' }, { admin: 422, hrDfb: 422, hrAfb: 422, manager: 422 }],
    ] as const
  ).map(
    ([name, place, expect]): Case => ({
      name,
      method: 'POST',
      url: () => '/api/fubes',
      body: (w) => ({
        familyId: FAMILY_ID,
        title: 'Getamperde functie',
        holderIds: [],
        ...place,
        ...('holderIds' in place ? { holderIds: place.holderIds.map((h) => (h === '{afb}' ? w.afbPerson : h)) } : {}),
      }),
      expect: { ...expect, rest: 403 },
    }),
  ),
  // Editing a draft of DFB/HRM: what the FUBE becomes must stay within reach.
  ...(
    [
      ['move to another entity', (w: World) => moved(w, { entityId: 'afb', unitId: 'afb-juridisch' }), { admin: 200, hrDfb: 403, manager: 403 }],
      // Those who may edit this FUBE learn what does not exist (422 naming the field).
      ['move to an unknown entity', (w: World) => moved(w, { entityId: 'nergens', unitId: undefined }), { admin: 422, hrDfb: 422, manager: 422 }],
      ['move to another unit', (w: World) => moved(w, { unitId: 'dfb-begroting' }), { admin: 200, hrDfb: 200, manager: 403 }],
      ['move to an unknown unit', (w: World) => moved(w, { unitId: 'dfb-nergens' }), { admin: 422, hrDfb: 422, manager: 422 }],
      ['add an unknown holder', (w: World) => moved(w, { holderIds: [...w.draft.content.holderIds, 'p-bestaat-niet'] }), { admin: 422, hrDfb: 422, manager: 422 }],
      ['add a holder of another entity', (w: World) => moved(w, { holderIds: [...w.draft.content.holderIds, w.afbPerson] }), { admin: 200, hrDfb: 403, manager: 403 }],
      ['name an unknown manager', (w: World) => moved(w, { managerId: 'p-bestaat-niet' }), { admin: 422, hrDfb: 422, manager: 422 }],
      ['change the family', (w: World) => moved(w, { familyId: 'andere-familie' }), { admin: 422, hrDfb: 422, manager: 422 }],
    ] as const
  ).map(
    ([name, body, expect]): Case => ({
      name,
      method: 'PUT',
      url: (w) => `/api/fubes/${w.draft.id}`,
      body: (w) => body(w),
      expect: { ...afbHidden, ...expect, rest: 403 },
    }),
  ),
  // Acting persons come from the session: a body that names one is refused before anything happens.
  {
    name: 'remark as another holder',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/remarks`,
    body: (w) => ({ holderId: w.otherDfbPerson, text: 'Niet van mij.' }),
    expect: { rest: 400 },
  },
  {
    name: 'appeal for another holder',
    method: 'POST',
    url: (w) => `/api/fubes/${w.appealed.id}/appeals`,
    body: (w) => ({ appellantIds: [w.otherDfbPerson], grounds: ['class'], motivation: 'Namens iemand anders.' }),
    expect: { rest: 400 },
  },
  {
    name: 'request a talk as another holder',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/transitions`,
    body: (w) => ({ baseRevision: w.proposed.revision, action: { type: 'request-talk', holderId: w.otherDfbPerson } }),
    expect: { rest: 400 },
  },
  {
    name: 'validate naming the holder as validator',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/transitions`,
    body: (w) => ({
      baseRevision: w.proposed.revision,
      action: {
        type: 'validate',
        validatorId: w.holderPerson,
        committee: { members: [{ personId: w.afbPerson, role: 'hr' }] },
        advice: { text: 'Akkoord.' },
        decision: { class: 1, motivation: 'Akkoord.' },
      },
    }),
    expect: { rest: 400 },
  },
  {
    name: 'validate with an unknown committee member',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/transitions`,
    body: (w) => ({
      baseRevision: w.proposed.revision,
      action: {
        type: 'validate',
        committee: { members: [{ personId: 'p-bestaat-niet', role: 'hr' }] },
        advice: { text: 'Akkoord.' },
        decision: { class: w.proposed.content.weighing?.result?.class ?? 1, motivation: 'Akkoord.' },
      },
    }),
    // Only DFB's validator may validate; for them the unknown member is the fault.
    expect: { ...afbHidden, validatorDfb: 422, rest: 403 },
  },
  {
    name: 'record a talk with someone who is not a holder',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/transitions`,
    body: (w) => ({ baseRevision: w.proposed.revision, action: { type: 'record-talk', holderId: w.afbPerson, note: 'Gesprek.' } }),
    expect: { ...afbHidden, admin: 422, manager: 422, hrDfb: 422, rest: 403 },
  },
  {
    name: 'answer in the thread of someone who is not a holder',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/transitions`,
    body: (w) => ({ baseRevision: w.proposed.revision, action: { type: 'answer-remark', holderId: w.afbPerson, text: 'Antwoord.' } }),
    // Only HR of the entity and the named manager answer; for HR the holder is the fault.
    expect: { ...afbHidden, hrDfb: 422, rest: 403 },
  },
  {
    name: 'answer as someone else',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/transitions`,
    body: (w) => ({ baseRevision: w.proposed.revision, action: { type: 'answer-remark', holderId: w.otherDfbPerson, text: 'Antwoord.', byPersonId: w.otherDfbPerson } }),
    // The body is read before the FUBE is opened: a field naming who answers is refused for everyone.
    expect: { rest: 400 },
  },
  // State: a step the FUBE's state does not allow, by whoever may take it elsewhere.
  {
    name: 'finalize a proposal',
    method: 'POST',
    url: (w) => `/api/fubes/${w.proposed.id}/transitions`,
    body: (w) => ({ baseRevision: w.proposed.revision, action: { type: 'finalize' } }),
    expect: { ...afbHidden, admin: 422, validatorDfb: 422, rest: 403 },
  },
  {
    name: 'decide an appeal of another round',
    method: 'POST',
    url: (w) => `/api/fubes/${w.appealed.id}/appeals/beroep-99/decision`,
    body: () => ({ outcome: 'rejected', motivation: 'Ongegrond.', committee: { members: [{ personId: 'p-hr-afb' }] }, hearingOn: '2026-03-02', heard: [] }),
    // The appealed demo FUBE is of DFB's budget unit: the HRM manager and the holder do not see it.
    expect: { ...afbHidden, manager: 404, holder: 404, admin: 404, appealCommittee: 404, rest: 403 },
  },
  {
    name: 'uphold an appeal into an unknown family',
    method: 'POST',
    url: (w) => `/api/fubes/${w.appealed.id}/transitions`,
    body: (w) => ({ baseRevision: w.appealed.revision, action: { type: 'decide-appeal', outcome: 'upheld', familyId: 'andere-familie', class: 1, motivation: 'Gegrond.', committee: { members: [{ personId: 'p-hr-afb' }] }, hearingOn: '2026-03-02', heard: [] } }),
    expect: { ...afbHidden, manager: 404, holder: 404, admin: 422, appealCommittee: 422, rest: 403 },
  },
  {
    name: 'weigh with a criterion the family does not have',
    method: 'POST',
    url: (w) => `/api/fubes/${w.draft.id}/weigh`,
    body: (w) => ({ baseRevision: w.draft.revision, values: { ...(w.draft.content.weighing?.values ?? {}), 'bestaat-niet': 2 } }),
    expect: { ...afbHidden, admin: 422, hrDfb: 422, rest: 403 },
  },
  // OF alternatives (issue 14 item 5): the dfb-hrm draft chose organisatievorm 3 (two alternatives).
  {
    name: 'choose an alternative out of range',
    method: 'PUT',
    url: (w) => `/api/fubes/${w.draft.id}/alternatives`,
    body: (w) => ({ baseRevision: w.draft.revision, criterionId: 'organisatievorm', alternatives: [9] }),
    expect: { ...afbHidden, admin: 422, hrDfb: 422, rest: 403 },
  },
  {
    name: 'choose an alternative of a value without alternatives',
    method: 'PUT',
    url: (w) => `/api/fubes/${w.draft.id}/alternatives`,
    body: (w) => ({ baseRevision: w.draft.revision, criterionId: 'complexiteit', alternatives: [1] }),
    expect: { ...afbHidden, admin: 422, hrDfb: 422, rest: 403 },
  },
  {
    name: 'choose an alternative of a proposed FUBE',
    method: 'PUT',
    url: (w) => `/api/fubes/${w.proposed.id}/alternatives`,
    body: (w) => ({ baseRevision: w.proposed.revision, criterionId: 'organisatievorm', alternatives: [1] }),
    // Only a draft is edited: the same 422 'fube.not-editable' as every other content write.
    expect: { ...afbHidden, admin: 422, hrDfb: 422, rest: 403 },
  },
  {
    name: 'a stale base revision',
    method: 'PUT',
    url: (w) => `/api/fubes/${w.draft.id}`,
    body: (w) => ({ baseRevision: w.draft.revision - 1, content: w.draft.content }),
    expect: { ...afbHidden, admin: 409, hrDfb: 409, manager: 409, rest: 403 },
  },
];

let template: Awaited<ReturnType<typeof demoDatabase>>;
let shared: SecuredApp;
const cookies = new Map<Role, string>();
let world: World;

async function record(s: SecuredApp, unit: string, state: string) {
  const found = await demoFube(s.store, unit, state);
  const stored = found === undefined ? undefined : await s.store.fubes.get(found.id);
  if (stored === undefined) throw new Error(`the demo has no ${state} FUBE in ${unit}`);
  return { id: stored.id, revision: stored.revision, content: stored.content };
}

beforeAll(async () => {
  template = await demoDatabase();
  // Signed in on the template: the shared database and every copy hold the same sessions.
  const signedIn = await loginOnTemplate(template, ROLES.map((role) => CALLERS[role]));
  for (const role of ROLES) cookies.set(role, signedIn.get(CALLERS[role])!);
  shared = await securedApp(template);
  const people = await shared.store.people.list();
  const holderPerson = (await shared.store.users.byEmail(CALLERS.holder))?.personId ?? '';
  world = {
    draft: await record(shared, 'dfb-hrm', 'draft'),
    proposed: await record(shared, 'dfb-hrm', 'proposed'),
    appealed: await record(shared, 'dfb-begroting', 'appealed'),
    afbPerson: people.find((p) => p.entityId === 'afb')?.id ?? '',
    holderPerson,
    otherDfbPerson: people.find((p) => p.entityId === 'dfb' && p.id !== holderPerson)?.id ?? '',
  };
}, 120_000);

afterAll(async () => {
  await shared?.close();
});

/** What a refused request must leave as it was. */
async function snapshot(s: SecuredApp): Promise<string> {
  const stamps = await Promise.all([world.draft.id, world.proposed.id, world.appealed.id].map((id) => s.store.fubes.stamp(id)));
  const count = (await s.store.fubes.summaries({})).length;
  const history = (await s.store.history.list({})).length;
  return JSON.stringify({ stamps, count, history });
}

describe('the tampering matrix', () => {
  it('answers every tampered write as listed, with no unexpected 2xx and nothing stored on refusal', async () => {
    const unexpected: string[] = [];
    let requests = 0;
    for (const c of CASES) {
      for (const caller of [...ROLES, 'anonymous'] as Caller[]) {
        const wanted = caller === 'anonymous' ? 401 : (c.expect[caller] ?? c.expect.rest);
        const allowed = typeof wanted === 'number' ? [wanted] : wanted;
        const success = allowed.some((s) => s < 300);
        // An expected success changes data: it runs on its own copy.
        const app = success ? await securedApp(template) : shared;
        try {
          const cookie = caller === 'anonymous' ? undefined : cookies.get(caller);
          const before = await snapshot(app);
          const answer = await app.app.inject({ method: c.method, url: c.url(world), headers: browser(cookie), payload: c.body(world, caller) as object });
          requests++;
          if (!allowed.includes(answer.statusCode)) unexpected.push(`${c.name} as ${caller}: ${answer.statusCode} (expected ${allowed.join('/')}) ${answer.body.slice(0, 300)}`);
          if (answer.statusCode >= 400 && (await snapshot(app)) !== before) unexpected.push(`${c.name} as ${caller}: refused (${answer.statusCode}) but data changed`);
        } finally {
          if (success) await app.close();
        }
      }
    }
    expect(unexpected).toEqual([]);
    expect(requests).toBe(CASES.length * (ROLES.length + 1));
  });
});
