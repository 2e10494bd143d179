import { describe, expect, it } from 'vitest';
import { TestClock } from '../clock.js';
import { checkFube } from '../fube/check-fube.js';
import { acceptSuggestion } from '../fube/decide-class.js';
import { recordUnassignable } from '../fube/record-unassignable.js';
import { readyFube, testFamily } from '../fube/test-family.js';
import type { FubeContent } from '../fube/schema.js';
import { type WorkflowAction, type WorkflowState, currentClass, initialState, transition } from './index.js';

/**
 * Issue 14 item 3, DOMAIN.md §5.7: an unassignable function takes the same steps (proposal,
 * 30 days, committee, validation, notification, appeal, final); only its class comes from the
 * separate method, with its motivation, and it has no family level.
 */
const UNASSIGNABLE = { method: 'Analytische functieweging (afzonderlijke methode)', class: 12, motivation: 'De functie past in geen enkele functiefamilie.' };
const unassignableFube = (overrides: Partial<FubeContent> = {}): FubeContent => {
  const { weighing: _w, decision: _d, ...rest } = readyFube();
  return { ...rest, unassignable: { ...UNASSIGNABLE }, ...overrides };
};
const outsideHr = { personId: 'p-hr-b', name: 'Hilde', role: 'hr' as const, entityId: 'ent-b', trainedInMethod: true };
const validate = (cls: number): WorkflowAction => ({
  type: 'validate',
  validatorId: 'u-head',
  committee: { members: [outsideHr] },
  advice: { text: 'Het comité volgt de afzonderlijke methode.', class: cls },
  decision: { class: cls, motivation: 'De klasse van de afzonderlijke methode.' },
});

function run(fube: FubeContent) {
  const clock = new TestClock('2026-01-12T09:00:00Z');
  let state: WorkflowState = initialState();
  const step = (action: WorkflowAction, actorPersonId: string | null = null) => {
    const result = transition(state, action, { clock, actorId: 'u-x', actorPersonId, fube, family: testFamily });
    if (result.ok) state = result.value.state;
    return result;
  };
  return { clock, step, state: () => state };
}

describe('an unassignable function on the common path', () => {
  it('needs the method, a class of the government and a motivation; not the family weighing or class', () => {
    expect(checkFube(unassignableFube(), testFamily)).toEqual([]);
    const incomplete = unassignableFube({ unassignable: { method: ' ', class: 25, motivation: '' }, specificKnowledge: '' });
    expect(checkFube(incomplete, testFamily).map((e) => [e.code, e.path])).toEqual([
      ['fube.unassignable-method-missing', 'unassignable.method'],
      ['fube.unassignable-class-out-of-range', 'unassignable.class'],
      ['fube.unassignable-motivation-missing', 'unassignable.motivation'],
      ['fube.specific-knowledge-missing', 'specificKnowledge'],
    ]);
    // Without the method's outcome it is a family function like any other: the weighing is missing.
    const { unassignable: _u, ...plain } = unassignableFube();
    expect(checkFube(plain, testFamily).map((e) => e.code)).toContain('fube.decision-missing');
  });

  it('is proposed, waits 30 days, is validated with a class outside the family, notified, appealed and made final without a family', () => {
    const p = run(unassignableFube());
    expect(p.step({ type: 'propose' }).ok).toBe(true);
    expect(p.state().proposal?.holderIds).toEqual(['p-an', 'p-bert']);
    // Not before the 30 days.
    p.clock.set('2026-01-20T09:00:00Z');
    expect(p.step(validate(12))).toMatchObject({ ok: false, errors: [{ code: 'workflow.too-early' }] });
    p.clock.set('2026-02-12T09:00:00Z');
    // Any class of the government, not only the family's; one that does not exist is refused.
    expect(p.step(validate(25))).toMatchObject({ ok: false, errors: [{ code: 'workflow.class-out-of-range', path: 'decision.class' }] });
    expect(p.step(validate(12)).ok).toBe(true);
    expect(p.state().validation).toMatchObject({ class: 12, confirmed: true });
    expect(p.state().validation).not.toHaveProperty('level');
    expect(currentClass(unassignableFube(), p.state())).toEqual({ level: null, class: 12 });
    expect(p.step({ type: 'notify' }).ok).toBe(true);
    p.clock.set('2026-02-16T09:00:00Z');
    expect(p.step({ type: 'appeal', appellantIds: ['p-an'], grounds: ['class'], motivation: 'Mijn functie weegt zwaarder.' }, 'p-an').ok).toBe(true);
    // The appeal committee may give another class of the government, not bound to the family.
    p.clock.set('2026-03-02T09:00:00Z');
    const committee = { members: [{ ...outsideHr }] };
    expect(
      p.step({ type: 'decide-appeal', outcome: 'upheld', class: 13, motivation: 'De methode onderschatte de leiding.', committee, hearingOn: '2026-03-02', heard: ['An'] }).ok,
    ).toBe(true);
    p.clock.set('2026-03-20T09:00:00Z');
    expect(p.step({ type: 'finalize' }).ok).toBe(true);
    expect(p.state().final).toMatchObject({ class: 13 });
    expect(p.state().final).not.toHaveProperty('familyId');
    expect(p.state().inForce).toMatchObject({ class: 13 });
    expect(p.state().inForce).not.toHaveProperty('familyId');
  });

  it('a family function keeps its family level and class rules', () => {
    const p = run(readyFube());
    p.step({ type: 'propose' });
    p.clock.set('2026-02-12T09:00:00Z');
    expect(p.step(validate(12))).toMatchObject({ ok: false, errors: [{ code: 'workflow.class-not-in-family' }] });
    expect(p.step(validate(16)).ok).toBe(true);
    expect(p.state().validation).toMatchObject({ class: 16, level: 2, confirmed: false });
  });

  it('HR records the outcome on a draft; the family decision goes, and choosing a family class again clears the outcome', () => {
    const recorded = recordUnassignable(readyFube(), { method: ' Analytische functieweging ', class: 12, motivation: ' Past in geen familie. ' });
    expect(recorded.ok && recorded.value.unassignable).toEqual({ method: 'Analytische functieweging', class: 12, motivation: 'Past in geen familie.' });
    expect(recorded.ok && recorded.value.decision).toBeUndefined();
    expect(recorded.ok && checkFube(recorded.value, testFamily)).toEqual([]);
    const refused = recordUnassignable(readyFube(), { method: '', class: 6, motivation: ' ' });
    expect(refused.ok ? [] : refused.errors.map((e) => e.path)).toEqual(['unassignable.method', 'unassignable.class', 'unassignable.motivation']);
    expect(recordUnassignable(readyFube(), { method: 'x', class: Number.NaN, motivation: 'y' }).ok).toBe(false);
    const back = recorded.ok ? acceptSuggestion(recorded.value, testFamily) : undefined;
    expect(back?.ok && back.value.unassignable).toBeUndefined();
    expect(back?.ok && back.value.decision).toEqual({ level: 2, class: 15 });
  });
});
