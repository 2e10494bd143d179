import type { Actor, RuleRole } from '../access/actor.js';
import { authorize, can } from '../access/authorize.js';
import type { FubeResource } from '../access/resources.js';
import type { DomainError } from '../errors.js';
import { type LocalDate, daysBetween } from '../workflow/calendar.js';
import type { AppealOutcome, WorkflowState } from '../workflow/schema.js';

/**
 * The letter each holder receives when a validated FUBE is notified (DOMAIN.md §5.4, issue 13
 * item 3, decision 0028): the decision, the class, the date it takes effect, how and by when
 * to appeal, a reference. Kept as written; its receipt starts the holder's appeal term.
 */
export interface LetterFacts {
  /** Absent in letters written before the appeal-decision letter existed. */
  kind?: 'notification';
  holderName: string;
  title: string;
  entityName: string;
  /** Absent for an unassignable function. */
  familyName: string | null;
  class: number;
  level: number | null;
  /** The validator confirmed the advised class (else changed it). */
  confirmed: boolean;
  motivation: string;
  decidedOn: LocalDate;
  notifiedOn: LocalDate;
  effectiveFrom: LocalDate;
  reference: string;
}

/**
 * The letter each appellant receives when the appeal committee decided their appeal
 * (DOMAIN.md §5.5, decision 0034): the outcome and its motivation, what was contested, the
 * family and class that stand after the decision, the date they take effect, a reference.
 */
export interface AppealDecisionLetterFacts {
  kind: 'appeal-decision';
  holderName: string;
  title: string;
  entityName: string;
  outcome: AppealOutcome;
  /** The committee's motivation (for an inadmissible appeal, the reason). */
  motivation: string;
  appealReceivedOn: LocalDate;
  hearingOn: LocalDate | null;
  decidedOn: LocalDate;
  contested: { familyName: string | null; class: number } | null;
  /** The family and class that stand after the decision (upheld: the new ones). */
  familyName: string | null;
  class: number;
  level: number | null;
  effectiveFrom: LocalDate;
  reference: string;
}

export type AnyLetterFacts = LetterFacts | AppealDecisionLetterFacts;
export const isAppealDecision = (facts: AnyLetterFacts): facts is AppealDecisionLetterFacts => facts.kind === 'appeal-decision';

export type LetterKind = 'notification' | 'appeal-decision';
export const RECEIPT_CHANNELS = ['app', 'letter', 'e-mail'] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];

/** The class takes effect the first day of the month after the notification unless the decision set a date. */
export function effectiveFrom(notifiedOn: LocalDate, decided?: LocalDate): LocalDate {
  if (decided !== undefined) return decided;
  const [y = 0, m = 1] = notifiedOn.split('-').map(Number);
  const year = m === 12 ? y + 1 : y;
  const month = m === 12 ? 1 : m + 1;
  return `${year}-${String(month).padStart(2, '0')}-01`;
}

/** A reference people can read out and type: `WGS-<year>-<8 characters of the letter's id>`. */
export function letterReference(letterId: string, notifiedOn: LocalDate): string {
  return `WGS-${notifiedOn.slice(0, 4)}-${letterId.replace(/[^0-9a-zA-Z]/g, '').slice(0, 8).toUpperCase()}`;
}

/** The facts of the notification letters of a state just notified: one per holder notified. */
export function notificationLetters(
  state: WorkflowState,
  names: { title: string; entityName: string; familyName: string | null; holderNames: Readonly<Record<string, string>> },
  newId: () => string,
): { id: string; holderId: string; facts: LetterFacts }[] {
  const { validation, notification } = state;
  if (validation === undefined || notification === undefined) return [];
  const decided = validation.effectiveFrom;
  return notification.holderIds.map((holderId) => {
    const id = newId();
    return {
      id,
      holderId,
      facts: {
        holderName: names.holderNames[holderId] ?? holderId,
        title: names.title,
        entityName: names.entityName,
        familyName: names.familyName,
        class: validation.class,
        level: validation.level ?? null,
        confirmed: validation.confirmed,
        motivation: validation.motivation,
        decidedOn: validation.at.slice(0, 10),
        notifiedOn: notification.date,
        effectiveFrom: effectiveFrom(notification.date, decided),
        reference: letterReference(id, notification.date),
      },
    };
  });
}

