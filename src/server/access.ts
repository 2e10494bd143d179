import type { RequestContext } from './context.js';
import { forbidden, unauthorized } from './errors.js';

/**
 * The one gate every handler passes before it acts. Fine-grained, declarative rules per role
 * and scope belong in src/domain/access (the accounts work); this gate asks them in one place
 * so that routes never decide permissions themselves.
 */
export type ApiAction =
  | 'read'
  | 'fube.create'
  | 'fube.update'
  | 'fube.weigh'
  | 'fube.transition'
  | 'fube.remark'
  | 'fube.appeal'
  | 'fube.decide-appeal'
  | 'family.manage'
  | 'history.read';

export interface ApiResource {
  entityId?: string;
  unitId?: string | null;
}

const ADMIN_ONLY: ReadonlySet<ApiAction> = new Set(['family.manage', 'history.read']);

/** Throws 401 for an anonymous write, 403 when the actor lacks the role. */
export function authorize(ctx: RequestContext, action: ApiAction, _resource: ApiResource = {}): void {
  if (action === 'read') return;
  if (ctx.actor.userId === null) throw unauthorized();
  if (ADMIN_ONLY.has(action) && !ctx.actor.roles.some((r) => r.role === 'admin'))
    throw forbidden('alleen een beheerder mag dit');
}

/** The actor id written into the history. */
export function actorId(ctx: RequestContext): string {
  return ctx.actor.userId ?? 'anonymous';
}
