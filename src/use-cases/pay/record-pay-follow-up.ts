import type { FollowUpEntryBody, FollowUpView } from '../../api/pay-follow-up.js';
import { authorize } from '../../domain/access/index.js';
import { checkFollowUp, flaggedKey, mayRecordFollowUp } from '../../domain/pay/index.js';
import { catalogueError, ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { domainRefused, forbidden, notFound } from '../problems.js';
import { categoryPay, conflict, requireSomeAnalyst, today } from './follow-up-scope.js';
import { periodNotFound } from './pay-scope.js';
import { followUpView } from './read-pay-follow-up.js';
import type { FollowUpError } from '../../domain/pay/index.js';

/** A domain error of the follow-up as a field error worded from the catalogue. */
export const followUpErrors = (errors: readonly FollowUpError[]) =>
  errors.map((e) => ({ ...catalogueError(e.code, e.path, (e.params ?? {}) as never), code: e.code }));

/**
 * Records (or replaces) a flagged category's justification or measures (issue 16 item 5):
 * the pay analyst of the category's scope, up to report date + 6 months and while no
 * assessment file is open for it. Texts and the due date are checked by the domain.
 */
export async function recordPayFollowUp(deps: UseCaseDeps, ctx: UseCaseContext, periodId: string, body: FollowUpEntryBody, organisationName: string): Promise<FollowUpView> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'follow-up');
  const period = await deps.store.pay.period(periodId);
  if (period === undefined) throw periodNotFound(periodId);
  const snapshot = await deps.store.payFollowUp.snapshotOfPeriod(period.id);
  if (snapshot === undefined) throw conflict(ref('pay.follow-up.not-recorded'));
  const category = snapshot.categories.find((c) => flaggedKey(c) === body.category);
  if (category === undefined) throw notFound(ref('pay.follow-up.category-not-flagged', { category: body.category }));
  const decision = authorize(caller, 'follow-up', categoryPay(snapshot, category));
  if (!decision.allowed) throw forbidden(decision.reason);
  const now = ctx.clock.now();
  const day = today(now);
  if (!mayRecordFollowUp(snapshot.reportDate, day)) throw conflict(ref('pay.follow-up.too-late'));
  const checked = checkFollowUp(body.kind === 'remediation' ? { kind: 'remediation', text: body.text, dueDate: body.dueDate } : { kind: 'justification', text: body.text }, snapshot.reportDate);
  if (!checked.ok) throw domainRefused(followUpErrors(checked.errors) as never);
  await deps.store.payFollowUp.recordFollowUp(snapshot.id, body.category, checked.value, { actorId: caller.userId, data: { period: period.id } }, (assessmentOpen) => {
    if (assessmentOpen) throw conflict(ref('pay.follow-up.too-late'));
  });
  return followUpView(deps, caller, period, snapshot, now, organisationName);
}
