import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** Sends the FUBE to all its holders at once (DOMAIN.md §5.2); its content must not block. */
export function proposeFube(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; baseRevision: number }, options?: StepOptions): Promise<FubeView> {
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'propose' }, options);
}
