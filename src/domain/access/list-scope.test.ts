import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROLES, type Actor } from './actor.js';
import { isVisible } from './authorize.js';
import { inListScope, listScope } from './list-scope.js';
import type { FubeResource } from './resources.js';

/** A small world: two entities with a unit and a team under it each, three people. */
const entities = ['ent-a', 'ent-b'];
const unitsOf: Record<string, { unitId: string; path: string[] }[]> = {
  'ent-a': [
    { unitId: 'a-hr', path: [] },
    { unitId: 'a-ict', path: [] },
    { unitId: 'a-ict-team', path: ['a-ict'] },
  ],
  'ent-b': [{ unitId: 'b-hr', path: [] }],
};
const people = ['p-1', 'p-2', 'p-3'];

const fube: fc.Arbitrary<FubeResource> = fc.constantFrom(...entities).chain((entityId) =>
  fc.record({
    type: fc.constant('fube' as const),
    entityId: fc.constant(entityId),
    unit: fc.option(fc.constantFrom(...(unitsOf[entityId] ?? [])), { nil: null }),
    holderIds: fc.subarray(people),
    managerId: fc.option(fc.constantFrom(...people), { nil: null }),
  }).map(({ unit, ...rest }) => ({ ...rest, unitId: unit?.unitId ?? null, unitPath: unit?.path ?? [] })),
);

const grant = fc.record({
  role: fc.constantFrom(...ROLES),
  entityId: fc.option(fc.constantFrom(...entities), { nil: null }),
  unitId: fc.option(fc.constantFrom('a-hr', 'a-ict', 'a-ict-team', 'b-hr'), { nil: null }),
});

const actor: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constant('u'),
  personId: fc.option(fc.constantFrom(...people), { nil: null }),
  entityId: fc.option(fc.constantFrom(...entities), { nil: null }),
  trainedInMethod: fc.boolean(),
  roles: fc.array(grant, { maxLength: 3 }),
});

describe('lists show exactly what opening shows', () => {
  it('a FUBE is in the list scope of an actor exactly when the actor may open it', () => {
    fc.assert(
      fc.property(actor, fube, (a, f) => {
        expect(inListScope(listScope(a), f)).toBe(isVisible(a, f));
      }),
      { numRuns: 5_000 },
    );
  });

  it('a manager of an afdeling sees the FUBEs of its teams, not of another afdeling', () => {
    const manager: Actor = { userId: 'u', personId: 'p-9', roles: [{ role: 'manager', entityId: 'ent-a', unitId: 'a-ict' }] };
    const scope = listScope(manager);
    const team: FubeResource = { type: 'fube', entityId: 'ent-a', unitId: 'a-ict-team', unitPath: ['a-ict'], holderIds: [] };
    const other: FubeResource = { type: 'fube', entityId: 'ent-a', unitId: 'a-hr', unitPath: [], holderIds: [] };
    expect([inListScope(scope, team), isVisible(manager, team)]).toEqual([true, true]);
    expect([inListScope(scope, other), isVisible(manager, other)]).toEqual([false, false]);
  });

  it('the manager a FUBE names and its holders see it wherever it is', () => {
    const named: FubeResource = { type: 'fube', entityId: 'ent-b', unitId: 'b-hr', holderIds: ['p-2'], managerId: 'p-1' };
    for (const personId of ['p-1', 'p-2']) {
      const person: Actor = { userId: 'u', personId, roles: [] };
      expect([inListScope(listScope(person), named), isVisible(person, named)]).toEqual([true, true]);
    }
    const stranger: Actor = { userId: 'u', personId: 'p-3', roles: [] };
    expect(inListScope(listScope(stranger), named)).toBe(false);
  });
});
