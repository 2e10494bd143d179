import type { PayPeriodList } from '../../api/pay.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { grantEntities, mayOnSome, periodView, seesPeriod } from './pay-scope.js';

/**
 * The pay periods the caller may see (issue 16): counts only, never amounts. Pay analysts,
 * the administrator and HR (an organisation-wide period, and its entity's periods); 403 for
 * anyone who may read no pay report at all.
 */
export async function listPayPeriods(deps: UseCaseDeps, ctx: UseCaseContext): Promise<PayPeriodList> {
  const caller = requireCaller(ctx);
  const entities = grantEntities(caller);
  if (!mayOnSome(caller, 'read-report', entities)) throw forbidden(ref('access.denied', { action: { key: 'access.action.pay.read-report' } }));
  const periods = (await deps.store.pay.periods()).filter((p) => seesPeriod(caller, p));
  const names = await deps.store.history.namesOf(periods.map((p) => p.importedBy));
  return { periods: periods.map((p) => periodView(caller, p, names)), canImport: mayOnSome(caller, 'import', entities) };
}
