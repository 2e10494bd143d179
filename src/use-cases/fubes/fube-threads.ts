import type { ThreadsView } from '../../api/fubes.js';
import { authorize, threadReach } from '../../domain/access/index.js';
import { type Thread, type WorkflowEvent, type WorkflowState, isThreadEvent, threadsOf } from '../../domain/workflow/index.js';
import type { UseCaseContext, UseCaseDeps } from '../context.js';
import { forbidden } from '../problems.js';
import { openFube } from './fube-gate.js';

/** The threads of a round a caller may read: every holder's, or only their own. */
export function visibleThreads(reach: ReturnType<typeof threadReach>, state: WorkflowState, events: readonly WorkflowEvent[]): Thread[] {
  const threads = threadsOf(state, events);
  return reach.all ? threads : threads.filter((t) => t.holderId === reach.holderId);
}

/**
 * The holders' remarks and talk requests with the answers of HR and the manager, as threads
 * (DOMAIN.md §5.2). HR of the entity and the named manager read all of them and may answer;
 * a holder reads their own; anyone else who sees the FUBE gets 403, who does not 404.
 */
export async function fubeThreads(deps: UseCaseDeps, ctx: UseCaseContext, id: string): Promise<ThreadsView> {
  const { caller, record, resource } = await openFube(deps, ctx, id);
  const reach = threadReach(caller, resource);
  if (!reach.all && reach.holderId === null) {
    const decision = authorize(caller, 'read-remarks', resource);
    if (!decision.allowed) throw forbidden(decision.reason);
  }
  const threads = visibleThreads(reach, record.workflow, await deps.store.fubes.events(id));
  const ids = [...new Set(threads.flatMap((t) => [t.holderId, ...t.entries.map((e) => e.authorId), ...(t.talk?.heldBy != null ? [t.talk.heldBy] : [])]))];
  const people = (await deps.store.people.byIds(ids)).map(({ id: personId, name, entityId, unitId }) => ({ id: personId, name, entityId, unitId }));
  return { threads, people, canAnswer: authorize(caller, 'answer-remark', resource).allowed };
}

/** Hides the texts of thread events from a caller who may not read that thread (the history's readers are wider). */
export function redactThreads(reach: ReturnType<typeof threadReach>, events: readonly WorkflowEvent[]): WorkflowEvent[] {
  if (reach.all) return [...events];
  return events.map((event) => {
    if (!isThreadEvent(event) || event.data.holderId === reach.holderId) return event;
    const { text: _text, note: _note, ...data } = event.data;
    return { ...event, data };
  });
}
