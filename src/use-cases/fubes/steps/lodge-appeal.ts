import type { FubeView } from '../../../api/fubes.js';
import type { AppealGround } from '../../../domain/workflow/index.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { openFube } from '../fube-gate.js';
import { viewAfterWrite } from '../get-fube.js';
import { type StepOptions, takeStep } from './run-step.js';

export interface AppealRequest {
  grounds: AppealGround[];
  classDirection?: 'higher' | 'lower' | undefined;
  motivation: string;
  attachments?: string[] | undefined;
}

/** The appeal fields of a request, without the ones it left out. */
export const appealFieldsOf = (request: AppealRequest) => ({
  grounds: request.grounds,
  motivation: request.motivation,
  ...(request.classDirection !== undefined ? { classDirection: request.classDirection } : {}),
  ...(request.attachments !== undefined ? { attachments: request.attachments } : {}),
});

/** A notified holder appeals against the family or the class, in their own name (the caller's person), within their own term. */
export async function lodgeAppeal(deps: UseCaseDeps, ctx: UseCaseContext, request: { id: string } & AppealRequest, options?: StepOptions): Promise<{ appealId: string; fube: FubeView }> {
  const opened = await openFube(deps, ctx, request.id, 'appeal');
  const appellantIds = [opened.caller.personId ?? ''];
  const written = await takeStep(deps, ctx, opened, { type: 'appeal', appellantIds, ...appealFieldsOf(request) }, options);
  const appealId = written.workflow.appeals?.at(-1)?.id ?? '';
  return { appealId, fube: await viewAfterWrite(deps, ctx, written) };
}
