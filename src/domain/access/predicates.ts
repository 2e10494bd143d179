import { format } from '../messages/index.js';
import type { Actor, RoleGrant } from './actor.js';
import type { Resource } from './resources.js';

export interface RuleContext {
  actor: Actor;
  grant: RoleGrant;
  resource: Resource;
}

/** A small named condition; `denial` says in Dutch why an action was refused by it (`access.denial.<name>` in the catalogue). */
export interface Predicate {
  name: string;
  /** Dutch, for docs/roles.md. */
  description: string;
  denial: string;
  test(context: RuleContext): boolean;
}

const predicate = (name: string, description: string, denial: string, test: Predicate['test']): Predicate => ({ name, description, denial, test });

const fubeOf = (resource: Resource) => (resource.type === 'fube' ? resource : undefined);

/** The grant's entity is the FUBE's (a grant without entity covers every entity). */
export const inEntity = predicate('inEntity', 'van de eigen entiteit', format('nl', 'access.denial.inEntity'), ({ grant, resource }) => {
  const fube = fubeOf(resource);
  if (fube === undefined) return true;
  return grant.entityId == null || grant.entityId === fube.entityId;
});

/** As inEntity, and within the grant's unit when it names one. */
export const inUnit = predicate('inUnit', 'van de eigen afdeling', format('nl', 'access.denial.inUnit'), (context) => {
  const fube = fubeOf(context.resource);
  if (fube === undefined || !inEntity.test(context)) return false;
  return context.grant.unitId == null || context.grant.unitId === fube.unitId;
});

export const isHolder = predicate('isHolder', 'waarvan men functiehouder is', format('nl', 'access.denial.isHolder'), ({ actor, resource }) => {
  const fube = fubeOf(resource);
  return fube !== undefined && actor.personId != null && fube.holderIds.includes(actor.personId);
});

/** Four eyes: who wrote or weighed a FUBE does not validate it. */
export const notWriterOrWeigher = predicate(
  'notWriterOrWeigher',
  'die men niet zelf schreef of woog',
  format('nl', 'access.denial.notWriterOrWeigher'),
  ({ actor, resource }) => {
    const fube = fubeOf(resource);
    if (fube === undefined) return false;
    return !(fube.writerIds ?? []).includes(actor.userId) && !(fube.weigherIds ?? []).includes(actor.userId);
  },
);

export const fromOtherEntity = predicate(
  'fromOtherEntity',
  'als medewerker van een andere entiteit',
  format('nl', 'access.denial.fromOtherEntity'),
  ({ actor, resource }) => {
    const fube = fubeOf(resource);
    return fube !== undefined && actor.entityId != null && actor.entityId !== fube.entityId;
  },
);

export const trainedInMethod = predicate('trainedInMethod', 'opgeleid in de methode', format('nl', 'access.denial.trainedInMethod'), ({ actor }) => actor.trainedInMethod === true);
