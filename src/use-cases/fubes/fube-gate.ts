import {
  type Decision,
  type FubeAction,
  type FubeResource,
  type UnitTree,
  authorize,
  checkNamedParties,
  fubeResource,
  isVisible,
} from '../../domain/access/index.js';
import { authorsOf } from '../../domain/fube/authors.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { ref } from '../../messages/index.js';
import type { Status } from '../../domain/workflow/index.js';
import type { FubeRecord, Places } from '../../store/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { domainRefused, forbidden, forbiddenFields, notFound, staleRevision } from '../problems.js';

export type FubeResourceNow = FubeResource & { status: Status };

/** A FUBE the caller may see, loaded with what the access rules saw. */
export interface OpenedFube {
  caller: Caller;
  record: FubeRecord;
  resource: FubeResourceNow;
  units: UnitTree;
  /** The units and entity ids the rules saw, read with the FUBE: a write's `checkAsItWillBe` asks the same. */
  places: Places;
}

export function refuse(decision: Decision): void {
  if (!decision.allowed) throw forbidden(decision.reason);
}

/** The FUBE as the rules see it; who wrote and weighed it is read only when the action needs it. */
export async function resourceOf(deps: UseCaseDeps, record: FubeRecord, units: UnitTree, withAuthors: boolean): Promise<FubeResourceNow> {
  const authors = withAuthors ? authorsOf(await deps.store.fubes.revisionAuthors(record.id)) : undefined;
  return fubeResource(record.content, record.workflow.status, units, authors) as FubeResourceNow;
}

/**
 * Loads a FUBE the caller may see and act on: 401 for anonymous callers, 404 when it does
 * not exist or is hidden from the caller (they learn nothing of it), 403 when the action is
 * not theirs.
 */
export async function openFube(deps: UseCaseDeps, ctx: UseCaseContext, id: string, action: FubeAction = 'read'): Promise<OpenedFube> {
  const caller = requireCaller(ctx);
  const [record, places] = await Promise.all([deps.store.fubes.get(id), deps.store.entities.places()]);
  if (record === undefined) throw notFound(ref('not-found.fube', { id }));
  const { units } = places;
  const resource = await resourceOf(deps, record, units, action === 'validate');
  if (!isVisible(caller, resource)) throw notFound(ref('not-found.fube', { id }));
  if (action !== 'read') refuse(authorize(caller, action, resource));
  return { caller, record, resource, units, places };
}

type Parties = Pick<FubeContent, 'entityId' | 'unitId' | 'holderIds' | 'managerId'>;

/**
 * A write is asked about the FUBE as it will be: the caller must be allowed the action on
 * the result too (HR cannot move a FUBE to another entity, a manager not to another unit),
 * every place and person it names must exist, and every person it newly names must be in
 * the caller's reach. `prefix` is where the parties stand in the request (`content`);
 * `places`, when the caller read them already for this request (`openFube`), are not read again.
 */
export async function checkAsItWillBe(
  deps: UseCaseDeps,
  caller: Caller,
  action: FubeAction,
  after: Parties,
  before: Parties | undefined,
  status: Status | undefined,
  prefix = '',
  places?: Places,
): Promise<void> {
  const named = [...after.holderIds, ...(after.managerId != null ? [after.managerId] : [])];
  const [{ entityIds, units }, people] = await Promise.all([places ?? deps.store.entities.places(), deps.store.people.hits(named)]);
  const { unknown, outOfReach } = checkNamedParties(caller, after, before, { entityIds, units, people: new Map(people.map((p) => [p.id, p])) });
  if (unknown.length > 0) throw domainRefused(unknown, ref('problem.parties-invalid'), prefix);
  const decision = authorize(caller, action, fubeResource(after, status, units));
  if (!decision.allowed) throw forbidden(ref('problem.detail.change-out-of-reach', { reason: decision.reason }));
  if (outOfReach.length > 0) throw forbiddenFields(outOfReach, prefix);
}

/** A write based on a revision that is no longer the current one: 409 with the current revision. */
export function checkBase(record: FubeRecord, baseRevision: number): void {
  if (record.revision !== baseRevision) throw staleRevision(record.revision, baseRevision);
}
