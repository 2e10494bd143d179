import { describe, expect, it } from 'vitest';
import { type Actor, type PayAction, type PayResource, ACTIONS, authorize, can } from './index.js';
import { renderMessage } from '../messages/index.js';

const organisation: PayResource = { type: 'pay', entityId: null };
const entityA: PayResource = { type: 'pay', entityId: 'ent-a' };
const entityB: PayResource = { type: 'pay', entityId: 'ent-b' };

const actors = {
  analyst: { userId: 'u-pa', roles: [{ role: 'pay-analyst' }] },
  analystA: { userId: 'u-paa', entityId: 'ent-a', roles: [{ role: 'pay-analyst', entityId: 'ent-a' }] },
  admin: { userId: 'u-admin', roles: [{ role: 'admin' }] },
  hrA: { userId: 'u-hr', entityId: 'ent-a', roles: [{ role: 'hr', entityId: 'ent-a' }] },
  managerA: { userId: 'u-m', entityId: 'ent-a', roles: [{ role: 'manager', entityId: 'ent-a' }] },
  validatorA: { userId: 'u-v', entityId: 'ent-a', roles: [{ role: 'validator', entityId: 'ent-a' }] },
  readerA: { userId: 'u-r', entityId: 'ent-a', roles: [{ role: 'reader', entityId: 'ent-a' }] },
  appealCommittee: { userId: 'u-bc', roles: [{ role: 'appeal-committee' }] },
  holder: { userId: 'u-h', personId: 'p-h', roles: [{ role: 'holder' }] },
} satisfies Record<string, Actor>;
type Who = keyof typeof actors;

const ALL = ACTIONS.pay;
/** Per actor and resource: exactly the pay actions allowed; every other one is refused. */
const EXPECTED: Record<Who, Record<'organisation' | 'entityA' | 'entityB', readonly PayAction[]>> = {
  analyst: { organisation: ALL, entityA: ALL, entityB: ALL },
  analystA: { organisation: [], entityA: ALL, entityB: [] },
  admin: { organisation: ['read-report', 'delete-period'], entityA: ['read-report', 'delete-period'], entityB: ['read-report', 'delete-period'] },
  hrA: { organisation: [], entityA: ['read-report'], entityB: [] },
  managerA: { organisation: [], entityA: [], entityB: [] },
  validatorA: { organisation: [], entityA: [], entityB: [] },
  readerA: { organisation: [], entityA: [], entityB: [] },
  appealCommittee: { organisation: [], entityA: [], entityB: [] },
  holder: { organisation: [], entityA: [], entityB: [] },
};

describe('pay access', () => {
  const resources = { organisation, entityA, entityB };
  for (const [who, byResource] of Object.entries(EXPECTED) as [Who, (typeof EXPECTED)[Who]][])
    for (const [name, allowed] of Object.entries(byResource) as [keyof typeof resources, readonly PayAction[]][])
      it(`${who} on ${name} pay data may exactly: ${allowed.join(', ') || 'nothing'}`, () => {
        const granted = ALL.filter((action) => can(actors[who], action, resources[name]));
        expect(granted).toEqual([...allowed]);
      });

  it('only the pay analyst reads person-level records, whatever else a person holds', () => {
    const everything: Actor = { userId: 'u-all', entityId: 'ent-a', roles: [{ role: 'admin' }, { role: 'hr', entityId: 'ent-a' }, { role: 'validator', entityId: 'ent-a' }] };
    expect(can(everything, 'read-persons', entityA)).toBe(false);
    expect(can({ ...everything, roles: [...everything.roles, { role: 'pay-analyst', entityId: 'ent-a' }] }, 'read-persons', entityA)).toBe(true);
  });

  it("an entity's pay analyst is told the data belongs to another scope", () => {
    const decision = authorize(actors.analystA, 'import', organisation);
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(renderMessage('nl', decision.reason)).toMatch(/andere entiteit of bij de hele organisatie/);
  });

  it('a person asks for and reads only their own Art. 7 requests; no role reaches another person’s', () => {
    const own = { type: 'pay-request' as const, personId: 'p-h' };
    const other = { type: 'pay-request' as const, personId: 'p-other' };
    expect(can(actors.holder, 'ask', own)).toBe(true);
    expect(can(actors.holder, 'read', own)).toBe(true);
    for (const who of Object.keys(actors) as Who[]) {
      expect(can(actors[who], 'ask', other), who).toBe(false);
      expect(can(actors[who], 'read', other), who).toBe(false);
    }
    expect(can({ userId: 'u-x', roles: [] }, 'ask', own)).toBe(false);
    const decision = authorize(actors.holder, 'read', other);
    if (!decision.allowed) expect(renderMessage('nl', decision.reason)).toMatch(/van iemand anders/);
  });

  it('only the pay analyst of the scope follows up the report and answers requests', () => {
    expect(can(actors.analystA, 'follow-up', entityA)).toBe(true);
    expect(can(actors.analystA, 'answer-request', entityB)).toBe(false);
    expect(can(actors.hrA, 'answer-request', entityA)).toBe(false);
    expect(can(actors.admin, 'follow-up', organisation)).toBe(false);
  });
});
