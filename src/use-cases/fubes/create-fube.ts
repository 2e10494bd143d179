import type { FubeView } from '../../api/fubes.js';
import { allowedPlaces } from '../../domain/access/index.js';
import { createFube as createFubeContent } from '../../domain/fube/create-fube.js';
import { ref } from '../../messages/index.js';
import { initialState } from '../../domain/workflow/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { requireFamily } from '../family-versions.js';
import { domainRefused, forbidden } from '../problems.js';
import { checkAsItWillBe } from './fube-gate.js';
import { viewAfterWrite } from './get-fube.js';
import type { FubeOrigin } from '../../store/fubes-repository.js';

export interface CreateFubeRequest {
  familyId: string;
  /** The latest published version when left out. */
  familyVersion?: number | undefined;
  title: string;
  entityId: string;
  unitId?: string | undefined;
  holderIds: string[];
  managerId?: string | undefined;
}

/**
 * What only a server-side caller passes (never an HTTP body): the family result areas to start
 * with, and the origin the history row records (an old description and its suggestion).
 */
export interface CreateFubeOptions {
  resultAreaIds?: string[];
  origin?: FubeOrigin;
  /** The history row's reason. */
  reason?: string;
}

/**
 * Whether the caller may start a FUBE with these parties: 403 for whoever may create nowhere
 * (they learn nothing about which places or people exist), 422 for unknown places or people,
 * 403 for a place or person out of reach. Also asked before an upload is read.
 */
export async function checkCreatePlace(
  deps: UseCaseDeps,
  caller: Caller,
  parties: { entityId: string; unitId?: string | undefined; holderIds: string[]; managerId?: string | undefined },
): Promise<void> {
  const places = await deps.store.entities.places();
  const { entityIds, units } = places;
  if (allowedPlaces(caller, 'create', { type: 'fube', holderIds: [], managerId: null }, entityIds, units).length === 0)
    throw forbidden(ref('problem.detail.create-nowhere'));
  await checkAsItWillBe(deps, caller, 'create', parties, undefined, 'draft', '', places);
}

/**
 * Starts a FUBE from a family: allowed when the caller may create a FUBE where it will
 * stand, every place and person it names exists and the people are in the caller's reach.
 */
export async function createFube(deps: UseCaseDeps, ctx: UseCaseContext, request: CreateFubeRequest, options: CreateFubeOptions = {}): Promise<FubeView> {
  const caller = requireCaller(ctx);
  const { familyId, familyVersion, ...input } = request;
  await checkCreatePlace(deps, caller, { entityId: input.entityId, unitId: input.unitId, holderIds: input.holderIds, managerId: input.managerId });
  const family = await requireFamily(deps.store, familyId, familyVersion);
  const content = createFubeContent(family, { ...input, ...(options.resultAreaIds !== undefined ? { resultAreaIds: options.resultAreaIds } : {}) });
  if (!content.ok) throw domainRefused(content.errors);
  const record = await deps.store.fubes.create(content.value, initialState(1), caller.userId, options.reason, options.origin);
  return viewAfterWrite(deps, ctx, record);
}
