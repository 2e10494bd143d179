import { describe, expect, it } from 'vitest';
import { TestClock } from '../clock.js';
import type { Result } from '../errors.js';
import { readyFube, testFamily } from '../fube/test-family.js';
import type { FubeContent } from '../fube/schema.js';
import {
  type CommitteeMember,
  type TransitionOutcome,
  type WorkflowAction,
  type WorkflowEvent,
  type WorkflowState,
  contentEditable,
  deadlines,
  initialState,
  transition,
  workflowActionSchema,
} from './index.js';

const outsideHr: CommitteeMember = { personId: 'p-hr-b', name: 'Hilde', role: 'hr', entityId: 'ent-b', trainedInMethod: true };
const insideHr: CommitteeMember = { personId: 'p-hr-a', name: 'Hans', role: 'hr', entityId: 'ent-a', trainedInMethod: true };

/** A process driver: a FUBE, a movable clock and the history so far. */
function process(start: string, fube: FubeContent = readyFube()) {
  const clock = new TestClock(start);
  let state: WorkflowState = initialState();
  const history: WorkflowEvent[] = [];
  const run = (action: WorkflowAction, actorId = 'u-hr'): Result<TransitionOutcome> => {
    const result = transition(state, action, { clock, actorId, fube, family: testFamily });
    if (result.ok) {
      state = result.value.state;
      history.push(...result.value.events);
    }
    return result;
  };
  const must = (action: WorkflowAction, actorId?: string) => {
    const result = run(action, actorId);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join('; '));
    return result.value;
  };
  return { clock, run, must, state: () => state, history };
}

const validation = (cls = 15, members: CommitteeMember[] = [outsideHr, insideHr]): WorkflowAction => ({
  type: 'validate',
  validatorId: 'u-head',
  committee: { members },
  advice: { text: 'Het comité volgt de weging.', class: cls },
  decision: { class: cls, motivation: 'De weging is gevolgd.' },
});

const codes = (result: Result<unknown>) => (result.ok ? [] : result.errors.map((e) => e.code));

/** Brussels local time in winter (UTC+1) → UTC instant. */
const brussels = (local: string, offsetHours: number) => new Date(Date.parse(`${local}Z`) - offsetHours * 3_600_000);

describe('proposal', () => {
  it('a complete FUBE is proposed to all its holders at once, with the proposal date recorded', () => {
    const p = process('2026-01-10T09:00:00Z');
    const { state, events } = p.must({ type: 'propose' });
    expect(state.status).toBe('proposed');
    expect(state.proposal).toMatchObject({ date: '2026-01-10', holderIds: ['p-an', 'p-bert'], validationFrom: '2026-02-09' });
    expect(events).toEqual([
      expect.objectContaining({ type: 'propose', from: 'draft', to: 'proposed', actorId: 'u-hr', revision: 1, at: '2026-01-10T09:00:00.000Z' }),
    ]);
  });

  it('a FUBE with blocking items cannot be proposed, and every item is named', () => {
    const p = process('2026-01-10T09:00:00Z', readyFube({ specificKnowledge: ' ', holderIds: [] }));
    const result = p.run({ type: 'propose' });
    expect(codes(result)).toEqual(expect.arrayContaining(['fube.specific-knowledge-missing', 'fube.holders-missing']));
    expect(p.state().status).toBe('draft');
  });

  it('holders leave remarks and ask for a talk while proposed; others cannot', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.must({ type: 'remark', holderId: 'p-an', text: 'Het budgetbeheer ontbreekt.' }, 'u-an');
    p.must({ type: 'request-talk', holderId: 'p-bert' }, 'u-bert');
    expect(codes(p.run({ type: 'remark', holderId: 'p-stranger', text: 'x' }))).toEqual(['workflow.not-a-holder']);
    expect(p.state().status).toBe('proposed');
    expect(p.history.map((e) => e.type)).toEqual(['propose', 'remark', 'request-talk']);
  });

  it('a holder speaks only in their own name when the person behind the actor is known', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    const context = { clock: p.clock, actorId: 'u-an', actorPersonId: 'p-an', fube: readyFube(), family: testFamily };
    expect(codes(transition(p.state(), { type: 'remark', holderId: 'p-bert', text: 'x' }, context))).toEqual(['workflow.not-own-name']);
    expect(transition(p.state(), { type: 'remark', holderId: 'p-an', text: 'x' }, context).ok).toBe(true);
  });

  it('a withdrawn proposal goes back to draft and a new proposal restarts the 30 days', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.clock.advance({ days: 5 });
    p.must({ type: 'withdraw-proposal', motivation: 'Opmerkingen verwerken' });
    expect(p.state().proposal).toBeUndefined();
    p.clock.advance({ days: 2 });
    expect(p.must({ type: 'propose' }).state.proposal?.validationFrom).toBe('2026-02-16');
  });
});

