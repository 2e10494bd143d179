import type { Deadline } from '../../api/fubes.js';
import { deadlineRuleRef } from '../../domain/workflow/deadline-rule.js';
import { renderMessage } from '../../messages/index.js';
import { type I18n, useI18n } from '../i18n/i18n.js';

/** "nog 3 dagen", "vandaag", "2 dagen geleden". */
export function relativeDays(i18n: I18n, daysLeft: number): string {
  if (daysLeft === 0) return i18n.t('ui.deadline.today');
  return daysLeft > 0 ? i18n.t('ui.deadline.in-days', { days: daysLeft }) : i18n.t('ui.deadline.ago', { days: -daysLeft });
}

const CODES = ['validation-from', 'talk-requested', 'appeal-until', 'final-from', 'appeal-committee-by'] as const;
type Code = (typeof CODES)[number];
const isCode = (code: string): code is Code => (CODES as readonly string[]).includes(code);

/** A deadline's label in the current language (the server's Dutch label for unknown codes). */
export function deadlineLabel(i18n: I18n, deadline: Deadline): string {
  return isCode(deadline.code) ? i18n.t(`workflow.deadline.${deadline.code}`) : deadline.label;
}

/** How the date was found, written out: "15 kalenderdagen na de ontvangst op …; de laatste dag … is geen werkdag (feestdag: …) …". */
export function deadlineRule(i18n: I18n, deadline: Deadline): string {
  return renderMessage(i18n.locale, deadlineRuleRef(deadline.rule)) ?? '';
}

/** A deadline: its name, date and days left, and under it the rule that produced the date. */
export function DeadlineText({ deadline }: { deadline: Deadline | null }) {
  const i18n = useI18n();
  if (deadline === null) return <>{i18n.t('ui.deadline.none')}</>;
  return (
    <>
      {i18n.t('ui.deadline.entry', {
        label: deadlineLabel(i18n, deadline),
        date: i18n.date(deadline.date),
        relative: relativeDays(i18n, deadline.daysLeft),
      })}
      {deadline.kind === 'not-after' && !deadline.reached && <> {i18n.t('ui.deadline.working-days', { days: deadline.workingDaysLeft })}</>}
      <span className="wg-hint wg-deadline-rule">{deadlineRule(i18n, deadline)}</span>
    </>
  );
}
