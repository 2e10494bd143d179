import type { Clock } from '../clock.js';
import { type DomainError, formatPath, type PathSegment } from '../errors.js';
import type { Family } from '../family/schema.js';
import { checkFube } from '../fube/check-fube.js';
import type { FubeContent } from '../fube/schema.js';
import { type MessageKey, type RefArgs, catalogueError, ref } from '../messages/index.js';
import { BRUSSELS, addDays, localDate } from './calendar.js';
import { appealUntilFor, hasAppealed, lastAppealDay } from './appeals.js';
import type { ActionType, WorkflowState } from './schema.js';
import { transitionRule } from './transitions.js';
import type { ClosingDays } from './working-days.js';

/** What the guards of an action look at, besides the request's own input. */
export interface BlockerContext {
  clock: Clock;
  fube: FubeContent;
  family: Family;
  /** The person who acts (from the session); a holder's steps are their own. */
  actorPersonId?: string | null;
  timeZone?: string;
  closingDays?: ClosingDays;
}

const error = <K extends MessageKey>(key: K, path: PathSegment[], ...args: RefArgs<K>): DomainError => catalogueError(key, formatPath(path), ...args);

/**
 * What keeps an action from being taken now, whatever the request holds: the state, a date
 * (too early, a term that ended), content that blocks, or a holder's step by someone who
 * is not a holder. Empty when the action may be taken now; `transition` then still checks
 * the request's input. The abilities a caller is offered and the transition itself ask
 * this same question, so a button is never offered for a step the server refuses on these
 * grounds.
 */
export function actionBlockers(state: WorkflowState, type: ActionType, ctx: BlockerContext): DomainError[] {
  const blocked = stateBlockers(state, type, ctx);
  return blocked.length > 0 && blocked[0]?.code === 'workflow.not-allowed' ? blocked : [...blocked, ...personBlockers(state, type, ctx.actorPersonId ?? null)];
}

/** The blockers that are the same for every caller (state, dates, content). */
export function stateBlockers(state: WorkflowState, type: ActionType, ctx: Omit<BlockerContext, 'actorPersonId'>): DomainError[] {
  const rule = transitionRule(type);
  if (!rule.from.includes(state.status))
    return [
      error('workflow.not-allowed', ['type'], {
        action: ref(`workflow.action.${type}`),
        status: ref(`workflow.status.${state.status}`),
        from: { list: rule.from.map((s) => ref(`workflow.status.${s}`)) },
      }),
    ];
  const today = localDate(ctx.clock.now(), ctx.timeZone ?? BRUSSELS);
  switch (type) {
    case 'propose':
      return checkFube(ctx.fube, ctx.family);
    case 'validate':
      return [...tooEarly(state, today), ...talksOpen(state)];
    case 'appeal':
      return appealClosed(state, today, ctx.closingDays);
    case 'answer-remark':
      return (state.threads ?? []).length === 0 ? [error('workflow.nothing-to-answer', [])] : [];
    case 'finalize':
      return appealStillOpen(state, today, ctx.closingDays);
    default:
      return [];
  }
}

/** A holder's steps are their own: who takes them must be a holder the step was sent to. */
export function personBlockers(state: WorkflowState, type: ActionType, personId: string | null): DomainError[] {
  switch (type) {
    case 'remark':
    case 'request-talk':
      return personId != null && (state.proposal?.holderIds ?? []).includes(personId) ? [] : [error('workflow.not-a-holder', ['holderId'], { id: personId ?? '' })];
    case 'appeal': {
      if (personId == null || !(state.notification?.holderIds ?? []).includes(personId))
        return [error('workflow.appellant-not-a-holder', ['appellantIds', 0], { id: personId ?? '' })];
      if (hasAppealed(state, personId)) return [error('workflow.no-appeal-right', [])];
      return [];
    }
    default:
      return [];
  }
}

/** Validation may not happen before the 30 days after the proposal (DOMAIN.md §5). */
export function tooEarly(state: WorkflowState, today: string): DomainError[] {
  const from = state.proposal?.validationFrom;
  return from !== undefined && today < from ? [error('workflow.too-early', [], { from: { date: from }, proposed: { date: state.proposal?.date ?? from } })] : [];
}

/** A talk a holder asked for must have been held before validation (DOMAIN.md §5.2). */
export function talksOpen(state: WorkflowState): DomainError[] {
  return (state.talks ?? []).filter((t) => t.heldOn === undefined).map((t) => error('workflow.talk-open', [], { holder: t.holderId }));
}

/** An appeal in the app after the last day of every holder's term is refused (each holder's own term: `transition`). */
export function appealClosed(state: WorkflowState, today: string, closingDays: ClosingDays = []): DomainError[] {
  const until = lastAppealDay(state, closingDays);
  return until !== undefined && today > until ? [error('workflow.appeal-window-closed', [], { until: { date: until } })] : [];
}

/**
 * A notified FUBE, or one whose appeals were decided, becomes final only once every holder
 * who did not appeal has seen their own term pass (a co-holder may still appeal after
 * another's appeal was decided).
 */
export function appealStillOpen(state: WorkflowState, today: string, closingDays: ClosingDays = []): DomainError[] {
  if (state.status !== 'notified' && state.status !== 'appeal-decided') return [];
  const waiting = (state.notification?.holderIds ?? []).filter((h) => !hasAppealed(state, h));
  const until = waiting.map((h) => appealUntilFor(state, h, closingDays) ?? '').sort().at(-1);
  if (until === undefined || until === '') return [];
  return today <= until ? [error('workflow.appeal-window-open', [], { until: { date: until }, from: { date: addDays(until, 1) } })] : [];
}
