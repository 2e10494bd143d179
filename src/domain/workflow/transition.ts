import type { Clock } from '../clock.js';
import { type DomainError, type PathSegment, type Result, fail, formatPath, ok } from '../errors.js';
import { type Family, classLabel, levelOfClass } from '../family/index.js';
import { checkFube } from '../fube/check-fube.js';
import type { FubeContent } from '../fube/schema.js';
import { BRUSSELS, addDays, formatDateNl, localDate } from './calendar.js';
import { CLASS_RANGE, PERIODS } from './periods.js';
import { STATUS_LABELS, transitionRule } from './transitions.js';
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
const error = (code: string, path: PathSegment[], message: string): DomainError => ({
  code: `workflow.${code}`,
  path: formatPath(path),
  message,
});

/**
 * The one entry point of the workflow: checks that the action may leave the current state
 * and that its guards hold, and returns the new state with the history event(s).
 */
export function transition(state: WorkflowState, action: WorkflowAction, context: TransitionContext): Result<TransitionOutcome> {
  const rule = transitionRule(action.type);
  if (!rule.from.includes(state.status))
    return fail([
      error('not-allowed', ['type'], `'${rule.label}' kan niet in de toestand '${STATUS_LABELS[state.status]}' (kan vanuit: ${rule.from.map((s) => STATUS_LABELS[s]).join(', ')})`),
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
    data: eventData(action, state, next),
  };
  return ok({ state: next, events: [event] });
}

function apply(state: WorkflowState, action: WorkflowAction, ctx: TransitionContext, at: string, today: string): WorkflowState | Errors {
  const { fube, family } = ctx;
  switch (action.type) {
    case 'propose': {
      const blocking = checkFube(fube, family);
      if (blocking.length > 0) return blocking;
      return {
        ...state,
        proposal: { at, date: today, holderIds: [...fube.holderIds], validationFrom: addDays(today, PERIODS.validationAfterProposal) },
      };
    }
    case 'withdraw-proposal': {
      const { proposal: _dropped, ...rest } = state;
      return rest;
    }
    case 'remark':
    case 'request-talk':
    case 'record-talk': {
      const holders = state.proposal?.holderIds ?? [];
      if (!holders.includes(action.holderId))
        return [error('not-a-holder', ['holderId'], `'${action.holderId}' is geen functiehouder aan wie deze FUBE werd voorgesteld`)];
      if (action.type !== 'record-talk' && ctx.actorPersonId != null && ctx.actorPersonId !== action.holderId)
        return [error('not-own-name', ['holderId'], 'een functiehouder spreekt enkel in eigen naam')];
      return state;
    }
    case 'validate':
      return validate(state, action, ctx, at, today);
    case 'notify': {
      const holderIds = state.proposal?.holderIds ?? [...fube.holderIds];
      return { ...state, notification: { at, date: today, holderIds, appealUntil: addDays(today, PERIODS.appealWindow) } };
    }
    case 'appeal':
      if (ctx.actorPersonId != null && !action.appellantIds.includes(ctx.actorPersonId))
        return [error('not-own-name', ['appellantIds'], 'wie beroep instelt, staat zelf bij de functiehouders die beroep instellen')];
      return appeal(state, action, at, today);
    case 'decide-appeal': {
      if (action.outcome === 'rejected') return { ...state, appealDecision: { at, outcome: 'rejected', motivation: action.motivation } };
      const otherFamily = action.familyId !== undefined && action.familyId !== family.id;
      if (otherFamily && !(state.appeal?.grounds ?? []).includes('family'))
        return [error('family-not-appealed', ['familyId'], 'het beroep was niet gericht tegen de functiefamilie; een gegrond beroep kan de familie dan niet wijzigen')];
      if (!otherFamily && levelOfClass(family, action.class) === undefined)
        return [error('class-not-in-family', ['class'], `functieklasse ${action.class} hoort niet bij de familie '${family.name}' (${classesText(family)}); geef de andere familie op als het beroep tegen de familie gegrond is`)];
      return {
        ...state,
        appealDecision: { at, outcome: 'upheld', familyId: action.familyId ?? family.id, class: action.class, motivation: action.motivation },
      };
    }
    case 'finalize': {
      if (state.status === 'notified') {
        const until = state.notification?.appealUntil ?? today;
        if (today <= until)
          return [error('appeal-window-open', [], `de beroepstermijn loopt nog tot en met ${formatDateNl(until)}; definitief maken kan vanaf ${formatDateNl(addDays(until, 1))}`)];
      }
      // The class in force: an upheld appeal's, else the validated one.
      const decided = state.appealDecision;
      const upheld = decided?.outcome === 'upheld' ? decided : undefined;
      const cls = upheld?.class ?? state.validation?.class;
      if (cls === undefined) return [error('class-missing', [], 'er is geen gevalideerde functieklasse om definitief te maken')];
      const final = { at, familyId: upheld?.familyId ?? family.id, class: cls };
      return { ...state, final, inForce: { revision: state.revision, familyId: final.familyId, class: final.class, since: at } };
    }
    case 'decide-unassignable':
      if (action.class < CLASS_RANGE.min || action.class > CLASS_RANGE.max)
        return [error('class-out-of-range', ['class'], `functieklasse ${action.class} bestaat niet bij de Vlaamse overheid (${CLASS_RANGE.min} tot ${CLASS_RANGE.max})`)];
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

function validate(
  state: WorkflowState,
  action: Extract<WorkflowAction, { type: 'validate' }>,
  { fube, family }: TransitionContext,
  at: string,
  today: string,
): WorkflowState | Errors {
  const errors: Errors = [];
  const from = state.proposal?.validationFrom;
  if (from !== undefined && today < from)
    errors.push(error('too-early', [], `valideren kan pas vanaf ${formatDateNl(from)} (30 kalenderdagen na het voorstel van ${formatDateNl(state.proposal?.date ?? from)})`));
  const members = action.committee.members;
  if (members.length === 0) errors.push(error('committee-empty', ['committee', 'members'], 'het validatiecomité heeft geen leden'));
  const outsideHr = members.some((m) => m.role === 'hr' && m.entityId !== fube.entityId && m.trainedInMethod);
  if (members.length > 0 && !outsideHr) {
    const untrained = members.some((m) => m.role === 'hr' && m.entityId !== fube.entityId && !m.trainedInMethod);
    errors.push(
      error(
        'committee-without-outside-hr',
        ['committee', 'members'],
        untrained
          ? 'het HR-lid van buiten de entiteit is niet opgeleid in de methode; het validatiecomité heeft een opgeleid HR-lid van een andere entiteit nodig'
          : `het validatiecomité heeft een HR-lid van een andere entiteit dan '${fube.entityId}' nodig, opgeleid in de methode`,
      ),
    );
  }
  const level = levelOfClass(family, action.decision.class);
  if (level === undefined)
    errors.push(error('class-not-in-family', ['decision', 'class'], `functieklasse ${action.decision.class} hoort niet bij de familie '${family.name}' (${classesText(family)})`));
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
  const errors: Errors = [];
  const until = state.notification?.appealUntil;
  if (until !== undefined && today > until)
    errors.push(error('appeal-window-closed', [], `de beroepstermijn van 15 kalenderdagen liep af op ${formatDateNl(until)}`));
  const holders = state.notification?.holderIds ?? [];
  if (action.appellantIds.length === 0) errors.push(error('appellants-missing', ['appellantIds'], 'geef minstens één functiehouder die beroep instelt'));
  const seen = new Set<string>();
  action.appellantIds.forEach((id, i) => {
    if (!holders.includes(id)) errors.push(error('appellant-not-a-holder', ['appellantIds', i], `'${id}' is geen functiehouder van deze FUBE`));
    if (seen.has(id)) errors.push(error('appellant-duplicate', ['appellantIds', i], `'${id}' staat twee keer in de lijst`));
    seen.add(id);
  });
  if (action.grounds.length === 0) errors.push(error('grounds-missing', ['grounds'], 'beroep kan tegen de functiefamilie of de functieklasse; kies minstens één'));
  action.grounds.forEach((ground, i) => {
    if (ground === 'text') errors.push(error('ground-not-allowed', ['grounds', i], 'tegen de tekst van de functiebeschrijving is geen beroep mogelijk, enkel tegen de functiefamilie of de functieklasse'));
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

function classesText(family: Family): string {
  return family.levels.map((l) => `niveau ${l.level}: ${classLabel(l.classes)}`).join(', ');
}

/** The history keeps the action's own data and the dates the rule computed. */
function eventData(action: WorkflowAction, before: WorkflowState, after: WorkflowState): Record<string, unknown> {
  const { type: _type, ...data } = action;
  const computed: Record<string, unknown> = {};
  if (action.type === 'propose' && after.proposal) Object.assign(computed, after.proposal);
  if (action.type === 'validate' && after.validation) Object.assign(computed, { level: after.validation.level, confirmed: after.validation.confirmed });
  if (action.type === 'notify' && after.notification) Object.assign(computed, after.notification);
  if (action.type === 'appeal' && after.appeal) computed.committeeMeetsBy = after.appeal.committeeMeetsBy;
  if (action.type === 'finalize' && after.final) Object.assign(computed, after.final);
  if (action.type === 'revise') computed.newRevision = after.revision;
  if (action.type === 'withdraw-proposal') computed.proposedOn = before.proposal?.date;
  return { ...data, ...computed };
}
