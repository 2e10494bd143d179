import type { PayRequestView } from '../../api/pay-follow-up.js';
import { authorize } from '../../domain/access/index.js';
import { requestDeadline } from '../../domain/pay/index.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { conflict, today } from './follow-up-scope.js';
import { requestView } from './pay-request-scope.js';

/**
 * A worker asks for their own pay level and their category's average pay levels by sex
 * (Art. 7, issue 16 item 6): the caller's own person, never one named in the request; due
 * in two calendar months. One open request at a time (409 while one waits).
 */
export async function createPayRequest(deps: UseCaseDeps, ctx: UseCaseContext): Promise<PayRequestView> {
  const caller = requireCaller(ctx);
  const personId = caller.personId ?? '';
  const decision = authorize(caller, 'ask', { type: 'pay-request', personId });
  if (personId === '' || !decision.allowed) throw forbidden(decision.allowed ? ref('pay.request.no-person') : decision.reason);
  const person = await deps.store.people.get(personId);
  const day = today(ctx.clock.now());
  const stored = await deps.store.payFollowUp.createRequest(
    { personId, entityId: person?.entityId ?? caller.entityId ?? null, requestedBy: caller.userId, requestedOn: day, dueOn: requestDeadline(day) },
    (open) => {
      if (open > 0) throw conflict(ref('pay.request.open-exists'));
    },
  );
  return requestView(stored, day, new Map([[personId, caller.name]]), false);
}
