import { type DomainError, formatPath } from '../errors.js';
import { catalogueError, ref } from '../messages/index.js';

/** Why someone may not sit in a FUBE's validation committee. */
export type CommitteeConflict = 'manager' | 'holder' | 'writer' | 'weigher';

/** Whom a FUBE's committees must keep out (person ids), as the organisation and the FUBE's revisions know them. */
export interface CommitteeParties {
  /** The FUBE's entity: the appeal committee needs a member from outside it. */
  entityId: string;
  managerId?: string | null | undefined;
  holderIds: readonly string[];
  /** People whose accounts wrote a revision of the FUBE. */
  writerPersonIds: readonly string[];
  /** People whose accounts set or changed its weighing. */
  weigherPersonIds: readonly string[];
}

/** A member as the organisation knows them (name and entity from the people, not from the request). */
export interface SeatedMember {
  personId: string;
  name: string;
  entityId: string | null;
}

/** The reasons a person may not sit in the validation committee of a FUBE, in a fixed order (empty: none). */
export function conflictsOf(personId: string, parties: CommitteeParties): CommitteeConflict[] {
  const out: CommitteeConflict[] = [];
  if (parties.managerId != null && parties.managerId === personId) out.push('manager');
  if (parties.holderIds.includes(personId)) out.push('holder');
  if (parties.writerPersonIds.includes(personId)) out.push('writer');
  if (parties.weigherPersonIds.includes(personId)) out.push('weigher');
  return out;
}

/**
 * The validation committee (DOMAIN.md §5.3): nobody sits in it for a FUBE they manage, hold,
 * wrote or weighed. One error per member in conflict, naming them and every reason.
 */
export function validationCommitteeConflicts(members: readonly SeatedMember[], parties: CommitteeParties, path = 'committee.members'): DomainError[] {
  return members.flatMap((member, i) => {
    const reasons = conflictsOf(member.personId, parties);
    if (reasons.length === 0) return [];
    return [
      catalogueError('workflow.committee-conflict', formatPath([path, i, 'personId']), {
        name: member.name,
        roles: { list: reasons.map((r) => ref(`workflow.committee-role.${r}`)) },
      }),
    ];
  });
}

/**
 * The appeal committee (DOMAIN.md §5.5): at least one member from outside the FUBE's entity
 * (a person of no entity does not count: nobody can say they are outside it), and nobody
 * who lodged the appeal it decides.
 */
export function appealCommitteeConflicts(members: readonly SeatedMember[], parties: Pick<CommitteeParties, 'entityId'> & { appellantIds: readonly string[] }, path = 'committee.members'): DomainError[] {
  const errors: DomainError[] = [];
  members.forEach((member, i) => {
    if (parties.appellantIds.includes(member.personId))
      errors.push(catalogueError('workflow.appeal-committee-conflict', formatPath([path, i, 'personId']), { name: member.name }));
  });
  if (members.length > 0 && !members.some((m) => m.entityId !== null && m.entityId !== parties.entityId))
    errors.push(catalogueError('workflow.appeal-committee-without-outsider', path, { entity: parties.entityId }));
  return errors;
}