describe('validation', () => {
  it('records the date the class takes effect when the validator sets one, and refuses a date that does not exist', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.clock.set('2026-02-20T09:00:00Z');
    const base = validation() as Extract<WorkflowAction, { type: 'validate' }>;
    expect(codes(p.run({ ...base, decision: { ...base.decision, effectiveFrom: '2026-02-30' } }))).toEqual(['workflow.effective-date-invalid']);
    expect(p.must({ ...base, decision: { ...base.decision, effectiveFrom: '2026-04-01' } }).state.validation?.effectiveFrom).toBe('2026-04-01');
  });

  it('without a date the class takes effect from the notification (none is stored)', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.clock.set('2026-02-20T09:00:00Z');
    expect(p.must(validation()).state.validation).not.toHaveProperty('effectiveFrom');
  });

  it('a FUBE cannot be validated before 30 days after the proposal', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.clock.set('2026-02-08T22:59:00Z'); // 23:59 on 8 February in Brussels: day 29
    const early = p.run(validation());
    expect(codes(early)).toEqual(['workflow.too-early']);
    expect(early.ok ? '' : early.errors[0]?.message).toContain('9 februari 2026');
    p.clock.set('2026-02-08T23:00:00Z'); // midnight, 9 February in Brussels: day 30
    expect(p.run(validation()).ok).toBe(true);
  });

  it('across the change to summer time: proposed on 1 March 2026, validation possible on 31 March in Brussels', () => {
    const p = process(brussels('2026-03-01T00:30:00', 1).toISOString());
    expect(p.must({ type: 'propose' }).state.proposal?.validationFrom).toBe('2026-03-31');
    p.clock.set(brussels('2026-03-30T23:59:00', 2)); // summer time (UTC+2) since 29 March
    expect(codes(p.run(validation()))).toEqual(['workflow.too-early']);
    // 00:30 on 31 March in Brussels is less than 30 × 24 hours after the proposal.
    p.clock.set(brussels('2026-03-31T00:30:00', 2));
    expect(p.clock.now().getTime() - brussels('2026-03-01T00:30:00', 1).getTime()).toBeLessThan(30 * 86_400_000);
    expect(p.run(validation()).ok).toBe(true);
  });

  it('a proposal late in the evening counts on its Brussels date, not its UTC date', () => {
    const p = process('2026-06-30T22:30:00Z'); // 1 July 00:30 in Brussels
    expect(p.must({ type: 'propose' }).state.proposal).toMatchObject({ date: '2026-07-01', validationFrom: '2026-07-31' });
  });

  it('a committee without an HR member from another entity is refused', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.clock.advance({ days: 31 });
    const result = p.run(validation(15, [insideHr, { ...insideHr, personId: 'p-x', role: 'manager' }]));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.errors).toEqual([
      expect.objectContaining({ code: 'workflow.committee-without-outside-hr', path: 'committee.members' }),
    ]);
  });

  it('an outside HR member who is not trained in the method does not count', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.clock.advance({ days: 31 });
    const result = p.run(validation(15, [{ ...outsideHr, trainedInMethod: false }]));
    expect(codes(result)).toEqual(['workflow.committee-without-outside-hr']);
    expect(result.ok ? '' : result.errors[0]?.message).toContain('niet opgeleid');
  });

  it('the validator confirms the class, or changes it to another class of the family', () => {
    const confirmed = process('2026-01-10T09:00:00Z');
    confirmed.must({ type: 'propose' });
    confirmed.clock.advance({ days: 30 });
    expect(confirmed.must(validation(15)).state.validation).toMatchObject({ class: 15, level: 2, confirmed: true, validatorId: 'u-head' });

    const changed = process('2026-01-10T09:00:00Z');
    changed.must({ type: 'propose' });
    changed.clock.advance({ days: 30 });
    expect(changed.must(validation(17)).state.validation).toMatchObject({ class: 17, level: 3, confirmed: false });
  });

  it('a class that is not in the family is refused at validation', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.clock.advance({ days: 30 });
    const result = p.run(validation(12));
    expect(result.ok ? [] : result.errors).toEqual([expect.objectContaining({ code: 'workflow.class-not-in-family', path: 'decision.class' })]);
  });
});

