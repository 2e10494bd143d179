import type { Clock } from '../clock.js';
import { type DomainError, type PathSegment, type Result, fail, formatPath, ok } from '../errors.js';
import { type Family, classLabel, levelOfClass } from '../family/index.js';
import type { FubeContent } from '../fube/schema.js';
import { type MessageArg, type MessageKey, type RefArgs, catalogueError, ref } from '../messages/index.js';
import { BRUSSELS, addDays, localDate } from './calendar.js';
import { CLASS_RANGE, PERIODS } from './periods.js';
import { transitionRule } from './transitions.js';
import { actionBlockers, appealClosed, appealStillOpen, talksOpen, tooEarly } from './blockers.js';
import type { WorkflowAction, WorkflowEvent, WorkflowState } from './schema.js';

export interface TransitionContext {
  clock: Clock;
  /** Who performs the action (user id); authorisation is asked separately (access/). */
  actorId: string;
  /** The FUBE revision the process works on, and its family version. */
  fube: FubeContent;
  family: Family;
  /**
   * The person behind the actor. When given, a holder speaks only for themself: remarks and
   * talk requests carry their own holder id, and an appeal lists them among the appellants.
   */
  actorPersonId?: string | null;
  /** Defaults to Europe/Brussels. */
  timeZone?: string;
}

export interface TransitionOutcome {
  state: WorkflowState;
  events: WorkflowEvent[];
}

type Errors = DomainError[];
const error = <K extends MessageKey>(key: K, path: PathSegment[], ...args: RefArgs<K>): DomainError => catalogueError(key, formatPath(path), ...args);

/**
 * The one entry point of the workflow: checks that the action may leave the current state
 * and that its guards hold, and returns the new state with the history event(s).
 */
export function transition(state: WorkflowState, action: WorkflowAction, context: TransitionContext): Result<TransitionOutcome> {
  const rule = transitionRule(action.type);
  if (!rule.from.includes(state.status))
    return fail([
      error('workflow.not-allowed', ['type'], {
        action: ref(`workflow.action.${action.type}`),
        status: ref(`workflow.status.${state.status}`),
        from: { list: rule.from.map((s) => ref(`workflow.status.${s}`)) },
      }),
    ]);
  const now = context.clock.now();
  const at = now.toISOString();
  const today = localDate(now, context.timeZone ?? BRUSSELS);
  const step = apply(state, action, context, at, today);
  if (Array.isArray(step)) return fail(step);
  const next: WorkflowState = { ...step, status: rule.to };
  const event: WorkflowEvent = {
    type: action.type,
    at,
    actorId: context.actorId,
    revision: state.revision,
    from: state.status,
    to: rule.to,
    data: eventData(action, state, next, context),
  };
  return ok({ state: next, events: [event] });
}

