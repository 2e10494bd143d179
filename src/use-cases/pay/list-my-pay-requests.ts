import type { MyPayRequestList } from '../../api/pay-follow-up.js';
import { DEFAULT_SUPPRESSION_THRESHOLD } from '../../domain/pay/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { today } from './follow-up-scope.js';
import { requestView } from './pay-request-scope.js';

/**
 * The caller's own Art. 7 requests, newest first: state and dates only (the answer is read one
 * by one, each read recorded), and the suppression threshold an answer would use now (the
 * latest period holding the caller; the default when none does): the setting only, nothing of
 * the caller's record, so no read of pay to record.
 */
export async function listMyPayRequests(deps: UseCaseDeps, ctx: UseCaseContext): Promise<MyPayRequestList> {
  const caller = requireCaller(ctx);
  if (caller.personId == null) return { requests: [], threshold: DEFAULT_SUPPRESSION_THRESHOLD };
  const day = today(ctx.clock.now());
  const [requests, threshold] = await Promise.all([
    deps.store.payFollowUp.requestsOf(caller.personId),
    deps.store.payFollowUp.thresholdOf(caller.personId),
  ]);
  const names = new Map([[caller.personId, caller.name]]);
  return {
    requests: requests.map((r) => requestView(r, day, names, false)),
    threshold: threshold ?? DEFAULT_SUPPRESSION_THRESHOLD,
  };
}
