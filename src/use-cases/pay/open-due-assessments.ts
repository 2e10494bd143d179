import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { can } from '../../domain/access/index.js';
import { categoryPay, loadFollowUps, requireSomeAnalyst, today } from './follow-up-scope.js';

/**
 * Opens every joint pay assessment file that is due today (issue 16 item 5): for each
 * recorded report more than six months old, each flagged category in the caller's scope
 * neither justified nor remedied. Idempotent. The follow-up page and "Mijn werk" do the
 * same on read; this is for the API and `weegschaal pay open-assessments` (decision 0057).
 */
export async function openDueAssessments(deps: UseCaseDeps, ctx: UseCaseContext): Promise<{ opened: number }> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'follow-up');
  const day = today(ctx.clock.now());
  const snapshots = await deps.store.payFollowUp.snapshots();
  const before = await deps.store.payFollowUp.assessments(snapshots.map((s) => s.id));
  // Only the caller's scope: a snapshot's categories outside it are left for their own analyst.
  const mine = snapshots.map((s) => ({ ...s, categories: s.categories.filter((c) => can(caller, 'follow-up', categoryPay(s, c))) })).filter((s) => s.categories.length > 0);
  const after = await loadFollowUps(deps, mine, day, caller.userId);
  const total = [...after.values()].reduce((n, s) => n + s.assessments.length, 0);
  const had = before.filter((a) => mine.some((s) => s.id === a.snapshotId)).length;
  return { opened: total - had };
}
