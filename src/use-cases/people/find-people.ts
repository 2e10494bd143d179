import type { PickerRole } from '../../api/people.js';
import { pickerRoleSchema } from '../../api/people.js';
import { type PeoplePurpose, peopleScope } from '../../domain/access/index.js';
import type { PersonHit } from '../../store/entities-repository.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';

const PICKER_ROLES: readonly string[] = pickerRoleSchema.options;
const isPickerRole = (role: string): role is PickerRole => PICKER_ROLES.includes(role);

/**
 * People by name for the pickers, within the caller's reach for the purpose (a FUBE's
 * holders and manager, or a validation committee). 403 for roles that pick nobody.
 */
export async function findPeople(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  query: { purpose: PeoplePurpose; q?: string | undefined; entityId?: string | undefined; role?: string | undefined },
): Promise<(Omit<PersonHit, 'roles'> & { roles: PickerRole[] })[]> {
  const caller = requireCaller(ctx);
  const scope = peopleScope(caller, query.purpose);
  if (!scope.allowed) throw forbidden(scope.reason);
  const found = await deps.store.people.search({ reach: scope.reach, q: query.q, entityId: query.entityId, role: query.role });
  // Only roles that help picking: who administers the application is nobody's business here.
  return found.map((person) => ({ ...person, roles: person.roles.filter(isPickerRole) }));
}
