/**
 * Calendar days in Europe/Brussels. Legal periods ("30 calendar days after the proposal")
 * count local dates, not 24-hour blocks: across a DST change a day has 23 or 25 hours, so
 * the rules compare local dates (YYYY-MM-DD) computed with Intl, never milliseconds.
 */
export const BRUSSELS = 'Europe/Brussels';

/** A local calendar date, `YYYY-MM-DD`. */
export type LocalDate = string;

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The calendar date of an instant in the given time zone (default Brussels). */
export function localDate(instant: Date, timeZone: string = BRUSSELS): LocalDate {
  const parts = formatter(timeZone).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function dayNumber(date: LocalDate): number {
  const m = DATE.exec(date);
  if (m === null) throw new RangeError(`not a calendar date (YYYY-MM-DD): ${date}`);
  // A pure date: UTC arithmetic on it has no DST.
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000;
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);
}

/** Calendar days from `from` to `to` (negative when `to` lies before `from`). */
export function daysBetween(from: LocalDate, to: LocalDate): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * The first instant of a local calendar date (midnight there), so a filter on dates the
 * user picks in Brussels compares correctly with instants stored in UTC.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string = BRUSSELS): Date {
  const midnightUtc = dayNumber(date) * 86_400_000;
  // Offsets are whole hours between UTC-12 and UTC+14 (Brussels: +1 or +2): the earliest
  // whole hour that already falls on the date is its midnight.
  for (let hours = 14; hours >= -12; hours--) {
    const candidate = new Date(midnightUtc - hours * 3_600_000);
    if (localDate(candidate, timeZone) === date) return candidate;
  }
  return new Date(midnightUtc);
}

/** The years the calendar answers for: wide enough for any term, narrow enough to refuse typos like 20266. */
export const CALENDAR_YEARS = { min: 1900, max: 2199 } as const;

/** A real calendar date `YYYY-MM-DD` within CALENDAR_YEARS (not 2026-02-30, not 2026-7-1). */
export function isCalendarDate(text: string): boolean {
  const m = DATE.exec(text);
  if (m === null) return false;
  const year = Number(m[1]);
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) return false;
  return new Date(Date.UTC(year, Number(m[2]) - 1, Number(m[3]))).toISOString().slice(0, 10) === text;
}
