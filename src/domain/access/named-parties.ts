import type { DomainError } from '../errors.js';
import type { FubeContent } from '../fube/schema.js';
import { catalogueError } from '../messages/index.js';
import type { Actor } from './actor.js';
import type { UnitTree } from './fube-resource.js';
import { type PersonPlace, inReach, peopleScope } from './people-scope.js';

/** What the organisation knows of the places and people a write names. */
export interface PartyFacts {
  entityIds: ReadonlySet<string>;
  units: UnitTree;
  /** The people named, by id, as far as they exist. */
  people: ReadonlyMap<string, PersonPlace>;
}

type Parties = Pick<FubeContent, 'entityId' | 'unitId' | 'holderIds' | 'managerId'>;

/**
 * Every place and person a write newly names must exist and every person it newly names
 * must be in the actor's reach (the people they may pick, people-scope.ts). `unknown` are
 * refused as invalid (422), `outOfReach` as not allowed (403); both name the field. People
 * and places named before (by someone with a wider reach, or since gone) may stay.
 */
export function checkNamedParties(actor: Actor, after: Parties, before: Parties | undefined, facts: PartyFacts): { unknown: DomainError[]; outOfReach: DomainError[] } {
  const unknown: DomainError[] = [];
  const outOfReach: DomainError[] = [];
  // What the write leaves as it was is not asked again: a FUBE whose holder has left, or
  // that came in by a catalogue import, stays editable.
  const placeChanged = before === undefined || before.entityId !== after.entityId || (before.unitId ?? null) !== (after.unitId ?? null);
  if (placeChanged && !facts.entityIds.has(after.entityId)) unknown.push(catalogueError('parties.unknown-entity', 'entityId', { id: after.entityId }));
  if (placeChanged && after.unitId != null) {
    const unit = facts.units.get(after.unitId);
    if (unit === undefined) unknown.push(catalogueError('parties.unknown-unit', 'unitId', { id: after.unitId }));
    else if (unit.entityId !== after.entityId) unknown.push(catalogueError('parties.unit-elsewhere', 'unitId', { id: after.unitId, entity: after.entityId }));
  }
  const scope = peopleScope(actor, 'fube');
  const earlier = new Set([...(before?.holderIds ?? []), ...(before?.managerId != null ? [before.managerId] : [])]);
  const named: { id: string; path: string }[] = [
    ...after.holderIds.map((id, i) => ({ id, path: `holderIds[${i}]` })),
    ...(after.managerId != null ? [{ id: after.managerId, path: 'managerId' }] : []),
  ];
  const seen = new Set<string>();
  after.holderIds.forEach((id, i) => {
    if (seen.has(id)) unknown.push(catalogueError('parties.duplicate-holder', `holderIds[${i}]`, { id }));
    seen.add(id);
  });
  for (const { id, path } of named) {
    if (earlier.has(id)) continue;
    const person = facts.people.get(id);
    if (person === undefined) unknown.push(catalogueError('parties.unknown-person', path, { id }));
    else if (!(scope.allowed && inReach(scope.reach, person))) outOfReach.push(catalogueError('parties.person-out-of-reach', path, { id }));
  }
  return { unknown, outOfReach };
}
