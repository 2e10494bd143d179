import type { FubeView } from '../../../api/fubes.js';
import { catalogueError, ref } from '../../../messages/index.js';
import { levelOfClass } from '../../../domain/family/index.js';
import { type AppealOutcome, type CommitteeMember, appealCommitteeConflicts, openAppeals } from '../../../domain/workflow/index.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { domainRefused, notFound } from '../../problems.js';
import { checkBase, openFube } from '../fube-gate.js';
import { viewAfterWrite } from '../get-fube.js';
import { type StepOptions, takeStep } from './run-step.js';

export interface AppealDecision {
  outcome: AppealOutcome;
  familyId?: string | undefined;
  class?: number | undefined;
  motivation: string;
  /** Who sat on the committee: people the organisation knows (names and entities are theirs, not the form's). */
  committee: { members: { personId: string }[] };
  hearingOn: string;
  heard: string[];
}

/**
 * The appeal committee records its decision on one appeal of the current round: the one
 * named (`appealId`, 404 when it is not an appeal of this round), or the only open one. The
 * committee members are recorded as the organisation knows them; the committee needs one from
 * outside the entity and none of the appellants.
 */
export async function decideAppeal(
  deps: UseCaseDeps,
  ctx: UseCaseContext,
  request: { id: string; appealId?: string | undefined; baseRevision?: number; decision: AppealDecision },
  options: StepOptions = {},
): Promise<FubeView> {
  const opened = await openFube(deps, ctx, request.id, 'decide-appeal');
  const { record } = opened;
  if (request.baseRevision !== undefined) checkBase(record, request.baseRevision);
  const appeals = record.workflow.appeals ?? [];
  if (request.appealId !== undefined && !appeals.some((a) => a.id === request.appealId))
    throw notFound(ref('not-found.appeal', { id: record.id, appeal: request.appealId }));
  const appealId = request.appealId ?? (openAppeals(record.workflow).length === 1 ? openAppeals(record.workflow)[0]?.id : undefined);
  const { decision } = request;
  const people = await deps.store.people.hits(decision.committee.members.map((m) => m.personId));
  const byId = new Map(people.map((p) => [p.id, p]));
  const unknown = decision.committee.members.flatMap((m, i) =>
    byId.has(m.personId) ? [] : [catalogueError('parties.unknown-person', `committee.members[${i}].personId`, { id: m.personId })],
  );
  // Another family named by an upheld appeal must be a published family, and the class one of its classes.
  if (decision.familyId !== undefined && decision.familyId !== record.content.familyId) {
    const other = (await deps.store.families.published()).find((p) => p.family.id === decision.familyId)?.family;
    if (other === undefined) unknown.push(catalogueError('workflow.appeal-family-unknown', 'familyId', { id: decision.familyId }));
    else if (decision.class !== undefined && levelOfClass(other, decision.class) === undefined)
      unknown.push(catalogueError('workflow.appeal-class-not-in-family', 'class', { class: decision.class, family: other.name }));
  }
  if (unknown.length > 0) throw domainRefused(unknown, ref('problem.step-refused'), options.pathPrefix ?? '');
  // At least one member from outside the entity, and none of the appellants (DOMAIN.md §5.5).
  const appellantIds = appeals.find((a) => a.id === appealId)?.appellantIds ?? [];
  const seated = decision.committee.members.map((m) => ({ personId: m.personId, name: byId.get(m.personId)?.name ?? m.personId, entityId: byId.get(m.personId)?.entityId ?? null }));
  const conflicts = appealCommitteeConflicts(seated, { entityId: record.content.entityId, appellantIds });
  if (conflicts.length > 0) throw domainRefused(conflicts, ref('problem.step-refused'), options.pathPrefix ?? '');
  const members: CommitteeMember[] = decision.committee.members.map((m) => {
    const person = byId.get(m.personId);
    return { personId: m.personId, name: person?.name ?? m.personId, role: 'other', entityId: person?.entityId ?? '', trainedInMethod: person?.trainedInMethod ?? false };
  });
  const action = {
    type: 'decide-appeal' as const,
    ...(appealId !== undefined ? { appealId } : {}),
    outcome: decision.outcome,
    ...(decision.familyId !== undefined ? { familyId: decision.familyId } : {}),
    ...(decision.class !== undefined ? { class: decision.class } : {}),
    motivation: decision.motivation,
    committee: { members },
    hearingOn: decision.hearingOn,
    heard: decision.heard,
  };
  return viewAfterWrite(deps, ctx, await takeStep(deps, ctx, opened, action, options));
}
