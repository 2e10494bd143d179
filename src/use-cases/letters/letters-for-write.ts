import { randomUUID } from 'node:crypto';
import { levelOfClass } from '../../domain/family/index.js';
import type { Family } from '../../domain/family/schema.js';
import type { FubeContent } from '../../domain/fube/schema.js';
import { appealDecisionLetters, notificationLetters } from '../../domain/letters/letter.js';
import type { WorkflowEvent, WorkflowState } from '../../domain/workflow/index.js';
import type { NewLetter } from '../../store/index.js';
import type { UseCaseDeps } from '../context.js';

/**
 * The letters a FUBE write sends (decisions 0028, 0034), for the store to write in the
 * event's transaction: a notification event writes one letter per holder notified, an appeal
 * decision one per appellant of the appeal decided, with the names they print.
 */
export async function lettersForWrite(
  deps: UseCaseDeps,
  fube: { id: string; content: FubeContent; workflow: WorkflowState },
  events: readonly WorkflowEvent[],
): Promise<NewLetter[]> {
  const notify = events.some((event) => event.type === 'notify');
  const decided = events.filter((event) => event.type === 'decide-appeal');
  if (!notify && decided.length === 0) return [];
  const { content, workflow } = fube;
  const appealIds = decided.map((event) => (typeof event.data.appealId === 'string' ? event.data.appealId : ''));
  const holderIds = [
    ...(notify ? (workflow.notification?.holderIds ?? []) : []),
    ...(workflow.appeals ?? []).filter((a) => appealIds.includes(a.id)).flatMap((a) => a.appellantIds),
  ];
  const [entity, people, family] = await Promise.all([
    deps.store.entities.get(content.entityId),
    deps.store.people.byIds([...new Set(holderIds)]),
    content.familyId === '' ? Promise.resolve(undefined) : deps.families.get(content.familyId, content.familyVersion).catch(() => undefined),
  ]);
  const names = {
    title: content.title,
    entityName: entity?.name ?? content.entityId,
    holderNames: Object.fromEntries(people.map((p) => [p.id, p.name])),
  };
  const letters: NewLetter[] = [];
  if (notify)
    // An unassignable function has no family (DOMAIN.md §5.7): the letter names none.
    for (const letter of notificationLetters(workflow, { ...names, familyName: content.unassignable !== undefined ? null : (family?.name ?? null) }, randomUUID))
      letters.push({ id: letter.id, fubeId: fube.id, holderId: letter.holderId, kind: 'notification', revision: workflow.revision, facts: letter.facts });
  if (decided.length > 0) {
    // An upheld appeal may name another family: its latest published version gives its name and the class's level.
    const others = (workflow.appeals ?? []).some((a) => appealIds.includes(a.id) && a.decision?.familyId !== undefined && a.decision.familyId !== family?.id);
    const published = others ? await deps.store.families.published() : [];
    const familyOf = (id: string): Family | undefined => (id === family?.id ? family : published.find((p) => p.family.id === id)?.family);
    decided.forEach((event, i) => {
      const written = appealDecisionLetters(
        workflow,
        appealIds[i] ?? '',
        {
          ...names,
          motivation: typeof event.data.motivation === 'string' ? event.data.motivation : '',
          familyName: (id) => familyOf(id)?.name ?? id,
          levelOf: (id, cls) => {
            const f = familyOf(id);
            return f === undefined ? null : (levelOfClass(f, cls)?.level ?? null);
          },
        },
        randomUUID,
      );
      for (const letter of written)
        letters.push({ id: letter.id, fubeId: fube.id, holderId: letter.holderId, kind: 'appeal-decision', revision: workflow.revision, facts: letter.facts });
    });
  }
  return letters;
}
