import type { FubeView } from '../../../api/fubes.js';
import { inReach, peopleScope } from '../../../domain/access/index.js';
import type { DomainError } from '../../../domain/errors.js';
import { catalogueError, ref } from '../../../messages/index.js';
import type { CommitteeMember } from '../../../domain/workflow/index.js';
import { committeeFromFacts } from '../../../domain/workflow/committee-facts.js';
import { validationCommitteeConflicts } from '../../../domain/workflow/committee-conflicts.js';
import { committeePartiesOf } from '../committee-parties.js';
import type { UseCaseContext, UseCaseDeps } from '../../context.js';
import { domainRefused, forbiddenFields } from '../../problems.js';
import { checkBase, openFube } from '../fube-gate.js';
import { viewAfterWrite } from '../get-fube.js';
import { type StepOptions, takeStep } from './run-step.js';

export interface ValidateFubeRequest {
  id: string;
  baseRevision: number;
  /** Who sat on the committee and in which capacity; names, entities and training come from the organisation. */
  committee: { members: Pick<CommitteeMember, 'personId' | 'role'>[] };
  advice: { text: string; class?: number | undefined };
  decision: { class: number; motivation: string; effectiveFrom?: string | undefined };
}

/**
 * The head of the entity validates with a motivated decision. The validator is the caller
 * (never someone the request names); the committee members must exist and be people the
 * caller may pick for a committee, and are recorded as the organisation knows them; nobody
 * sits in it for a FUBE they manage, hold, wrote or weighed (refused by name and reason).
 */
export async function validateFube(deps: UseCaseDeps, ctx: UseCaseContext, request: ValidateFubeRequest, options: StepOptions = {}): Promise<FubeView> {
  const opened = await openFube(deps, ctx, request.id, 'validate');
  checkBase(opened.record, request.baseRevision);
  const { caller } = opened;
  const prefix = options.pathPrefix ?? '';
  const members = request.committee.members.map((m) => ({ ...m, name: '', entityId: '', trainedInMethod: false }));
  const people = await deps.store.people.hits(members.map((m) => m.personId));
  const recorded = committeeFromFacts(members, people);
  if (!recorded.ok) throw domainRefused(recorded.errors, ref('problem.step-refused'), prefix);
  const scope = peopleScope(caller, 'committee');
  const byId = new Map(people.map((p) => [p.id, p]));
  const outOfReach: DomainError[] = [];
  members.forEach((member, i) => {
    const person = byId.get(member.personId);
    if (person !== undefined && !(scope.allowed && inReach(scope.reach, person)))
      outOfReach.push(catalogueError('parties.person-out-of-reach', `committee.members[${i}].personId`, { id: member.personId }));
  });
  if (outOfReach.length > 0) throw forbiddenFields(outOfReach, prefix);
  // Nobody sits in the committee for a FUBE they manage, hold, wrote or weighed (DOMAIN.md §5.3).
  const conflicts = validationCommitteeConflicts(recorded.value, await committeePartiesOf(deps, opened.record));
  if (conflicts.length > 0) throw domainRefused(conflicts, ref('problem.step-refused'), prefix);
  const action = {
    type: 'validate' as const,
    validatorId: caller.personId ?? caller.userId,
    committee: { members: recorded.value },
    advice: request.advice.class !== undefined ? { text: request.advice.text, class: request.advice.class } : { text: request.advice.text },
    decision: {
      class: request.decision.class,
      motivation: request.decision.motivation,
      ...(request.decision.effectiveFrom !== undefined ? { effectiveFrom: request.decision.effectiveFrom } : {}),
    },
  };
  return viewAfterWrite(deps, ctx, await takeStep(deps, ctx, opened, action, options));
}
