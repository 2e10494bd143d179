import { type LocalDate, addDays, daysBetween } from '../workflow/calendar.js';

/**
 * Working days for the "deadline in 3 working days" notice (DOMAIN.md §5, terms): Monday to
 * Friday except the Belgian public holidays and the Flemish holiday of 11 July. Closing days
 * an administrator adds are not known here yet (decision 0026).
 */

/** Easter Sunday (Gregorian, anonymous algorithm) as YYYY-MM-DD. */
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

export function holidays(year: number): Set<LocalDate> {
  const easter = easterSunday(year);
  const fixed = ['01-01', '05-01', '07-11', '07-21', '08-15', '11-01', '11-11', '12-25'].map((md) => `${year}-${md}`);
  return new Set([...fixed, addDays(easter, 1), addDays(easter, 39), addDays(easter, 50)]);
}

export function isWorkingDay(date: LocalDate): boolean {
  const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  return !holidays(Number(date.slice(0, 4))).has(date);
}

/** Working days after `today` up to and including `date`; 0 when the date is today or past. */
export function workingDaysUntil(today: LocalDate, date: LocalDate): number {
  const span = daysBetween(today, date);
  let count = 0;
  for (let i = 1; i <= span; i++) if (isWorkingDay(addDays(today, i))) count++;
  return count;
}
