import type { DomainError } from '../errors.js';
import { type ActionType, type Status, type WorkflowState, actionsFrom, contentEditable, personBlockers } from '../workflow/index.js';
import type { Actor } from './actor.js';
import { authorize, can } from './authorize.js';
import type { FubeResource } from './resources.js';
import { type UnitTree, unitPath } from './fube-resource.js';
import { threadReach } from './thread-reach.js';

const threadsOf = (reach: ReturnType<typeof threadReach>): FubeAbilities['threads'] => (reach.all ? 'all' : reach.holderId !== null ? 'own' : 'none');

/**
 * What this caller may do with this FUBE now, by the same rules the use cases enforce:
 * - `actions`: workflow steps the caller may take now (role, state and every guard that
 *   does not depend on the request's input allow them);
 * - `waiting`: steps the caller's role allows in this state but a guard blocks for now
 *   (too early, blocking content), each with its reasons, so a page can say why;
 * - `edit`/`weigh`: the content or weighing may be changed by this caller now;
 * - `decideTie`: the caller may choose between the weighing's tied levels now;
 * - `history`: the caller may read the FUBE's history.
 * A step that is in neither list is refused with 403 (or 404 when the FUBE is hidden).
 */
export interface FubeAbilities {
  actions: ActionType[];
  waiting: { action: ActionType; reasons: DomainError[] }[];
  edit: boolean;
  weigh: boolean;
  /** The caller may choose between the tied levels of the weighing now (a draft with a tie). */
  decideTie: boolean;
  history: boolean;
  /** The caller reads the holders' threads: all of them (`all`), their own (`own`), or none. */
  threads: 'all' | 'own' | 'none';
  /** The caller reads the appeal file: every appeal (`all`), the ones they lodged (`own`), or none. */
  appeals: 'all' | 'own' | 'none';
}

/**
 * `stateBlockers` gives, per action, what blocks it for every caller (workflow
 * `stateBlockers`, computed once per FUBE and day); the caller's own checks are added here.
 */
export function fubeAbilities(
  actor: Actor,
  fube: FubeResource & { status: Status },
  state: WorkflowState,
  stateBlockers: (action: ActionType) => readonly DomainError[],
  /** The FUBE's weighing has a tie (decided or not): HR may choose, or choose again, while drafting. */
  tie = false,
): FubeAbilities {
  const actions: ActionType[] = [];
  const waiting: FubeAbilities['waiting'] = [];
  for (const action of actionsFrom(fube.status)) {
    if (!can(actor, action, fube)) continue;
    const reasons = [...stateBlockers(action), ...personBlockers(state, action, actor.personId ?? null)];
    if (reasons.length === 0) actions.push(action);
    else waiting.push({ action, reasons });
  }
  const draft = contentEditable(fube.status);
  return {
    actions,
    waiting,
    edit: draft && authorize(actor, 'update', fube).allowed,
    weigh: draft && authorize(actor, 'weigh', fube).allowed,
    decideTie: draft && tie && authorize(actor, 'decide-tie', fube).allowed,
    history: authorize(actor, 'read-history', fube).allowed,
    threads: threadsOf(threadReach(actor, fube)),
    appeals: authorize(actor, 'read-appeals', fube).allowed ? 'all' : actor.personId != null && fube.holderIds.includes(actor.personId) ? 'own' : 'none',
  };
}

/** A place a FUBE can stand: an entity, and a unit of it or none. */
export interface FubePlace {
  entityId: string;
  unitId: string | null;
}

/**
 * The places where the actor may have a FUBE for this action (create a FUBE there, or move
 * one there while editing): the answer a form needs to offer only what the server accepts.
 */
export function allowedPlaces(actor: Actor, action: 'create' | 'update', fube: Omit<FubeResource, 'entityId' | 'unitId' | 'unitPath'>, entityIds: Iterable<string>, units: UnitTree): FubePlace[] {
  const places: FubePlace[] = [];
  for (const entityId of entityIds) {
    const candidates: FubePlace[] = [{ entityId, unitId: null }];
    for (const [unitId, unit] of units) if (unit.entityId === entityId) candidates.push({ entityId, unitId });
    for (const place of candidates)
      if (can(actor, action, { ...fube, ...place, unitPath: unitPath(units, place.unitId) } as FubeResource)) places.push(place);
  }
  return places;
}