/**
 * The facts of the decision letters of one appeal just decided: one per appellant. The class
 * that stands: the upheld decision's, else the one contested. It takes effect on the date the
 * notified decision took effect (an upheld appeal corrects that decision, decision 0034).
 */
export function appealDecisionLetters(
  state: WorkflowState,
  appealId: string,
  names: {
    title: string;
    entityName: string;
    holderNames: Readonly<Record<string, string>>;
    /** The committee's motivation, from the decision's event (texts are not in the state). */
    motivation: string;
    /** The name of a family by id, and the level of a class in it (null when unknown). */
    familyName: (familyId: string) => string | null;
    levelOf: (familyId: string, cls: number) => number | null;
  },
  newId: () => string,
): { id: string; holderId: string; facts: AppealDecisionLetterFacts }[] {
  const appeal = state.appeals?.find((a) => a.id === appealId);
  const decision = appeal?.decision;
  if (appeal === undefined || decision === undefined) return [];
  const contested = appeal.contested ?? null;
  const familyId = decision.outcome === 'upheld' ? (decision.familyId ?? contested?.familyId ?? null) : (contested?.familyId ?? null);
  const cls = decision.outcome === 'upheld' ? (decision.class ?? contested?.class) : contested?.class;
  const notifiedOn = state.notification?.date ?? decision.at.slice(0, 10);
  const decidedOn = decision.at.slice(0, 10);
  return appeal.appellantIds.map((holderId) => {
    const id = newId();
    return {
      id,
      holderId,
      facts: {
        kind: 'appeal-decision',
        holderName: names.holderNames[holderId] ?? holderId,
        title: names.title,
        entityName: names.entityName,
        outcome: decision.outcome,
        motivation: names.motivation,
        appealReceivedOn: appeal.receivedOn,
        hearingOn: decision.hearingOn ?? null,
        decidedOn,
        contested: contested === null ? null : { familyName: names.familyName(contested.familyId ?? ''), class: contested.class },
        familyName: familyId === null ? null : names.familyName(familyId),
        class: cls ?? state.validation?.class ?? 0,
        level: familyId === null || cls === undefined ? null : names.levelOf(familyId, cls),
        effectiveFrom: effectiveFrom(notifiedOn, state.validation?.effectiveFrom),
        reference: letterReference(id, decidedOn),
      },
    };
  });
}

/** Roles that handle a FUBE's letters for the entity: read them all and record deliveries. */
const HANDLING_ROLES: readonly RuleRole[] = ['hr', 'validator', 'admin'];

/** What this actor may do with a holder's letter on this FUBE. */
export function letterAbilities(actor: Actor, letter: { holderId: string }, fube: FubeResource): { read: boolean; acknowledge: boolean; recordDelivery: boolean } {
  const addressee = actor.personId != null && actor.personId === letter.holderId && fube.holderIds.includes(letter.holderId) && can(actor, 'read', fube);
  const narrowed: Actor = { ...actor, roles: actor.roles.filter((grant) => HANDLING_ROLES.includes(grant.role)) };
  const decision = authorize(narrowed, 'read-history', fube);
  const handles = decision.allowed && HANDLING_ROLES.includes(decision.role);
  // The appeal committee reads letters (the appeal's file), records nothing.
  const committee = authorize({ ...actor, roles: actor.roles.filter((g) => g.role === 'appeal-committee') }, 'decide-appeal', fube);
  const readsForCommittee = committee.allowed && committee.role === 'appeal-committee';
  return { read: addressee || handles || readsForCommittee, acknowledge: addressee, recordDelivery: handles };
}

/**
 * Checks a receipt: a date not before the letter was written and not after today; the
 * holder acknowledges only in the app (today), HR records a letter or e-mail delivery.
 */
export function checkReceipt(receipt: { receivedOn: LocalDate; channel: ReceiptChannel }, letter: { createdOn: LocalDate }, today: LocalDate): DomainError[] {
  const errors: DomainError[] = [];
  if (daysBetween(letter.createdOn, receipt.receivedOn) < 0)
    errors.push({ path: 'receivedOn', code: 'letter.received-before-sent', message: `ontvangen vóór de brief geschreven werd (${letter.createdOn})` });
  if (daysBetween(today, receipt.receivedOn) > 0) errors.push({ path: 'receivedOn', code: 'letter.received-in-future', message: 'een ontvangstdatum in de toekomst' });
  return errors;
}

