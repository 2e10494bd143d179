import { type MessageRef, ref } from '../messages/index.js';
import type { DeadlineRule } from './deadlines.js';
import type { Holiday, MovedDay } from './working-days.js';

/** A holiday's name, as a message. */
export const holidayRef = (holiday: Pick<Holiday, 'code'>): MessageRef => ref(`calendar.holiday.${holiday.code}`);

/** Why a day was skipped at a term's end, as a message ("zaterdag", "feestdag: Nationale feestdag", "sluitingsdag: brugdag"). */
export function movedRef(day: MovedDay): MessageRef {
  switch (day.code) {
    case 'saturday':
    case 'sunday':
      return ref(`calendar.moved.${day.code}`);
    case 'holiday':
      return ref('calendar.moved.holiday', { holiday: holidayRef({ code: day.holiday }) });
    case 'closing-day':
      return day.reason === '' ? ref('calendar.moved.closing-day:no-reason') : ref('calendar.moved.closing-day', { reason: day.reason });
  }
}

/** The rule behind a deadline's date as one sentence (rendered in the reader's language). */
export function deadlineRuleRef(rule: DeadlineRule): MessageRef {
  switch (rule.code) {
    case 'minimum-wait':
      return ref('workflow.deadline-rule.minimum-wait', { days: rule.days, start: { date: rule.start } });
    case 'term': {
      const base = ref(`workflow.deadline-rule.term.${rule.event}`, { days: rule.days, start: { date: rule.start } });
      if (rule.moved.length === 0) return base;
      return ref('workflow.deadline-rule.moved', { rule: base, lastDay: { date: rule.lastDay }, reasons: { list: rule.moved.map(movedRef) } });
    }
    case 'after-appeal-terms':
      return ref('workflow.deadline-rule.after-appeal-terms', { date: { date: rule.lastAppealDay } });
    case 'no-appeal-term':
      return ref('workflow.deadline-rule.no-appeal-term');
  }
}
