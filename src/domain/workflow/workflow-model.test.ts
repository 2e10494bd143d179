import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TestClock } from '../clock.js';
import { readyFube, testFamily } from '../fube/test-family.js';
import { BRUSSELS, localDate } from './calendar.js';
import { type Status, type WorkflowAction, type WorkflowState, initialState } from './schema.js';
import { transition } from './transition.js';
import { TRANSITIONS } from './transitions.js';

const holder = fc.constantFrom('p-an', 'p-bert', 'p-zoe');
const cls = fc.constantFrom(12, 14, 15, 16, 17, 19);
const member = fc.record({
  personId: fc.constantFrom('p-1', 'p-2'),
  name: fc.constant('Lid'),
  role: fc.constantFrom('hr', 'manager', 'other') as fc.Arbitrary<'hr' | 'manager' | 'other'>,
  entityId: fc.constantFrom('ent-a', 'ent-b'),
  trainedInMethod: fc.boolean(),
});

const outsideHr = { personId: 'p-out', name: 'Hilde', role: 'hr' as const, entityId: 'ent-b', trainedInMethod: true };

/**
 * Any action, with payloads that are sometimes valid and sometimes not; the steps that move
 * the process forward weigh more, so that runs reach appeal and final often.
 */
/** An appeal committee with a member from outside the entity (the hearing date is set when the step runs). */
const COMMITTEE = { committee: { members: [{ personId: 'p-out', name: 'Olga', role: 'other' as const, entityId: 'ent-b', trainedInMethod: true }] }, heard: ['An'] };

const action: fc.Arbitrary<WorkflowAction> = fc.oneof(
  { arbitrary: fc.constant({ type: 'propose' as const }), weight: 6 },
  { arbitrary: fc.constant({ type: 'withdraw-proposal' as const, motivation: 'm' }), weight: 1 },
  { arbitrary: holder.map((holderId) => ({ type: 'remark' as const, holderId, text: 't' })), weight: 1 },
  { arbitrary: holder.map((holderId) => ({ type: 'request-talk' as const, holderId })), weight: 1 },
  { arbitrary: holder.map((holderId) => ({ type: 'record-talk' as const, holderId, note: 'n' })), weight: 1 },
  {
    arbitrary: fc.record({ members: fc.array(member, { maxLength: 3 }), good: fc.boolean(), c: cls }).map(({ members, good, c }) => ({
      type: 'validate' as const,
      validatorId: 'u-head',
      committee: { members: good ? [...members, outsideHr] : members },
      advice: { text: 'a' },
      decision: { class: c, motivation: 'm' },
    })),
    weight: 6,
  },
  { arbitrary: fc.constant({ type: 'notify' as const }), weight: 6 },
  {
    arbitrary: fc
      .record({
        appellantIds: fc.oneof(fc.subarray(['p-an', 'p-bert'], { minLength: 1 }), fc.array(holder, { maxLength: 3 })),
        grounds: fc.oneof(
          fc.subarray(['family', 'class'] as ('family' | 'class' | 'text')[], { minLength: 1 }),
          fc.array(fc.constantFrom('family', 'class', 'text') as fc.Arbitrary<'family' | 'class' | 'text'>, { maxLength: 2 }),
        ),
      })
      .map((a) => ({ type: 'appeal' as const, ...a, motivation: 'm' })),
    weight: 6,
  },
  {
    arbitrary: fc
      .record({ appellantIds: fc.subarray(['p-an', 'p-bert'], { minLength: 1 }), grounds: fc.subarray(['family', 'class'] as ('family' | 'class')[], { minLength: 1 }) })
      .map((a) => ({ type: 'appeal' as const, ...a, motivation: 'm' })),
    weight: 12,
  },
  { arbitrary: cls.map((c) => ({ type: 'decide-appeal' as const, outcome: 'upheld' as const, class: c, motivation: 'm', ...COMMITTEE })), weight: 3 },
  { arbitrary: fc.constant({ type: 'decide-appeal' as const, outcome: 'rejected' as const, motivation: 'm', ...COMMITTEE }), weight: 3 },
  { arbitrary: fc.constant({ type: 'decide-appeal' as const, outcome: 'inadmissible' as const, motivation: 'm', ...COMMITTEE }), weight: 1 },
  { arbitrary: fc.constant({ type: 'finalize' as const }), weight: 6 },
  { arbitrary: fc.constant({ type: 'revise' as const, reason: 'r' }), weight: 2 },
);

// Short and long pauses: the 30-day wait before validation and the 15-day appeal window both get crossed.
const step = fc.record({ hours: fc.oneof(fc.integer({ min: 0, max: 48 }), fc.integer({ min: 0, max: 24 * 20 })), action });

