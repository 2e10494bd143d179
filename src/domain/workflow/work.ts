import type { ClosingDays } from './working-days.js';
import { hasAppealed } from './appeals.js';
import { type DeadlineCode, type DeadlineDate, deadlineDates } from './deadlines.js';
import type { ActionType, Status, WorkflowEvent, WorkflowState } from './schema.js';

/** A step of someone's work: a workflow action, or a committee member's advice. */
export type WorkAction = ActionType | 'advise';

/**
 * The steps that are someone's work in each state, with the deadline that governs the step.
 * Whose work it is, the access rules decide (src/domain/access, `workScope`).
 */
export const WORK: ReadonlyArray<{ status: Status; action: WorkAction; deadline?: DeadlineCode }> = [
  { status: 'draft', action: 'propose' },
  { status: 'proposed', action: 'remark', deadline: 'validation-from' },
  { status: 'proposed', action: 'answer-remark', deadline: 'validation-from' },
  { status: 'proposed', action: 'record-talk', deadline: 'talk-requested' },
  { status: 'proposed', action: 'validate', deadline: 'validation-from' },
  // Members of the validation committee: the validations of their entity they advise on.
  { status: 'proposed', action: 'advise', deadline: 'validation-from' },
  { status: 'validated', action: 'notify' },
  { status: 'notified', action: 'appeal', deadline: 'appeal-until' },
  { status: 'appealed', action: 'appeal', deadline: 'appeal-until' },
  { status: 'appeal-decided', action: 'appeal', deadline: 'appeal-until' },
  { status: 'notified', action: 'finalize', deadline: 'final-from' },
  { status: 'appealed', action: 'decide-appeal', deadline: 'appeal-committee-by' },
  { status: 'appeal-decided', action: 'finalize', deadline: 'final-from' },
];

export const WORK_ACTIONS: readonly WorkAction[] = [...new Set(WORK.map((w) => w.action))];
export const WORK_STATES: readonly Status[] = [...new Set(WORK.map((w) => w.status))];

/**
 * One piece of work a FUBE holds, the same whatever the day and whoever asks: what my-work
 * stores with every write of the FUBE (decision 0030). Who may take it is left to the access
 * rules, except `personId`: a holder's own step (remark, appeal) is only that holder's.
 */
export interface WorkItemDate {
  /** The order within the FUBE: the step's place in WORK, then the item's within the step. */
  seq: number;
  action: WorkAction;
  deadline: DeadlineDate | null;
  /** Only this person may take it (a holder the step was sent to). */
  personId?: string;
  /** The holder whose remark waits for an answer, or whose talk waits to be held. */
  holderId?: string;
  /** The appeal that waits for the committee's decision. */
  appealId?: string;
}

/**
 * The work a FUBE holds in its state. Time only decides, when asked, whether an appeal is
 * still open (until its date) and a finalisation possible (from its date): the store's
 * query applies that (fube-work.ts `findWork`).
 */
export function workOf(state: WorkflowState, events: readonly WorkflowEvent[], closingDays: ClosingDays = []): WorkItemDate[] {
  const steps = WORK.map((step, index) => ({ step, index })).filter(({ step }) => step.status === state.status);
  if (steps.length === 0) return [];
  const open = steps.some(({ step }) => step.deadline !== undefined) ? deadlineDates(state, events, closingDays) : [];
  const out: WorkItemDate[] = [];
  for (const { step, index } of steps) {
    const push = (n: number, item: Omit<WorkItemDate, 'seq' | 'action'>) => out.push({ seq: index * 1000 + n, action: step.action, ...item });
    const first = open.find((d) => d.code === step.deadline) ?? null;
    switch (step.action) {
      case 'decide-appeal':
        // One item per open appeal, each with the committee's own term.
        open.filter((d) => d.code === 'appeal-committee-by' && d.appealId !== undefined).forEach((d, n) => push(n, { deadline: d, appealId: d.appealId! }));
        break;
      case 'answer-remark':
        (state.threads ?? []).filter((t) => t.openSince !== null).forEach((t, n) => push(n, { deadline: first, holderId: t.holderId }));
        break;
      case 'record-talk':
        open.filter((d) => d.code === 'talk-requested' && d.holderId !== undefined).forEach((d, n) => push(n, { deadline: d, holderId: d.holderId! }));
        break;
      case 'remark':
        // A holder's step is only theirs when the step was sent to them (personBlockers).
        unique(state.proposal?.holderIds ?? []).forEach((personId, n) => push(n, { deadline: first, personId }));
        break;
      case 'appeal':
        // Each holder who may still appeal, with their own term (from their own receipt).
        unique(state.notification?.holderIds ?? [])
          .filter((personId) => !hasAppealed(state, personId))
          .forEach((personId, n) => push(n, { deadline: open.find((d) => d.code === 'appeal-until' && d.holderId === personId) ?? null, personId }));
        break;
      default:
        push(0, { deadline: first });
    }
  }
  return out;
}

const unique = (ids: readonly string[]): string[] => [...new Set(ids)];
