import type { FollowUpView } from '../../api/pay-follow-up.js';
import { authorize } from '../../domain/access/index.js';
import { flaggedCategories, payReport } from '../../domain/pay/index.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { conflict, reportPersons, requireSomeAnalyst, today } from './follow-up-scope.js';
import { payOf, periodNotFound } from './pay-scope.js';
import { followUpView } from './read-pay-follow-up.js';

/**
 * Records (legt vast) a period's report on today's date (issue 16 item 5): the Art. 10 clock
 * starts; the flagged categories are kept with their suppressed figures as they are now. The
 * pay analyst of the period's whole scope only; once per period (409 after).
 */
export async function recordPayReport(deps: UseCaseDeps, ctx: UseCaseContext, periodId: string, organisationName: string): Promise<FollowUpView> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'follow-up');
  const period = await deps.store.pay.period(periodId);
  if (period === undefined) throw periodNotFound(periodId);
  const decision = authorize(caller, 'follow-up', payOf(period));
  if (!decision.allowed) throw forbidden(decision.reason);
  const now = ctx.clock.now();
  const records = await deps.store.pay.recordsForReport(period.id);
  const categories = flaggedCategories(payReport(reportPersons(period, records), { threshold: period.threshold }));
  const snapshot = await deps.store.payFollowUp.recordSnapshot(
    { periodId: period.id, entityId: period.entityId, reportDate: today(now), threshold: period.threshold, categories, recordedBy: caller.userId },
    (existing) => {
      if (existing !== undefined) throw conflict(ref('pay.follow-up.already-recorded', { date: existing.reportDate }));
    },
  );
  return followUpView(deps, caller, period, snapshot, now, organisationName);
}
