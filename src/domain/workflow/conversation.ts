import type { WorkflowEvent, WorkflowState } from './schema.js';

/** One message in a holder's thread. */
export interface ThreadEntry {
  kind: 'remark' | 'request-talk' | 'answer-remark' | 'record-talk';
  at: string;
  /** The person who wrote it (the holder, or HR / the manager who answered or held the talk), else the user id. */
  authorId: string;
  text: string;
  /** For a talk recorded as held: the day it was held. */
  heldOn?: string;
}

/** The thread of one holder in one round of the process: their remarks and talk request, and the answers. */
export interface Thread {
  holderId: string;
  revision: number;
  entries: ThreadEntry[];
  /** A remark waits for an answer (since this instant). */
  openSince: string | null;
  /** The talk the holder asked for: open until held. */
  talk: { requestedAt: string; heldOn: string | null; heldBy: string | null } | null;
}

const KINDS = new Set<string>(['remark', 'request-talk', 'answer-remark', 'record-talk']);

/**
 * The holders' threads of the current round, from the history (the texts) and the state
 * (what is still open). Events of earlier rounds or of an earlier proposal are left out.
 */
export function threadsOf(state: WorkflowState, events: readonly WorkflowEvent[]): Thread[] {
  const since = state.proposal?.at;
  if (since === undefined) return [];
  const threads = new Map<string, Thread>();
  const threadOf = (holderId: string): Thread => {
    let thread = threads.get(holderId);
    if (thread === undefined) {
      const open = state.threads?.find((t) => t.holderId === holderId);
      const talk = state.talks?.find((t) => t.holderId === holderId);
      thread = {
        holderId,
        revision: state.revision,
        entries: [],
        openSince: open?.openSince ?? null,
        talk: talk === undefined ? null : { requestedAt: talk.requestedAt, heldOn: talk.heldOn ?? null, heldBy: talk.heldBy ?? null },
      };
      threads.set(holderId, thread);
    }
    return thread;
  };
  for (const event of events) {
    if (event.revision !== state.revision || event.at < since || !KINDS.has(event.type)) continue;
    const holderId = event.data.holderId;
    if (typeof holderId !== 'string') continue;
    const kind = event.type as ThreadEntry['kind'];
    const text = kind === 'remark' || kind === 'answer-remark' ? event.data.text : event.data.note;
    const byPerson = event.data.byPersonId;
    const authorId = kind === 'remark' || kind === 'request-talk' ? holderId : typeof byPerson === 'string' ? byPerson : event.actorId;
    const heldOn = event.data.heldOn;
    threadOf(holderId).entries.push({
      kind,
      at: event.at,
      authorId,
      text: typeof text === 'string' ? text : '',
      ...(kind === 'record-talk' && typeof heldOn === 'string' ? { heldOn } : {}),
    });
  }
  return [...threads.values()].sort((a, b) => a.holderId.localeCompare(b.holderId));
}

/** The events a thread is made of: their texts are for the thread's readers only. */
export const isThreadEvent = (event: WorkflowEvent): boolean => KINDS.has(event.type);
