import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { type StepOptions, runStep } from './run-step.js';

/** Takes a proposal back to draft, with why (e.g. after the holders' remarks); a new proposal restarts the 30 days. */
export function withdrawProposal(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string; baseRevision: number; motivation: string }, options?: StepOptions): Promise<FubeView> {
  return runStep(deps, ctx, request.id, request.baseRevision, { type: 'withdraw-proposal', motivation: request.motivation }, options);
}
