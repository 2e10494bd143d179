import type { User } from '../../api/auth.js';
import { allowedPlaces } from '../../domain/access/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';

/**
 * The signed-in user, their roles, and where they may start a FUBE (entity, and unit or
 * none): the create form offers exactly these places.
 */
export async function whoAmI(deps: UseCaseDeps, ctx: UseCaseContext): Promise<User> {
  const caller = requireCaller(ctx);
  const { entityIds, units } = await deps.store.entities.places();
  return {
    id: caller.userId,
    username: caller.username,
    name: caller.name,
    personId: caller.personId ?? null,
    roles: caller.roles.map((g) => ({ role: g.role, entityId: g.entityId ?? null, unitId: g.unitId ?? null })),
    createPlaces: allowedPlaces(caller, 'create', { type: 'fube', holderIds: [], managerId: null }, [...entityIds].sort(), units),
  };
}
