import type { FollowUpView } from '../../api/pay-follow-up.js';
import { can } from '../../domain/access/index.js';
import { flaggedCategories, payReport } from '../../domain/pay/index.js';
import type { StoredReportSnapshot } from '../../store/index.js';
import { type Caller, type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { categoryViews, loadFollowUps, recordedView, reportPersons, requireSomeAnalyst, today } from './follow-up-scope.js';
import { grantEntities, otherScope, payOf, periodNotFound } from './pay-scope.js';

/**
 * The Art. 10 follow-up of a period's report (issue 16 item 5), for the pay analyst of the
 * period or of one of its entities: the recorded report (or, before it is recorded, the
 * categories that would be flagged), each category's state and deadline. Files that are
 * due open on this read (decision 0057).
 */
export async function readPayFollowUp(deps: UseCaseDeps, ctx: UseCaseContext, periodId: string, organisationName: string): Promise<FollowUpView> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'follow-up');
  const period = await deps.store.pay.period(periodId);
  if (period === undefined) throw periodNotFound(periodId);
  const sees = can(caller, 'follow-up', payOf(period)) || (period.entityId === null && grantEntities(caller).some((entityId) => can(caller, 'follow-up', { type: 'pay', entityId })));
  if (!sees) throw otherScope(period);
  const snapshot = await deps.store.payFollowUp.snapshotOfPeriod(period.id);
  return followUpView(deps, caller, period, snapshot, ctx.clock.now(), organisationName);
}

export async function followUpView(
  deps: UseCaseDeps,
  caller: Caller,
  period: { id: string; referenceDate: string; entityId: string | null; threshold: number },
  snapshot: StoredReportSnapshot | undefined,
  now: Date,
  organisationName: string,
): Promise<FollowUpView> {
  const day = today(now);
  const entities = await deps.store.entities.list();
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const mayRecord = can(caller, 'follow-up', payOf(period));
  if (snapshot === undefined) {
    // Not recorded yet: what recording would hold, for the caller's scope (no files, no deadlines).
    const draft: StoredReportSnapshot = {
      id: '',
      periodId: period.id,
      entityId: period.entityId,
      reportDate: day,
      threshold: period.threshold,
      categories: flaggedCategories(payReport(reportPersons(period, await deps.store.pay.recordsForReport(period.id)), { threshold: period.threshold })),
      recordedBy: '',
      recordedAt: '',
    };
    const categories = categoryViews(caller, draft, { entries: new Map(), assessments: [] }, day, names, organisationName).map((c) => ({ ...c, deadline: null, mayRecord: false }));
    return { period: { id: period.id, referenceDate: period.referenceDate, entityId: period.entityId }, recorded: null, categories, abilities: { record: mayRecord } };
  }
  const state = (await loadFollowUps(deps, [snapshot], day, caller.userId)).get(snapshot.id)!;
  const people = await deps.store.history.namesOf([snapshot.recordedBy]);
  const categories = categoryViews(caller, snapshot, state, day, names, organisationName);
  return {
    period: { id: period.id, referenceDate: period.referenceDate, entityId: period.entityId },
    recorded: recordedView(snapshot, people),
    categories,
    abilities: { record: false },
  };
}