/** Drives a FUBE to notified; notification at 2026-03-02 10:00 Brussels (winter time). */
/** The appeal committee as recorded (a member from outside the entity) and a hearing on the day of the appeal. */
const HEARING = {
  committee: { members: [{ personId: 'p-out', name: 'Olga Buiten', role: 'other' as const, entityId: 'ent-b', trainedInMethod: true }] },
  hearingOn: '2026-03-02',
  heard: ['An Peeters'],
};

function notified() {
  const p = process('2026-01-10T09:00:00Z');
  p.must({ type: 'propose' });
  p.clock.set('2026-02-20T09:00:00Z');
  p.must(validation(15));
  p.clock.set('2026-03-02T09:00:00Z');
  p.must({ type: 'notify' });
  return p;
}

describe('notification and appeal', () => {
  it('notification opens an appeal window of 15 calendar days', () => {
    const p = notified();
    expect(p.state().notification).toMatchObject({ date: '2026-03-02', appealUntil: '2026-03-17', holderIds: ['p-an', 'p-bert'] });
  });

  it('an appeal on the 15th day is accepted and the committee must meet within 30 days', () => {
    const p = notified();
    p.clock.set('2026-03-17T21:00:00Z'); // 22:00 in Brussels, last day
    const { state } = p.must({ type: 'appeal', appellantIds: ['p-an'], grounds: ['class'], motivation: 'Klasse 16 past beter.' }, 'u-an');
    expect(state.status).toBe('appealed');
    expect(state.appeals?.[0]?.committeeMeetsBy).toBe('2026-04-16');
  });

  it('an appeal after 15 days is refused', () => {
    const p = notified();
    p.clock.set('2026-03-17T23:00:00Z'); // midnight: 18 March in Brussels
    const result = p.run({ type: 'appeal', appellantIds: ['p-an'], grounds: ['class'], motivation: 'Te laat.' });
    expect(codes(result)).toEqual(['workflow.appeal-window-closed']);
    expect(p.state().status).toBe('notified');
  });

  it('holders of an identical function appeal jointly', () => {
    const p = notified();
    p.clock.advance({ days: 3 });
    const { state, events } = p.must({ type: 'appeal', appellantIds: ['p-an', 'p-bert'], grounds: ['family', 'class'], motivation: 'Samen.' });
    expect(state.appeals?.[0]?.appellantIds).toEqual(['p-an', 'p-bert']);
    // 5 March + 30 = Saturday 4 April 2026; Easter Monday follows: the term ends on Tuesday 7 April.
    expect(events[0]?.data).toMatchObject({ appellantIds: ['p-an', 'p-bert'], committeeMeetsBy: '2026-04-07' });
  });

  it('whoever lodges an appeal is one of the appellants', () => {
    const p = notified();
    const context = { clock: p.clock, actorId: 'u-an', actorPersonId: 'p-an', fube: readyFube(), family: testFamily };
    const action: WorkflowAction = { type: 'appeal', appellantIds: ['p-bert'], grounds: ['class'], motivation: 'x' };
    expect(codes(transition(p.state(), action, context))).toEqual(['workflow.not-own-name']);
    expect(transition(p.state(), { ...action, appellantIds: ['p-an', 'p-bert'] }, context).ok).toBe(true);
  });

  it('an appeal against the text, or by someone who is not a holder, is refused with the field named', () => {
    const p = notified();
    const result = p.run({ type: 'appeal', appellantIds: ['p-an', 'p-zoe', 'p-an'], grounds: ['text'], motivation: 'Tekst.' });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([
      ['workflow.appellant-not-a-holder', 'appellantIds[1]'],
      ['workflow.appellant-duplicate', 'appellantIds[2]'],
      ['workflow.ground-not-allowed', 'grounds[0]'],
    ]);
  });

  it('an upheld appeal puts the new class in force when the FUBE becomes final', () => {
    const p = notified();
    p.must({ type: 'appeal', appellantIds: ['p-an'], grounds: ['class'], motivation: 'Klasse 16.' });
    p.clock.advance({ days: 20 });
    p.must({ type: 'decide-appeal', outcome: 'upheld', class: 16, motivation: 'Gegrond.', ...HEARING }, 'u-appeal');
    const { state } = p.must({ type: 'finalize' });
    expect(state.status).toBe('final');
    expect(state.final).toMatchObject({ familyId: 'testfamilie', class: 16 });
    expect(state.inForce).toMatchObject({ revision: 1, class: 16 });
  });

  it('an appeal against the class alone cannot move the function to another family', () => {
    const p = notified();
    p.must({ type: 'appeal', appellantIds: ['p-an'], grounds: ['class'], motivation: 'Klasse.' });
    const result = p.run({ type: 'decide-appeal', outcome: 'upheld', familyId: 'beleidsfuncties', class: 12, motivation: 'x', ...HEARING });
    expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([['workflow.family-not-appealed', 'familyId']]);
  });

  it('an upheld appeal must name a class of the family unless it names another family', () => {
    const p = notified();
    p.must({ type: 'appeal', appellantIds: ['p-an'], grounds: ['family'], motivation: 'Andere familie.' });
    // Against the family only: the class of this family cannot change, and 12 is none of its classes.
    expect(codes(p.run({ type: 'decide-appeal', outcome: 'upheld', class: 12, motivation: 'x', ...HEARING }))).toEqual(['workflow.class-not-appealed', 'workflow.class-not-in-family']);
    const { state } = p.must({ type: 'decide-appeal', outcome: 'upheld', familyId: 'beleidsfuncties', class: 12, motivation: 'Andere familie.', ...HEARING });
    expect(state.appeals?.[0]?.decision).toMatchObject({ outcome: 'upheld', familyId: 'beleidsfuncties', class: 12 });
    p.clock.set('2026-03-18T09:00:00Z'); // Bert's term has passed
    expect(p.must({ type: 'finalize' }).state.final).toMatchObject({ familyId: 'beleidsfuncties', class: 12 });
  });

  it('a rejected appeal keeps the validated class', () => {
    const p = notified();
    p.must({ type: 'appeal', appellantIds: ['p-bert'], grounds: ['class'], motivation: 'x' });
    p.must({ type: 'decide-appeal', outcome: 'rejected', motivation: 'Ongegrond.', ...HEARING });
    // An did not appeal: the FUBE waits for the end of her own term.
    expect(codes(p.run({ type: 'finalize' }))).toEqual(['workflow.appeal-window-open']);
    p.clock.set('2026-03-18T09:00:00Z');
    expect(p.must({ type: 'finalize' }).state.final?.class).toBe(15);
  });
});

