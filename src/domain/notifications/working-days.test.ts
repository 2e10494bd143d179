import { describe, expect, it } from 'vitest';
import { easterSunday, isWorkingDay, workingDaysBetween } from '../workflow/working-days.js';

/** As the deadline notices count (recipients.ts): never below zero. */
const workingDaysUntil = (today: string, date: string): number => Math.max(0, workingDaysBetween(today, date));

describe('working days for deadline notices', () => {
  it('knows Easter and the holidays that hang on it', () => {
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(isWorkingDay('2026-04-06')).toBe(false); // Easter Monday
    expect(isWorkingDay('2026-05-14')).toBe(false); // Ascension Day
    expect(isWorkingDay('2026-05-25')).toBe(false); // Whit Monday
    expect(isWorkingDay('2026-07-11')).toBe(false); // Saturday anyway
    expect(isWorkingDay('2025-07-11')).toBe(false); // Flemish holiday on a Friday
    expect(isWorkingDay('2026-07-10')).toBe(true);
  });
  it('counts the working days after today up to the date, skipping weekends', () => {
    expect(workingDaysUntil('2026-03-05', '2026-03-05')).toBe(0);
    expect(workingDaysUntil('2026-03-05', '2026-03-09')).toBe(2); // Fri, Mon
    expect(workingDaysUntil('2026-03-05', '2026-03-10')).toBe(3);
    expect(workingDaysUntil('2026-03-05', '2026-03-11')).toBe(4);
    expect(workingDaysUntil('2026-04-02', '2026-04-08')).toBe(3); // Fri 3, Easter Monday off, Tue 7, Wed 8
  });
});
