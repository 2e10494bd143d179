import type { Actor } from './actor.js';
import { authorize } from './authorize.js';
import type { FubeResource } from './resources.js';

/**
 * Whose threads (remarks, talk requests, answers) a caller may read on a FUBE: every
 * holder's (`read-remarks`: HR of the entity, the named manager), only their own (a holder
 * of the FUBE), or none. A holder's remark is not for their co-holders nor for every reader.
 */
export function threadReach(actor: Actor, fube: FubeResource): { all: true } | { all: false; holderId: string | null } {
  if (authorize(actor, 'read-remarks', fube).allowed) return { all: true };
  const own = actor.personId != null && fube.holderIds.includes(actor.personId) ? actor.personId : null;
  return { all: false, holderId: own };
}
