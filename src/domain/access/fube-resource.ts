import type { Status } from '../workflow/schema.js';
import type { FubeResource } from './resources.js';

/** The units of an organisation: each unit's entity and the unit it is part of. */
export type UnitTree = ReadonlyMap<string, { entityId: string; parentId: string | null }>;

/** The units above a unit, nearest first (a team's afdeling, and so on). */
export function unitPath(units: UnitTree, unitId: string | null | undefined): string[] {
  const path: string[] = [];
  let current = unitId == null ? undefined : units.get(unitId)?.parentId;
  while (current != null && !path.includes(current)) {
    path.push(current);
    current = units.get(current)?.parentId;
  }
  return path;
}

/**
 * The FUBE as the access rules see it: where it stands and whom it names. The one mapping
 * from a FUBE to a resource (routes, lists and abilities all use it). Who wrote and weighed
 * it only matters for validation (four eyes) and is added by whoever knows the revisions.
 */
/** Where a FUBE stands and whom it names: from its content, or from a list row. */
export interface FubeParties {
  entityId: string;
  unitId?: string | null | undefined;
  holderIds: readonly string[];
  managerId?: string | null | undefined;
}

export function fubeResource(
  content: FubeParties,
  status: Status | undefined,
  units: UnitTree,
  authors?: { writerIds: readonly string[]; weigherIds: readonly string[] },
): FubeResource {
  return {
    type: 'fube',
    entityId: content.entityId,
    unitId: content.unitId ?? null,
    unitPath: unitPath(units, content.unitId),
    holderIds: content.holderIds,
    managerId: content.managerId ?? null,
    ...(status !== undefined ? { status } : {}),
    ...(authors !== undefined ? { writerIds: authors.writerIds, weigherIds: authors.weigherIds } : {}),
  };
}

/** A unit and every unit under it (its teams, and theirs). */
export function unitsUnder(units: UnitTree, unitId: string): string[] {
  const found = [unitId];
  for (let i = 0; i < found.length; i++) for (const [id, unit] of units) if (unit.parentId === found[i] && !found.includes(id)) found.push(id);
  return found;
}
