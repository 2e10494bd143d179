import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/**
 * The manager or HR records that the talk a holder asked for was held (on `heldOn`, today
 * when absent); the holder is the one it was held with, who recorded it is the caller.
 */
export function recordTalk(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: { id: string; baseRevision: number; holderId: string; note: string; heldOn?: string | undefined },
  options?: StepOptions,
): Promise<FubeView> {
  const { holderId, note, heldOn } = request;
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'record-talk', holderId, note, ...(heldOn !== undefined ? { heldOn } : {}) }, options);
}
