import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** HR of the entity or the named manager answers in a holder's thread; who answers is the caller. */
export function answerRemark(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: { id: string; baseRevision: number; holderId: string; text: string },
  options?: StepOptions,
): Promise<FubeView> {
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'answer-remark', holderId: request.holderId, text: request.text }, options);
}
