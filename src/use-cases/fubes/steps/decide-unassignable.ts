import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** Records the class of a function that fits no family, from the separate method, with its motivation. */
export function decideUnassignable(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: { id: string; baseRevision: number; method: string; class: number; motivation: string },
  options?: StepOptions,
): Promise<FubeView> {
  const { id, baseRevision, ...decision } = request;
  return runStep(deps, ctx, id, baseRevision, { type: 'decide-unassignable', ...decision }, options);
}
