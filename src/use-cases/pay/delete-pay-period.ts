import type { PayPeriodView } from '../../api/pay.js';
import { authorize } from '../../domain/access/index.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { grantEntities, mayOnSome, otherScope, payOf, periodNotFound, periodView } from './pay-scope.js';
import { forgetPayReport } from './report-cache.js';

/**
 * Deletes a period's pay data as a whole (issue 16 item 2, retention): its records and the
 * period, in one transaction with a history row holding the counts. The pay analyst of the
 * period's scope, or the administrator.
 */
export async function deletePayPeriod(deps: UseCaseDeps, ctx: UseCaseContext, periodId: string): Promise<PayPeriodView> {
  const caller = requireCaller(ctx);
  if (!mayOnSome(caller, 'delete-period', grantEntities(caller))) throw forbidden(ref('access.denied', { action: { key: 'access.action.pay.delete-period' } }));
  const deleted = await deps.store.pay.deletePeriod(periodId, { actorId: caller.userId, data: {} }, (existing) => {
    if (!authorize(caller, 'delete-period', payOf(existing)).allowed) throw otherScope(existing);
  });
  forgetPayReport(deps.store, periodId);
  if (deleted === undefined) throw periodNotFound(periodId);
  return periodView(caller, deleted, await deps.store.history.namesOf([deleted.importedBy]));
}
