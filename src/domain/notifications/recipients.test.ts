import { describe, expect, it } from 'vitest';
import type { FubeResource } from '../access/resources.js';
import type { WorkflowEvent, WorkflowState } from '../workflow/schema.js';
import { type Addressee, noticesFor } from './recipients.js';

const fube: FubeResource = { type: 'fube', entityId: 'dfb', unitId: 'hrm', unitPath: [], holderIds: ['p-an', 'p-bo'], managerId: 'p-mia', status: 'proposed' };
const person = (userId: string, personId: string | null, roles: Addressee['roles'] = [], entityId = 'dfb'): Addressee => ({
  userId,
  personId,
  entityId,
  roles,
  email: `${userId}@x.be`,
  language: 'nl',
});
const PEOPLE: Addressee[] = [
  person('an', 'p-an'),
  person('bo', 'p-bo'),
  person('mia', 'p-mia'),
  person('hr', null, [{ role: 'hr', entityId: 'dfb', unitId: null }]),
  person('hr-afb', null, [{ role: 'hr', entityId: 'afb', unitId: null }], 'afb'),
  person('man-hrm', null, [{ role: 'manager', entityId: 'dfb', unitId: 'hrm' }]),
  person('man-other', null, [{ role: 'manager', entityId: 'dfb', unitId: 'ict' }]),
  person('val', null, [{ role: 'validator', entityId: 'dfb', unitId: null }]),
  person('appeal', null, [{ role: 'appeal-committee', entityId: null, unitId: null }]),
  person('admin', null, [{ role: 'admin', entityId: null, unitId: null }]),
  person('reader', null, [{ role: 'reader', entityId: 'dfb', unitId: null }]),
  person('member', null, [{ role: 'committee-member', entityId: 'dfb', unitId: null }], 'afb'),
  person('member-afb', null, [{ role: 'committee-member', entityId: 'afb', unitId: null }], 'afb'),
];
const event = (type: string, actorId: string, data: Record<string, unknown> = {}): WorkflowEvent => ({ type, actorId, at: '2026-03-02T09:00:00Z', revision: 2, from: 'proposed', to: 'proposed', data });
const state: WorkflowState = { status: 'proposed', revision: 2, proposal: { at: '2026-03-02T09:00:00Z', date: '2026-03-02', holderIds: ['p-an'], validationFrom: '2026-04-01' } };
const told = (type: string, actor = 'hr', s: WorkflowState = state) => noticesFor([event(type, actor)], fube, s, PEOPLE).map((n) => n.userId).sort();

describe('who a workflow event waits on', () => {
  it('a proposal tells the holders it was sent to, not a holder added later, and convenes the validation committee of the entity', () => {
    expect(told('propose')).toEqual(['an', 'member']);
    expect(noticesFor([event('propose', 'hr')], fube, state, PEOPLE)).toContainEqual({ userId: 'member', kind: 'committee-convened' });
  });
  it('an answer and a talk recorded tell the holder of the thread only, not a co-holder or the one who acted', () => {
    const thread = (type: string, actor: string, holderId: string) => noticesFor([event(type, actor, { holderId })], fube, state, PEOPLE);
    expect(thread('answer-remark', 'mia', 'p-an')).toEqual([{ userId: 'an', kind: 'remark-answered' }]);
    expect(thread('record-talk', 'hr', 'p-an')).toEqual([{ userId: 'an', kind: 'talk-recorded' }]);
    expect(thread('answer-remark', 'mia', 'p-bo')).toEqual([{ userId: 'bo', kind: 'remark-answered' }]);
    // A holder id the FUBE does not hold tells nobody.
    expect(thread('answer-remark', 'mia', 'p-mia')).toEqual([]);
    expect(noticesFor([event('answer-remark', 'mia')], fube, state, PEOPLE)).toEqual([]);
  });
  // Who may read the holder's thread (issue 13 item 1): HR of the entity and the FUBE's named manager, not the unit's other managers.
  it("a remark tells the entity's HR and the named manager, never the unit's manager, another entity, a co-holder, the administrator or a reader", () => {
    expect(told('remark', 'an')).toEqual(['hr', 'mia']);
    expect(told('request-talk', 'an')).toEqual(['hr', 'mia']);
  });
  it('an appeal HR registered tells the appeal committee and HR, as one lodged in the app', () => {
    expect(told('register-appeal', 'hr')).toEqual(told('appeal', 'hr'));
    expect(told('register-appeal', 'hr').length).toBeGreaterThan(0);
  });
  it('a validation tells the validator and HR of the entity, not the validator who acted', () => {
    expect(told('validate', 'val')).toEqual(['hr']);
    expect(told('validate', 'someone')).toEqual(['hr', 'val']);
  });
  it('a notification tells the holders it names', () => {
    const notified: WorkflowState = { ...state, status: 'notified', notification: { at: 'x', date: '2026-04-02', holderIds: ['p-an', 'p-bo'], appealUntil: '2026-04-17' } };
    expect(told('notify', 'val', notified)).toEqual(['an', 'bo']);
  });
  it('an appeal tells the appeal committee and HR; a decision tells every holder and HR', () => {
    expect(told('appeal', 'an')).toEqual(['appeal', 'hr']);
    expect(told('decide-appeal', 'appeal')).toEqual(['an', 'bo', 'hr']);
  });
  it('steps that wait on nobody, and unknown event types, tell nobody', () => {
    expect(told('withdraw-proposal')).toEqual([]);
    expect(told('something-new')).toEqual([]);
  });
  it('a person is told once per kind even when two events of one write name them', () => {
    expect(noticesFor([event('remark', 'an'), event('remark', 'bo')], fube, state, PEOPLE).filter((n) => n.userId === 'hr')).toHaveLength(1);
  });
});
