import { authorize } from '../../domain/access/index.js';
import { catalogueError, ref } from '../../messages/index.js';
import type { User, UserRole } from '../../store/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { ApiProblem, type FieldErrorSpec, domainRefused, forbidden, notFound } from '../problems.js';
import { PROBLEM_TYPES } from '../../api/problem.js';

/**
 * Account administration (`weegschaal user ...` at the server's console): create an account,
 * grant and revoke roles, reset a password, disable or enable, record training. Only an
 * administrator may; each change is written with its history row in one transaction.
 */

export interface AccountSummary {
  user: User;
  grants: UserRole[];
}

export const describeGrant = (g: UserRole): string => `${g.role}${g.entityId !== null ? `@${g.entityId}` : ''}${g.unitId !== null ? `/${g.unitId}` : ''}`;

function requireAdministrator(ctx: UseCaseContext, userId?: string) {
  const caller = requireCaller(ctx);
  const decision = authorize(caller, 'manage', userId === undefined ? { type: 'user' } : { type: 'user', userId });
  if (!decision.allowed) throw forbidden(decision.reason);
  return caller;
}

async function accountOf(deps: UseCaseDeps, username: string): Promise<User> {
  const account = await deps.store.users.byEmail(username);
  if (account === undefined) throw notFound(ref('accounts.unknown-user', { username }));
  return account;
}

/** Every grant must name an entity that exists and a unit of that entity. */
async function checkGrants(deps: UseCaseDeps, grants: readonly UserRole[], field: string): Promise<void> {
  const entities = await deps.store.entities.list();
  const errors: FieldErrorSpec[] = [];
  grants.forEach((grant, index) => {
    if (grant.entityId === null) return;
    const entity = entities.find((e) => e.id === grant.entityId);
    const path = `${field}[${index}]`;
    if (entity === undefined) errors.push({ ...catalogueError('accounts.unknown-entity', path, { grant: describeGrant(grant), entity: grant.entityId }) });
    else if (grant.unitId !== null && !entity.units.some((u) => u.id === grant.unitId))
      errors.push({ ...catalogueError('accounts.unit-not-of-entity', path, { grant: describeGrant(grant), unit: grant.unitId, entity: grant.entityId }) });
  });
  if (errors.length > 0) throw domainRefused(errors, ref('problem.parties-invalid'));
}

export async function createAccount(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: { username: string; name: string; passwordHash: string; grants: UserRole[]; personId?: string | undefined; trained: boolean },
): Promise<AccountSummary> {
  const caller = requireAdministrator(ctx);
  const username = request.username.trim().toLowerCase();
  if ((await deps.store.users.byEmail(username)) !== undefined)
    throw new ApiProblem({ type: PROBLEM_TYPES.conflict, title: ref('problem.conflict'), status: 409, detail: ref('accounts.exists', { username }) });
  await checkGrants(deps, request.grants, 'roles');
  if (request.personId !== undefined && (await deps.store.people.get(request.personId)) === undefined)
    throw domainRefused([catalogueError('accounts.unknown-person', 'person', { person: request.personId })], ref('problem.parties-invalid'));
  const user = await deps.store.users.create(
    { email: username, name: request.name, passwordHash: request.passwordHash, personId: request.personId ?? null, roles: request.grants, trainedInMethod: request.trained },
    { actorId: caller.userId, action: 'user-created', data: { username, roles: request.grants.map(describeGrant) } },
  );
  return { user, grants: request.grants };
}

export async function changeRoles(deps: UseCaseDeps, ctx: UseCaseContext, request: { username: string; add: UserRole[]; remove: UserRole[] }): Promise<AccountSummary> {
  const caller = requireAdministrator(ctx);
  const account = await accountOf(deps, request.username);
  await checkGrants(deps, request.add, 'add');
  const current = new Set((await deps.store.users.roles(account.id)).map(describeGrant));
  for (const grant of request.add) {
    if (current.has(describeGrant(grant))) continue;
    await deps.store.users.addRole(account.id, grant, { actorId: caller.userId, action: 'role-granted', data: { role: describeGrant(grant) } });
    current.add(describeGrant(grant));
  }
  for (const [index, grant] of request.remove.entries()) {
    if (!(await deps.store.users.removeRole(account.id, grant, { actorId: caller.userId, action: 'role-revoked', data: { role: describeGrant(grant) } })))
      throw domainRefused([catalogueError('accounts.role-not-held', `remove[${index}]`, { username: account.email, grant: describeGrant(grant) })]);
  }
  return { user: account, grants: await deps.store.users.roles(account.id) };
}

/** A new password; every session of the account ends with it. */
export async function resetPassword(deps: UseCaseDeps, ctx: UseCaseContext, request: { username: string; passwordHash: string }): Promise<User> {
  const caller = requireAdministrator(ctx);
  const account = await accountOf(deps, request.username);
  await deps.store.users.setPassword(account.id, request.passwordHash, { endSessions: true, audit: { actorId: caller.userId, action: 'password-reset' } });
  return account;
}

export async function setAccount(deps: UseCaseDeps, ctx: UseCaseContext, request: { username: string; disabled?: boolean | undefined; trained?: boolean | undefined }): Promise<User> {
  const caller = requireAdministrator(ctx);
  const account = await accountOf(deps, request.username);
  if (request.disabled !== undefined)
    await deps.store.users.setDisabled(account.id, request.disabled, { actorId: caller.userId, action: request.disabled ? 'user-disabled' : 'user-enabled' });
  if (request.trained !== undefined)
    await deps.store.users.setTrainedInMethod(account.id, request.trained, { actorId: caller.userId, action: request.trained ? 'user-trained' : 'user-untrained' });
  return (await deps.store.users.get(account.id)) ?? account;
}

export async function listAccounts(deps: UseCaseDeps, ctx: UseCaseContext): Promise<AccountSummary[]> {
  requireAdministrator(ctx);
  const users = await deps.store.users.list();
  return Promise.all(users.map(async (user) => ({ user, grants: await deps.store.users.roles(user.id) })));
}
