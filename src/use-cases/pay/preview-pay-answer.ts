import type { z } from 'zod';
import type { payAnswerPreviewSchema } from '../../api/pay-follow-up.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { requireSomeAnalyst, today } from './follow-up-scope.js';
import { generateAnswer, loadRequest, requestView } from './pay-request-scope.js';

/**
 * The answer an Art. 7 request would get now, for the analyst to check before sending: a
 * read of the person's pay, recorded in the history (`pay.read-person`).
 */
export async function previewPayAnswer(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<z.infer<typeof payAnswerPreviewSchema>> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'answer-request');
  const request = await loadRequest(deps, caller, id, 'analyst');
  const answer = await generateAnswer(deps, request.personId);
  if (answer.kind === 'figures')
    await deps.store.payFollowUp.recordRead({ actorId: caller.userId, action: 'pay.read-person', subjectType: 'pay-period', subjectId: answer.period.id, data: { person: request.personId, request: request.id, purpose: 'preview' } });
  const names = await deps.store.history.namesOf([request.personId]);
  return { request: requestView(request, today(ctx.clock.now()), names, false), answer };
}
