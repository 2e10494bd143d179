import { isCalendarDate } from './calendar.js';
import type { Clock } from '../clock.js';
import { type DomainError, type PathSegment, type Result, fail, formatPath, ok } from '../errors.js';
import { classLabel, levelOfClass } from '../family/query.js';
import type { Family } from '../family/schema.js';
import type { FubeContent } from '../fube/schema.js';
import { type MessageArg, type MessageKey, type RefArgs, catalogueError, ref } from '../messages/index.js';
import { BRUSSELS, addDays, localDate } from './calendar.js';
import { appealIdOf, appealUntilFor, appealsOf, hasAppealed, mustBeInadmissible, openAppeals, upheldDecision } from './appeals.js';
import { type ClosingDays, termFrom } from './working-days.js';
import { CLASS_RANGE, PERIODS } from './periods.js';
import { transitionRule } from './transitions.js';
import { actionBlockers, appealStillOpen, talksOpen, tooEarly } from './blockers.js';
import type { AppealRecord, WorkflowAction, WorkflowEvent, WorkflowState } from './schema.js';

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
  /** Closing days of the organisation, besides the holidays: a term ending on one ends on the next working day. */
  closingDays?: ClosingDays;
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
  // An appeal decided while another is still open leaves the FUBE under appeal.
  const to = action.type === 'decide-appeal' && openAppeals(step).length > 0 ? 'appealed' : rule.to;
  const next: WorkflowState = { ...step, status: to };
  const event: WorkflowEvent = {
    type: action.type,
    at,
    actorId: context.actorId,
    revision: state.revision,
    from: state.status,
    to,
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
      return { ...state, notification: { at, date: today, holderIds, appealUntil: termFrom(today, PERIODS.appealWindow, ctx.closingDays) } };
    }
    case 'appeal':
      if (ctx.actorPersonId != null && !action.appellantIds.includes(ctx.actorPersonId))
        return [error('workflow.not-own-name:appeal', ['appellantIds'])];
      return appeal(state, action, ctx, at, today);
    case 'register-appeal':
      return appeal(state, action, ctx, at, today);
    case 'decide-appeal':
      return decideAppeal(state, action, ctx, at, today);
    case 'finalize': {
      const open = appealStillOpen(state, today, ctx.closingDays);
      if (open.length > 0) return open;
      // The class in force: the last upheld appeal's, else the validated one.
      const upheld = upheldDecision(state);
      const cls = upheld?.class ?? state.validation?.class;
      if (cls === undefined) return [error('workflow.class-missing', [])];
      // An unassignable function stays without a family unless an upheld appeal placed it in one.
      const familyId = upheld?.familyId ?? (fube.unassignable === undefined ? family.id : undefined);
      const final = { at, ...(familyId !== undefined ? { familyId } : {}), class: cls };
      return { ...state, final, inForce: { revision: state.revision, ...(familyId !== undefined ? { familyId } : {}), class: final.class, since: at } };
    }
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
  // An unassignable function's class comes from the separate method: any class of the government, no family level (DOMAIN.md §5.7).
  const unassignable = fube.unassignable;
  const level = unassignable === undefined ? levelOfClass(family, action.decision.class) : undefined;
  if (unassignable !== undefined) errors.push(...classOutOfRange(action.decision.class, ['decision', 'class']));
  else if (level === undefined)
    errors.push(error('workflow.class-not-in-family', ['decision', 'class'], { class: action.decision.class, family: family.name, classes: classesText(family) }));
  const effective = action.decision.effectiveFrom;
  if (effective !== undefined && !isCalendarDate(effective)) errors.push(error('workflow.effective-date-invalid', ['decision', 'effectiveFrom'], { date: effective }));
  if (errors.length > 0 || (unassignable === undefined && level === undefined)) return errors;
  return {
    ...state,
    validation: {
      at,
      validatorId: action.validatorId,
      committee: action.committee,
      advice: action.advice,
      class: action.decision.class,
      ...(level !== undefined ? { level: level.level } : {}),
      confirmed: (unassignable?.class ?? fube.decision?.class) === action.decision.class,
      motivation: action.decision.motivation,
      ...(action.decision.effectiveFrom !== undefined ? { effectiveFrom: action.decision.effectiveFrom } : {}),
    },
  };
}

type AppealAction = Extract<WorkflowAction, { type: 'appeal' | 'register-appeal' }>;

