import type { PayRequestList } from '../../api/pay-follow-up.js';
import { can } from '../../domain/access/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { requireSomeAnalyst, today } from './follow-up-scope.js';
import { requestPay, requestView } from './pay-request-scope.js';

/** The requests the caller answers as pay analyst (their scope), soonest due first; `answered` lists the answered ones instead (no figures). */
export async function listPayRequests(deps: UseCaseDeps, ctx: UseCaseContext, options: { answered?: boolean } = {}): Promise<PayRequestList> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'answer-request');
  const day = today(ctx.clock.now());
  const requests = (await deps.store.payFollowUp.requests({ answered: options.answered === true })).filter((r) => can(caller, 'answer-request', requestPay(r)));
  const names = await deps.store.history.namesOf(requests.map((r) => r.personId));
  return { requests: requests.map((r) => requestView(r, day, names, false)) };
}
