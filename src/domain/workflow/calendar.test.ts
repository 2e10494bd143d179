import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, localDate, startOfLocalDay } from './calendar.js';

describe('Brussels calendar days', () => {
  it('an instant belongs to its Brussels date, also around midnight UTC', () => {
    expect(localDate(new Date('2026-01-31T22:59:59Z'))).toBe('2026-01-31');
    expect(localDate(new Date('2026-01-31T23:00:00Z'))).toBe('2026-02-01'); // winter: UTC+1
    expect(localDate(new Date('2026-07-31T21:59:59Z'))).toBe('2026-07-31');
    expect(localDate(new Date('2026-07-31T22:00:00Z'))).toBe('2026-08-01'); // summer: UTC+2
  });

  it('the short and long days of a DST change are one calendar day each', () => {
    // 29 March 2026 has 23 hours, 25 October 2026 has 25 hours in Brussels.
    expect(localDate(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-29T21:59:00Z'))).toBe('2026-03-29');
    expect(localDate(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    expect(localDate(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T22:59:00Z'))).toBe('2026-10-25');
    expect(localDate(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
  });

  it('adds and counts calendar days across month ends, leap days and DST changes', () => {
    expect(addDays('2026-03-01', 30)).toBe('2026-03-31');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-25', 15)).toBe('2027-01-09');
    expect(daysBetween('2026-03-01', '2026-03-31')).toBe(30);
    expect(daysBetween('2026-10-30', '2026-10-20')).toBe(-10);
  });

  it('refuses what is not a date', () => {
    expect(() => addDays('31/03/2026', 1)).toThrow(/YYYY-MM-DD/);
  });

  it('a Brussels day starts at local midnight, in winter, in summer and on the DST days', () => {
    expect(startOfLocalDay('2026-01-15').toISOString()).toBe('2026-01-14T23:00:00.000Z');
    expect(startOfLocalDay('2026-07-15').toISOString()).toBe('2026-07-14T22:00:00.000Z');
    expect(startOfLocalDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfLocalDay('2026-10-26').toISOString()).toBe('2026-10-25T23:00:00.000Z');
  });
});
