import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** Makes the decision final once the appeal term has passed or the appeal was decided. */
export function finalizeFube(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; baseRevision: number }, options?: StepOptions): Promise<FubeView> {
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'finalize' }, options);
}
