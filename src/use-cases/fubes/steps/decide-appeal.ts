import type { FubeView } from '../../../api/fubes.js';
import { ref } from '../../../messages/index.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { notFound } from '../../problems.js';
import { checkBase, openFube } from '../fube-gate.js';
import { viewAfterWrite } from '../get-fube.js';
import { type StepOptions, takeStep } from './run-step.js';

/** The id of the appeal of a round: one appeal per round (revision) of the process. */
export const appealId = (revision: number) => `beroep-${revision}`;

export type AppealDecision = { outcome: 'upheld'; familyId?: string | undefined; class: number; motivation: string } | { outcome: 'rejected'; motivation: string };

/**
 * The appeal committee records its decision on the appeal of the current round: the one
 * named (`appealId`), or, through a step based on a revision, the one of that round.
 */
export async function decideAppeal(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: { id: string; appealId?: string; baseRevision?: number; decision: AppealDecision },
  options?: StepOptions,
): Promise<FubeView> {
  const opened = await openFube(deps, ctx, request.id, 'decide-appeal');
  const { record } = opened;
  if (request.baseRevision !== undefined) checkBase(record, request.baseRevision);
  // A named appeal must be the open one (404 otherwise); a step without a name is judged by
  // the workflow, which refuses it (422) when no appeal is open.
  if (request.appealId !== undefined && (record.workflow.appeal === undefined || request.appealId !== appealId(record.workflow.revision)))
    throw notFound(ref('not-found.appeal', { id: record.id, appeal: request.appealId }));
  const { decision } = request;
  const action =
    decision.outcome === 'upheld'
      ? { type: 'decide-appeal' as const, outcome: 'upheld' as const, class: decision.class, motivation: decision.motivation, ...(decision.familyId !== undefined ? { familyId: decision.familyId } : {}) }
      : { type: 'decide-appeal' as const, outcome: 'rejected' as const, motivation: decision.motivation };
  return viewAfterWrite(deps, ctx, await takeStep(deps, ctx, opened, action, options));
}
