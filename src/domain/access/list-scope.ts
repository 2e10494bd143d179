import type { Actor } from './actor.js';
import { PLACE_PREDICATES, inEntity, inUnit, isHolder, isNamedManager } from './predicates.js';
import type { FubeResource } from './resources.js';
import { RULES, grantsOf } from './rules.js';

/**
 * Which FUBEs a list may show an actor, in terms a query can apply: exactly the FUBEs the
 * actor may open (`isVisible`), derived from the same rules. A FUBE is in scope when its
 * entity is one of `entityIds`, or its unit (or a unit above it) is one of `units`, or it
 * names `personId` as holder (`asHolder`) or as manager (`asManager`).
 */
export type ListScope =
  | { all: true }
  | {
      all: false;
      entityIds: readonly string[];
      /** A unit grant; `entityId` null when the grant names only the unit. */
      units: readonly { entityId: string | null; unitId: string }[];
      personId: string | null;
      asHolder: boolean;
      asManager: boolean;
    };

/**
 * The scope of the read rules that apply to the actor's grants. Only conditions on place and
 * people can become a query; a read rule with another condition is a programming error here,
 * caught by the property test that compares this scope with `isVisible`.
 */
export function listScope(actor: Actor): ListScope {
  const entityIds = new Set<string>();
  const units = new Map<string, { entityId: string | null; unitId: string }>();
  let asHolder = false;
  let asManager = false;
  for (const grant of grantsOf(actor)) {
    for (const rule of RULES) {
      if (rule.role !== grant.role || rule.resource !== 'fube' || !(rule.actions as readonly string[]).includes('read')) continue;
      const other = rule.when.find((p) => !PLACE_PREDICATES.includes(p));
      if (other !== undefined) throw new Error(`read rule of ${rule.role} has a condition lists cannot apply: ${other.name}`);
      if (rule.when.includes(isHolder)) {
        asHolder = true;
        continue;
      }
      if (rule.when.includes(isNamedManager)) {
        asManager = true;
        continue;
      }
      const entityId = grant.entityId ?? null;
      if (rule.when.includes(inUnit) && grant.unitId != null) units.set(`${entityId}/${grant.unitId}`, { entityId, unitId: grant.unitId });
      else if (rule.when.includes(inEntity) && entityId !== null) entityIds.add(entityId);
      else if (rule.when.includes(inUnit) && entityId !== null) entityIds.add(entityId);
      else return { all: true };
    }
  }
  const personId = actor.personId ?? null;
  return {
    all: false,
    entityIds: [...entityIds].sort(),
    units: [...units.values()].filter((u) => u.entityId === null || !entityIds.has(u.entityId)),
    personId,
    asHolder: asHolder && personId !== null,
    asManager: asManager && personId !== null,
  };
}

/** Whether a FUBE is in the scope: what the store's query decides, written once in words for tests. */
export function inListScope(scope: ListScope, fube: FubeResource): boolean {
  if (scope.all) return true;
  if (scope.entityIds.includes(fube.entityId)) return true;
  const unitsOfFube = [fube.unitId, ...(fube.unitPath ?? [])].filter((u): u is string => u != null);
  if (scope.units.some((u) => (u.entityId === null || u.entityId === fube.entityId) && unitsOfFube.includes(u.unitId))) return true;
  if (scope.personId === null) return false;
  return (scope.asHolder && fube.holderIds.includes(scope.personId)) || (scope.asManager && fube.managerId === scope.personId);
}
