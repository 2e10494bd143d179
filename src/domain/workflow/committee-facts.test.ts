import { describe, expect, it } from 'vitest';
import { committeeFromFacts } from './committee-facts.js';

const people = [
  { id: 'p-els', name: 'Els Extern', entityId: 'afb', roles: ['hr'], trainedInMethod: true },
  { id: 'p-marc', name: 'Marc', entityId: 'afb', roles: ['manager'], trainedInMethod: false },
  { id: 'p-loose', name: 'Zonder entiteit', entityId: null, roles: ['hr'], trainedInMethod: true },
];
const member = (personId: string, role: 'hr' | 'manager' | 'other' = 'hr') => ({ personId, name: 'zoals getypt', role, entityId: 'elders', trainedInMethod: false });

describe('the validation committee is recorded from what the organisation knows', () => {
  it('takes name, entity and training from the person, the committee role from the validator', () => {
    const result = committeeFromFacts([member('p-els'), member('p-marc', 'manager')], people);
    expect(result).toEqual({
      ok: true,
      value: [
        { personId: 'p-els', name: 'Els Extern', role: 'hr', entityId: 'afb', trainedInMethod: true },
        { personId: 'p-marc', name: 'Marc', role: 'manager', entityId: 'afb', trainedInMethod: false },
      ],
    });
  });

  it('refuses unknown people, people without an entity, and an HR seat for someone without an HR role, naming each', () => {
    const result = committeeFromFacts([member('p-nobody'), member('p-loose'), member('p-marc', 'hr')], people, 'action.committee.members');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.path, e.code])).toEqual([
      ['action.committee.members[0].personId', 'workflow.committee-member-unknown'],
      ['action.committee.members[1].personId', 'workflow.committee-member-unknown'],
      ['action.committee.members[2].role', 'workflow.committee-member-not-hr'],
    ]);
    expect(result.errors[2]!.message).toContain('Marc');
  });
});
