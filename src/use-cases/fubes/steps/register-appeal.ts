import type { FubeView } from '../../../api/fubes.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { openFube } from '../fube-gate.js';
import { viewAfterWrite } from '../get-fube.js';
import { type AppealRequest, appealFieldsOf } from './lodge-appeal.js';
import { type StepOptions, takeStep } from './run-step.js';

export interface RegisterAppealRequest extends AppealRequest {
  id: string;
  /** The holders who signed it (one, or several jointly): holders the FUBE was notified to. */
  appellantIds: string[];
  channel: 'letter' | 'email' | 'union';
  receivedOn: string;
  representative?: string | undefined;
}

/**
 * HR of the entity registers an appeal that came on paper, by e-mail or through a union
 * representative, with the day it was received. A late one is registered too: the appeal
 * committee then decides it inadmissible.
 */
export async function registerAppeal(deps: UseCaseDeps, ctx: UseCaseContext, request: RegisterAppealRequest, options?: StepOptions): Promise<{ appealId: string; fube: FubeView }> {
  const opened = await openFube(deps, ctx, request.id, 'register-appeal');
  const action = {
    type: 'register-appeal' as const,
    appellantIds: request.appellantIds,
    channel: request.channel,
    receivedOn: request.receivedOn,
    ...(request.representative !== undefined ? { representative: request.representative } : {}),
    ...appealFieldsOf(request),
  };
  const written = await takeStep(deps, ctx, opened, action, options);
  const appealId = written.workflow.appeals?.at(-1)?.id ?? '';
  return { appealId, fube: await viewAfterWrite(deps, ctx, written) };
}