describe('final and revisions', () => {
  it('a FUBE becomes final only after the appeal window without appeal', () => {
    const p = notified();
    p.clock.set('2026-03-17T12:00:00Z');
    expect(codes(p.run({ type: 'finalize' }))).toEqual(['workflow.appeal-window-open']);
    p.clock.set('2026-03-17T23:00:00Z');
    expect(p.must({ type: 'finalize' }).state.final).toMatchObject({ class: 15 });
  });

  it('a new revision is drafted while the final version stays in force', () => {
    const p = notified();
    p.clock.set('2026-04-01T09:00:00Z');
    p.must({ type: 'finalize' });
    const { state, events } = p.must({ type: 'revise', reason: 'Nieuwe taken' });
    expect(state).toEqual({ status: 'draft', revision: 2, inForce: expect.objectContaining({ revision: 1, class: 15 }) });
    expect(events[0]).toMatchObject({ type: 'revise', revision: 1, data: { newRevision: 2 } });
    p.must({ type: 'propose' });
    expect(p.state()).toMatchObject({ status: 'proposed', revision: 2, inForce: { revision: 1, class: 15 } });
  });

  it('an unassignable function is no longer decided straight from draft (it takes the common path: unassignable-path.test.ts)', () => {
    expect(workflowActionSchema.safeParse({ type: 'decide-unassignable', method: 'Analytische methode', class: 16, motivation: 'Past in geen familie.' }).success).toBe(false);
  });

  it('a FUBE stored in the legacy state unassignable-decided stays in force and can be revised', () => {
    const legacy: WorkflowState = { status: 'unassignable-decided', revision: 1, unassignable: { at: '2025-05-01T09:00:00.000Z', method: 'Analytische methode', class: 16, motivation: 'Past in geen familie.' }, inForce: { revision: 1, class: 16, since: '2025-05-01T09:00:00.000Z' } };
    const result = transition(legacy, { type: 'revise', reason: 'Herziening' }, { clock: new TestClock('2026-01-10T09:00:00Z'), actorId: 'u-hr', fube: readyFube(), family: testFamily });
    expect(result.ok && result.value.state).toMatchObject({ status: 'draft', revision: 2, inForce: { class: 16 } });
  });

  it('an action from the wrong state is refused with the states it is possible from', () => {
    const p = process('2026-01-10T09:00:00Z');
    const result = p.run({ type: 'notify' });
    expect(codes(result)).toEqual(['workflow.not-allowed']);
    expect(result.ok ? '' : result.errors[0]?.message).toContain('Gevalideerd');
  });
});

