import { fubeResource } from '../../domain/access/index.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { type Addressee, type Notice, namedPersonIds, noticesFor } from '../../domain/notifications/recipients.js';
import type { WorkflowEvent, WorkflowState } from '../../domain/workflow/index.js';
import type { NewNotification } from '../../store/index.js';
import type { UseCaseDeps } from '../context.js';

/**
 * The notifications a FUBE write creates for the people its events wait on (decision 0026),
 * as rows for the store to write in the write's own transaction. The FUBE is judged as the
 * write leaves it; an e-mail is queued for each addressee with an address when mail is on.
 */
export async function waitingNotices(
  deps: UseCaseDeps,
  fube: { id: string; content: FubeContent; workflow: WorkflowState },
  events: readonly WorkflowEvent[],
): Promise<NewNotification[]> {
  if (events.length === 0) return [];
  const units = await deps.store.entities.unitTree();
  const resource = fubeResource(fube.content, fube.workflow.status, units);
  const candidates = await deps.store.notifications.candidates(fube.content.entityId, namedPersonIds(resource));
  return toRows(deps, { id: fube.id, title: fube.content.title }, noticesFor(events, resource, fube.workflow, candidates), candidates);
}

/** Notices as store rows: the FUBE's title, and the mail when mail is on and the user has an address. */
export function toRows(deps: UseCaseDeps, fube: { id: string; title: string }, notices: readonly Notice[], candidates: readonly Addressee[]): NewNotification[] {
  const byId = new Map(candidates.map((c) => [c.userId, c]));
  return notices.map((notice) => {
    const addressee = byId.get(notice.userId);
    const email = addressee?.email ?? null;
    const mail = deps.mailEnabled === true && email !== null && email.includes('@') ? { to: email, language: addressee?.language ?? 'nl' } : undefined;
    return {
      userId: notice.userId,
      fubeId: fube.id,
      kind: notice.kind,
      data: { title: fube.title, ...(notice.detail !== undefined ? notice.detail : {}) },
      ...(notice.detail !== undefined ? { onceKey: `${notice.kind}|${fube.id}|${notice.userId}|${notice.detail.code}|${notice.detail.date}` } : {}),
      mail,
    };
  });
}
