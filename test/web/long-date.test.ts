import { describe, expect, it } from 'vitest';
import { brusselsDay, longDate } from '../../src/web/i18n/long-date.js';

/** What the pages showed before (and still show outside long-date's years): Intl's long date in Brussels. */
const intl = {
  nl: new Intl.DateTimeFormat('nl-BE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }),
};
const brussels = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels', year: 'numeric', month: '2-digit', day: '2-digit' });

describe('long dates written without Intl (decision 0065)', () => {
  it('gives the Brussels calendar day of every instant around each summer-time change, 1996–2099, as Intl does', () => {
    for (let year = 1996; year <= 2099; year++) {
      for (const month of [2, 9]) {
        // From a day before to a day after the change, every 29 minutes (so every minute of the hour is met).
        const last = new Date(Date.UTC(year, month + 1, 0));
        const change = Date.UTC(year, month + 1, 0, 1) - last.getUTCDay() * 86_400_000;
        for (let ms = change - 86_400_000; ms <= change + 86_400_000; ms += 29 * 60_000) {
          const day = brusselsDay(new Date(ms));
          const expected = brussels.format(new Date(ms));
          expect(day && `${day.year}-${String(day.month + 1).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`, new Date(ms).toISOString()).toBe(expected);
        }
      }
    }
  });

  it('writes instants and bare dates as Intl would, in Dutch and English, for every month, around midnight and New Year', () => {
    const instants: string[] = [];
    for (let year = 1996; year <= 2099; year += 7)
      for (let month = 0; month < 12; month++)
        for (const [day, time] of [[1, '00:30:00Z'], [1, '22:59:59Z'], [15, '12:00:00Z'], [28, '23:00:00Z']] as const)
          instants.push(`${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}T${time}`);
    instants.push('2026-12-31T23:00:00.000Z', '2026-12-31T22:59:59.999Z', '2027-03-28T00:59:59Z', '2027-03-28T01:00:00Z', '2026-10-25T00:30:00+00:00');
    for (const locale of ['nl', 'en'] as const) {
      for (const value of instants) expect(longDate(locale, value), value).toBe(intl[locale].format(new Date(value)));
      for (const value of ['2026-01-01', '2026-03-05', '2099-12-31', '1996-02-29'])
        expect(longDate(locale, value), value).toBe(intl[locale].format(new Date(`${value}T12:00:00Z`)));
    }
    expect(longDate('nl', '2026-03-05')).toBe('5 maart 2026');
    expect(longDate('en', '2026-03-05')).toBe('5 March 2026');
  });

  it('leaves to Intl what it cannot say: other years, unreadable values, impossible months', () => {
    for (const value of ['1995-12-31', '2100-01-01', '1990-06-01T10:00:00Z', 'gisteren', '', '2026-13-01', '2026-00-10'])
      expect(longDate('nl', value), value).toBeUndefined();
  });
});
