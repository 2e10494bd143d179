import { refusalMessage } from '../domain/access/authorize.js';
import { ref } from '../domain/messages/index.js';
import {
  type Decision,
  type FubeAction,
  type FubeResource,
  type PeoplePurpose,
  type PeopleReach,
  authorize,
  authorizeFullHistory,
  isVisible,
  peopleScope,
} from '../domain/access/index.js';
import type { Caller, RequestContext } from './context.js';
import { forbidden, notFound, unauthorized } from './errors.js';

/**
 * The one gate between a request and the rules of src/domain/access: handlers ask here,
 * never decide permissions themselves. Families are public reference data; everything about
 * FUBEs needs a caller.
 */
export function requireCaller(ctx: RequestContext): Caller {
  if (ctx.actor === null) throw unauthorized();
  return ctx.actor;
}

const refuse = (decision: Decision): void => {
  if (!decision.allowed) throw forbidden(refusalMessage(decision.reason) ?? decision.reason);
};

/** 401 for anonymous, 404 when the FUBE is hidden from the caller, 403 when the action is not theirs. */
export function authorizeFube(ctx: RequestContext, action: FubeAction, fube: FubeResource, id: string): Caller {
  const caller = requireCaller(ctx);
  if (!isVisible(caller, fube)) throw notFound(ref('not-found.fube', { id }));
  if (action !== 'read') refuse(authorize(caller, action, fube));
  return caller;
}

/** Creating a FUBE: asked for the FUBE as it would be. */
export function authorizeCreate(ctx: RequestContext, fube: FubeResource): Caller {
  const caller = requireCaller(ctx);
  refuse(authorize(caller, 'create', fube));
  return caller;
}

export function authorizeFamilyManagement(ctx: RequestContext): Caller {
  const caller = requireCaller(ctx);
  refuse(authorize(caller, 'manage', { type: 'family' }));
  return caller;
}

/** The full history of every subject is for administrators (those who manage users). */
export function authorizeHistory(ctx: RequestContext): Caller {
  const caller = requireCaller(ctx);
  refuse(authorizeFullHistory(caller));
  return caller;
}

/** 401 for anonymous, 403 for roles that pick nobody; else whom the caller may find. */
export function authorizePeople(ctx: RequestContext, purpose: PeoplePurpose): PeopleReach[] {
  const caller = requireCaller(ctx);
  const scope = peopleScope(caller, purpose);
  if (scope.allowed) return scope.reach;
  refuse(scope);
  return [];
}

/**
 * Which FUBEs a list may show the caller, as a filter the store can apply: every entity for
 * a grant without entity, else the entities of the caller's grants and the FUBEs they hold.
 * Lists are coarse (entity level); opening one FUBE asks the exact rule.
 */
export type Visibility = { all: true } | { all: false; entityIds: string[]; holderPersonId: string | null };

export function visibility(ctx: RequestContext): Visibility {
  const caller = requireCaller(ctx);
  const grants = caller.roles.filter((g) => g.role !== 'holder');
  if (grants.some((g) => g.entityId == null)) return { all: true };
  return {
    all: false,
    entityIds: [...new Set(grants.map((g) => g.entityId).filter((e): e is string => e != null))],
    holderPersonId: caller.personId ?? null,
  };
}

/** The user id written into the history. */
export function actorId(ctx: RequestContext): string {
  return requireCaller(ctx).userId;
}
