import type { FubeSummary } from '../api/fubes.js';
import type { FubeRecord } from './ports.js';

/**
 * The class a FUBE stands at now: the final class, else the validated one, else the
 * decision in its content, else its weighing's suggestion. The matrix counts by it.
 */
export function currentClass(record: Pick<FubeRecord, 'content' | 'workflow'>): { level: number | null; class: number | null } {
  const { workflow, content } = record;
  const cls = workflow.appealDecision?.class ?? workflow.final?.class ?? workflow.unassignable?.class ?? workflow.validation?.class ?? content.decision?.class ?? null;
  const level =
    workflow.validation?.class === cls ? workflow.validation.level : content.decision?.class === cls ? content.decision.level : null;
  return { level: cls === null ? null : level, class: cls };
}

export function fubeSummary(record: FubeRecord): FubeSummary {
  const { level, class: cls } = currentClass(record);
  return {
    id: record.id,
    title: record.content.title,
    familyId: record.content.familyId,
    familyVersion: record.content.familyVersion,
    entityId: record.content.entityId,
    unitId: record.content.unitId ?? null,
    state: record.workflow.status,
    revision: record.revision,
    level,
    class: cls,
    updatedAt: record.updatedAt,
  };
}
