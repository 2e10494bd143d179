import { ROLES, ROLE_NAMES } from './roles.js';
import { renderMessage } from '../messages/index.js';
import { actionLabelKey } from './resources.js';
import { RULES } from './rules.js';

const RESOURCE_NAMES = { fube: 'FUBE', family: 'functiefamilie', user: 'gebruiker', people: 'personen', calendar: 'kalender', pay: 'loongegevens', 'pay-request': 'loonverzoek (art. 7)', calibration: 'kalibratie' } as const;

/** The role nobody is assigned: every person has it for the FUBEs that name them as manager. */
const IMPLICIT_NAMES = { 'named-manager': { nl: 'aangeduide leidinggevende', en: 'named manager', scope: 'FUBE’s die hem of haar als leidinggevende noemen (afgeleid uit de FUBE)' } } as const;

/** An action's Dutch name (docs/roles.md is Dutch), from the catalogue; the action itself when it has none. */
function actionName(type: Parameters<typeof actionLabelKey>[0], action: string): string {
  return renderMessage('nl', { key: actionLabelKey(type, action) }) ?? action;
}

/**
 * The roles table of docs/roles.md, generated from RULES so the document cannot drift from
 * the rules (a test compares them).
 */
export function rolesTable(): string {
  const lines = ['| rol (nl) | role (en) | bereik | mag | voorwaarden |', '|---|---|---|---|---|'];
  for (const role of [...ROLES, 'named-manager' as const]) {
    const names = role === 'named-manager' ? IMPLICIT_NAMES[role] : ROLE_NAMES[role];
    for (const rule of RULES.filter((r) => r.role === role)) {
      const actions = rule.actions.map((a) => `${actionName(rule.resource, a)} (\`${a}\`)`).join(', ');
      const conditions = rule.when.map((p) => `${p.description} (\`${p.name}\`)`).join(' en ') || '–';
      lines.push(`| ${names.nl} | ${names.en} (\`${role}\`) | ${names.scope} | ${RESOURCE_NAMES[rule.resource]}: ${actions} | ${conditions} |`);
    }
  }
  return lines.join('\n');
}