/** How far along the family path a status lies; each step keeps the records of the earlier ones. */
const depth: Record<Status, number> = {
  draft: 0,
  proposed: 1,
  validated: 2,
  notified: 3,
  appealed: 4,
  'appeal-decided': 4,
  final: 4,
  'unassignable-decided': -1,
};

/** What must hold in every state the machine can reach. */
function invariants(state: WorkflowState): void {
  const holders = ['p-an', 'p-bert'];
  const d = depth[state.status];
  if (d === 0) expect(state.proposal).toBeUndefined();
  if (d === -1) expect(state.unassignable).toBeDefined();
  if (d >= 1) expect(state.proposal?.holderIds).toEqual(holders);
  if (d >= 2) {
    const v = state.validation!;
    expect(localDate(new Date(v.at), BRUSSELS) >= state.proposal!.validationFrom).toBe(true);
    expect(v.committee.members.some((m) => m.role === 'hr' && m.entityId !== 'ent-a' && m.trainedInMethod)).toBe(true);
    expect(testFamily.levels.some((l) => l.classes.includes(v.class))).toBe(true);
  }
  if (d >= 3) expect(state.notification).toBeDefined();
  if (state.status === 'appealed' || state.status === 'appeal-decided') expect(state.appeals?.length).toBeGreaterThan(0);
  if (state.status === 'appealed') expect(state.appeals?.some((a) => a.decision === undefined)).toBe(true);
  if (state.status === 'appeal-decided') expect(state.appeals?.every((a) => a.decision !== undefined)).toBe(true);
  for (const appeal of d >= 3 ? (state.appeals ?? []) : []) {
    // In the app, each appellant appeals within their own term (no receipt recorded here: the notification's).
    expect(appeal.receivedOn <= state.notification!.appealUntil).toBe(true);
    expect(appeal.appellantIds.length).toBeGreaterThan(0);
    expect(appeal.appellantIds.every((id) => holders.includes(id))).toBe(true);
    expect(appeal.grounds).not.toContain('text');
  }
  // Nobody appeals twice in a round.
  const appellants = (state.appeals ?? []).flatMap((a) => a.appellantIds);
  expect(new Set(appellants).size).toBe(appellants.length);
  if (state.status === 'final') {
    expect(state.inForce?.revision).toBe(state.revision);
    const notAppealed = holders.filter((h) => !appellants.includes(h));
    if (notAppealed.length > 0) expect(localDate(new Date(state.final!.at)) > state.notification!.appealUntil).toBe(true);
    expect((state.appeals ?? []).every((a) => a.decision !== undefined)).toBe(true);
  }
}

describe('the workflow under random action sequences', () => {
  it('never reaches an illegal state, and refused actions change nothing', () => {
    // How many runs reached each state: the property is only worth something if runs get deep.
    const reached = new Map<string, number>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 20, maxLength: 60 }), (steps) => {
        const clock = new TestClock('2026-01-05T08:00:00Z');
        const context = { clock, actorId: 'u', fube: readyFube(), family: testFamily };
        let state = initialState();
        let finals = 0;
        const seen = new Set<string>();
        for (const { hours, action: a } of steps) {
          clock.advance({ hours });
          const before = structuredClone(state);
          // The committee hears the appeal on the day it decides.
          const result = transition(state, a.type === 'decide-appeal' ? { ...a, hearingOn: localDate(clock.now(), BRUSSELS) } : a, context);
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            expect(state).toEqual(before);
            continue;
          }
          const [event] = result.value.events;
          const rule = TRANSITIONS.find((t) => t.action === a.type)!;
          expect(rule.from).toContain(before.status);
          expect(event).toMatchObject({ type: a.type, from: before.status, to: rule.to, revision: before.revision });
          state = result.value.state;
          expect(state.revision).toBe(a.type === 'revise' ? before.revision + 1 : before.revision);
          if (state.status === 'final' || state.status === 'unassignable-decided') finals++;
          if (finals > 0) expect(state.inForce).toBeDefined();
          invariants(state);
          seen.add(state.status);
        }
        for (const status of seen) reached.set(status, (reached.get(status) ?? 0) + 1);
      }),
      { numRuns: 200 },
    );
    // No step leads to the legacy state unassignable-decided any more (decision 0039).
    expect(reached.get('unassignable-decided') ?? 0).toBe(0);
    for (const status of ['validated', 'notified', 'appealed', 'appeal-decided', 'final'])
      expect(reached.get(status) ?? 0, `runs that reached ${status}`).toBeGreaterThan(3);
  }, 60_000);
});
