import { BRUSSELS, type LocalDate, addDays, daysBetween, localDate } from './calendar.js';
import type { WorkflowEvent, WorkflowState } from './schema.js';

export type DeadlineCode = 'validation-from' | 'talk-requested' | 'appeal-until' | 'final-from' | 'appeal-committee-by';

/**
 * An open date of the process, for "my work": `not-before` dates open a step
 * (validation, finalisation), `not-after` dates close one (appeal, committee meeting).
 */
export interface Deadline {
  code: DeadlineCode;
  kind: 'not-before' | 'not-after';
  /** Dutch label for the UI. */
  label: string;
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
  const make = (code: DeadlineCode, kind: Deadline['kind'], label: string, date: LocalDate, holderId?: string): Deadline => {
    const daysLeft = daysBetween(today, date);
    return {
      code,
      kind,
      label,
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
      out.push(make('validation-from', 'not-before', 'Valideren mogelijk vanaf', from));
      for (const holderId of openTalkRequests(state, events))
        out.push(make('talk-requested', 'not-after', 'Gesprek met de functiehouder vóór de validatie', from, holderId));
      break;
    }
    case 'notified': {
      const until = state.notification?.appealUntil;
      if (until === undefined) break;
      out.push(make('appeal-until', 'not-after', 'Beroep mogelijk tot en met', until));
      out.push(make('final-from', 'not-before', 'Definitief zonder beroep vanaf', addDays(until, 1)));
      break;
    }
    case 'appealed': {
      const by = state.appeal?.committeeMeetsBy;
      if (by !== undefined) out.push(make('appeal-committee-by', 'not-after', 'Beroepscommissie komt samen uiterlijk op', by));
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
