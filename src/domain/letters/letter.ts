import type { Actor, RuleRole } from '../access/actor.js';
import { authorize, can } from '../access/authorize.js';
import type { FubeResource } from '../access/resources.js';
import type { DomainError } from '../errors.js';
import { type LocalDate, daysBetween } from '../workflow/calendar.js';
import type { WorkflowState } from '../workflow/schema.js';

/**
 * The letter each holder receives when a validated FUBE is notified (DOMAIN.md §5.4, issue 13
 * item 3, decision 0028): the decision, the class, the date it takes effect, how and by when
 * to appeal, a reference. Kept as written; its receipt starts the holder's appeal term.
 */
export interface LetterFacts {
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

export type LetterKind = 'notification';
export const RECEIPT_CHANNELS = ['app', 'letter', 'e-mail'] as const;
export type ReceiptChannel = (typeof RECEIPT_CHANNELS)[number];

/** The calendar days of the appeal term, counted from the day after receipt. */
export const APPEAL_DAYS_FROM_RECEIPT = 15;

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
  const decided = (validation as { effectiveFrom?: string }).effectiveFrom;
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

