import type { PayRecordsView } from '../../api/pay.js';
import { authorize } from '../../domain/access/index.js';
import { ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { forbidden } from '../problems.js';
import { grantEntities, mayOnSome, payOf, periodNotFound } from './pay-scope.js';

/**
 * The person-level pay records of a period (issue 16 item 2): the pay analyst of the
 * period's scope only. Every read writes a history row (`pay.read-persons`, with the count)
 * in the same transaction. Anyone else: 403, before the period is even looked up.
 */
export async function readPayRecords(deps: UseCaseDeps, ctx: UseCaseContext, periodId: string): Promise<PayRecordsView> {
  const caller = requireCaller(ctx);
  if (!mayOnSome(caller, 'read-persons', grantEntities(caller))) throw forbidden(ref('access.denied', { action: { key: 'access.action.pay.read-persons' } }));
  const period = await deps.store.pay.period(periodId);
  if (period === undefined) throw periodNotFound(periodId);
  const decision = authorize(caller, 'read-persons', payOf(period));
  if (!decision.allowed) throw forbidden(decision.reason);
  const records = await deps.store.pay.readRecords(period.id, { actorId: caller.userId, data: { referenceDate: period.referenceDate, entityId: period.entityId } });
  return { period: period.id, records };
}
