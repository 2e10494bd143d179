import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** The manager (or HR) records that the talk a holder asked for was held; the holder is the one it was held with. */
export function recordTalk(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; baseRevision: number; holderId: string; note: string }, options?: StepOptions): Promise<FubeView> {
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'record-talk', holderId: request.holderId, note: request.note }, options);
}
