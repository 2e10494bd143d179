import type { AppealRecord, WorkflowEvent, WorkflowState } from './schema.js';

/** One appeal with its texts: what the history keeps beside the state's record. */
export interface AppealFileEntry {
  record: AppealRecord;
  revision: number;
  motivation: string;
  attachments: string[];
  /** The user who registered it, for an appeal HR registered. */
  registeredBy: string | null;
  representative: string | null;
  decision: { motivation: string; heard: string[] } | null;
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const texts = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The appeal file of the current round: each appeal of the state with the texts of its
 * events (lodged or registered, decided). Events name their appeal by `appealId`; an event
 * stored before appeals had ids belongs to the first appeal of its round.
 */
export function appealFile(state: WorkflowState, events: readonly WorkflowEvent[]): AppealFileEntry[] {
  const appeals = state.appeals ?? [];
  const round = events.filter((e) => e.revision === state.revision);
  const idOf = (event: WorkflowEvent) => (typeof event.data.appealId === 'string' ? event.data.appealId : appeals[0]?.id);
  return appeals.map((record) => {
    const lodged = round.find((e) => (e.type === 'appeal' || e.type === 'register-appeal') && idOf(e) === record.id);
    const decided = round.find((e) => e.type === 'decide-appeal' && idOf(e) === record.id);
    return {
      record,
      revision: state.revision,
      motivation: text(lodged?.data.motivation),
      attachments: texts(lodged?.data.attachments),
      registeredBy: lodged?.type === 'register-appeal' ? lodged.actorId : null,
      representative: typeof lodged?.data.representative === 'string' ? lodged.data.representative : null,
      decision: decided === undefined ? null : { motivation: text(decided.data.motivation), heard: texts(decided.data.heard) },
    };
  });
}
