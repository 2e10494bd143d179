import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './calendar.js';
import { easterSunday, holidayList, isWorkingDay, nonWorkingReason, term, termFrom, weekday, workingDaysAhead, workingDaysBetween } from './working-days.js';

/**
 * Properties of the working-days calendar over ten years of dates (2026–2035), and the
 * holidays of 2026–2030 as published (a table written by hand, not by the algorithm).
 */

const FIRST = '2026-01-01';
const SPAN = daysBetween(FIRST, '2035-12-31');
const date = fc.integer({ min: 0, max: SPAN }).map((n) => addDays(FIRST, n));
const days = fc.integer({ min: 0, max: 60 });
/** A few closing days near the dates drawn, so they matter. */
const closing = fc.array(date, { maxLength: 6 });

describe('the holidays of 2026–2030', () => {
  const table: Record<number, Record<string, string>> = {
    2026: { 'easter-monday': '2026-04-06', ascension: '2026-05-14', 'whit-monday': '2026-05-25' },
    2027: { 'easter-monday': '2027-03-29', ascension: '2027-05-06', 'whit-monday': '2027-05-17' },
    2028: { 'easter-monday': '2028-04-17', ascension: '2028-05-25', 'whit-monday': '2028-06-05' },
    2029: { 'easter-monday': '2029-04-02', ascension: '2029-05-10', 'whit-monday': '2029-05-21' },
    2030: { 'easter-monday': '2030-04-22', ascension: '2030-05-30', 'whit-monday': '2030-06-10' },
  };
  const fixed = { 'new-year': '01-01', 'labour-day': '05-01', 'flemish-community': '07-11', 'national-day': '07-21', assumption: '08-15', 'all-saints': '11-01', armistice: '11-11', christmas: '12-25' };
  for (const [year, moving] of Object.entries(table)) {
    it(`${year}: the eleven days, each with its name`, () => {
      const expected = { ...Object.fromEntries(Object.entries(fixed).map(([code, md]) => [code, `${year}-${md}`])), ...moving };
      const actual = Object.fromEntries(holidayList(Number(year)).map((h) => [h.code, h.date]));
      expect(actual).toEqual(expected);
      for (const d of Object.values(expected)) expect(isWorkingDay(d)).toBe(false);
    });
  }

  it('lists them in date order, eleven a year, within the year', () => {
    for (let year = 2026; year <= 2035; year++) {
      const list = holidayList(year);
      expect(list).toHaveLength(11);
      expect(list.map((h) => h.date)).toEqual([...list.map((h) => h.date)].sort());
      for (const h of list) expect(h.date.startsWith(`${year}-`)).toBe(true);
    }
  });

  it('Easter is a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2199; year++) {
      const easter = easterSunday(year);
      expect(weekday(easter)).toBe(0);
      expect(easter >= `${year}-03-22` && easter <= `${year}-04-25`).toBe(true);
    }
  });
});

describe('terms over ten years of dates', () => {
  it('end on a working day, at the earliest on start + N, with every day skipped a day off and said why', () => {
    fc.assert(
      fc.property(date, days, closing, (start, n, closed) => {
        const t = term(start, n, closed);
        expect(t.lastDay).toBe(addDays(start, n));
        expect(isWorkingDay(t.end, closed)).toBe(true);
        expect(t.end >= t.lastDay).toBe(true);
        // Exactly the days from lastDay up to end are skipped, each for its reason.
        expect(t.moved.map((m) => m.date)).toEqual(Array.from({ length: daysBetween(t.lastDay, t.end) }, (_, i) => addDays(t.lastDay, i)));
        for (const m of t.moved) expect(nonWorkingReason(m.date, closed)).toEqual((({ date: _d, ...reason }) => reason)(m));
        expect(termFrom(start, n, closed)).toBe(t.end);
      }),
      { numRuns: 2000 },
    );
  });

  it('are not extended when they end on a working day, and never by more than three days without closing days', () => {
    fc.assert(
      fc.property(date, days, (start, n) => {
        const t = term(start, n);
        if (isWorkingDay(t.lastDay)) expect(t.end).toBe(t.lastDay);
        // The longest run of days off in Belgium: a weekend with a holiday on the Monday or Friday.
        expect(t.moved.length).toBeLessThanOrEqual(3);
      }),
      { numRuns: 2000 },
    );
  });

  it('a later event never ends earlier, and a closing day never shortens a term', () => {
    fc.assert(
      fc.property(date, date, days, closing, (a, b, n, closed) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(termFrom(early, n, closed) <= termFrom(late, n, closed)).toBe(true);
        expect(termFrom(a, n, closed) >= termFrom(a, n)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('working days between dates add up and change sign', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 90 }), fc.integer({ min: 0, max: 90 }), closing, (a, x, y, closed) => {
        const b = addDays(a, x);
        const c = addDays(b, y);
        expect(workingDaysBetween(a, b, closed) + workingDaysBetween(b, c, closed)).toBe(workingDaysBetween(a, c, closed));
        // `+ 0` makes -0 and 0 the same number (Object.is tells them apart).
        expect(workingDaysBetween(c, a, closed) + 0).toBe(-workingDaysBetween(a, c, closed) + 0);
        expect(workingDaysBetween(a, c, closed)).toBeLessThanOrEqual(x + y);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the term of issue 14', () => {
  it('an appeal term ending on Tuesday 21 July 2026 (national holiday) ends on Wednesday 22 July', () => {
    const t = term('2026-07-06', 15);
    expect(t).toEqual({ start: '2026-07-06', days: 15, lastDay: '2026-07-21', end: '2026-07-22', moved: [{ date: '2026-07-21', code: 'holiday', holiday: 'national-day' }] });
  });

  it('says which closing day and weekend moved a term', () => {
    // + 15 from Thursday 30 April 2026 = Friday 15 May, a closing day (the bridge after Ascension): then the weekend.
    const t = term('2026-04-30', 15, [{ date: '2026-05-15', reason: 'brugdag' }]);
    expect(t.end).toBe('2026-05-18');
    expect(t.moved).toEqual([
      { date: '2026-05-15', code: 'closing-day', reason: 'brugdag' },
      { date: '2026-05-16', code: 'saturday' },
      { date: '2026-05-17', code: 'sunday' },
    ]);
  });
});

describe('a horizon of n working days (the HR overview: deadlines within 5 working days)', () => {
  it('ends n working days after the start, with the non-working days right after it', () => {
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 20 }), closing, (from, n, closingDays) => {
        const end = workingDaysAhead(from, n, closingDays);
        expect(workingDaysBetween(from, end, closingDays)).toBe(n);
        expect(isWorkingDay(addDays(end, 1), closingDays)).toBe(true);
        expect(workingDaysBetween(from, addDays(end, 1), closingDays)).toBe(n + 1);
      }),
    );
  });

  it('from Friday 17 July 2026, five working days reach Monday 27 July (the 21st is a holiday) and stop there', () => {
    expect(workingDaysAhead('2026-07-17', 5)).toBe('2026-07-27');
    expect(workingDaysAhead('2026-07-17', 4)).toBe('2026-07-26'); // Friday the 24th, and the weekend after it
  });
});
