import type { FubeSummary } from '../api/fubes.js';
import { currentClass as currentClassOf } from '../domain/workflow/current-class.js';
import type { FubeRecord } from './ports.js';

/** The class a FUBE stands at now (one rule, in the domain). */
export function currentClass(record: Pick<FubeRecord, 'content' | 'workflow'>): { level: number | null; class: number | null } {
  return currentClassOf(record.content, record.workflow);
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
