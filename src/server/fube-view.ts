import type { Person } from '../api/entities.js';
import type { FubeView } from '../api/fubes.js';
import type { Family } from '../domain/family/schema.js';
import { checkFube } from '../domain/fube/check-fube.js';
import { competencyProfile } from '../domain/profile/index.js';
import { explain } from '../domain/weighing/index.js';
import { currentClass } from './fube-summary.js';
import { actionsFrom, deadlines } from '../domain/workflow/index.js';
import type { WorkflowEvent } from '../domain/workflow/schema.js';
import type { FubeRecord } from './ports.js';

/**
 * Every person id the FUBE page shows: holders, manager, validator, committee members,
 * appellants and the holders of remarks and talks. Their names travel with the view, so
 * the page needs no request per person.
 */
export function personIdsOf(record: FubeRecord, events: readonly WorkflowEvent[]): string[] {
  const { content, workflow } = record;
  const ids = [
    ...content.holderIds,
    ...(content.managerId !== undefined ? [content.managerId] : []),
    ...(workflow.proposal?.holderIds ?? []),
    ...(workflow.validation !== undefined ? [workflow.validation.validatorId, ...workflow.validation.committee.members.map((m) => m.personId)] : []),
    ...(workflow.notification?.holderIds ?? []),
    ...(workflow.appeal?.appellantIds ?? []),
    ...events.flatMap((e) => (typeof e.data.holderId === 'string' ? [e.data.holderId] : [])),
  ];
  return [...new Set(ids)];
}

/** Everything `GET /api/fubes/{id}` shows, derived from the stored record by domain rules. */
export function fubeView(record: FubeRecord, family: Family, events: readonly WorkflowEvent[], now: Date, people: readonly Person[] = []): FubeView {
  const result = record.content.weighing?.result ?? null;
  return {
    id: record.id,
    revision: record.revision,
    state: record.workflow.status,
    workflow: record.workflow,
    inForceRevision: record.inForceRevision,
    content: record.content,
    weighing: result,
    explanation: result === null ? null : explain(result, family),
    profile: profileOf(record, family),
    blocking: checkFube(record.content, family).map(({ path, message, code, messageKey, params }) => ({
      path,
      message,
      code,
      ...(messageKey !== undefined ? { messageKey } : {}),
      ...(params !== undefined ? { params } : {}),
    })),
    deadlines: deadlines(record.workflow, events, now),
    allowedActions: actionsFrom(record.workflow.status),
    people: [...people],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** The profile of the class the FUBE stands at, when that class belongs to its family. */
function profileOf(record: FubeRecord, family: Family) {
  const { class: cls } = currentClass(record);
  if (cls === null) return null;
  const profile = competencyProfile(family, cls);
  return profile.ok ? profile.value : null;
}
