import { format } from '../messages/index.js';
import { type ActionType, type Status, statusSchema } from './schema.js';

/**
 * The state machine as data: which action leads from which states to which state. Guards
 * (dates, committee, holders, ...) live in transition.ts; docs/workflow.md draws this table.
 */
export interface TransitionRule {
  action: ActionType;
  from: readonly Status[];
  to: Status;
}

/* An action's and a state's names are the catalogue's `workflow.action.*` and `workflow.status.*`, rendered by whoever shows them. */

export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'propose', from: ['draft'], to: 'proposed' },
  { action: 'withdraw-proposal', from: ['proposed'], to: 'draft' },
  { action: 'remark', from: ['proposed'], to: 'proposed' },
  { action: 'request-talk', from: ['proposed'], to: 'proposed' },
  { action: 'record-talk', from: ['proposed'], to: 'proposed' },
  { action: 'answer-remark', from: ['proposed'], to: 'proposed' },
  { action: 'validate', from: ['proposed'], to: 'validated' },
  { action: 'notify', from: ['validated'], to: 'notified' },
  // Each holder appeals within their own term, also after a co-holder's appeal (DOMAIN.md §5.5).
  { action: 'appeal', from: ['notified', 'appealed', 'appeal-decided'], to: 'appealed' },
  { action: 'register-appeal', from: ['notified', 'appealed', 'appeal-decided'], to: 'appealed' },
  // Stays `appealed` while another appeal of the round is open (transition.ts).
  { action: 'decide-appeal', from: ['appealed'], to: 'appeal-decided' },
  { action: 'finalize', from: ['notified', 'appeal-decided'], to: 'final' },
  // An unassignable function takes the same steps (DOMAIN.md §5.7); `unassignable-decided` is a legacy state, left only by a revision.
  { action: 'revise', from: ['final', 'unassignable-decided'], to: 'draft' },
];

export function transitionRule(action: ActionType): TransitionRule {
  const rule = TRANSITIONS.find((t) => t.action === action);
  if (rule === undefined) throw new RangeError(`unknown workflow action: ${action}`);
  return rule;
}

/** The actions whose source state matches (guards may still refuse them). */
export function actionsFrom(status: Status): ActionType[] {
  return TRANSITIONS.filter((t) => t.from.includes(status)).map((t) => t.action);
}

/**
 * The state diagram in Mermaid, generated from TRANSITIONS (docs/workflow.md embeds it), the
 * states named in Dutch, the language of the docs.
 */
export function mermaidDiagram(): string {
  // Mermaid ids cannot hold hyphens: camelCase ids, the status as label.
  const id = (status: Status) => status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const lines = ['stateDiagram-v2'];
  for (const status of statusSchema.options) lines.push(`  state "${format('nl', `workflow.status.${status}`)} (${status})" as ${id(status)}`);
  lines.push(`  [*] --> ${id('draft')}`);
  for (const t of TRANSITIONS) for (const from of t.from) lines.push(`  ${id(from)} --> ${id(t.to)}: ${t.action}`);
  lines.push(`  ${id('final')} --> [*]`, `  ${id('unassignable-decided')} --> [*]`);
  return lines.join('\n');
}

/**
 * Whether the FUBE's content may change: only while drafting. A proposed, validated or final
 * revision stays as the holders saw it; changes go into a new revision (`revise`) or back to
 * draft (`withdraw-proposal`).
 */
export function contentEditable(status: Status): boolean {
  return status === 'draft';
}
