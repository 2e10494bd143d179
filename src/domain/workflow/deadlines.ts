import { BRUSSELS, type LocalDate, addDays, daysBetween, localDate } from './calendar.js';
import { appealTermFor, hasAppealed, openAppeals } from './appeals.js';
import { PERIODS } from './periods.js';
import type { WorkflowEvent, WorkflowState } from './schema.js';
import { type ClosingDays, type MovedDay, type TermComputation, term, workingDaysBetween } from './working-days.js';

export type DeadlineCode = 'validation-from' | 'talk-requested' | 'appeal-until' | 'final-from' | 'appeal-committee-by';

/** The catalogue key of a deadline's name. */
export const deadlineLabelKey = (code: DeadlineCode) => `workflow.deadline.${code}` as const;

/**
 * An open date of the process, for "my work": `not-before` dates open a step
 * (validation, finalisation), `not-after` dates close one (appeal, committee meeting). Its
 * name is the catalogue's `workflow.deadline.<code>` (deadlineLabelKey), rendered by whoever
 * shows it.
 */
/**
 * The rule that produced a deadline's date (DOMAIN.md §5, "Terms and working days"), as
 * data: the web and documents render it as a sentence, scripts read it as it is.
 * - `minimum-wait`: `days` calendar days after the proposal of `start`, never extended;
 * - `term`: `days` calendar days after `event` on `start` land on `lastDay`; when that is no
 *   working day the term ends on the next one (`moved`: the days skipped, with the reason);
 * - `after-appeal-terms`: the day after the last appeal term (`lastAppealDay`);
 * - `no-appeal-term`: no holder's appeal term is running any more.
 */
export type DeadlineRule =
  | { code: 'minimum-wait'; event: 'proposal'; start: LocalDate; days: number }
  | { code: 'term'; event: 'receipt' | 'notification' | 'appeal'; start: LocalDate; days: number; lastDay: LocalDate; moved: MovedDay[] }
  | { code: 'after-appeal-terms'; lastAppealDay: LocalDate }
  | { code: 'no-appeal-term' };

const termRule = (event: 'receipt' | 'notification' | 'appeal', t: TermComputation): DeadlineRule => ({
  code: 'term',
  event,
  start: t.start,
  days: t.days,
  lastDay: t.lastDay,
  moved: t.moved,
});

export interface Deadline {
  code: DeadlineCode;
  /** How the date was found. */
  rule: DeadlineRule;
  kind: 'not-before' | 'not-after';
  date: LocalDate;
  /** Calendar days from today to the date; 0 = today, negative = past. */
  daysLeft: number;
  /** not-before: the step is possible now; not-after: the date has passed. */
  reached: boolean;
  /** Working days from today to the date (the days in between that are no weekend, holiday or closing day). */
  workingDaysLeft: number;
  /** The holder concerned (a talk request, a holder's own appeal term). */
  holderId?: string;
  /** The appeal concerned (the committee's term). */
  appealId?: string;
}

/**
 * A deadline as it stands whatever the day: what my-work stores (decision 0030). `date` null
 * means "today, whenever asked" (finalisation with no appeal term left to wait for).
 */
export interface DeadlineDate {
  code: DeadlineCode;
  /** How the date was found. */
  rule: DeadlineRule;
  kind: Deadline['kind'];
  date: LocalDate | null;
  holderId?: string;
  appealId?: string;
}

/**
 * The open deadlines of the current round, computed in Brussels calendar days. Talk
 * requests come from the history (events) of the current revision and are due before
 * validation may start.
 */
export function deadlines(state: WorkflowState, events: readonly WorkflowEvent[], now: Date, timeZone: string = BRUSSELS, closingDays: ClosingDays = []): Deadline[] {
  const today = localDate(now, timeZone);
  return deadlineDates(state, events, closingDays, timeZone).map((d) => deadlineOn(d, today, closingDays));
}

