import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** Starts a new revision of a final FUBE; the version in force stays in force meanwhile. */
export function reviseFube(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; baseRevision: number; reason: string }, options?: StepOptions): Promise<FubeView> {
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'revise', reason: request.reason }, options);
}
