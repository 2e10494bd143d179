import { describe, expect, it } from 'vitest';
import { type Actor, type Decision, type FubeAction, type FubeResource, FUBE_ACTIONS, authorize, can, isVisible } from './index.js';
import { renderMessage } from '../messages/index.js';

/** A decision with its reason rendered in Dutch, as a person reads it. */
const dutch = (decision: Decision) => (decision.allowed ? decision : { allowed: false, reason: renderMessage('nl', decision.reason) });

/** A FUBE of entity A, unit HR, written by u-hr and weighed by u-hr2; holders An and Bert. */
const fube: FubeResource = {
  type: 'fube',
  entityId: 'ent-a',
  unitId: 'unit-hr',
  holderIds: ['p-an', 'p-bert'],
  managerId: 'p-mia',
  writerIds: ['u-hr', 'u-mia'],
  weigherIds: ['u-hr2'],
  status: 'proposed',
};

const actors = {
  admin: { userId: 'u-admin', roles: [{ role: 'admin' }] },
  hrA: { userId: 'u-hr', personId: 'p-hr', entityId: 'ent-a', roles: [{ role: 'hr', entityId: 'ent-a' }] },
  hrB: { userId: 'u-hrb', personId: 'p-hrb', entityId: 'ent-b', roles: [{ role: 'hr', entityId: 'ent-b' }] },
  managerHr: { userId: 'u-mia', personId: 'p-mia', entityId: 'ent-a', roles: [{ role: 'manager', entityId: 'ent-a', unitId: 'unit-hr' }] },
  managerIct: { userId: 'u-ivo', personId: 'p-ivo', entityId: 'ent-a', roles: [{ role: 'manager', entityId: 'ent-a', unitId: 'unit-ict' }] },
  validatorA: { userId: 'u-head', personId: 'p-head', entityId: 'ent-a', roles: [{ role: 'validator', entityId: 'ent-a' }] },
  validatorWhoWeighed: { userId: 'u-hr2', personId: 'p-hr2', entityId: 'ent-a', roles: [{ role: 'validator', entityId: 'ent-a' }, { role: 'hr', entityId: 'ent-a' }] },
  validatorB: { userId: 'u-headb', entityId: 'ent-b', roles: [{ role: 'validator', entityId: 'ent-b' }] },
  outsideHr: { userId: 'u-out', personId: 'p-out', entityId: 'ent-b', trainedInMethod: true, roles: [{ role: 'committee-member', entityId: 'ent-a' }] },
  untrainedOutsideHr: { userId: 'u-out2', entityId: 'ent-b', trainedInMethod: false, roles: [{ role: 'committee-member', entityId: 'ent-a' }] },
  insideMember: { userId: 'u-in', entityId: 'ent-a', trainedInMethod: true, roles: [{ role: 'committee-member', entityId: 'ent-a' }] },
  appealCommittee: { userId: 'u-bc', roles: [{ role: 'appeal-committee' }] },
  holderAn: { userId: 'u-an', personId: 'p-an', entityId: 'ent-a', roles: [{ role: 'holder' }] },
  colleague: { userId: 'u-zoe', personId: 'p-zoe', entityId: 'ent-a', roles: [{ role: 'holder' }] },
  readerA: { userId: 'u-lea', entityId: 'ent-a', roles: [{ role: 'reader', entityId: 'ent-a' }] },
  readerB: { userId: 'u-leb', entityId: 'ent-b', roles: [{ role: 'reader', entityId: 'ent-b' }] },
} satisfies Record<string, Actor>;
type Who = keyof typeof actors;

