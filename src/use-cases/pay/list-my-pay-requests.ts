import type { PayRequestList } from '../../api/pay-follow-up.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { today } from './follow-up-scope.js';
import { requestView } from './pay-request-scope.js';

/** The caller's own Art. 7 requests, newest first: state and dates only (the answer is read one by one, each read recorded). */
export async function listMyPayRequests(deps: UseCaseDeps, ctx: UseCaseContext): Promise<PayRequestList> {
  const caller = requireCaller(ctx);
  if (caller.personId == null) return { requests: [] };
  const day = today(ctx.clock.now());
  const requests = await deps.store.payFollowUp.requestsOf(caller.personId);
  const names = new Map([[caller.personId, caller.name]]);
  return { requests: requests.map((r) => requestView(r, day, names, false)) };
}
