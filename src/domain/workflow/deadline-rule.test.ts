import { describe, expect, it } from 'vitest';
import { renderMessage } from '../messages/index.js';
import { deadlineRuleRef } from './deadline-rule.js';
import { term } from './working-days.js';

describe('the rule behind a deadline, written out', () => {
  it('names the holiday that moved the appeal term of 21 July 2026', () => {
    const t = term('2026-07-06', 15);
    const rule = { code: 'term' as const, event: 'receipt' as const, start: t.start, days: t.days, lastDay: t.lastDay, moved: t.moved };
    expect(renderMessage('nl', deadlineRuleRef(rule))).toBe(
      '15 kalenderdagen na de ontvangst op 6 juli 2026; de laatste dag 21 juli 2026 is geen werkdag (feestdag: Nationale feestdag), dus loopt de termijn tot de eerstvolgende werkdag',
    );
    expect(renderMessage('en', deadlineRuleRef(rule))).toContain('(holiday: Belgian National Day)');
  });

  it('says a minimum wait is not extended, and names closing days with their reason', () => {
    expect(renderMessage('nl', deadlineRuleRef({ code: 'minimum-wait', event: 'proposal', start: '2026-06-21', days: 30 }))).toBe(
      '30 kalenderdagen na het voorstel van 21 juni 2026 (een minimumtermijn: niet verlengd tot een werkdag)',
    );
    const t = term('2026-04-30', 15, [{ date: '2026-05-15', reason: 'brugdag' }]);
    const text = renderMessage('nl', deadlineRuleRef({ code: 'term', event: 'notification', start: t.start, days: t.days, lastDay: t.lastDay, moved: t.moved }));
    expect(text).toContain('(sluitingsdag: brugdag, zaterdag, zondag)');
  });
});
