import type { ClosingDayView } from '../../api/calendar.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import { authorize } from '../../domain/access/index.js';
import { holidayRef, isCalendarDate, nonWorkingReason } from '../../domain/workflow/index.js';
import { findTextFault } from '../../domain/text/hygiene.js';
import { catalogueError, ref } from '../../messages/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';
import { ApiProblem, domainRefused, forbidden } from '../problems.js';

/** The longest reason kept (TEXT_LIMITS.short). */
const REASON_MAX = 200;

/**
 * An administrator adds a closing day of the organisation (a bridge day, the day after
 * Christmas): from then on a term whose last day falls on it ends on the next working day.
 * A weekend day or a holiday is no working day already and is refused, so the list holds
 * only days that change a term. Written with its history row.
 */
export async function addClosingDay(deps: UseCaseDeps, ctx: UseCaseContext, request: { date: string; reason: string }): Promise<ClosingDayView> {
  const caller = requireCaller(ctx);
  const decision = authorize(caller, 'manage', { type: 'calendar' });
  if (!decision.allowed) throw forbidden(decision.reason);
  const reason = request.reason.trim();
  const errors = [];
  if (!isCalendarDate(request.date)) errors.push(catalogueError('calendar.not-a-date', 'date'));
  else {
    const off = nonWorkingReason(request.date);
    if (off?.code === 'holiday') errors.push(catalogueError('calendar.closing-day-on-holiday', 'date', { date: { date: request.date }, holiday: holidayRef({ code: off.holiday }) }));
    else if (off !== undefined) errors.push(catalogueError('calendar.closing-day-in-weekend', 'date', { date: { date: request.date } }));
  }
  if (reason === '') errors.push(catalogueError('calendar.closing-day-reason-missing', 'reason'));
  else if (reason.length > REASON_MAX || findTextFault(reason, { name: true }) !== undefined) errors.push(catalogueError('calendar.closing-day-reason-invalid', 'reason', { max: REASON_MAX }));
  if (errors.length > 0) throw domainRefused(errors, ref('problem.calendar-refused'));
  if (!(await deps.store.closingDays.add({ date: request.date, reason }, { actorId: caller.userId, action: 'closing-day-added' })))
    throw new ApiProblem({ type: PROBLEM_TYPES.conflict, title: ref('problem.conflict'), status: 409, detail: ref('calendar.closing-day-exists', { date: { date: request.date } }) });
  const added = (await deps.store.closingDays.list()).find((d) => d.date === request.date);
  if (added === undefined) throw new Error(`closing day ${request.date} not found after adding it`);
  return added;
}
