import type { Clock } from '../clock.js';
import { appealUntilFor } from './appeals.js';
import type { Status, WorkflowEvent, WorkflowState } from './schema.js';

/** The states in which a holder's appeal term can still start: the round was notified and is not final. */
const RECEIPT_STATES: readonly Status[] = ['notified', 'appealed', 'appeal-decided'];

export interface Receipt {
  holderId: string;
  /** The Brussels day the holder received the decision. */
  receivedOn: string;
  channel: 'app' | 'letter' | 'e-mail';
  letterId: string;
  /** The round (revision) the letter belongs to. */
  revision: number;
}

/**
 * A holder's receipt of the notification letter, into the workflow state (DOMAIN.md §5.4,
 * §5.5): `notification.receipts[holder]` is set and the holder's appeal term runs from it.
 * Undefined when the receipt does not concern the current round (a letter of an earlier
 * round, a FUBE already final, a holder the round was not notified to, a receipt already
 * recorded): the letter keeps it, the workflow is left as it is. Who may record it and
 * whether the date is allowed are the letter's rules (`letters/letter.ts`).
 */
export function receiptStep(
  state: WorkflowState,
  receipt: Receipt,
  context: { clock: Clock; actorId: string; closingDays?: readonly string[] },
): { state: WorkflowState; events: WorkflowEvent[] } | undefined {
  const { notification } = state;
  if (notification === undefined || receipt.revision !== state.revision || !RECEIPT_STATES.includes(state.status)) return undefined;
  if (!notification.holderIds.includes(receipt.holderId) || notification.receipts?.[receipt.holderId] !== undefined) return undefined;
  const next: WorkflowState = { ...state, notification: { ...notification, receipts: { ...notification.receipts, [receipt.holderId]: receipt.receivedOn } } };
  const event: WorkflowEvent = {
    type: 'record-receipt',
    at: context.clock.now().toISOString(),
    actorId: context.actorId,
    revision: state.revision,
    from: state.status,
    to: state.status,
    data: {
      holderId: receipt.holderId,
      letterId: receipt.letterId,
      receivedOn: receipt.receivedOn,
      channel: receipt.channel,
      appealUntil: appealUntilFor(next, receipt.holderId, context.closingDays),
    },
  };
  return { state: next, events: [event] };
}
