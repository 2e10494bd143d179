import type { FubeView } from '../../../api/fubes.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** A holder asks for a talk with their manager before the validation; the holder is the caller. */
export function requestTalk(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; baseRevision: number; note?: string | undefined }, options?: StepOptions): Promise<FubeView> {
  const holderId = requireCaller(ctx).personId ?? '';
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'request-talk', holderId, ...(request.note !== undefined ? { note: request.note } : {}) }, options);
}