/** A deadline's date seen from `today`: days and working days left, reached or not. */
export function deadlineOn(deadline: DeadlineDate, today: LocalDate, closingDays: ClosingDays = []): Deadline {
  const date = deadline.date ?? today;
  const daysLeft = daysBetween(today, date);
  return {
    code: deadline.code,
    rule: deadline.rule,
    kind: deadline.kind,
    date,
    daysLeft,
    workingDaysLeft: workingDaysBetween(today, date, closingDays),
    reached: deadline.kind === 'not-before' ? daysLeft <= 0 : daysLeft < 0,
    ...(deadline.holderId !== undefined ? { holderId: deadline.holderId } : {}),
    ...(deadline.appealId !== undefined ? { appealId: deadline.appealId } : {}),
  };
}

/** The open deadlines of the current round as dates, the same whatever the day (see `deadlines`). */
export function deadlineDates(state: WorkflowState, events: readonly WorkflowEvent[], closingDays: ClosingDays = [], timeZone: string = BRUSSELS): DeadlineDate[] {
  const make = (code: DeadlineCode, kind: Deadline['kind'], date: LocalDate | null, rule: DeadlineRule, about: { holderId?: string; appealId?: string } = {}): DeadlineDate => ({
    code,
    rule,
    kind,
    date,
    ...about,
  });
  const out: DeadlineDate[] = [];
  switch (state.status) {
    case 'proposed': {
      const proposal = state.proposal;
      if (proposal === undefined) break;
      const from = proposal.validationFrom;
      const wait: DeadlineRule = { code: 'minimum-wait', event: 'proposal', start: proposal.date, days: daysBetween(proposal.date, from) };
      out.push(make('validation-from', 'not-before', from, wait));
      for (const holderId of openTalkRequests(state, events))
        out.push(make('talk-requested', 'not-after', from, wait, { holderId }));
      break;
    }
    case 'notified':
    case 'appealed':
    case 'appeal-decided': {
      // Each holder who did not appeal yet has their own term (from their own receipt).
      const waiting = (state.notification?.holderIds ?? []).filter((h) => !hasAppealed(state, h));
      const terms: LocalDate[] = [];
      for (const holderId of waiting) {
        const t = appealTermFor(state, holderId, closingDays);
        if (t === undefined) continue;
        terms.push(t.end);
        out.push(make('appeal-until', 'not-after', t.end, termRule(t.event, t), { holderId }));
      }
      for (const appeal of openAppeals(state)) {
        // The committee's term runs from the day the appeal was lodged or registered.
        const t = term(localDate(new Date(appeal.at), timeZone), PERIODS.appealCommitteeMeets, closingDays);
        // Recomputed like the appeal terms, so a closing day added later counts here too.
        out.push(make('appeal-committee-by', 'not-after', t.end, termRule('appeal', t), { appealId: appeal.id }));
      }
      if (state.status !== 'appealed') {
        const last = terms.sort().at(-1);
        // No term left to wait for: final from today, whichever day that is.
        if (last === undefined) out.push(make('final-from', 'not-before', null, { code: 'no-appeal-term' }));
        else out.push(make('final-from', 'not-before', addDays(last, 1), { code: 'after-appeal-terms', lastAppealDay: last }));
      }
      break;
    }
    default:
      break;
  }
  return out;
}

/** Holders who asked for a talk in this round and whose talk is not recorded yet. */
export function openTalkRequests(state: WorkflowState, events: readonly WorkflowEvent[]): string[] {
  if (state.talks !== undefined) return state.talks.filter((t) => t.heldOn === undefined).map((t) => t.holderId);
  // Rounds proposed before talks were kept in the state: from the history.
  const since = state.proposal?.at ?? '';
  const open = new Set<string>();
  for (const event of events) {
    if (event.revision !== state.revision || event.at < since) continue;
    const holderId = event.data.holderId;
    if (typeof holderId !== 'string') continue;
    if (event.type === 'request-talk') open.add(holderId);
    if (event.type === 'record-talk') open.delete(holderId);
  }
  return [...open];
}
