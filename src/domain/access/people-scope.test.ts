import { describe, expect, it } from 'vitest';
import { type Actor, authorize, inReach, peopleScope } from './index.js';
import { renderMessage } from '../messages/index.js';

const actors = {
  admin: { userId: 'u-admin', roles: [{ role: 'admin' }] },
  hrA: { userId: 'u-hr', entityId: 'ent-a', roles: [{ role: 'hr', entityId: 'ent-a' }] },
  managerHr: { userId: 'u-mia', entityId: 'ent-a', roles: [{ role: 'manager', entityId: 'ent-a', unitId: 'unit-hr' }] },
  validatorA: { userId: 'u-head', entityId: 'ent-a', roles: [{ role: 'validator', entityId: 'ent-a' }] },
  committee: { userId: 'u-c', entityId: 'ent-a', roles: [{ role: 'committee-member', entityId: 'ent-a' }] },
  appeal: { userId: 'u-bc', roles: [{ role: 'appeal-committee' }] },
  reader: { userId: 'u-r', roles: [{ role: 'reader', entityId: 'ent-a' }] },
  holder: { userId: 'u-an', personId: 'p-an', entityId: 'ent-a', roles: [] },
} satisfies Record<string, Actor>;

const person = (entityId: string | null, unitId: string | null, roles: string[] = []) => ({ entityId, unitId, roles });
const people = {
  hrColleague: person('ent-a', 'unit-hr', ['hr']),
  ictColleague: person('ent-a', 'unit-ict'),
  hrOfB: person('ent-b', 'unit-b', ['hr']),
  managerOfB: person('ent-b', 'unit-b', ['manager']),
  nowhere: person(null, null, ['hr']),
};
type Who = keyof typeof people;

function reached(actor: Actor, purpose: 'fube' | 'committee'): Who[] | string {
  const scope = peopleScope(actor, purpose);
  if (!scope.allowed) return 'refused';
  return (Object.keys(people) as Who[]).filter((who) => inReach(scope.reach, people[who]));
}

describe('who may find which people', () => {
  it('follows each grant: admin everybody, HR the entity, a unit manager the unit', () => {
    expect(reached(actors.admin, 'fube')).toEqual(['hrColleague', 'ictColleague', 'hrOfB', 'managerOfB', 'nowhere']);
    expect(reached(actors.hrA, 'fube')).toEqual(['hrColleague', 'ictColleague']);
    expect(reached(actors.managerHr, 'fube')).toEqual(['hrColleague']);
    expect(reached(actors.validatorA, 'fube')).toEqual(['hrColleague', 'ictColleague']);
  });

  it('the committee purpose adds HR people of other entities (DOMAIN.md §5), and is the validator’s', () => {
    expect(reached(actors.validatorA, 'committee')).toEqual(['hrColleague', 'ictColleague', 'hrOfB']);
    expect(reached(actors.admin, 'committee')).toEqual(['hrColleague', 'ictColleague', 'hrOfB', 'managerOfB', 'nowhere']);
    expect(reached(actors.hrA, 'committee')).toBe('refused');
    expect(reached(actors.managerHr, 'committee')).toBe('refused');
  });

  it('roles that fill in no people find nobody, with a reason', () => {
    for (const actor of [actors.committee, actors.appeal, actors.reader, actors.holder]) {
      expect(reached(actor, 'fube')).toBe('refused');
      expect(reached(actor, 'committee')).toBe('refused');
    }
    const refused = authorize(actors.holder, 'find', { type: 'people' });
    expect(refused.allowed || renderMessage('nl', refused.reason)).toContain('personen zoeken');
  });

  it('several grants add up', () => {
    const both: Actor = { userId: 'u-x', roles: [{ role: 'manager', entityId: 'ent-a', unitId: 'unit-ict' }, { role: 'hr', entityId: 'ent-b' }] };
    expect(reached(both, 'fube')).toEqual(['ictColleague', 'hrOfB', 'managerOfB']);
  });
});
