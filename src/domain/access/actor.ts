import { z } from 'zod';
import { ROLES, type RuleRole } from './roles.js';

export * from './roles.js';

export const roleSchema = z.enum(ROLES);

/** A role for a scope: no entity = every entity; a unit narrows the entity to that unit. */
export const roleGrantSchema = z.object({
  role: roleSchema,
  entityId: z.string().nullable().optional(),
  unitId: z.string().nullable().optional(),
});
export type RoleGrant = z.infer<typeof roleGrantSchema>;

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
