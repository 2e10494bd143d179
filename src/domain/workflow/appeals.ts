import type { AppealRecord, WorkflowState } from './schema.js';
import { PERIODS } from './periods.js';
import { type ClosingDays, type TermComputation, term } from './working-days.js';

/**
 * The appeal right of each holder (DOMAIN.md §5.5): 15 calendar days from their own receipt
 * of the decision (the notification date when no receipt was recorded), ending on a working
 * day. One holder's appeal does not take another's right away.
 */
export function appealUntilFor(state: WorkflowState, holderId: string, closingDays: ClosingDays = []): string | undefined {
  return appealTermFor(state, holderId, closingDays)?.end;
}

/** A holder's appeal term with how it was found: from their receipt (or the notification date), the days skipped at its end. */
export function appealTermFor(state: WorkflowState, holderId: string, closingDays: ClosingDays = []): (TermComputation & { event: 'receipt' | 'notification' }) | undefined {
  const notification = state.notification;
  if (notification === undefined) return undefined;
  const receipt = notification.receipts?.[holderId];
  return { ...term(receipt ?? notification.date, PERIODS.appealWindow, closingDays), event: receipt !== undefined ? 'receipt' : 'notification' };
}

/** The last day any holder of the notification may still appeal. */
export function lastAppealDay(state: WorkflowState, closingDays: ClosingDays = []): string | undefined {
  const days = (state.notification?.holderIds ?? []).map((h) => appealUntilFor(state, h, closingDays) ?? '');
  const last = [...days, state.notification?.appealUntil ?? ''].sort().at(-1);
  return last === '' ? undefined : last;
}

export const appealsOf = (state: WorkflowState): readonly AppealRecord[] => state.appeals ?? [];
export const openAppeals = (state: WorkflowState): AppealRecord[] => appealsOf(state).filter((a) => a.decision === undefined);

/** The holder appealed already in this round (alone or jointly). */
export const hasAppealed = (state: WorkflowState, holderId: string): boolean => appealsOf(state).some((a) => a.appellantIds.includes(holderId));

/** The id of the n-th appeal of a round (1-based): the first keeps the id of one appeal per round. */
export const appealIdOf = (revision: number, n: number): string => (n === 1 ? `beroep-${revision}` : `beroep-${revision}-${n}`);

/** An appeal that can only be decided inadmissible: received late, or against neither the family nor the class. */
export function mustBeInadmissible(appeal: AppealRecord): boolean {
  return appeal.late || !appeal.grounds.some((g) => g === 'family' || g === 'class');
}

/** The family and class an upheld appeal left the FUBE at: the last upheld decision of the round. */
export function upheldDecision(state: WorkflowState): { familyId?: string; class?: number } | undefined {
  const upheld = appealsOf(state)
    .filter((a) => a.decision?.outcome === 'upheld')
    .sort((a, b) => (a.decision?.at ?? '').localeCompare(b.decision?.at ?? ''))
    .at(-1)?.decision;
  if (upheld === undefined) return undefined;
  return { ...(upheld.familyId !== undefined ? { familyId: upheld.familyId } : {}), ...(upheld.class !== undefined ? { class: upheld.class } : {}) };
}
