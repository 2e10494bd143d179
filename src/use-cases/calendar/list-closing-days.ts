import type { ClosingDayView } from '../../api/calendar.js';
import type { ClosingDay } from '../../domain/workflow/index.js';
import { type UseCaseContext, type UseCaseDeps, requireCaller } from '../context.js';

/** The organisation's closing days as the terms count them. */
export async function closingDaysOf(deps: UseCaseDeps): Promise<ClosingDay[]> {
  return (await deps.store.closingDays.list()).map(({ date, reason }) => ({ date, reason }));
}

/** A stamp of the closing days, for views kept while the calendar they were computed with stays the same. */
export const closingDaysStamp = (days: readonly ClosingDay[]): string => days.map((d) => d.date).join(',');

/**
 * The organisation's closing days, for whoever is signed in: every deadline shown counts
 * with them, so everyone who sees a deadline may see why.
 */
export async function listClosingDays(deps: UseCaseDeps, ctx: UseCaseContext): Promise<ClosingDayView[]> {
  requireCaller(ctx);
  return deps.store.closingDays.list();
}
