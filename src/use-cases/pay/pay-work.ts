import type { PayWork, PayWorkItem } from '../../api/pay-follow-up.js';
import { can } from '../../domain/access/index.js';
import { daysBetween } from '../../domain/workflow/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { categoryPay, categoryViews, loadFollowUps, today } from './follow-up-scope.js';
import { grantEntities, mayOnSome } from './pay-scope.js';
import { requestPay } from './pay-request-scope.js';

/** The web app's pages for these items (src/web/pay; #opvolging is the follow-up section of the report page). */
export const PAY_PAGES = { followUp: '/loontransparantie', assessment: '/loontransparantie/beoordeling', requests: '/loontransparantie/verzoeken', ownRequests: '/loon-opvragen' } as const;

/**
 * The pay items of "Mijn werk" (issue 16 items 5, 6): for the pay analyst the follow-up
 * deadlines of every recorded report in their scope (files that are due open here), open
 * assessment files, measures and the requests to answer; for everyone with a person their
 * own requests, open and answered. Soonest first.
 */
export async function payWork(deps: UseCaseDeps, ctx: UseCaseContext, organisationName: string): Promise<PayWork> {
  const caller = requireCaller(ctx);
  const day = today(ctx.clock.now());
  const items: PayWorkItem[] = [];
  const entities = grantEntities(caller);
  if (mayOnSome(caller, 'follow-up', entities)) {
    const snapshots = (await deps.store.payFollowUp.snapshots()).filter((s) => s.categories.some((c) => can(caller, 'follow-up', categoryPay(s, c))));
    if (snapshots.length > 0) {
      const names = new Map((await deps.store.entities.list()).map((e) => [e.id, e.name]));
      const states = await loadFollowUps(deps, snapshots, day, caller.userId);
      for (const s of snapshots)
        for (const c of categoryViews(caller, s, states.get(s.id)!, day, names, organisationName)) {
          if (c.deadline === null) continue;
          const kind = c.deadline.code === 'pay-assessment' ? 'assessment' : c.deadline.code === 'pay-measure' ? 'measure' : 'follow-up';
          const link = kind === 'assessment' && c.assessment !== null ? `${PAY_PAGES.assessment}/${encodeURIComponent(c.assessment.id)}` : `${PAY_PAGES.followUp}?periode=${encodeURIComponent(s.periodId)}#opvolging`;
          items.push({ kind, link, period: s.periodId, category: c.category, grain: c.grain, scopeName: c.scopeName, deadline: c.deadline });
        }
    }
  }
  if (mayOnSome(caller, 'answer-request', entities)) {
    for (const r of await deps.store.payFollowUp.requests({ answered: false }))
      if (can(caller, 'answer-request', requestPay(r)))
        items.push({ kind: 'request-to-answer', link: PAY_PAGES.requests, period: null, category: null, scopeName: null, deadline: { code: 'pay-request', date: r.dueOn, kind: 'not-after', daysLeft: daysBetween(day, r.dueOn) } });
  }
  if (caller.personId != null)
    for (const r of await deps.store.payFollowUp.requestsOf(caller.personId))
      items.push({
        kind: 'own-request',
        link: PAY_PAGES.ownRequests,
        period: null,
        category: null,
        scopeName: null,
        deadline: r.answer === null ? { code: 'pay-request', date: r.dueOn, kind: 'not-after', daysLeft: daysBetween(day, r.dueOn) } : null,
        answered: r.answer !== null,
      });
  items.sort((a, b) => (a.deadline?.daysLeft ?? Infinity) - (b.deadline?.daysLeft ?? Infinity));
  return { items };
}
