import { WORK_ACTIONS, type WorkAction } from '../workflow/work.js';
import type { Actor } from './actor.js';
import { type UnitTree, unitsUnder } from './fube-resource.js';
import { PLACE_PREDICATES, inEntity, inUnit, isHolder, isNamedManager, notWriterOrWeigher } from './predicates.js';
import type { FubeResource } from './resources.js';
import { RULES, grantsOf } from './rules.js';

/** Where a FUBE must stand, or whom it must name, for a branch of work to be the caller's. */
export type WorkPlace =
  | { kind: 'all' }
  | { kind: 'entity'; entityId: string }
  /** A unit grant: the unit and the units under it, within the grant's entity when it names one. */
  | { kind: 'units'; entityId: string | null; unitIds: readonly string[] }
  | { kind: 'holder'; personId: string }
  | { kind: 'manager'; personId: string };

export interface WorkBranch {
  actions: readonly WorkAction[];
  place: WorkPlace;
}

/**
 * Whose work is what, in terms a query can apply (decision 0030): the actions of my-work the
 * caller's grants allow, each with where the FUBE must stand. A FUBE's stored work item is the
 * caller's when one branch names its action and the FUBE is in the branch's place (and, for a
 * holder's own step, the item names the caller: `WorkItemDate.personId`). Exactly
 * `can(actor, action, fube)` for a FUBE whose writers and weighers are not known, as my-work
 * always asked it: the four-eyes rule is checked when the validator validates.
 *
 * Every such rule must come with a read rule of the same role at most as narrow, so that work
 * is only ever listed on FUBEs the caller may open; a rule that breaks this, or has a
 * condition a query cannot apply, is a programming error here (as in list-scope.ts).
 */
export function workScope(actor: Actor, units: UnitTree): WorkBranch[] {
  const branches: WorkBranch[] = [];
  const personId = actor.personId ?? null;
  for (const grant of grantsOf(actor)) {
    for (const rule of RULES) {
      if (rule.role !== grant.role || rule.resource !== 'fube') continue;
      const actions = WORK_ACTIONS.filter((a) => (rule.actions as readonly string[]).includes(a));
      if (actions.length === 0) continue;
      const place = rule.when.filter((p) => p !== notWriterOrWeigher);
      const other = place.find((p) => !PLACE_PREDICATES.includes(p));
      if (other !== undefined) throw new Error(`work rule of ${rule.role} has a condition my-work cannot apply: ${other.name}`);
      const reads = RULES.some((r) => r.role === rule.role && r.resource === 'fube' && (r.actions as readonly string[]).includes('read') && r.when.every((p) => place.includes(p)));
      if (!reads) throw new Error(`work rule of ${rule.role} reaches FUBEs its read rules do not: ${actions.join(', ')}`);
      const entityId = grant.entityId ?? null;
      if (place.includes(isHolder)) {
        if (personId !== null) branches.push({ actions, place: { kind: 'holder', personId } });
      } else if (place.includes(isNamedManager)) {
        if (personId !== null) branches.push({ actions, place: { kind: 'manager', personId } });
      } else if (place.includes(inUnit) && grant.unitId != null) {
        branches.push({ actions, place: { kind: 'units', entityId, unitIds: unitsUnder(units, grant.unitId) } });
      } else if ((place.includes(inUnit) || place.includes(inEntity)) && entityId !== null) {
        branches.push({ actions, place: { kind: 'entity', entityId } });
      } else {
        branches.push({ actions, place: { kind: 'all' } });
      }
    }
  }
  return branches;
}

/**
 * Whether an action on a FUBE is the caller's work by the branches: what the store's query
 * decides (fube-work.ts `findWork`), written once in words for tests. `held`: the caller holds it.
 */
export function inWorkScope(branches: readonly WorkBranch[], action: WorkAction, fube: FubeResource): boolean {
  return branches.some(({ actions, place }) => {
    if (!actions.includes(action)) return false;
    switch (place.kind) {
      case 'all':
        return true;
      case 'entity':
        return fube.entityId === place.entityId;
      case 'units':
        return fube.unitId != null && place.unitIds.includes(fube.unitId) && (place.entityId === null || fube.entityId === place.entityId);
      case 'holder':
        return fube.holderIds.includes(place.personId);
      case 'manager':
        return fube.managerId === place.personId;
    }
  });
}
