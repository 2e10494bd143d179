import { BRUSSELS, type LocalDate, addDays, daysBetween, localDate } from './calendar.js';
import type { WorkflowEvent, WorkflowState } from './schema.js';

export type DeadlineCode = 'validation-from' | 'talk-requested' | 'appeal-until' | 'final-from' | 'appeal-committee-by';

/** The catalogue key of a deadline's name. */
export const deadlineLabelKey = (code: DeadlineCode) => `workflow.deadline.${code}` as const;

/**
 * An open date of the process, for "my work": `not-before` dates open a step
 * (validation, finalisation), `not-after` dates close one (appeal, committee meeting). Its
 * name is the catalogue's `workflow.deadline.<code>` (deadlineLabelKey), rendered by whoever
 * shows it.
 */
export interface Deadline {
  code: DeadlineCode;
  kind: 'not-before' | 'not-after';
  date: LocalDate;
  /** Calendar days from today to the date; 0 = today, negative = past. */
  daysLeft: number;
  /** not-before: the step is possible now; not-after: the date has passed. */
  reached: boolean;
  /** The holder concerned, for talk requests. */
  holderId?: string;
}

/**
 * The open deadlines of the current round, computed in Brussels calendar days. Talk
 * requests come from the history (events) of the current revision and are due before
 * validation may start.
 */
export function deadlines(state: WorkflowState, events: readonly WorkflowEvent[], now: Date, timeZone: string = BRUSSELS): Deadline[] {
  const today = localDate(now, timeZone);
  const make = (code: DeadlineCode, kind: Deadline['kind'], date: LocalDate, holderId?: string): Deadline => {
    const daysLeft = daysBetween(today, date);
    return {
      code,
      kind,
      date,
      daysLeft,
      reached: kind === 'not-before' ? daysLeft <= 0 : daysLeft < 0,
      ...(holderId !== undefined ? { holderId } : {}),
    };
  };
  const out: Deadline[] = [];
  switch (state.status) {
    case 'proposed': {
      const from = state.proposal?.validationFrom;
      if (from === undefined) break;
      out.push(make('validation-from', 'not-before', from));
      for (const holderId of openTalkRequests(state, events))
        out.push(make('talk-requested', 'not-after', from, holderId));
      break;
    }
    case 'notified': {
      const until = state.notification?.appealUntil;
      if (until === undefined) break;
      out.push(make('appeal-until', 'not-after', until));
      out.push(make('final-from', 'not-before', addDays(until, 1)));
      break;
    }
    case 'appealed': {
      const by = state.appeal?.committeeMeetsBy;
      if (by !== undefined) out.push(make('appeal-committee-by', 'not-after', by));
      break;
    }
    default:
      break;
  }
  return out;
}

/** Holders who asked for a talk in this round and whose talk is not recorded yet. */
export function openTalkRequests(state: WorkflowState, events: readonly WorkflowEvent[]): string[] {
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
