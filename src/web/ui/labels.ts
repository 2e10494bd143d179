import type { ActionType, Status } from '../../domain/workflow/schema.js';
import type { I18n } from '../i18n/i18n.js';

const ACTIONS: readonly ActionType[] = [
  'propose',
  'withdraw-proposal',
  'remark',
  'request-talk',
  'record-talk',
  'answer-remark',
  'validate',
  'notify',
  'appeal',
  'register-appeal',
  'decide-appeal',
  'finalize',
  'revise',
];

export const stateLabel = (i18n: I18n, state: Status): string => i18n.t(`ui.state.${state}`);

/** Workflow actions in words; an action the catalogue does not know shows its code. */
export function actionLabel(i18n: I18n, action: string): string {
  // A letter's receipt is an event of the workflow, not an action anyone takes (decision 0033).
  if (action === 'record-receipt') return i18n.t('ui.event.record-receipt');
  // Not a workflow step, but kept in the FUBE's history with the steps.
  if (action === 'decide-tie') return i18n.t('ui.action.decide-tie');
  // The committee's advice is work (my-work, the overview), not a workflow transition.
  if (action === 'advise') return i18n.t('ui.action.advise');
  // A legacy step: stored histories still hold it (decision 0039).
  if (action === 'decide-unassignable') return i18n.t('ui.action.decide-unassignable');
  return (ACTIONS as readonly string[]).includes(action) ? i18n.t(`ui.action.${action as ActionType}`) : action;
}
