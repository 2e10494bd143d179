import { describe, expect, it } from 'vitest';
import { easterSunday, holidays, isWorkingDay, termFrom, workingDaysBetween } from './working-days.js';

describe('working days', () => {
  it('knows Easter and the moving holidays', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect([...holidays(2026)]).toEqual(expect.arrayContaining(['2026-04-06', '2026-05-14', '2026-05-25', '2026-07-11', '2026-07-21']));
  });

  it('a term ending on a Saturday, a Sunday or a holiday ends on the next working day', () => {
    // Notified on Friday 6 March 2026: + 15 = Saturday 21 March → Monday 23 March.
    expect(termFrom('2026-03-06', 15)).toBe('2026-03-23');
    // + 15 from 27 April 2026 = 12 May (a Tuesday): unchanged.
    expect(termFrom('2026-04-27', 15)).toBe('2026-05-12');
    // Ends on Easter Monday 6 April 2026 → Tuesday 7 April.
    expect(termFrom('2026-03-22', 15)).toBe('2026-04-07');
    // An organisation's closing day is skipped too.
    expect(termFrom('2026-03-05', 15, ['2026-03-20'])).toBe('2026-03-23');
    expect(isWorkingDay('2026-11-11')).toBe(false);
  });

  it('counts working days to a date, negative once passed', () => {
    expect(workingDaysBetween('2026-03-06', '2026-03-06')).toBe(0);
    // Friday → next Monday: one working day.
    expect(workingDaysBetween('2026-03-06', '2026-03-09')).toBe(1);
    // Thursday 2 April → Tuesday 7 April 2026 (Easter Monday between): Friday and Tuesday.
    expect(workingDaysBetween('2026-04-02', '2026-04-07')).toBe(2);
    expect(workingDaysBetween('2026-03-09', '2026-03-06')).toBe(-1);
  });
});
