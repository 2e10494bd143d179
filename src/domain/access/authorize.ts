import type { Actor, RuleGrant } from './actor.js';
import type { Resource } from './resources.js';
import { type ActionOf, actionLabelKey } from './resources.js';
import { RULES, type Rule, grantsOf } from './rules.js';
import type { MessageRef } from '../messages/index.js';

/** A refusal says why as a catalogue message, rendered in the caller's language by the adapter. */
export type Decision = { allowed: true; role: Rule['role'] } | { allowed: false; reason: MessageRef };

/** The one question the API and the UI ask: may this actor do this action on this resource? */
export function authorize<R extends Resource>(actor: Actor, action: ActionOf[R['type']], resource: R): Decision {
  const denials: MessageRef[] = [];
  for (const grant of grantsOf(actor)) {
    const found = ruleFor(actor, grant, action, resource, denials);
    if (found !== undefined) return { allowed: true, role: found.role };
  }
  return { allowed: false, reason: denials[0] ?? { key: 'access.denied', params: { action: { key: actionLabelKey(resource.type, action) } } } };
}

function ruleFor(actor: Actor, grant: RuleGrant, action: string, resource: Resource, denials: MessageRef[]): Rule | undefined {
  for (const rule of RULES) {
    if (rule.role !== grant.role || rule.resource !== resource.type || !(rule.actions as readonly string[]).includes(action)) continue;
    const failing = rule.when.find((p) => !p.test({ actor, grant, resource }));
    if (failing === undefined) return rule;
    // The implicit grants come last, so a denial of an assigned role is named first.
    denials.push(failing.denial);
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
