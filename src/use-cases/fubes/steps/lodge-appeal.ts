import type { FubeView } from '../../../api/fubes.js';
import type { AppealGround } from '../../../domain/workflow/index.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { openFube } from '../fube-gate.js';
import { viewAfterWrite } from '../get-fube.js';
import { appealId } from './decide-appeal.js';
import { type StepOptions, takeStep } from './run-step.js';

/** A notified holder appeals against the family or the class, in their own name (the caller's person). */
export async function lodgeAppeal(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: { id: string; grounds: AppealGround[]; motivation: string },
  options?: StepOptions,
): Promise<{ appealId: string; fube: FubeView }> {
  const opened = await openFube(deps, ctx, request.id, 'appeal');
  const appellantIds = [opened.caller.personId ?? ''];
  const written = await takeStep(deps, ctx, opened, { type: 'appeal', appellantIds, grounds: request.grounds, motivation: request.motivation }, options);
  return { appealId: appealId(written.workflow.revision), fube: await viewAfterWrite(deps, ctx, written) };
}
