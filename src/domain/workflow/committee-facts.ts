import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { CommitteeMember } from './schema.js';

/** What the organisation knows of a person: where they work and what their accounts hold. */
export interface PersonFacts {
  id: string;
  name: string;
  entityId: string | null;
  roles: readonly string[];
  trainedInMethod: boolean;
}

/**
 * The validation committee as recorded: who sits in it is the validator's choice, but a
 * member's name, entity and training are facts of the organisation, and "HR member" must be
 * an HR person. The rule "an HR member of another entity, trained in the method" is only
 * worth something when it is checked against those facts, not against what a form sent.
 */
export function committeeFromFacts(members: readonly CommitteeMember[], people: readonly PersonFacts[], path = 'committee.members'): Result<CommitteeMember[]> {
  const byId = new Map(people.map((person) => [person.id, person]));
  const errors: DomainError[] = [];
  const recorded = members.map((member, i) => {
    const person = byId.get(member.personId);
    if (person === undefined || person.entityId === null) {
      errors.push(catalogueError('workflow.committee-member-unknown', `${path}[${i}].personId`, { id: member.personId }));
      return member;
    }
    if (member.role === 'hr' && !person.roles.includes('hr'))
      errors.push(catalogueError('workflow.committee-member-not-hr', `${path}[${i}].role`, { name: person.name }));
    return { ...member, name: person.name, entityId: person.entityId, trainedInMethod: person.trainedInMethod };
  });
  return errors.length > 0 ? fail(errors) : ok(recorded);
}
