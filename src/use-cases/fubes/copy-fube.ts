import type { FubeView } from '../../api/fubes.js';
import { allowedPlaces } from '../../domain/access/index.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { ref } from '../../messages/index.js';
import { initialState } from '../../domain/workflow/index.js';
import { type UseCaseContext, type UseCaseDeps } from '../context.js';
import { forbidden } from '../problems.js';
import { checkAsItWillBe, openFube } from './fube-gate.js';
import { viewAfterWrite } from './get-fube.js';

export interface CopyFubeRequest {
  /** Where the copy will stand: an entity, and a unit of it or none, within the caller's reach. */
  entityId: string;
  unitId?: string | undefined;
  /** The copy's title; the source's title when left out. */
  title?: string | undefined;
}

/**
 * What a copy takes from its source, field by field (decision 0046). Typed over every field of
 * the content, so a field added later does not compile until someone decides whether it is
 * copied. `copy`: the function's text and weighing; `leave`: people (holders, manager) and the
 * decisions taken on the source (class, tie, the separate method's outcome); `place`: from
 * the request.
 */
export const COPIED_FIELDS: Record<keyof FubeContent, 'copy' | 'leave' | 'place'> = {
  familyId: 'copy',
  familyVersion: 'copy',
  title: 'copy',
  entityId: 'place',
  unitId: 'place',
  holderIds: 'leave',
  managerId: 'leave',
  purpose: 'copy',
  resultAreas: 'copy',
  specificKnowledge: 'copy',
  weighing: 'copy',
  decision: 'leave',
  tieDecision: 'leave',
  unassignable: 'leave',
  // Wording of the family's competency texts: content; it applies only at the level it was written for.
  competencyWording: 'copy',
};

/** The content of a copy: the source's copied fields, no people, the new place and title. */
export function copiedContent(source: FubeContent, request: CopyFubeRequest): FubeContent {
  const content: Record<string, unknown> = {};
  for (const [field, how] of Object.entries(COPIED_FIELDS) as [keyof FubeContent, string][])
    if (how === 'copy' && source[field] !== undefined) content[field] = structuredClone(source[field]);
  return {
    ...(content as Omit<FubeContent, 'entityId' | 'holderIds'>),
    ...(request.title !== undefined ? { title: request.title } : {}),
    entityId: request.entityId,
    ...(request.unitId !== undefined ? { unitId: request.unitId } : {}),
    holderIds: [],
  } as FubeContent;
}

/**
 * "Kopiëren als nieuwe functiebeschrijving": a new draft (revision 1, no workflow) with the
 * content of a FUBE the caller may read, placed where the caller may create one. The source
 * is asked as it is (hidden → 404), the copy as it will be (the same checks as a new FUBE);
 * its history says which FUBE and revision it copies.
 */
export async function copyFube(deps: UseCaseDeps, ctx: UseCaseContext, sourceId: string, request: CopyFubeRequest): Promise<FubeView> {
  const { caller, record } = await openFube(deps, ctx, sourceId, 'read');
  const places = await deps.store.entities.places();
  const { entityIds, units } = places;
  if (allowedPlaces(caller, 'create', { type: 'fube', holderIds: [], managerId: null }, entityIds, units).length === 0)
    throw forbidden(ref('problem.detail.create-nowhere'));
  const content = copiedContent(record.content, request);
  await checkAsItWillBe(deps, caller, 'create', content, undefined, 'draft', '', places);
  const copy = await deps.store.fubes.create(content, initialState(1), caller.userId, `kopie van ${record.id} revisie ${record.revision}`, {
    copyOf: { fubeId: record.id, revision: record.revision },
  });
  return viewAfterWrite(deps, ctx, copy);
}
