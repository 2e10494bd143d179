import { z } from 'zod';
import { TEXT_LIMITS, safeText } from './safe-text.js';
import { SSO_ERRORS } from './values.js';

export { SSO_ERRORS };

/** Accounts: login and the current user. Roles are scoped to an entity or a unit. */

export const roleAssignmentSchema = z.object({
  role: z.string(),
  entityId: z.string().nullable(),
  unitId: z.string().nullable(),
});

/** The account as a login answers it. */
export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  name: z.string(),
  personId: z.string().nullable(),
  roles: z.array(roleAssignmentSchema),
});

/** `GET /api/me`: the account, and where this user may start a FUBE (an entity, and a unit of it or none). */
export const userSchema = accountSchema.extend({
  createPlaces: z.array(z.object({ entityId: z.string(), unitId: z.string().nullable() })),
});
export type User = z.infer<typeof userSchema>;

export const loginRequestSchema = z.object({ username: safeText(TEXT_LIMITS.username).min(1), password: z.string().min(1).max(TEXT_LIMITS.password) });
export const loginResponseSchema = z.object({ user: accountSchema });
export const changePasswordSchema = z.object({ current: z.string().min(1).max(TEXT_LIMITS.password), next: safeText(TEXT_LIMITS.password).min(8) });

/** One demo login as `npm start` prints it: the username, the name and the role (and its scope). */
export const demoLoginSchema = z.object({ username: z.string(), name: z.string(), role: z.string(), scope: z.string() });

/**
 * The demo logins, only when the server runs on a demo database (`serve --demo` and the demo
 * accounts exist): the start page lists them. The password is the one `serve` prints.
 */
export const demoLoginsSchema = z.object({ password: z.string().nullable(), logins: z.array(demoLoginSchema) });
export type DemoLogins = z.infer<typeof demoLoginsSchema>;

/**
 * Which ways to sign in the server offers (the login page shows the single sign-on button only
 * when on) and, on a demo database only, the demo logins (null on every other database).
 */
export const loginOptionsSchema = z.object({ password: z.boolean(), sso: z.boolean(), demo: demoLoginsSchema.nullable().default(null) });
export type LoginOptions = z.infer<typeof loginOptionsSchema>;

/** `GET /api/session`: the signed-in user, or null for an anonymous visitor (200 either way). */
export const sessionSchema = z.object({ user: userSchema.nullable() });

export const ssoErrorSchema = z.enum(SSO_ERRORS);
export type SsoError = z.infer<typeof ssoErrorSchema>;

/** A value the browser controls: anything malformed (too long, repeated) counts as absent. */
const optionalParam = (max: number) => z.string().max(max).optional().catch(undefined);

export const oidcStartQuerySchema = z.object({
  /** Where to go after signing in: a same-site path; anything else becomes `/`. */
  next: optionalParam(2000),
});

/** The provider's answer (RFC 6749 §4.1.2): a code and the state, or an error. */
export const oidcCallbackQuerySchema = z
  .object({
    code: optionalParam(4096),
    state: optionalParam(512),
    iss: optionalParam(2000),
    error: optionalParam(200),
    error_description: optionalParam(2000),
  })
  .loose();
