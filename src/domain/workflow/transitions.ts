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
  /** Dutch label for buttons and history (the catalogue's `workflow.action.*`). */
  label: string;
}

export const TRANSITIONS: readonly TransitionRule[] = [
  { action: 'propose', from: ['draft'], to: 'proposed', label: format('nl', 'workflow.action.propose') },
  { action: 'withdraw-proposal', from: ['proposed'], to: 'draft', label: format('nl', 'workflow.action.withdraw-proposal') },
  { action: 'remark', from: ['proposed'], to: 'proposed', label: format('nl', 'workflow.action.remark') },
  { action: 'request-talk', from: ['proposed'], to: 'proposed', label: format('nl', 'workflow.action.request-talk') },
  { action: 'record-talk', from: ['proposed'], to: 'proposed', label: format('nl', 'workflow.action.record-talk') },
  { action: 'answer-remark', from: ['proposed'], to: 'proposed', label: format('nl', 'workflow.action.answer-remark') },
  { action: 'validate', from: ['proposed'], to: 'validated', label: format('nl', 'workflow.action.validate') },
  { action: 'notify', from: ['validated'], to: 'notified', label: format('nl', 'workflow.action.notify') },
  // Each holder appeals within their own term, also after a co-holder's appeal (DOMAIN.md §5.5).
  { action: 'appeal', from: ['notified', 'appealed', 'appeal-decided'], to: 'appealed', label: format('nl', 'workflow.action.appeal') },
  { action: 'register-appeal', from: ['notified', 'appealed', 'appeal-decided'], to: 'appealed', label: format('nl', 'workflow.action.register-appeal') },
  // Stays `appealed` while another appeal of the round is open (transition.ts).
  { action: 'decide-appeal', from: ['appealed'], to: 'appeal-decided', label: format('nl', 'workflow.action.decide-appeal') },
  { action: 'finalize', from: ['notified', 'appeal-decided'], to: 'final', label: format('nl', 'workflow.action.finalize') },
  { action: 'decide-unassignable', from: ['draft'], to: 'unassignable-decided', label: format('nl', 'workflow.action.decide-unassignable') },
  { action: 'revise', from: ['final', 'unassignable-decided'], to: 'draft', label: format('nl', 'workflow.action.revise') },
];

export const STATUS_LABELS: Record<Status, string> = Object.fromEntries(
  statusSchema.options.map((status) => [status, format('nl', `workflow.status.${status}`)]),
) as Record<Status, string>;

export function transitionRule(action: ActionType): TransitionRule {
  const rule = TRANSITIONS.find((t) => t.action === action);
  if (rule === undefined) throw new RangeError(`unknown workflow action: ${action}`);
  return rule;
}

/** The actions whose source state matches (guards may still refuse them). */
export function actionsFrom(status: Status): ActionType[] {
  return TRANSITIONS.filter((t) => t.from.includes(status)).map((t) => t.action);
}

/** The state diagram in Mermaid, generated from TRANSITIONS (docs/workflow.md embeds it). */
export function mermaidDiagram(): string {
  // Mermaid ids cannot hold hyphens: camelCase ids, the status as label.
  const id = (status: Status) => status.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  const lines = ['stateDiagram-v2'];
  for (const [status, label] of Object.entries(STATUS_LABELS) as [Status, string][])
    lines.push(`  state "${label} (${status})" as ${id(status)}`);
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