/**
 * An appeal in the app (by a holder, within their own term) or registered by HR (received on
 * paper, by e-mail or through a union representative, on the day received). A registered
 * appeal received after an appellant's term, or against the text only, is registered all
 * the same and can only be decided inadmissible.
 */
function appeal(state: WorkflowState, action: AppealAction, ctx: TransitionContext, at: string, today: string): WorkflowState | Errors {
  const errors: Errors = [];
  const holders = state.notification?.holderIds ?? [];
  const registered = action.type === 'register-appeal';
  const receivedOn = registered ? action.receivedOn : today;
  if (registered && receivedOn > today) errors.push(error('workflow.received-in-future', ['receivedOn'], { date: { date: receivedOn } }));
  if (registered && state.notification !== undefined && receivedOn < state.notification.date)
    errors.push(error('workflow.received-before-notification', ['receivedOn'], { date: { date: state.notification.date } }));
  if (action.appellantIds.length === 0) errors.push(error('workflow.appellants-missing', ['appellantIds']));
  const seen = new Set<string>();
  let late = false;
  action.appellantIds.forEach((id, i) => {
    if (!holders.includes(id)) errors.push(error('workflow.appellant-not-a-holder', ['appellantIds', i], { id }));
    else if (hasAppealed(state, id)) errors.push(error('workflow.appellant-appealed', ['appellantIds', i], { id }));
    else {
      const until = appealUntilFor(state, id, ctx.closingDays);
      if (until !== undefined && receivedOn > until) {
        if (registered) late = true;
        else errors.push(error('workflow.appeal-window-closed', [], { until: { date: until } }));
      }
    }
    if (seen.has(id)) errors.push(error('workflow.appellant-duplicate', ['appellantIds', i], { id }));
    seen.add(id);
  });
  if (action.grounds.length === 0) errors.push(error('workflow.grounds-missing', ['grounds']));
  if (!registered)
    action.grounds.forEach((ground, i) => {
      if (ground === 'text') errors.push(error('workflow.ground-not-allowed', ['grounds', i]));
    });
  if (errors.length > 0) return errors;
  const appeals = [...appealsOf(state)];
  const contestedClass = upheldDecision(state)?.class ?? state.validation?.class;
  const record: AppealRecord = {
    id: appealIdOf(state.revision, appeals.length + 1),
    at,
    receivedOn,
    channel: registered ? action.channel : 'app',
    appellantIds: [...action.appellantIds],
    grounds: [...new Set(action.grounds)],
    ...(action.grounds.includes('class') ? { classDirection: action.classDirection ?? 'higher' } : {}),
    ...(contestedClass !== undefined ? { contested: contestedOf(upheldDecision(state)?.familyId ?? (ctx.fube.unassignable === undefined ? ctx.family.id : undefined), contestedClass) } : {}),
    late,
    committeeMeetsBy: termFrom(today, PERIODS.appealCommitteeMeets, ctx.closingDays),
  };
  return { ...state, appeals: [...appeals, record] };
}

/**
 * The appeal committee decides one appeal: its composition (at least one member from
 * outside the entity), the hearing date and who was heard, and the outcome. A late appeal,
 * or one against neither family nor class, is inadmissible; an upheld one names another
 * family (when the family was contested) and/or a class that differs in the direction asked.
 */
