import type { PayRequestView } from '../../api/pay-follow-up.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { conflict, requireSomeAnalyst, today } from './follow-up-scope.js';
import { generateAnswer, loadRequest, requestView } from './pay-request-scope.js';

/**
 * Answers an Art. 7 request (the pay analyst of the person's entity or of the organisation)
 * with the figures generated now; the answer is stored as given and never changes (409 on a
 * second answer), with the history rows of the answer and of the read of the person's pay.
 */
export async function answerPayRequest(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<PayRequestView> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'answer-request');
  const request = await loadRequest(deps, caller, id, 'analyst');
  if (request.answer !== null) throw conflict(ref('pay.request.already-answered'));
  const answer = await generateAnswer(deps, request.personId);
  const stored = await deps.store.payFollowUp.answerRequest(request.id, answer, { actorId: caller.userId, data: { purpose: 'answer' } }, (current) => {
    if (current.answer !== null) throw conflict(ref('pay.request.already-answered'));
  });
  const names = await deps.store.history.namesOf([request.personId]);
  return requestView(stored ?? request, today(ctx.clock.now()), names, true);
}