function apply(state: WorkflowState, action: WorkflowAction, ctx: TransitionContext, at: string, today: string): WorkflowState | Errors {
  const { fube, family } = ctx;
  switch (action.type) {
    case 'propose': {
      const blocking = actionBlockers(state, 'propose', ctx);
      if (blocking.length > 0) return blocking;
      // A new round: the threads and talks of an earlier proposal stay in the history only.
      const { threads: _threads, talks: _talks, ...rest } = state;
      return {
        ...rest,
        proposal: { at, date: today, holderIds: [...fube.holderIds], validationFrom: addDays(today, PERIODS.validationAfterProposal) },
      };
    }
    case 'withdraw-proposal': {
      const { proposal: _dropped, ...rest } = state;
      return rest;
    }
    case 'remark':
    case 'request-talk':
    case 'record-talk':
    case 'answer-remark': {
      const holders = state.proposal?.holderIds ?? [];
      if (!holders.includes(action.holderId))
        return [error('workflow.not-a-holder', ['holderId'], { id: action.holderId })];
      if ((action.type === 'remark' || action.type === 'request-talk') && ctx.actorPersonId != null && ctx.actorPersonId !== action.holderId)
        return [error('workflow.not-own-name', ['holderId'])];
      return converse(state, action, ctx, at, today);
    }
    case 'validate':
      return validate(state, action, ctx, at, today);
    case 'notify': {
      const holderIds = state.proposal?.holderIds ?? [...fube.holderIds];
      return { ...state, notification: { at, date: today, holderIds, appealUntil: addDays(today, PERIODS.appealWindow) } };
    }
    case 'appeal':
      if (ctx.actorPersonId != null && !action.appellantIds.includes(ctx.actorPersonId))
        return [error('workflow.not-own-name:appeal', ['appellantIds'])];
      return appeal(state, action, at, today);
    case 'decide-appeal': {
      if (action.outcome === 'rejected') return { ...state, appealDecision: { at, outcome: 'rejected', motivation: action.motivation } };
      const otherFamily = action.familyId !== undefined && action.familyId !== family.id;
      if (otherFamily && !(state.appeal?.grounds ?? []).includes('family'))
        return [error('workflow.family-not-appealed', ['familyId'])];
      if (!otherFamily && levelOfClass(family, action.class) === undefined)
        return [error('workflow.class-not-in-family:appeal', ['class'], { class: action.class, family: family.name, classes: classesText(family) })];
      return {
        ...state,
        appealDecision: { at, outcome: 'upheld', familyId: action.familyId ?? family.id, class: action.class, motivation: action.motivation },
      };
    }
    case 'finalize': {
      const open = appealStillOpen(state, today);
      if (open.length > 0) return open;
      // The class in force: an upheld appeal's, else the validated one.
      const decided = state.appealDecision;
      const upheld = decided?.outcome === 'upheld' ? decided : undefined;
      const cls = upheld?.class ?? state.validation?.class;
      if (cls === undefined) return [error('workflow.class-missing', [])];
      const final = { at, familyId: upheld?.familyId ?? family.id, class: cls };
      return { ...state, final, inForce: { revision: state.revision, familyId: final.familyId, class: final.class, since: at } };
    }
    case 'decide-unassignable':
      if (action.class < CLASS_RANGE.min || action.class > CLASS_RANGE.max)
        return [error('workflow.class-out-of-range', ['class'], { class: action.class, min: CLASS_RANGE.min, max: CLASS_RANGE.max })];
      return {
        ...state,
        unassignable: { at, method: action.method, class: action.class, motivation: action.motivation },
        inForce: { revision: state.revision, class: action.class, since: at },
      };
    case 'revise':
      // A new round: per-round records go; the version in force stays in force.
      return { status: 'draft', revision: state.revision + 1, ...(state.inForce !== undefined ? { inForce: state.inForce } : {}) };
  }
}

type ThreadAction = Extract<WorkflowAction, { type: 'remark' | 'request-talk' | 'record-talk' | 'answer-remark' }>;

/**
 * The holder's thread (DOMAIN.md §5.2): a remark opens it until HR or the manager answers; a
 * talk request stays open until the talk is recorded as held (on a date not in the future
 * and not before the proposal), and validation waits for it.
 */
function converse(state: WorkflowState, action: ThreadAction, ctx: TransitionContext, at: string, today: string): WorkflowState | Errors {
  const threads = [...(state.threads ?? [])];
  const index = threads.findIndex((t) => t.holderId === action.holderId);
  const thread = index === -1 ? undefined : threads[index];
  const put = (openSince: string | null) => {
    const next = { holderId: action.holderId, openSince };
    if (index === -1) threads.push(next);
    else threads[index] = next;
  };
  const talks = [...(state.talks ?? [])];
  const talkIndex = talks.findIndex((t) => t.holderId === action.holderId);
  switch (action.type) {
    case 'remark':
      put(thread?.openSince ?? at);
      return { ...state, threads };
    case 'request-talk': {
      put(thread?.openSince ?? null);
      const talk = { holderId: action.holderId, requestedAt: at };
      if (talkIndex === -1) talks.push(talk);
      else talks[talkIndex] = talk;
      return { ...state, threads, talks };
    }
    case 'answer-remark':
      if (thread === undefined) return [error('workflow.no-thread', ['holderId'], { id: action.holderId })];
      put(null);
      return { ...state, threads };
    case 'record-talk': {
      const heldOn = action.heldOn ?? today;
      if (heldOn > today) return [error('workflow.talk-in-future', ['heldOn'], { date: { date: heldOn } })];
      const proposed = state.proposal?.date;
      if (proposed !== undefined && heldOn < proposed) return [error('workflow.talk-before-proposal', ['heldOn'], { date: { date: proposed } })];
      put(thread?.openSince ?? null);
      const held = { holderId: action.holderId, requestedAt: talks[talkIndex]?.requestedAt ?? at, heldOn, heldBy: ctx.actorPersonId ?? ctx.actorId };
      if (talkIndex === -1) talks.push(held);
      else talks[talkIndex] = held;
      return { ...state, threads, talks };
    }
  }
}

