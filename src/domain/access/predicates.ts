import type { MessageRef } from '../messages/index.js';
import type { Actor, RuleGrant } from './actor.js';
import type { FubeResource, Resource } from './resources.js';

export interface RuleContext {
  actor: Actor;
  grant: RuleGrant;
  resource: Resource;
}

/**
 * A small named condition. `denial` is the catalogue message that says why an action was
 * refused by it (`access.denial.<name>`), rendered in the caller's language by the adapter.
 */
export interface Predicate {
  name: string;
  /** Dutch, for docs/roles.md. */
  description: string;
  denial: MessageRef;
  test(context: RuleContext): boolean;
}

const predicate = (name: string, description: string, test: Predicate['test']): Predicate => ({
  name,
  description,
  denial: { key: `access.denial.${name}` },
  test,
});

const fubeOf = (resource: Resource): FubeResource | undefined => (resource.type === 'fube' ? resource : undefined);

/** The grant's entity is the FUBE's (a grant without entity covers every entity). */
export const inEntity = predicate('inEntity', 'van de eigen entiteit', ({ grant, resource }) => {
  const fube = fubeOf(resource);
  if (fube === undefined) return true;
  return grant.entityId == null || grant.entityId === fube.entityId;
});

/**
 * As inEntity, and within the grant's unit when it names one: the unit itself or a unit
 * under it (a team of the afdeling), as the FUBE's `unitPath` lists them.
 */
export const inUnit = predicate('inUnit', 'van de eigen afdeling (of een team ervan)', (context) => {
  const fube = fubeOf(context.resource);
  if (fube === undefined || !inEntity.test(context)) return false;
  const unit = context.grant.unitId;
  if (unit == null) return true;
  return fube.unitId === unit || (fube.unitPath ?? []).includes(unit);
});

export const isHolder = predicate('isHolder', 'waarvan men functiehouder is', ({ actor, resource }) => {
  const fube = fubeOf(resource);
  return fube !== undefined && actor.personId != null && fube.holderIds.includes(actor.personId);
});

/** The person named as the FUBE's manager (leidinggevende), whatever unit they work in. */
export const isNamedManager = predicate('isNamedManager', 'waarvan men de aangeduide leidinggevende is', ({ actor, resource }) => {
  const fube = fubeOf(resource);
  return fube !== undefined && actor.personId != null && fube.managerId === actor.personId;
});

/** Four eyes: who wrote or weighed a FUBE does not validate it. */
export const notWriterOrWeigher = predicate('notWriterOrWeigher', 'die men niet zelf schreef of woog', ({ actor, resource }) => {
  const fube = fubeOf(resource);
  if (fube === undefined) return false;
  return !(fube.writerIds ?? []).includes(actor.userId) && !(fube.weigherIds ?? []).includes(actor.userId);
});

export const fromOtherEntity = predicate('fromOtherEntity', 'als medewerker van een andere entiteit', ({ actor, resource }) => {
  const fube = fubeOf(resource);
  return fube !== undefined && actor.entityId != null && actor.entityId !== fube.entityId;
});

/**
 * Pay data or a pay report: the grant covers all of it. A grant without entity covers the
 * organisation and every entity; an entity's grant only that entity's data, never the
 * organisation's as a whole.
 */
export const payInScope = predicate('payInScope', 'van de eigen entiteit (zonder entiteit: de hele organisatie)', ({ grant, resource }) => {
  if (resource.type !== 'pay') return false;
  return grant.entityId == null || (resource.entityId !== null && grant.entityId === resource.entityId);
});

/** An Art. 7 request: the person who asked is the actor's person. */
export const isRequester = predicate('isRequester', 'die men zelf indiende', ({ actor, resource }) => resource.type === 'pay-request' && actor.personId != null && resource.personId === actor.personId);

export const trainedInMethod = predicate('trainedInMethod', 'opgeleid in de methode', ({ actor }) => actor.trainedInMethod === true);

/** The predicates that only say where a FUBE stands or who it names: lists can apply them in a query (list-scope.ts). */
export const PLACE_PREDICATES: readonly Predicate[] = [inEntity, inUnit, isHolder, isNamedManager];