function decideAppeal(state: WorkflowState, action: Extract<WorkflowAction, { type: 'decide-appeal' }>, ctx: TransitionContext, at: string, today: string): WorkflowState | Errors {
  const { family } = ctx;
  const open = openAppeals(state);
  const target = action.appealId !== undefined ? appealsOf(state).find((a) => a.id === action.appealId) : open.length === 1 ? open[0] : undefined;
  if (target === undefined)
    return [action.appealId !== undefined ? error('workflow.appeal-unknown', ['appealId'], { id: action.appealId }) : error('workflow.appeal-not-named', ['appealId'])];
  if (target.decision !== undefined) return [error('workflow.appeal-decided', ['appealId'], { id: target.id })];
  const errors: Errors = [];
  const members = action.committee?.members ?? [];
  if (action.committee === undefined || members.length === 0) errors.push(error('workflow.appeal-committee-missing', ['committee', 'members']));
  else if (!members.some((m) => m.entityId !== ctx.fube.entityId))
    errors.push(error('workflow.appeal-committee-without-outsider', ['committee', 'members'], { entity: ctx.fube.entityId }));
  if (action.hearingOn === undefined) errors.push(error('workflow.hearing-missing', ['hearingOn']));
  else if (action.hearingOn > today) errors.push(error('workflow.hearing-in-future', ['hearingOn'], { date: { date: action.hearingOn } }));
  else if (action.hearingOn < target.receivedOn) errors.push(error('workflow.hearing-before-appeal', ['hearingOn'], { date: { date: target.receivedOn } }));
  if (action.outcome !== 'inadmissible' && mustBeInadmissible(target))
    errors.push(error(target.late ? 'workflow.appeal-late' : 'workflow.appeal-not-against-family-or-class', ['outcome']));
  let change: { familyId?: string; class?: number } = {};
  if (action.outcome === 'upheld') {
    const contested = target.contested ?? contestedOf(ctx.fube.unassignable === undefined ? family.id : undefined, state.validation?.class ?? 0);
    const otherFamily = action.familyId !== undefined && action.familyId !== contested.familyId ? action.familyId : undefined;
    if (otherFamily !== undefined && !target.grounds.includes('family')) errors.push(error('workflow.family-not-appealed', ['familyId']));
    if (action.class !== undefined && action.class !== contested.class) {
      if (!target.grounds.includes('class') && otherFamily === undefined) errors.push(error('workflow.class-not-appealed', ['class']));
      if (ctx.fube.unassignable !== undefined) errors.push(...classOutOfRange(action.class, ['class']));
      else if (otherFamily === undefined && levelOfClass(family, action.class) === undefined)
        errors.push(error('workflow.class-not-in-family:appeal', ['class'], { class: action.class, family: family.name, classes: classesText(family) }));
      const direction = target.classDirection ?? 'higher';
      if (otherFamily === undefined && target.grounds.includes('class') && (direction === 'higher' ? action.class < contested.class : action.class > contested.class))
        errors.push(error(`workflow.class-not-in-direction:${direction}`, ['class'], { class: action.class, contested: contested.class }));
    }
    const newClass = action.class !== undefined && action.class !== contested.class ? action.class : undefined;
    if (otherFamily === undefined && newClass === undefined) errors.push(error('workflow.upheld-without-change', ['class'], { class: contested.class }));
    // The class stands in the family decided: another family brings its own class (the one asked, or the one contested).
    const familyId = otherFamily ?? contested.familyId;
    change = { ...(familyId !== undefined ? { familyId } : {}), class: action.class ?? contested.class };
  }
  if (errors.length > 0) return errors;
  const decision = {
    at,
    outcome: action.outcome,
    ...change,
    ...(action.committee !== undefined ? { committee: action.committee } : {}),
    ...(action.hearingOn !== undefined ? { hearingOn: action.hearingOn } : {}),
  };
  return { ...state, appeals: appealsOf(state).map((a) => (a.id === target.id ? { ...a, decision } : a)) };
}

/** What an appeal contests; an unassignable function has no family. */
const contestedOf = (familyId: string | undefined, cls: number) => ({ ...(familyId !== undefined ? { familyId } : {}), class: cls });

/** A class outside the government's classes (an unassignable function may have any of them). */
function classOutOfRange(cls: number, path: PathSegment[]): Errors {
  return cls < CLASS_RANGE.min || cls > CLASS_RANGE.max ? [error('workflow.class-out-of-range', path, { class: cls, min: CLASS_RANGE.min, max: CLASS_RANGE.max })] : [];
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
  if ((action.type === 'appeal' || action.type === 'register-appeal') && after.appeals) {
    const lodged = after.appeals.at(-1);
    if (lodged !== undefined) Object.assign(computed, { appealId: lodged.id, receivedOn: lodged.receivedOn, late: lodged.late, committeeMeetsBy: lodged.committeeMeetsBy });
  }
  if (action.type === 'decide-appeal') {
    const decided = after.appeals?.find((a) => a.decision?.at === after.appeals?.map((x) => x.decision?.at ?? '').sort().at(-1));
    if (decided !== undefined) computed.appealId = decided.id;
  }
  if (action.type === 'finalize' && after.final) Object.assign(computed, after.final);
  if (action.type === 'revise') computed.newRevision = after.revision;
  if (action.type === 'withdraw-proposal') computed.proposedOn = before.proposal?.date;
  return { ...data, ...computed };
}
