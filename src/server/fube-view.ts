import type { FubeView } from '../api/fubes.js';
import type { Family } from '../domain/family/schema.js';
import { checkFube } from '../domain/fube/check-fube.js';
import { competencyProfile } from '../domain/profile/index.js';
import { explain } from '../domain/weighing/index.js';
import { currentClass } from './fube-summary.js';
import { actionsFrom, deadlines } from '../domain/workflow/index.js';
import type { WorkflowEvent } from '../domain/workflow/schema.js';
import type { FubeRecord } from './ports.js';

/** Everything `GET /api/fubes/{id}` shows, derived from the stored record by domain rules. */
export function fubeView(record: FubeRecord, family: Family, events: readonly WorkflowEvent[], now: Date): FubeView {
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
    blocking: checkFube(record.content, family).map(({ path, message, code }) => ({ path, message, code })),
    deadlines: deadlines(record.workflow, events, now),
    allowedActions: actionsFrom(record.workflow.status),
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
