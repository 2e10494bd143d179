import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORK_ACTIONS } from '../workflow/work.js';
import { ROLES, type Actor } from './actor.js';
import { can, isVisible } from './authorize.js';
import type { UnitTree } from './fube-resource.js';
import type { FubeResource } from './resources.js';
import { inWorkScope, workScope } from './work-scope.js';

/** A small world: two entities, an afdeling with a team in one of them, three people. */
const units: UnitTree = new Map([
  ['a-hr', { entityId: 'ent-a', parentId: null }],
  ['a-ict', { entityId: 'ent-a', parentId: null }],
  ['a-ict-team', { entityId: 'ent-a', parentId: 'a-ict' }],
  ['b-hr', { entityId: 'ent-b', parentId: null }],
]);
const entities = ['ent-a', 'ent-b'];
const people = ['p-1', 'p-2', 'p-3'];
const pathOf = (unitId: string | null) => (unitId === 'a-ict-team' ? ['a-ict'] : []);

const fube: fc.Arbitrary<FubeResource> = fc
  .record({
    entityId: fc.constantFrom(...entities),
    // A unit of either entity: the rules and the query must agree on odd data too.
    unitId: fc.option(fc.constantFrom(...units.keys()), { nil: null }),
    holderIds: fc.subarray(people),
    managerId: fc.option(fc.constantFrom(...people), { nil: null }),
  })
  .map((f) => ({ type: 'fube' as const, ...f, unitPath: pathOf(f.unitId) }));

const actor: fc.Arbitrary<Actor> = fc.record({
  userId: fc.constant('u'),
  personId: fc.option(fc.constantFrom(...people), { nil: null }),
  entityId: fc.option(fc.constantFrom(...entities), { nil: null }),
  trainedInMethod: fc.boolean(),
  roles: fc.array(
    fc.record({
      role: fc.constantFrom(...ROLES),
      entityId: fc.option(fc.constantFrom(...entities), { nil: null }),
      unitId: fc.option(fc.constantFrom(...units.keys()), { nil: null }),
    }),
    { maxLength: 3 },
  ),
});

describe('whose work is what (decision 0030)', () => {
  it('an action on a FUBE is in the work scope exactly when the rules allow it, and only on FUBEs the actor may open', () => {
    fc.assert(
      fc.property(actor, fube, (a, f) => {
        const branches = workScope(a, units);
        for (const action of WORK_ACTIONS) {
          expect(inWorkScope(branches, action, f), action).toBe(can(a, action, f));
          if (inWorkScope(branches, action, f)) expect(isVisible(a, f)).toBe(true);
        }
      }),
      { numRuns: 5_000 },
    );
  });

  it('a holder without a person has no holder branch; HR of an entity gets that entity', () => {
    expect(workScope({ userId: 'u', personId: null, roles: [] }, units)).toEqual([]);
    const hr = workScope({ userId: 'u', personId: null, roles: [{ role: 'hr', entityId: 'ent-a', unitId: null }] }, units);
    expect(hr.flatMap((b) => b.actions).sort()).toEqual(['answer-remark', 'propose', 'record-talk']);
    expect(new Set(hr.map((b) => JSON.stringify(b.place)))).toEqual(new Set([JSON.stringify({ kind: 'entity', entityId: 'ent-a' })]));
  });
});
