import { describe, expect, it } from 'vitest';
import {
  EMPTY_ASSESSMENT_ENTRIES,
  FOLLOW_UP_TEXT_MAX,
  addMonths,
  assessmentDue,
  assessmentFigures,
  assessmentOpeningDate,
  categoriesToAssess,
  checkClosable,
  checkFollowUp,
  fillAssessment,
  flaggedCategories,
  flaggedKey,
  followUpDeadline,
  followUpDeadlines,
  followUpStatus,
  mayRecordFollowUp,
  requestDeadline,
  type FollowUpEntry,
} from './follow-up.js';
import { isSuppressed } from './indicators.js';
import { payAnswer } from './pay-request.js';
import { payReport, type ReportPerson } from './report.js';

function person(sex: 'F' | 'M', basicPay: number, entityId: string | null, cls: string, family = 'ORG'): ReportPerson {
  return { sex, basicPay, variablePay: 0, hoursPaid: 1000, entityId, classKey: cls, familyClassKey: `${family}/${cls}` };
}

const persons: ReportPerson[] = [];
for (let i = 0; i < 6; i++) persons.push(person('F', 40_000, 'A', '10'), person('M', 44_000, 'A', '10'));
for (let i = 0; i < 6; i++) persons.push(person('F', 42_000, 'B', '10', 'OTHER'), person('M', 42_000, 'B', '10', 'OTHER'));
persons.push(person('M', 60_000, 'B', '12'), person('F', 61_000, 'B', '12'));
const report = payReport(persons);

describe('six calendar months', () => {
  it('keeps the day of the month', () => {
    expect(addMonths('2027-06-07', 6)).toBe('2027-12-07');
    expect(followUpDeadline('2027-06-07')).toBe('2027-12-07');
    expect(addMonths('2027-09-15', 6)).toBe('2028-03-15');
  });

  it('lands on the last day of a shorter month (31 August → 28 or 29 February)', () => {
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-03-31', 6)).toBe('2027-09-30');
    expect(requestDeadline('2027-12-31')).toBe('2028-02-29');
    expect(requestDeadline('2026-12-30')).toBe('2027-02-28');
    expect(requestDeadline('2027-01-31')).toBe('2027-03-31');
  });

  it('opens the assessment the day after the deadline, not on it', () => {
    expect(assessmentDue('2027-06-07', '2027-12-07')).toBe(false);
    expect(assessmentDue('2027-06-07', '2027-12-08')).toBe(true);
    expect(assessmentOpeningDate('2027-06-07')).toBe('2027-12-08');
    expect(assessmentOpeningDate('2026-08-31')).toBe('2027-03-01');
    expect(mayRecordFollowUp('2027-06-07', '2027-12-07')).toBe(true);
    expect(mayRecordFollowUp('2027-06-07', '2027-12-08')).toBe(false);
  });
});

describe('the recorded report', () => {
  it('holds every flagged category with its figures', () => {
    const flagged = flaggedCategories(report);
    // The organisation's class 10 (41 000 vs 43 000: 4.65 %) is not flagged; its ORG/10 is.
    expect(flagged.map(flaggedKey)).toEqual(['*|family-class|ORG/10', 'A|class|10', 'A|family-class|ORG/10']);
    expect(flagged[1]!.figures.means.women.pay.annual).toBe(40_000);
  });
});

describe('justification or remediation', () => {
  it('accepts a justification and trims it', () => {
    expect(checkFollowUp({ kind: 'justification', text: '  Anciënniteit volgens barema.  ' }, '2027-06-07')).toEqual({ ok: true, value: { kind: 'justification', text: 'Anciënniteit volgens barema.' } });
  });

  it('refuses empty, oversized and control-character texts with codes', () => {
    const codes = (text: string) => {
      const r = checkFollowUp({ kind: 'justification', text }, '2027-06-07');
      return r.ok ? [] : r.errors.map((e) => e.code);
    };
    expect(codes('   ')).toEqual(['pay.follow-up.text-empty']);
    expect(codes('x'.repeat(FOLLOW_UP_TEXT_MAX + 1))).toEqual(['pay.follow-up.text-too-long']);
    expect(codes('a\u0000b')).toEqual(['pay.follow-up.text-fault']);
    expect(codes('a\u001Bb')).toEqual(['pay.follow-up.text-fault']);
    expect(codes('regel 1\nregel 2\ttab')).toEqual([]);
  });

  it('wants a due date for measures, not before the report date and within five years', () => {
    const due = (dueDate: string) => {
      const r = checkFollowUp({ kind: 'remediation', text: 'Loonschaal herzien', dueDate }, '2027-06-07');
      return r.ok ? 'ok' : r.errors.map((e) => `${e.path}:${e.code}`).join(',');
    };
    expect(due('2027-06-07')).toBe('ok');
    expect(due('2027-06-06')).toBe('dueDate:pay.follow-up.due-before-report');
    expect(due('2027-02-30')).toBe('dueDate:pay.follow-up.due-invalid');
    expect(due('morgen')).toBe('dueDate:pay.follow-up.due-invalid');
    expect(due('2032-06-07')).toBe('ok');
    expect(due('2032-06-08')).toBe('dueDate:pay.follow-up.due-too-far');
  });

  it('says where a category stands', () => {
    expect(followUpStatus(undefined, '2027-06-07', '2027-12-07')).toBe('open');
    expect(followUpStatus(undefined, '2027-06-07', '2027-12-08')).toBe('assessment');
    expect(followUpStatus({ kind: 'justification', text: 't' }, '2027-06-07', '2028-01-01')).toBe('justified');
    expect(followUpStatus({ kind: 'remediation', text: 't', dueDate: '2028-01-01' }, '2027-06-07', '2028-01-01')).toBe('remedied');
  });
});