describe('deadlines', () => {
  it('shows the days left until validation may start, and open talk requests', () => {
    const p = process('2026-01-10T09:00:00Z');
    p.must({ type: 'propose' });
    p.must({ type: 'request-talk', holderId: 'p-an' });
    const list = deadlines(p.state(), p.history, new Date('2026-01-30T09:00:00Z'));
    expect(list).toEqual([
      expect.objectContaining({ code: 'validation-from', date: '2026-02-09', daysLeft: 10, reached: false }),
      expect.objectContaining({ code: 'talk-requested', holderId: 'p-an', date: '2026-02-09' }),
    ]);
    p.must({ type: 'record-talk', holderId: 'p-an', note: 'Besproken.' });
    expect(deadlines(p.state(), p.history, new Date('2026-02-09T09:00:00Z'))).toEqual([
      expect.objectContaining({ code: 'validation-from', daysLeft: 0, reached: true }),
    ]);
  });

  it('shows the appeal window and, after an appeal, the committee meeting deadline', () => {
    const p = notified();
    // Each holder's own term (no receipt recorded: from the notification), in calendar and working days.
    expect(deadlines(p.state(), p.history, new Date('2026-03-10T09:00:00Z'))).toEqual([
      expect.objectContaining({ code: 'appeal-until', holderId: 'p-an', date: '2026-03-17', daysLeft: 7, workingDaysLeft: 5, reached: false }),
      expect.objectContaining({ code: 'appeal-until', holderId: 'p-bert', date: '2026-03-17', daysLeft: 7 }),
      expect.objectContaining({ code: 'final-from', date: '2026-03-18', daysLeft: 8 }),
    ]);
    p.must({ type: 'appeal', appellantIds: ['p-an'], grounds: ['class'], motivation: 'x' });
    // Bert may still appeal within his own term; the committee's term runs for An's appeal.
    expect(deadlines(p.state(), p.history, new Date('2026-04-20T09:00:00Z'))).toEqual([
      expect.objectContaining({ code: 'appeal-until', holderId: 'p-bert', date: '2026-03-17', reached: true }),
      expect.objectContaining({ code: 'appeal-committee-by', appealId: 'beroep-1', date: '2026-04-01', daysLeft: -19, reached: true }),
    ]);
  });
});

describe('action schema', () => {
  it('parses request bodies and names the wrong field', () => {
    expect(workflowActionSchema.parse({ type: 'decide-appeal', outcome: 'rejected', motivation: 'Ongegrond.' })).toEqual({
      type: 'decide-appeal',
      outcome: 'rejected',
      motivation: 'Ongegrond.',
    });
    const bad = workflowActionSchema.safeParse({ type: 'appeal', appellantIds: ['p-an'], grounds: ['class'], motivation: '' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0]?.path).toEqual(['motivation']);
  });
});

describe('content edits', () => {
  it('the content of a FUBE can change only while it is a draft', () => {
    expect(contentEditable('draft')).toBe(true);
    for (const status of ['proposed', 'validated', 'notified', 'appealed', 'appeal-decided', 'final', 'unassignable-decided'] as const)
      expect(contentEditable(status)).toBe(false);
  });
});
