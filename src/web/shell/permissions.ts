import type { User } from '../../api/auth.js';
import type { Actor, RoleGrant } from '../../domain/access/actor.js';
import { authorizeFullHistory, can } from '../../domain/access/authorize.js';
import { isRole } from '../../domain/access/roles.js';
import { useMe } from '../api/queries.js';

/** The signed-in user as the domain's actor, so the UI asks the same rules as the API. */
export function actorOf(user: User): Actor {
  const roles: RoleGrant[] = user.roles.flatMap((r) => (isRole(r.role) ? [{ role: r.role, entityId: r.entityId, unitId: r.unitId }] : []));
  return { userId: user.id, personId: user.personId, roles };
}

/** What the administration pages need; `undefined` while the user is still loading. */
export type AdminPermission =
  | 'manage-families'
  | 'read-full-history'
  | 'manage-calendar'
  | 'read-overview'
  | 'read-pay-report'
  | 'manage-pay-data'
  | 'follow-up-pay'
  | 'answer-pay-requests'
  | 'calibrate';

export function mayDo(user: User | null, permission: AdminPermission): boolean {
  if (user === null) return false;
  const actor = actorOf(user);
  if (permission === 'manage-families') return can(actor, 'manage', { type: 'family' });
  if (permission === 'manage-calendar') return can(actor, 'manage', { type: 'calendar' });
  // The overview answers everyone (over what they may open); it is worth a menu item to those
  // who follow more than their own functions and team.
  // The pay report: whoever may read the aggregated figures of the organisation or of an entity of theirs.
  if (permission === 'read-pay-report')
    return [null, ...actor.roles.map((g) => g.entityId ?? null)].some((entityId) => can(actor, 'read-report', { type: 'pay', entityId }));
  // Pay data (the page Loongegevens): whoever may import or delete a period somewhere (the pay analyst, the administrator).
  if (permission === 'manage-pay-data')
    return [null, ...actor.roles.map((g) => g.entityId ?? null)].some((entityId) => can(actor, 'import', { type: 'pay', entityId }) || can(actor, 'delete-period', { type: 'pay', entityId }));
  // The Art. 10 follow-up and the Art. 7 answers: the pay analyst, of the organisation or of an entity.
  if (permission === 'follow-up-pay' || permission === 'answer-pay-requests') {
    const action = permission === 'follow-up-pay' ? 'follow-up' : 'answer-request';
    return [null, ...actor.roles.map((g) => g.entityId ?? null)].some((entityId) => can(actor, action, { type: 'pay', entityId }));
  }
  // Calibration (the page Kalibratie): HR and the administrator, over the FUBEs each may open.
  if (permission === 'calibrate') return can(actor, 'read', { type: 'calibration' });
  if (permission === 'read-overview') return actor.roles.some((r) => r.role !== 'holder' && r.role !== 'manager');
  return authorizeFullHistory(actor).allowed;
}

export function usePermission(permission: AdminPermission): boolean | undefined {
  const me = useMe();
  return me.data === undefined ? undefined : mayDo(me.data, permission);
}
