import { authorize } from '../../domain/access/index.js';
import { isCalendarDate } from '../../domain/workflow/index.js';
import { catalogueError, ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { domainRefused, forbidden, notFound } from '../problems.js';

/** An administrator removes a closing day (a mistake, a plan changed); written with its history row. */
export async function removeClosingDay(deps: UseCaseDeps, ctx: UseCaseContext, request: { date: string }): Promise<void> {
  const caller = requireCaller(ctx);
  const decision = authorize(caller, 'manage', { type: 'calendar' });
  if (!decision.allowed) throw forbidden(decision.reason);
  if (!isCalendarDate(request.date)) throw domainRefused([catalogueError('calendar.not-a-date', 'date')], ref('problem.calendar-refused'));
  if (!(await deps.store.closingDays.remove(request.date, { actorId: caller.userId, action: 'closing-day-removed' })))
    throw notFound(ref('calendar.closing-day-unknown', { date: { date: request.date } }));
}
