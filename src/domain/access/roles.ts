/**
 * The roles of Weegschaal (docs/roles.md); each grant is scoped to an entity or a unit. Plain
 * values (no zod), so the web app reads them without building the access schemas
 * (decision 0065); actor.ts has the schemas.
 */
export const ROLES = ['admin', 'hr', 'manager', 'validator', 'committee-member', 'appeal-committee', 'holder', 'reader', 'pay-analyst'] as const;
export type Role = (typeof ROLES)[number];

/** Whether `value` names a role (a stored or sent role may be one we no longer know). */
export const isRole = (value: unknown): value is Role => (ROLES as readonly unknown[]).includes(value);

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

/**
 * The roles rules are written for: the assigned roles, and `named-manager`, which nobody
 * is assigned: every person has it for the FUBEs that name them as manager (like the
 * holder role for the FUBEs they hold).
 */
export type RuleRole = Role | 'named-manager';
export const IMPLICIT_ROLES = ['holder', 'named-manager'] as const satisfies readonly RuleRole[];
