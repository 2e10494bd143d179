import type { OpenDueResult } from '../../api/pay-follow-up.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { can } from '../../domain/access/index.js';
import { flaggedKey } from '../../domain/pay/index.js';
import { categoryPay, loadFollowUps, requireSomeAnalyst, scopeName, today } from './follow-up-scope.js';

/**
 * Opens every joint pay assessment file that is due today (issue 16 item 5): for each
 * recorded report more than six months old, each flagged category in the caller's scope
 * neither justified nor remedied. Idempotent. The follow-up page and "Mijn werk" do the
 * same on read; this is for the API and `weegschaal pay open-assessments` (decision 0059),
 * which says what it opened: the files, without figures.
 */
export async function openDueAssessments(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  organisationName: string,
): Promise<OpenDueResult> {
  const caller = requireCaller(ctx);
  requireSomeAnalyst(caller, 'follow-up');
  const day = today(ctx.clock.now());
  const snapshots = await deps.store.payFollowUp.snapshots();
  // Only the caller's scope: a snapshot's categories outside it are left for their own analyst.
  const mine = snapshots
    .map((s) => ({ ...s, categories: s.categories.filter((c) => can(caller, 'follow-up', categoryPay(s, c))) }))
    .filter((s) => s.categories.length > 0);
  const before = new Set((await deps.store.payFollowUp.assessments(mine.map((s) => s.id))).map((a) => a.id));
  const after = await loadFollowUps(deps, mine, day, caller.userId);
  const names = new Map((await deps.store.entities.list()).map((e) => [e.id, e.name]));
  const files: OpenDueResult['files'] = [];
  for (const s of mine)
    for (const file of after.get(s.id)?.assessments ?? []) {
      if (before.has(file.id)) continue;
      const category = s.categories.find((c) => flaggedKey(c) === file.categoryKey);
      if (category === undefined) continue;
      files.push({
        id: file.id,
        period: s.periodId,
        reportDate: s.reportDate,
        openedOn: file.openedOn,
        scopeName: scopeName(category.entityId, s.entityId, names, organisationName),
        grain: category.grain,
        category: category.category,
      });
    }
  return { opened: files.length, files };
}
