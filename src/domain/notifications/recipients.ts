import type { Actor, RuleRole } from '../access/actor.js';
import { authorize } from '../access/authorize.js';
import type { FubeAction, FubeResource } from '../access/resources.js';
import { deadlines } from '../workflow/deadlines.js';
import { localDate } from '../workflow/calendar.js';
import type { WorkflowEvent, WorkflowState } from '../workflow/schema.js';
import { type ClosingDays, workingDaysBetween } from '../workflow/working-days.js';

/** Working days after `today` up to and including `date`; 0 when the date is today or past. */
const workingDaysUntil = (today: string, date: string, closingDays: ClosingDays = []): number => Math.max(0, workingDaysBetween(today, date, closingDays));

/**
 * Who a workflow event waits on (issue 13 item 4): a pure table from the event's type to the
 * people it concerns, judged with the access rules, so nobody is told about a FUBE they may
 * not open. Event types not in the table tell nobody; a new step that waits on someone adds
 * one line here (decision 0026).
 */
export type NotificationKind =
  | 'proposal'
  | 'remark'
  | 'remark-answered'
  | 'talk-request'
  | 'talk-recorded'
  | 'committee-convened'
  | 'validation'
  | 'notification'
  | 'appeal-lodged'
  | 'appeal-decided'
  | 'deadline';

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'proposal',
  'remark',
  'remark-answered',
  'talk-request',
  'talk-recorded',
  'committee-convened',
  'validation',
  'notification',
  'appeal-lodged',
  'appeal-decided',
  'deadline',
];

/** Which holders an event concerns: those it was sent to (proposal, notification), the one it names (`holderId`: a thread's holder) or all of them. */
type HolderSet = 'proposal' | 'notification' | 'event' | 'all';

export interface WaitsOn {
  kind: NotificationKind;
  /** Holders, when the step waits on holders; each must also be able to read the FUBE. */
  holders?: HolderSet;
  /** People whose assigned role (or the implicit named manager) allows this action on the FUBE. */
  roles?: { roles: readonly RuleRole[]; action: FubeAction };
}

/** Event type → who it waits on (one or more kinds). Unknown types (withdrawals, edits, receipts) tell nobody. */
export const WAITS_ON: Readonly<Record<string, WaitsOn | readonly WaitsOn[]>> = {
  propose: [
    { kind: 'proposal', holders: 'proposal' },
    // The validation committee of the entity is convened: it advises before the validation.
    { kind: 'committee-convened', roles: { roles: ['committee-member'], action: 'advise' } },
  ],
  // Those who may read the holder's thread (HR of the entity, the FUBE's named manager) and answer it.
  remark: { kind: 'remark', roles: { roles: ['hr', 'named-manager'], action: 'read-remarks' } },
  'request-talk': { kind: 'talk-request', roles: { roles: ['hr', 'named-manager'], action: 'read-remarks' } },
  // The holder whose thread it is: their remark was answered, their talk recorded as held.
  'answer-remark': { kind: 'remark-answered', holders: 'event' },
  'record-talk': { kind: 'talk-recorded', holders: 'event' },
  // A validated FUBE waits on its notification: whoever notifies, and HR who sends the letters.
  validate: { kind: 'validation', roles: { roles: ['validator', 'hr'], action: 'read-history' } },
  notify: { kind: 'notification', holders: 'notification' },
  appeal: { kind: 'appeal-lodged', roles: { roles: ['appeal-committee', 'hr'], action: 'read-history' } },
  // An appeal HR registered (paper, e-mail, union) waits on the committee as one lodged in the app.
  'register-appeal': { kind: 'appeal-lodged', roles: { roles: ['appeal-committee', 'hr'], action: 'read-history' } },
  'decide-appeal': { kind: 'appeal-decided', holders: 'all', roles: { roles: ['hr'], action: 'read-history' } },
};

/** A person with an account, as a notification is addressed: the actor, their e-mail and language. */
export interface Addressee extends Actor {
  email: string | null;
  language: 'nl' | 'en';
}

export interface Notice {
  userId: string;
  kind: NotificationKind;
  /** For `deadline`: which date (the deadline's code) and the date. */
  detail?: { code: string; date: string };
}

/** The holders a set names, from the workflow state after the event. */
function holdersOf(set: HolderSet, fube: FubeResource, state: WorkflowState, event: WorkflowEvent | undefined): readonly string[] {
  if (set === 'event') return typeof event?.data.holderId === 'string' ? [event.data.holderId] : [];
  if (set === 'proposal') return state.proposal?.holderIds ?? fube.holderIds;
  if (set === 'notification') return state.notification?.holderIds ?? fube.holderIds;
  return fube.holderIds;
}