function validate(
  state: WorkflowState,
  action: Extract<WorkflowAction, { type: 'validate' }>,
  { fube, family }: TransitionContext,
  at: string,
  today: string,
): WorkflowState | Errors {
  const errors: Errors = [...tooEarly(state, today), ...talksOpen(state)];
  const members = action.committee.members;
  if (members.length === 0) errors.push(error('workflow.committee-empty', ['committee', 'members']));
  const outsideHr = members.some((m) => m.role === 'hr' && m.entityId !== fube.entityId && m.trainedInMethod);
  if (members.length > 0 && !outsideHr) {
    const untrained = members.some((m) => m.role === 'hr' && m.entityId !== fube.entityId && !m.trainedInMethod);
    errors.push(
      untrained
        ? error('workflow.committee-without-outside-hr:untrained', ['committee', 'members'])
        : error('workflow.committee-without-outside-hr', ['committee', 'members'], { entity: fube.entityId }),
    );
  }
  const level = levelOfClass(family, action.decision.class);
  if (level === undefined)
    errors.push(error('workflow.class-not-in-family', ['decision', 'class'], { class: action.decision.class, family: family.name, classes: classesText(family) }));
  if (errors.length > 0 || level === undefined) return errors;
  return {
    ...state,
    validation: {
      at,
      validatorId: action.validatorId,
      committee: action.committee,
      advice: action.advice,
      class: action.decision.class,
      level: level.level,
      confirmed: fube.decision?.class === action.decision.class,
      motivation: action.decision.motivation,
    },
  };
}

function appeal(state: WorkflowState, action: Extract<WorkflowAction, { type: 'appeal' }>, at: string, today: string): WorkflowState | Errors {
  const errors: Errors = appealClosed(state, today);
  const holders = state.notification?.holderIds ?? [];
  if (action.appellantIds.length === 0) errors.push(error('workflow.appellants-missing', ['appellantIds']));
  const seen = new Set<string>();
  action.appellantIds.forEach((id, i) => {
    if (!holders.includes(id)) errors.push(error('workflow.appellant-not-a-holder', ['appellantIds', i], { id }));
    if (seen.has(id)) errors.push(error('workflow.appellant-duplicate', ['appellantIds', i], { id }));
    seen.add(id);
  });
  if (action.grounds.length === 0) errors.push(error('workflow.grounds-missing', ['grounds']));
  action.grounds.forEach((ground, i) => {
    if (ground === 'text') errors.push(error('workflow.ground-not-allowed', ['grounds', i]));
  });
  if (errors.length > 0) return errors;
  return {
    ...state,
    appeal: {
      at,
      date: today,
      appellantIds: [...action.appellantIds],
      grounds: [...new Set(action.grounds)],
      motivation: action.motivation,
      committeeMeetsBy: addDays(today, PERIODS.appealCommitteeMeets),
    },
  };
}

function classesText(family: Family): MessageArg {
  return { list: family.levels.map((l) => ref('workflow.level-classes', { level: l.level, classes: classLabel(l.classes) })) };
}

/** The history keeps the action's own data and the dates the rule computed. */
function eventData(action: WorkflowAction, before: WorkflowState, after: WorkflowState, ctx: TransitionContext): Record<string, unknown> {
  const { type: _type, ...data } = action;
  const computed: Record<string, unknown> = {};
  // Who answered or held the talk, as a person, so the thread can name them.
  if ((action.type === 'answer-remark' || action.type === 'record-talk') && ctx.actorPersonId != null) computed.byPersonId = ctx.actorPersonId;
  if (action.type === 'record-talk') computed.heldOn = after.talks?.find((t) => t.holderId === action.holderId)?.heldOn;
  if (action.type === 'propose' && after.proposal) Object.assign(computed, after.proposal);
  if (action.type === 'validate' && after.validation) Object.assign(computed, { level: after.validation.level, confirmed: after.validation.confirmed });
  if (action.type === 'notify' && after.notification) Object.assign(computed, after.notification);
  if (action.type === 'appeal' && after.appeal) computed.committeeMeetsBy = after.appeal.committeeMeetsBy;
  if (action.type === 'finalize' && after.final) Object.assign(computed, after.final);
  if (action.type === 'revise') computed.newRevision = after.revision;
  if (action.type === 'withdraw-proposal') computed.proposedOn = before.proposal?.date;
  return { ...data, ...computed };
}
