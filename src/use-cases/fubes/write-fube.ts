import { ref } from '../../messages/index.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { contentEditable, type WorkflowEvent, type WorkflowState } from '../../domain/workflow/index.js';
import type { FubeRecord } from '../../store/index.js';
import type { Caller } from '../context.js';
import { ApiProblem, notFound, staleRevision } from '../problems.js';
import { PROBLEM_TYPES } from '../../api/problem.js';
import type { UseCaseDeps } from '../context.js';
import { waitingNotices } from '../notifications/waiting-notices.js';
import { lettersForWrite } from '../letters/letters-for-write.js';

export interface FubeChange {
  baseRevision: number;
  reason?: string | undefined;
  /** A new revision with this content. */
  content?: FubeContent;
  /** The workflow state after a transition, with its events for the history. */
  workflow?: WorkflowState;
  events?: WorkflowEvent[];
  /** A letter's receipt the workflow takes, written in the same transaction (decision 0033). */
  receipt?: { letterId: string; receivedOn: string; channel: string };
}

/**
 * Writes a change once, in one transaction with its history row (the store's write), guarded
 * by the revision it was based on: 409 when another write came first. The acting user is
 * the caller, never anyone a request names.
 */
export async function writeFube(deps: UseCaseDeps, caller: Caller, record: FubeRecord, change: FubeChange): Promise<FubeRecord> {
  // A content revision is the revision the (draft) round works on.
  const workflow = change.content !== undefined ? { ...(change.workflow ?? record.workflow), revision: record.revision + 1 } : change.workflow;
  // Who the events wait on, judged on the FUBE as this write leaves it (decision 0026).
  // The letters it sends to the holders (decision 0028), in the same transaction.
  const after = { id: record.id, content: change.content ?? record.content, workflow: workflow ?? record.workflow };
  const [notifications, letters] = await Promise.all([waitingNotices(deps, after, change.events ?? []), lettersForWrite(deps, after, change.events ?? [])]);
  const { receipt, ...rest } = change;
  const outcome = await deps.store.fubes.write(record.id, {
    ...rest,
    ...(workflow !== undefined ? { workflow } : {}),
    actorId: caller.userId,
    notifications,
    letters,
    // A step from the state as read: another step written meanwhile makes this one stale (409), not lost.
    ...(change.content === undefined ? { expectUpdatedAt: record.updatedAt } : {}),
    // The FUBE as read: the store does not read it again in the transaction, and refuses the
    // write (409) when anything was written since, as it refuses a stale revision.
    current: record,
    ...(receipt !== undefined ? { receipt: { ...receipt, actorId: caller.userId } } : {}),
  });
  if (outcome === undefined) throw notFound(ref('not-found.fube', { id: record.id }));
  if (!outcome.ok && outcome.receiptTaken === true) throw receiptTaken();
  if (!outcome.ok) throw staleRevision(outcome.currentRevision, change.baseRevision);
  return outcome.record;
}

/** A letter whose receipt was recorded already: the appeal term must not move silently (409). */
export const receiptTaken = (date = ''): ApiProblem =>
  new ApiProblem({ type: PROBLEM_TYPES.conflict, title: ref('problem.conflict'), status: 409, detail: ref('letter.receipt-recorded', { date }) });

/** Content changes only in a draft; a proposal is withdrawn or a new revision started first. */
export function checkEditable(record: FubeRecord): void {
  if (!contentEditable(record.workflow.status))
    throw new ApiProblem({
      type: PROBLEM_TYPES.domain,
      title: ref('problem.not-editable'),
      status: 422,
      detail: ref('problem.detail.not-editable', { status: record.workflow.status }),
      errors: [{ path: 'content', code: 'fube.not-editable', message: 'enkel een ontwerp kan gewijzigd worden' }],
    });
}
