import type { Person } from '../../api/entities.js';
import type { Abilities, Deadline, FubeBaseView } from '../../api/fubes.js';
import { type Actor, type UnitTree, allowedPlaces, audienceOf, fubeAbilities } from '../../domain/access/index.js';
import type { Clock } from '../../domain/clock.js';
import type { DomainError } from '../../domain/errors.js';
import type { Family } from '../../domain/family/schema.js';
import type { CheckItem } from '../../api/messages.js';
import { checkFube } from '../../domain/fube/check-fube.js';
import { competencyProfile } from '../../domain/profile/index.js';
import { withFubeWording } from '../../domain/fube/competency-profile.js';
import { explain, explainStanding } from '../../domain/weighing/index.js';
import { upheldDecision } from '../../domain/workflow/appeals.js';
import { type ActionType, type ClosingDays, type Deadline as OpenDeadline, type WorkflowState, actionsFrom, currentClass, deadlineLabelKey, deadlines, stateBlockers } from '../../domain/workflow/index.js';
import type { WorkflowEvent } from '../../domain/workflow/schema.js';
import { format } from '../../messages/index.js';
import type { FubeRecord } from '../../store/index.js';
import type { FubeResourceNow } from './fube-gate.js';

/** A deadline as the API sends it: its code, and its Dutch name for other clients (the web renders the code). */
export const deadlineView = (deadline: OpenDeadline): Deadline => ({ ...deadline, label: format('nl', deadlineLabelKey(deadline.code)) });

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
    ...(workflow.appeals ?? []).flatMap((a) => [...a.appellantIds, ...(a.decision?.committee?.members.map((m) => m.personId) ?? [])]),
    ...events.flatMap((e) => (typeof e.data.holderId === 'string' ? [e.data.holderId] : [])),
  ];
  return [...new Set(ids)];
}

/**
 * What readers without the working notes see differently: the explanation without the points
 * of attention (spread, ties, reconstruction caveats) — DOMAIN.md §3.7.
 */
export function publicBaseView(view: FubeBaseView, family: Family, standingFamily?: Family): FubeBaseView {
  if (view.weighing === null) return { ...view, explanation: null };
  return { ...view, explanation: standingText(explain(view.weighing, family, 'nl', 'holder', view.content.weighing?.alternatives), family, view.workflow, standingFamily) };
}

/** The explanation headed by the family an upheld appeal moved the function to, when another. */
function standingText(explanation: string, family: Family, workflow: FubeRecord['workflow'], standingFamily: Family | undefined): string {
  const upheld = upheldDecision(workflow);
  if (standingFamily === undefined || upheld?.familyId !== standingFamily.id || standingFamily.id === family.id || upheld.class === undefined) return explanation;
  return explainStanding(explanation, family, { name: standingFamily.name, class: upheld.class });
}

/** The FUBE as every reader sees it, derived from the stored record by domain rules. */
export function fubeBaseView(
  record: FubeRecord,
  family: Family,
  events: readonly WorkflowEvent[],
  now: Date,
  people: readonly Person[] = [],
  closingDays: ClosingDays = [],
  /** The family an upheld appeal moved the function to (when another). */
  standingFamily?: Family,
): FubeBaseView {
  const result = record.content.weighing?.result ?? null;
  return {
    id: record.id,
    revision: record.revision,
    state: record.workflow.status,
    workflow: record.workflow,
    inForceRevision: record.inForceRevision,
    content: record.content,
    weighing: result,
    explanation: result === null ? null : standingText(explain(result, family, 'nl', 'hr', record.content.weighing?.alternatives), family, record.workflow, standingFamily),
    profile: profileOf(record, family, standingFamily),
    blocking: checkFube(record.content, family).map(checkItem),
    deadlines: deadlines(record.workflow, events, now, undefined, closingDays).map(deadlineView),
    people: [...people],
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
  };
}

/** What this caller may do with the FUBE now, by the rules the use cases enforce. */
export function abilitiesOf(
  caller: Actor,
  resource: FubeResourceNow,
  workflow: WorkflowState,
  blockers: ReadonlyMap<ActionType, readonly CheckItem[]>,
  org: { entityIds: Iterable<string>; units: UnitTree },
  committeeExcluded: readonly string[] = [],
  tie = false,
): Abilities {
  const abilities = fubeAbilities(caller, resource, workflow, (action) => (blockers.get(action) ?? []) as DomainError[], tie);
  const validates = abilities.actions.includes('validate') || abilities.waiting.some((w) => w.action === 'validate');
  return {
    actions: abilities.actions,
    waiting: abilities.waiting.map(({ action, reasons }) => ({ action, reasons: reasons.map(checkItem) })),
    edit: abilities.edit,
    weigh: abilities.weigh,
    decideTie: abilities.decideTie,
    history: abilities.history,
    threads: abilities.threads,
    appeals: abilities.appeals,
    places: abilities.edit ? allowedPlaces(caller, 'update', resource, org.entityIds, org.units) : [],
    committeeExcluded: validates ? [...committeeExcluded] : [],
    workingNotes: audienceOf(caller, resource) === 'internal',
  };
}

/** Per workflow action of the FUBE's state, what blocks it today for every caller. */
export function blockersOf(record: FubeRecord, family: Family, clock: Clock, closingDays: ClosingDays = []): Map<ActionType, CheckItem[]> {
  const guards = { clock, fube: record.content, family, closingDays };
  return new Map(actionsFrom(record.workflow.status).map((action) => [action, stateBlockers(record.workflow, action, guards).map(checkItem)]));
}

/** A domain error as an API check item: code, path, Dutch text and what renders it again. */
export function checkItem({ path, message, code, messageKey, params }: DomainError): CheckItem {
  return { path, message, code, ...(messageKey !== undefined ? { messageKey } : {}), ...(params !== undefined ? { params } : {}) };
}

/** The profile of the class the FUBE stands at, when that class belongs to its family. */
function profileOf(record: FubeRecord, family: Family, standingFamily?: Family) {
  // An unassignable function is classed by the separate method: no competencies of the family (DOMAIN.md §5.7).
  if (record.content.unassignable !== undefined) return null;
  const { class: cls } = currentClass(record.content, record.workflow);
  if (cls === null) return null;
  // After an upheld family appeal the class is one of that family's: so is its profile.
  const moved = standingFamily !== undefined && upheldDecision(record.workflow)?.familyId === standingFamily.id;
  const profile = competencyProfile(moved ? standingFamily : family, cls);
  // The FUBE's own (e.g. gender-neutral) wordings of competency texts replace the family's.
  return profile.ok ? withFubeWording(profile.value, record.content.competencyWording) : null;
}
