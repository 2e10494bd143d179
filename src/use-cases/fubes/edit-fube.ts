import type { FubeView } from '../../api/fubes.js';
import { authorize } from '../../domain/access/index.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { updateFube } from '../../domain/fube/update-fube.js';
import { ref } from '../../messages/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { domainRefused } from '../problems.js';
import { checkAsItWillBe, checkBase, openFube, refuse } from './fube-gate.js';
import { viewAfterWrite } from './get-fube.js';
import { checkEditable, writeFube } from './write-fube.js';

export interface EditFubeRequest {
  id: string;
  baseRevision: number;
  content: FubeContent;
  /** Why this change (kept in the history). */
  reason?: string | undefined;
}

/** The parts of a FUBE that only whoever may weigh it changes: the values, the class decision, the separate method's outcome. */
const weighed = (content: FubeContent) => JSON.stringify([content.weighing?.values ?? null, content.weighing?.rule ?? null, content.weighing?.alternatives ?? null, content.decision ?? null, content.unassignable ?? null]);

/**
 * Saves a whole new content of a draft (the editor's save) as the next revision. Asked of
 * the FUBE as it is and as it will be: the caller may write it now and after the change
 * (no moving it out of their reach), every place and person named exists and newly named
 * people are in their reach; a change of the weighing or the class needs the right to weigh.
 * The family stays the one the FUBE was written on; the weighing result is recomputed.
 */
export async function editFube(deps: UseCaseDeps, ctx: UseCaseContext, request: EditFubeRequest): Promise<FubeView> {
  const { caller, record, resource, places } = await openFube(deps, ctx, request.id, 'update');
  checkBase(record, request.baseRevision);
  checkEditable(record);
  const { content } = request;
  if (weighed(content) !== weighed(record.content)) refuse(authorize(caller, 'weigh', resource));
  await checkAsItWillBe(deps, caller, 'update', content, record.content, record.workflow.status, 'content', places);
  const family = await deps.families.get(record.content.familyId, record.content.familyVersion);
  const updated = updateFube(record.content, content, family);
  if (!updated.ok) throw domainRefused(updated.errors, ref('problem.change-invalid'), 'content');
  const written = await writeFube(deps, caller, record, { baseRevision: request.baseRevision, content: updated.value, reason: request.reason });
  return viewAfterWrite(deps, ctx, written);
}