/** Whether the addressee's grants (not the administrator's "everything", not being a holder) allow the action. */
function byRole(addressee: Addressee, roles: readonly RuleRole[], action: FubeAction, fube: FubeResource): boolean {
  const narrowed: Actor = { ...addressee, roles: addressee.roles.filter((grant) => roles.includes(grant.role)) };
  const decision = authorize(narrowed, action, fube);
  if (!decision.allowed || !roles.includes(decision.role)) return false;
  // The implicit named-manager grant only counts for the manager the FUBE names.
  return decision.role !== 'named-manager' || (fube.managerId != null && fube.managerId === addressee.personId);
}

/** The people one waiting step concerns, out of the candidates, never the one who acted. */
export function addresseesOf(
  waits: WaitsOn,
  fube: FubeResource,
  state: WorkflowState,
  candidates: readonly Addressee[],
  actorUserId: string | null,
  event?: WorkflowEvent,
): Addressee[] {
  const holders = waits.holders === undefined ? [] : holdersOf(waits.holders, fube, state, event);
  return candidates.filter((candidate) => {
    if (candidate.userId === actorUserId) return false;
    if (candidate.personId != null && holders.includes(candidate.personId) && fube.holderIds.includes(candidate.personId) && authorize(candidate, 'read', fube).allowed)
      return true;
    return waits.roles !== undefined && byRole(candidate, waits.roles.roles, waits.roles.action, fube);
  });
}

/**
 * The notifications a write's events create: per event in the table, one per addressee
 * (an addressee named by two events of one write is told once per kind). `fube` is the FUBE
 * as the write leaves it (holders, manager, status), `state` its workflow state.
 */
export function noticesFor(events: readonly WorkflowEvent[], fube: FubeResource, state: WorkflowState, candidates: readonly Addressee[]): Notice[] {
  const out: Notice[] = [];
  const seen = new Set<string>();
  for (const event of events) {
    const entry = WAITS_ON[event.type];
    if (entry === undefined) continue;
    for (const waits of Array.isArray(entry) ? entry : [entry as WaitsOn])
      for (const addressee of addresseesOf(waits, fube, state, candidates, event.actorId, event)) {
        const key = `${addressee.userId}|${waits.kind}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push({ userId: addressee.userId, kind: waits.kind });
      }
  }
  return out;
}

/** Person ids a FUBE names: holders and the named manager (the candidates found by person). */
export function namedPersonIds(fube: FubeResource): string[] {
  return [...new Set([...fube.holderIds, ...(fube.managerId != null ? [fube.managerId] : [])])];
}

/** How many working days before a closing date its people are told. */
export const DEADLINE_NOTICE_WORKING_DAYS = 3;

/** Closing dates → who they wait on: the holders may still appeal, the committee must meet, a talk must be held. */
const DEADLINE_WAITS_ON: Readonly<Record<string, WaitsOn>> = {
  'appeal-until': { kind: 'deadline', holders: 'notification' },
  'appeal-committee-by': { kind: 'deadline', roles: { roles: ['appeal-committee'], action: 'decide-appeal' } },
  'talk-requested': { kind: 'deadline', roles: { roles: ['hr', 'manager', 'named-manager'], action: 'read' } },
};

/**
 * The deadline notices due today for one FUBE: every closing date of the current round that
 * is at most 3 working days away (and not past) tells the people it waits on. The store
 * writes each at most once per person, date and code (once-key), so the periodic job may
 * run as often as it likes.
 */
export function deadlineNotices(state: WorkflowState, events: readonly WorkflowEvent[], fube: FubeResource, candidates: readonly Addressee[], now: Date, closingDays: ClosingDays = []): Notice[] {
  const out: Notice[] = [];
  for (const deadline of nearDeadlines(state, events, now, closingDays)) {
    const waits = DEADLINE_WAITS_ON[deadline.code];
    if (waits === undefined) continue;
    for (const addressee of addresseesOf(waits, fube, state, candidates, null))
      out.push({ userId: addressee.userId, kind: 'deadline', detail: { code: deadline.code, date: deadline.date } });
  }
  return out;
}

/** The closing dates of the current round due for a notice now (at most 3 working days away, not past). */
export function nearDeadlines(state: WorkflowState, events: readonly WorkflowEvent[], now: Date, closingDays: ClosingDays = []) {
  const today = localDate(now);
  return deadlines(state, events, now, undefined, closingDays).filter(
    (d) => DEADLINE_WAITS_ON[d.code] !== undefined && d.kind === 'not-after' && !d.reached && workingDaysUntil(today, d.date, closingDays) <= DEADLINE_NOTICE_WORKING_DAYS,
  );
}