/** Per actor: exactly the FUBE actions allowed on the FUBE above; every other one is refused. */
const expected: Record<Who, FubeAction[]> = {
  admin: ['read', 'read-history', 'read-remarks', 'read-appeals', 'create', 'update', 'weigh', 'propose', 'withdraw-proposal', 'record-talk', 'notify', 'decide-appeal', 'finalize', 'revise'],
  hrA: ['read', 'read-history', 'read-remarks', 'read-appeals', 'create', 'update', 'weigh', 'decide-tie', 'propose', 'withdraw-proposal', 'record-talk', 'answer-remark', 'register-appeal', 'revise'],
  hrB: [],
  managerHr: ['read', 'read-history', 'read-remarks', 'create', 'update', 'withdraw-proposal', 'record-talk', 'answer-remark', 'revise'],
  managerIct: [],
  validatorA: ['read', 'read-history', 'validate', 'notify', 'finalize'],
  validatorWhoWeighed: ['read', 'read-history', 'read-remarks', 'read-appeals', 'create', 'update', 'weigh', 'decide-tie', 'propose', 'withdraw-proposal', 'record-talk', 'answer-remark', 'register-appeal', 'notify', 'finalize', 'revise'],
  validatorB: [],
  outsideHr: ['read', 'advise', 'advise-as-outside-hr'],
  untrainedOutsideHr: ['read', 'advise'],
  insideMember: ['read', 'advise'],
  appealCommittee: ['read', 'read-history', 'read-appeals', 'decide-appeal'],
  holderAn: ['read', 'read-history', 'remark', 'request-talk', 'appeal'],
  colleague: [],
  readerA: ['read'],
  readerB: [],
};

describe('who may do what with a FUBE', () => {
  for (const [who, allowed] of Object.entries(expected) as [Who, FubeAction[]][]) {
    it(`${who} may ${allowed.length === 0 ? 'do nothing' : allowed.join(', ')}`, () => {
      const actual = FUBE_ACTIONS.filter((action) => can(actors[who], action, fube));
      expect(actual.sort()).toEqual([...allowed].sort());
    });
  }
});

describe('denials say why', () => {
  it('a validator cannot validate a FUBE they weighed', () => {
    expect(dutch(authorize(actors.validatorWhoWeighed, 'validate', fube))).toEqual({ allowed: false, reason: 'wie de FUBE schreef of woog, mag ze niet valideren' });
  });

  it('the outside HR member must belong to another entity and be trained', () => {
    expect(dutch(authorize(actors.insideMember, 'advise-as-outside-hr', fube))).toMatchObject({ allowed: false, reason: expect.stringContaining('andere entiteit') });
    expect(dutch(authorize(actors.untrainedOutsideHr, 'advise-as-outside-hr', fube))).toMatchObject({ allowed: false, reason: expect.stringContaining('niet opgeleid') });
  });

  it('HR of another entity is told the FUBE belongs elsewhere', () => {
    expect(dutch(authorize(actors.hrB, 'update', fube))).toMatchObject({ allowed: false, reason: 'deze FUBE hoort bij een andere entiteit' });
  });

  it('an allowed action names the role that allows it', () => {
    expect(authorize(actors.holderAn, 'appeal', fube)).toEqual({ allowed: true, role: 'holder' });
  });
});

describe('visibility', () => {
  it('FUBEs of other entities stay hidden; holders see their own FUBE wherever it is', () => {
    expect(isVisible(actors.readerA, fube)).toBe(true);
    expect(isVisible(actors.readerB, fube)).toBe(false);
    expect(isVisible(actors.hrB, fube)).toBe(false);
    expect(isVisible(actors.holderAn, { ...fube, entityId: 'ent-z', unitId: null })).toBe(true);
    expect(isVisible(actors.colleague, fube)).toBe(false);
  });

  it('a user without roles sees nothing', () => {
    expect(isVisible({ userId: 'u-new', roles: [] }, fube)).toBe(false);
  });
});

describe('families and users', () => {
  it('everyone with a role reads families; only the administrator manages families and users', () => {
    expect(can(actors.readerA, 'read', { type: 'family' })).toBe(true);
    expect(can(actors.hrA, 'manage', { type: 'family' })).toBe(false);
    expect(can(actors.admin, 'manage', { type: 'family' })).toBe(true);
    expect(can(actors.validatorA, 'manage', { type: 'user' })).toBe(false);
    expect(can(actors.admin, 'manage', { type: 'user' })).toBe(true);
  });
});
