import { listScope, unitsUnder } from '../../domain/access/index.js';
import type { SearchScope } from '../../store/index.js';
import type { Caller, UseCaseDeps } from '../context.js';

/**
 * The FUBEs a list may show the caller, as the store applies it: exactly those the caller
 * may open (the access rules' list scope), with a unit grant reaching the units under it.
 * Undefined: every FUBE.
 */
export async function searchScopeFor(deps: UseCaseDeps, caller: Caller): Promise<SearchScope | undefined> {
  const scope = listScope(caller);
  if (scope.all) return undefined;
  const units = await deps.store.entities.unitTree();
  const unitIds = new Set<string>();
  for (const grant of scope.units)
    for (const id of unitsUnder(units, grant.unitId)) if (grant.entityId === null || units.get(id)?.entityId === grant.entityId) unitIds.add(id);
  return {
    entityIds: scope.entityIds,
    unitIds: [...unitIds].sort(),
    holderPersonId: scope.asHolder ? scope.personId : null,
    managerPersonId: scope.asManager ? scope.personId : null,
  };
}
