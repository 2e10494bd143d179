import type { Actor, RoleGrant } from './actor.js';
import type { Resource } from './resources.js';
import { ACTION_LABELS, type ActionOf } from './resources.js';
import { RULES, type Rule } from './rules.js';
import { type MessageRef, format, isMessageKey, ref } from '../messages/index.js';

export type Decision = { allowed: true; role: Rule['role'] } | { allowed: false; reason: string };

/**
 * The grants an actor holds: their assigned roles, plus the holder role that everyone has
 * for the FUBEs they hold (the rule's isHolder condition decides which FUBEs).
 */
function grantsOf(actor: Actor): RoleGrant[] {
  return actor.roles.some((g) => g.role === 'holder') ? actor.roles : [...actor.roles, { role: 'holder', entityId: null, unitId: null }];
}

/** The one question the API and the UI ask: may this actor do this action on this resource? */
export function authorize<R extends Resource>(actor: Actor, action: ActionOf[R['type']], resource: R): Decision {
  const denials: string[] = [];
  for (const grant of grantsOf(actor)) {
    for (const rule of RULES) {
      if (rule.role !== grant.role || rule.resource !== resource.type || !(rule.actions as readonly string[]).includes(action)) continue;
      const failing = rule.when.find((p) => !p.test({ actor, grant, resource }));
      if (failing === undefined) return { allowed: true, role: rule.role };
      // The implicit holder grant comes last, so a denial of an assigned role is named first.
      denials.push(failing.denial);
    }
  }
  const label = ACTION_LABELS[resource.type][action] ?? action;
  return { allowed: false, reason: denials[0] ?? format('nl', 'access.denied', { action: label }) };
}

/**
 * A refusal's (Dutch) reason as the catalogue message it was made from, so the API can
 * render it in the caller's language; undefined for a reason the catalogue does not know.
 */
export function refusalMessage(reason: string): MessageRef | undefined {
  for (const predicate of new Set(RULES.flatMap((rule) => rule.when))) {
    const key = `access.denial.${predicate.name}`;
    if (predicate.denial === reason && isMessageKey(key)) return { key };
  }
  for (const [type, labels] of Object.entries(ACTION_LABELS))
    for (const [action, label] of Object.entries(labels)) {
      if (format('nl', 'access.denied', { action: label }) !== reason) continue;
      const key = `access.action.${type}.${action}`;
      return ref('access.denied', { action: isMessageKey(key) ? { key } : label });
    }
  return undefined;
}

export function can<R extends Resource>(actor: Actor, action: ActionOf[R['type']], resource: R): boolean {
  return authorize(actor, action, resource).allowed;
}

/**
 * Whether the actor may even know the FUBE exists: whoever may read it. The API answers
 * 404, not 403, for the others, so FUBEs of other entities stay hidden.
 */
export function isVisible(actor: Actor, fube: Extract<Resource, { type: 'fube' }>): boolean {
  return can(actor, 'read', fube);
}

/**
 * The full history of every subject (logins, families, all FUBEs) is for those who manage
 * users: the administrator. One question for the API's /api/history and the UI's link.
 */
export function authorizeFullHistory(actor: Actor): Decision {
  return authorize(actor, 'manage', { type: 'user' });
}
