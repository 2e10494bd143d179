import { type LocalDate, addDays, daysBetween } from './calendar.js';

/**
 * Working days in the Flemish public sector (DOMAIN.md §5, "Terms and working days"): not a
 * Saturday or Sunday, not a Belgian public holiday, not 11 July (the Flemish holiday), and
 * not a closing day the organisation adds. Pure date arithmetic on `YYYY-MM-DD`.
 */

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm). */
export function easterSunday(year: number): LocalDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const cache = new Map<number, ReadonlySet<LocalDate>>();

/** The Belgian public holidays and the Flemish holiday of a year. */
export function holidays(year: number): ReadonlySet<LocalDate> {
  let days = cache.get(year);
  if (days === undefined) {
    const easter = easterSunday(year);
    const fixed = ['01-01', '05-01', '07-11', '07-21', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`);
    days = new Set([...fixed, addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)]);
    cache.set(year, days);
  }
  return days;
}

/** 0 = Sunday … 6 = Saturday, of a pure date. */
const weekday = (date: LocalDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();

export function isWorkingDay(date: LocalDate, closingDays: readonly LocalDate[] = []): boolean {
  const day = weekday(date);
  if (day === 0 || day === 6) return false;
  return !holidays(Number(date.slice(0, 4))).has(date) && !closingDays.includes(date);
}

/** The last day of a term: the date itself, or the next working day when it is none. */
export function termEnd(date: LocalDate, closingDays: readonly LocalDate[] = []): LocalDate {
  let end = date;
  while (!isWorkingDay(end, closingDays)) end = addDays(end, 1);
  return end;
}

/** A term of N calendar days from an event: event date + N, moved to the next working day when needed. */
export const termFrom = (event: LocalDate, days: number, closingDays: readonly LocalDate[] = []): LocalDate => termEnd(addDays(event, days), closingDays);

/**
 * Working days from `from` to `to`: the working days after `from` up to and including `to`
 * (0 when `to` is `from`), negative (the working days passed) when `to` lies before `from`.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, closingDays: readonly LocalDate[] = []): number {
  const span = daysBetween(from, to);
  const [start, end, sign] = span >= 0 ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d, closingDays)) count++;
  return sign * count;
}