describe('the six-month rule', () => {
  const categories = flaggedCategories(report);
  const entries = new Map<string, FollowUpEntry>([['A|class|10', { kind: 'justification', text: 'Anciënniteit' }]]);

  it('opens nothing up to and on the deadline', () => {
    expect(categoriesToAssess(categories, entries, '2027-08-31', '2028-02-29')).toEqual([]);
  });

  it('opens a file for every flagged category neither justified nor remedied, from the day after', () => {
    const opened = categoriesToAssess(categories, entries, '2027-08-31', '2028-03-01');
    expect(opened.map(flaggedKey)).toEqual(['*|family-class|ORG/10', 'A|family-class|ORG/10']);
  });

  it('lists the deadlines: follow-up until it passes, open files since their opening, measures until due', () => {
    const all = new Map<string, FollowUpEntry>([
      ['A|class|10', { kind: 'remediation', text: 'Loonschaal', dueDate: '2028-06-30' }],
      ['A|family-class|ORG/10', { kind: 'justification', text: 'Ervaring' }],
    ]);
    const state = { reportDate: '2027-06-07', categories, entries: all, openFiles: new Map<string, string>() };
    expect(followUpDeadlines(state, '2027-07-01').map((d) => `${d.code}:${d.date}:${flaggedKey(d.category)}`)).toEqual([
      'pay-follow-up:2027-12-07:*|family-class|ORG/10',
      'pay-measure:2028-06-30:A|class|10',
    ]);
    const later = { ...state, openFiles: new Map([['*|family-class|ORG/10', '2027-12-08']]) };
    expect(followUpDeadlines(later, '2027-12-20').map((d) => `${d.code}:${d.date}:${d.kind}`)).toEqual(['pay-assessment:2027-12-08:open-since', 'pay-measure:2028-06-30:not-after']);
    expect(followUpDeadlines(later, '2028-07-01').map((d) => d.code)).toEqual(['pay-assessment']);
  });
});

describe('the joint pay assessment file', () => {
  it('generates (a)–(c) from the figures', () => {
    const a10 = flaggedCategories(report).find((c) => flaggedKey(c) === 'A|class|10')!;
    const f = assessmentFigures(a10.figures);
    expect(f.shares).toEqual({ women: 50, men: 50 });
    expect(f.counts).toEqual({ women: 6, men: 6, other: 0, total: 12 });
    expect(f.means.men.pay.annual).toBe(44_000);
    expect(f.gaps.pay.annual).toBeCloseTo(((44_000 - 40_000) * 100) / 44_000, 12);
  });

  it('suppresses (a) and the counts with the figures of a small group', () => {
    const b12 = report.entities[1]!.byClass.categories.find((c) => c.category === '12')!;
    const f = assessmentFigures(b12);
    expect(isSuppressed(f.shares.women)).toBe(true);
    expect(f.counts).toBeNull();
    expect(isSuppressed(f.means.women.pay.annual)).toBe(true);
  });

  it('fills (d)–(g) step by step and closes only when all are there', () => {
    const first = fillAssessment(EMPTY_ASSESSMENT_ENTRIES, { reasons: 'Verschil in anciënniteit', leave: { women: 80, men: 75 } });
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(checkClosable(first.value).map((e) => e.path)).toEqual(['measures', 'evaluation']);
    const second = fillAssessment(first.value, { measures: 'Loonschaal', evaluation: 'Eerste beoordeling' });
    expect(second.ok && checkClosable(second.value)).toEqual([]);
    // (e) as a note instead of the shares.
    const noted = fillAssessment(EMPTY_ASSESSMENT_ENTRIES, { reasons: 'r', measures: 'm', evaluation: 'e', leave: { note: 'Niemand keerde terug van verlof.' } });
    expect(noted.ok && checkClosable(noted.value)).toEqual([]);
    const half = fillAssessment(EMPTY_ASSESSMENT_ENTRIES, { reasons: 'r', measures: 'm', evaluation: 'e', leave: { women: 50 } });
    expect(half.ok && checkClosable(half.value).map((e) => e.code)).toEqual(['pay.follow-up.leave-missing']);
  });

  it('refuses shares outside 0–100 and faulty texts', () => {
    const r = fillAssessment(EMPTY_ASSESSMENT_ENTRIES, { leave: { women: 101, men: Number.NaN }, evaluation: 'x\u0007' });
    expect(r.ok ? [] : r.errors.map((e) => `${e.path}:${e.code}`)).toEqual(['leave.women:pay.follow-up.share-invalid', 'leave.men:pay.follow-up.share-invalid', 'evaluation:pay.follow-up.text-fault']);
  });
});

describe('the Art. 7 answer', () => {
  const period = { id: '2027', referenceDate: '2027-12-31', threshold: 5 };
  it('gives the own pay level, annual and hourly, and the means by sex of the category', () => {
    const answer = payAnswer({ period, own: { basicPay: 40_000, variablePay: 2_000, hoursPaid: 1_000, classKey: '10' }, persons });
    expect(answer).toMatchObject({ kind: 'figures', category: '10', suppressed: false, own: { annual: { total: 42_000 }, hourly: { basic: 40, variable: 2, total: 42 } } });
    if (answer.kind === 'figures') expect(answer.means?.women.pay.annual).toBe(41_000);
  });

  it('says a mean is suppressed instead of giving it', () => {
    const answer = payAnswer({ period, own: { basicPay: 60_000, variablePay: 0, hoursPaid: 1_000, classKey: '12' }, persons });
    expect(answer.kind === 'figures' && answer.suppressed).toBe(true);
    expect(JSON.stringify(answer)).not.toContain('61000');
  });

  it('says so when the person is in no period', () => {
    expect(payAnswer(undefined)).toEqual({ kind: 'not-in-period' });
  });
});
