import { type ActionType, type Status, actionsFrom } from '../workflow/index.js';
import type { Actor } from './actor.js';
import { can } from './authorize.js';
import type { FubeResource } from './resources.js';

/**
 * The workflow actions this actor may start on the FUBE now: the state allows them and a
 * rule grants them (date guards such as the 30 days are still checked by `transition`).
 * The UI shows these as buttons; "my work" lists FUBEs where it is not empty.
 */
export function availableActions(actor: Actor, fube: FubeResource & { status: Status }): ActionType[] {
  return actionsFrom(fube.status).filter((action) => can(actor, action, fube));
}
