import { z } from 'zod';

/** Accounts: login and the current user. Roles are scoped to an entity or a unit. */

export const roleAssignmentSchema = z.object({
  role: z.string(),
  entityId: z.string().nullable(),
  unitId: z.string().nullable(),
});

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  personId: z.string().nullable(),
  roles: z.array(roleAssignmentSchema),
});
export type User = z.infer<typeof userSchema>;

export const loginRequestSchema = z.object({ username: z.string().min(1), password: z.string().min(1) });
export const loginResponseSchema = z.object({ user: userSchema });
export const changePasswordSchema = z.object({ current: z.string().min(1), next: z.string().min(8) });
