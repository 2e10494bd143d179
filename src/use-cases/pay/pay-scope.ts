import type { PayPeriodView } from '../../api/pay.js';
import { type Actor, type PayAction, can } from '../../domain/access/index.js';
import type { StoredPayPeriod } from '../../store/index.js';
import { ref } from '../../messages/index.js';
import type { Caller } from '../context.js';
import { forbidden, notFound } from '../problems.js';

/** The pay data a period holds, as the access rules see it. */
export const payOf = (period: Pick<StoredPayPeriod, 'entityId'>) => ({ type: 'pay' as const, entityId: period.entityId });

/**
 * Whether the actor may do the action on some pay data: the organisation's, or one of these
 * entities'. Used to refuse (403) before anything is looked up.
 */
export function mayOnSome(actor: Actor, action: PayAction, entityIds: Iterable<string>): boolean {
  if (can(actor, action, { type: 'pay', entityId: null })) return true;
  for (const entityId of entityIds) if (can(actor, action, { type: 'pay', entityId })) return true;
  return false;
}

/**
 * The grants' entities that may matter: an entity grant names its entity. Enough to ask
 * `mayOnSome` without reading the organisation's entities.
 */
export const grantEntities = (actor: Actor): string[] => [...new Set(actor.roles.flatMap((g) => (g.entityId != null ? [g.entityId] : [])))];

/**
 * Whether the caller sees the period in the list: they may read its report, or (an
 * organisation-wide period) the report of one of their entities within it.
 */
export function seesPeriod(actor: Actor, period: Pick<StoredPayPeriod, 'entityId'>): boolean {
  if (can(actor, 'read-report', payOf(period))) return true;
  return period.entityId === null && grantEntities(actor).some((entityId) => can(actor, 'read-report', { type: 'pay', entityId }));
}

/** A period's view for this caller: counts only, and what the caller may do with it. */
export function periodView(caller: Caller, period: StoredPayPeriod, names: ReadonlyMap<string, string>): PayPeriodView {
  const pay = payOf(period);
  return {
    id: period.id,
    referenceDate: period.referenceDate,
    entityId: period.entityId,
    importedBy: period.importedBy,
    importedByName: names.get(period.importedBy) ?? null,
    importedAt: period.importedAt,
    sourceFormat: period.sourceFormat,
    threshold: period.threshold,
    counts: period.counts,
    abilities: {
      readPersons: can(caller, 'read-persons', pay),
      import: can(caller, 'import', pay),
      delete: can(caller, 'delete-period', pay),
      export: can(caller, 'export', pay),
    },
  };
}

export const periodNotFound = (period: string) => notFound(ref('pay.period-not-found', { period }));

/** 403 for a period of a scope the caller's grant does not cover. */
export const otherScope = (period: Pick<StoredPayPeriod, 'entityId'>) =>
  forbidden(ref('pay.period-other-scope', { scope: period.entityId ?? { key: 'pay.scope-organisation' } }));
