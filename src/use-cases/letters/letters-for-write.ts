import { randomUUID } from 'node:crypto';
import type { FubeContent } from '../../domain/fube/schema.js';
import { notificationLetters } from '../../domain/letters/letter.js';
import type { WorkflowEvent, WorkflowState } from '../../domain/workflow/index.js';
import type { NewLetter } from '../../store/index.js';
import type { UseCaseDeps } from '../context.js';

/**
 * The letters a FUBE write sends (decision 0028): a notification event writes one letter per
 * holder notified, with the names it prints, for the store to write in the event's transaction.
 */
export async function lettersForWrite(
  deps: UseCaseDeps,
  fube: { id: string; content: FubeContent; workflow: WorkflowState },
  events: readonly WorkflowEvent[],
): Promise<NewLetter[]> {
  if (!events.some((event) => event.type === 'notify')) return [];
  const { content, workflow } = fube;
  const holderIds = workflow.notification?.holderIds ?? [];
  const [entity, people, family] = await Promise.all([
    deps.store.entities.get(content.entityId),
    deps.store.people.byIds(holderIds),
    content.familyId === '' ? Promise.resolve(undefined) : deps.families.get(content.familyId, content.familyVersion).catch(() => undefined),
  ]);
  const letters = notificationLetters(
    workflow,
    {
      title: content.title,
      entityName: entity?.name ?? content.entityId,
      // An unassignable function has no family (DOMAIN.md §5.7): the letter names none.
      familyName: content.unassignable !== undefined ? null : (family?.name ?? null),
      holderNames: Object.fromEntries(people.map((p) => [p.id, p.name])),
    },
    randomUUID,
  );
  return letters.map((letter) => ({ id: letter.id, fubeId: fube.id, holderId: letter.holderId, kind: 'notification', revision: workflow.revision, facts: letter.facts }));
}
