import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** Notifies every holder of the validated decision; the appeal term starts. */
export function notifyHolders(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; baseRevision: number }, options?: StepOptions): Promise<FubeView> {
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'notify' }, options);
}
