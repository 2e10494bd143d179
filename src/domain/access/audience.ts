import type { Actor, Role } from './actor.js';
import type { FubeResource } from './resources.js';

/**
 * Who reads a FUBE's internal working notes: the weighing rule's id, reconstruction caveats,
 * spread and tie flags, the family's instructions to authors (DOMAIN.md §3.7). They are for
 * HR and the committees; holders, managers and readers see the FUBE without them.
 */
export type Audience = 'internal' | 'public';

export const WORKING_NOTE_ROLES: readonly Role[] = ['admin', 'hr', 'validator', 'committee-member', 'appeal-committee'];

/** `internal` when the actor holds one of those roles for the FUBE's entity. */
export function audienceOf(actor: Actor, fube: Pick<FubeResource, 'entityId'>): Audience {
  const internal = actor.roles.some((grant) => WORKING_NOTE_ROLES.includes(grant.role) && (grant.entityId == null || grant.entityId === fube.entityId));
  return internal ? 'internal' : 'public';
}
