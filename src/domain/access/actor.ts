import { z } from 'zod';

/** The roles of Weegschaal (docs/roles.md); each grant is scoped to an entity or a unit. */
export const roleSchema = z.enum(['admin', 'hr', 'manager', 'validator', 'committee-member', 'appeal-committee', 'holder', 'reader', 'pay-analyst']);
export type Role = z.infer<typeof roleSchema>;
export const ROLES: readonly Role[] = roleSchema.options;

export const ROLE_NAMES: Record<Role, { nl: string; en: string; scope: string }> = {
  admin: { nl: 'beheerder', en: 'administrator', scope: 'overal' },
  hr: { nl: 'HR-medewerker', en: 'HR officer', scope: 'entiteit' },
  manager: { nl: 'leidinggevende', en: 'manager', scope: 'afdeling (of entiteit)' },
  validator: { nl: 'leidend ambtenaar', en: 'validator (head of entity)', scope: 'entiteit' },
  'committee-member': { nl: 'lid validatiecomité', en: 'validation committee member', scope: 'entiteit van de FUBE' },
  'appeal-committee': { nl: 'beroepscommissie', en: 'appeal committee', scope: 'overal of entiteit' },
  holder: { nl: 'functiehouder', en: 'holder', scope: 'eigen FUBE’s (afgeleid uit de FUBE)' },
  reader: { nl: 'lezer', en: 'reader', scope: 'entiteit' },
  // Pay transparency (issue 16): the only role that reads person-level pay (docs/pay-transparency.md § Privacy).
  'pay-analyst': { nl: 'loonanalist', en: 'pay analyst', scope: 'overal of entiteit' },
};

/** A role for a scope: no entity = every entity; a unit narrows the entity to that unit. */
export const roleGrantSchema = z.object({
  role: roleSchema,
  entityId: z.string().nullable().optional(),
  unitId: z.string().nullable().optional(),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

/**
 * The roles rules are written for: the assigned roles, and `named-manager`, which nobody
 * is assigned: every person has it for the FUBEs that name them as manager (like the
 * holder role for the FUBEs they hold).
 */
export type RuleRole = Role | 'named-manager';
export const IMPLICIT_ROLES = ['holder', 'named-manager'] as const satisfies readonly RuleRole[];

/** A grant as the rules see it: an assigned one, or an implicit one (no entity, no unit). */
export interface RuleGrant extends Omit<RoleGrant, 'role'> {
  role: RuleRole;
}

/** Who asks: the user account, the person behind it (holder, manager) and their roles. */
export const actorSchema = z.object({
  userId: z.string(),
  /** The person (holder ids and manager ids of FUBEs are person ids). */
  personId: z.string().nullable().optional(),
  /** The entity the person works in (an outside HR member's entity differs from the FUBE's). */
  entityId: z.string().nullable().optional(),
  /** Trained in the classification method (required of the outside HR committee member). */
  trainedInMethod: z.boolean().optional(),
  roles: z.array(roleGrantSchema),
});
export type Actor = z.infer<typeof actorSchema>;
