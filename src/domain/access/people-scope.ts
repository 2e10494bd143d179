import type { Actor, Role } from './actor.js';
import { type Decision, authorize } from './authorize.js';
import type { PeopleAction } from './resources.js';
import { RULES } from './rules.js';

/**
 * Which people a caller may find in the pickers. Whether at all is a rule like any other
 * (RULES, resource `people`); how far is the scope of the grants that allow it: a grant for
 * an entity reaches its people, a grant for a unit that unit's people, a grant without
 * entity everybody. The committee purpose reaches further (DOMAIN.md §5): the validation
 * committee needs an HR member of another entity, so HR people of other entities too.
 */
export const PEOPLE_PURPOSES = ['fube', 'committee', 'appeal-committee'] as const;
export type PeoplePurpose = (typeof PEOPLE_PURPOSES)[number];

export const PEOPLE_ACTION: Record<PeoplePurpose, PeopleAction> = { fube: 'find', committee: 'find-for-committee', 'appeal-committee': 'find-for-appeal-committee' };

/** Whom an action reaches beyond the grant's own entity: people holding one of these roles elsewhere. */
export const PEOPLE_BEYOND_GRANT: Record<PeopleAction, readonly Role[]> = {
  find: [],
  'find-for-committee': ['hr'],
  // The appeal committee records who sat on it, at least one member from outside the entity (DOMAIN.md §5.5).
  'find-for-appeal-committee': ['appeal-committee', 'hr'],
};

/** One part of the reach; a person is in reach when any part includes them. */
export interface PeopleReach {
  /** null: every entity. */
  entityId: string | null;
  /** null: the whole entity. */
  unitId: string | null;
  /** Only people whose account holds one of these roles. */
  roles?: readonly Role[];
  /** Only people of an entity other than this one. */
  exceptEntityId?: string;
}

export type PeopleScope = { allowed: true; reach: PeopleReach[] } | Extract<Decision, { allowed: false }>;

export function peopleScope(actor: Actor, purpose: PeoplePurpose): PeopleScope {
  const action = PEOPLE_ACTION[purpose];
  const decision = authorize(actor, action, { type: 'people' });
  if (!decision.allowed) return decision;
  const reach: PeopleReach[] = [];
  for (const grant of actor.roles) {
    const allows = RULES.some(
      (rule) =>
        rule.role === grant.role &&
        rule.resource === 'people' &&
        (rule.actions as readonly string[]).includes(action) &&
        rule.when.every((p) => p.test({ actor, grant, resource: { type: 'people' } })),
    );
    if (!allows) continue;
    const entityId = grant.entityId ?? null;
    reach.push({ entityId, unitId: entityId === null ? null : (grant.unitId ?? null) });
    const beyond = PEOPLE_BEYOND_GRANT[action];
    if (beyond.length > 0 && entityId !== null) reach.push({ entityId: null, unitId: null, roles: beyond, exceptEntityId: entityId });
  }
  // A grant over every entity covers every other part.
  const all = reach.find((r) => r.entityId === null && r.roles === undefined && r.exceptEntityId === undefined);
  return { allowed: true, reach: all !== undefined ? [all] : reach };
}

/** What the reach needs to know of a person: where they work and the roles their account holds. */
export interface PersonPlace {
  entityId: string | null;
  unitId: string | null;
  roles: readonly string[];
}

export function inReach(reach: readonly PeopleReach[], person: PersonPlace): boolean {
  return reach.some(
    (r) =>
      (r.entityId === null || r.entityId === person.entityId) &&
      (r.unitId === null || r.unitId === person.unitId) &&
      (r.roles === undefined || r.roles.some((role) => person.roles.includes(role))) &&
      (r.exceptEntityId === undefined || (person.entityId !== null && person.entityId !== r.exceptEntityId)),
  );
}
