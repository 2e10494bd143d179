import type { PayRequestView } from '../../api/pay-follow-up.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { today } from './follow-up-scope.js';
import { isOwnRequest, loadRequest, requestView } from './pay-request-scope.js';

/**
 * One Art. 7 request with its answer as given: the person who asked, or the pay analyst of
 * its scope; anyone else 404. Reading an answer with figures is recorded (`pay.request-read`).
 */
export async function readPayRequest(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<PayRequestView> {
  const caller = requireCaller(ctx);
  const request = await loadRequest(deps, caller, id, 'holder-or-analyst');
  if (request.answer?.answer.kind === 'figures')
    await deps.store.payFollowUp.recordRead({ actorId: caller.userId, action: 'pay.request-read', subjectType: 'pay-request', subjectId: request.id, data: { person: request.personId, own: isOwnRequest(caller, request) } });
  const names = await deps.store.history.namesOf([request.personId]);
  return requestView(request, today(ctx.clock.now()), names, true);
}
