import { z } from 'zod';
import { HOLIDAY_CODES } from '../domain/workflow/working-days.js';
import { isCalendarDate } from '../domain/workflow/calendar.js';
import { schemaMessage } from '../domain/messages/zod.js';
import { TEXT_LIMITS, safeText } from './safe-text.js';

/** The working-days calendar (DOMAIN.md §5): holidays, the organisation's closing days, how a term's end was found. */

/** A real calendar date, YYYY-MM-DD (not 2026-02-30). */
export const calendarDateSchema = z.string().max(10).refine(isCalendarDate, { message: schemaMessage('schema.date') });

/** A day skipped at a term's end, and why: a weekend day, a holiday (by code) or a closing day (with the administrator's reason). */
export const movedDaySchema = z.discriminatedUnion('code', [
  z.object({ date: z.string(), code: z.literal('saturday') }),
  z.object({ date: z.string(), code: z.literal('sunday') }),
  z.object({ date: z.string(), code: z.literal('holiday'), holiday: z.enum(HOLIDAY_CODES) }),
  z.object({ date: z.string(), code: z.literal('closing-day'), reason: z.string() }),
]);

/** The rule that produced a deadline's date (domain/workflow/deadlines.ts `DeadlineRule`). */
export const deadlineRuleSchema = z.discriminatedUnion('code', [
  z.object({ code: z.literal('minimum-wait'), event: z.literal('proposal'), start: z.string(), days: z.number().int() }),
  z.object({
    code: z.literal('term'),
    event: z.enum(['receipt', 'notification', 'appeal']),
    start: z.string(),
    days: z.number().int(),
    /** start + days, before moving to a working day. */
    lastDay: z.string(),
    moved: z.array(movedDaySchema),
  }),
  z.object({ code: z.literal('after-appeal-terms'), lastAppealDay: z.string() }),
  z.object({ code: z.literal('no-appeal-term') }),
]);
export type DeadlineRuleView = z.infer<typeof deadlineRuleSchema>;

export const closingDaySchema = z.object({
  date: z.string(),
  reason: z.string(),
  /** Who added it (user id) and when. */
  addedBy: z.string(),
  addedAt: z.string(),
});
export type ClosingDayView = z.infer<typeof closingDaySchema>;
export const closingDayListSchema = z.array(closingDaySchema);

export const addClosingDayBodySchema = z.strictObject({
  date: calendarDateSchema,
  reason: safeText(TEXT_LIMITS.short, { name: true }).trim().min(1, schemaMessage('schema.text-empty')),
});
export const closingDayParamsSchema = z.object({ date: calendarDateSchema });
