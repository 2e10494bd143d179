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

/** The holidays by code; their names are the catalogue's `calendar.holiday.<code>`. */
export const HOLIDAY_CODES = [
  'new-year',
  'easter-monday',
  'labour-day',
  'ascension',
  'whit-monday',
  'flemish-community',
  'national-day',
  'assumption',
  'all-saints',
  'armistice',
  'christmas',
] as const;
export type HolidayCode = (typeof HOLIDAY_CODES)[number];

export interface Holiday {
  date: LocalDate;
  code: HolidayCode;
}

/** A day the organisation is closed, besides the holidays (added by an administrator). */
export interface ClosingDay {
  date: LocalDate;
  /** Why it is closed, as the administrator wrote it (e.g. "brugdag"). */
  reason: string;
}

/** Closing days as given: full records, or bare dates (reason unknown). */
export type ClosingDays = readonly (ClosingDay | LocalDate)[];

const FIXED: readonly [string, HolidayCode][] = [
  ['01-01', 'new-year'],
  ['05-01', 'labour-day'],
  ['07-11', 'flemish-community'],
  ['07-21', 'national-day'],
  ['08-15', 'assumption'],
  ['11-01', 'all-saints'],
  ['11-11', 'armistice'],
  ['12-25', 'christmas'],
];

const cache = new Map<number, { list: readonly Holiday[]; byDate: ReadonlyMap<LocalDate, HolidayCode> }>();

function yearHolidays(year: number) {
  let entry = cache.get(year);
  if (entry === undefined) {
    const easter = easterSunday(year);
    const list: Holiday[] = [
      ...FIXED.map(([md, code]) => ({ date: `${year}-${md}`, code })),
      { date: addDays(easter, 1), code: 'easter-monday' },
      // Ascension: the 40th day of Easter, counting Easter Sunday as the first.
      { date: addDays(easter, 39), code: 'ascension' },
      { date: addDays(easter, 50), code: 'whit-monday' },
    ];
    list.sort((x, y) => x.date.localeCompare(y.date));
    entry = { list, byDate: new Map(list.map((h) => [h.date, h.code])) };
    cache.set(year, entry);
  }
  return entry;
}

/** The Belgian public holidays and the Flemish holiday of a year, in date order. */
export const holidayList = (year: number): readonly Holiday[] => yearHolidays(year).list;

/** The dates of the Belgian public holidays and the Flemish holiday of a year. */
export function holidays(year: number): ReadonlySet<LocalDate> {
  return new Set(yearHolidays(year).byDate.keys());
}

/** The holiday on a date, if any. */
export const holidayOn = (date: LocalDate): HolidayCode | undefined => yearHolidays(Number(date.slice(0, 4))).byDate.get(date);

/** 0 = Sunday … 6 = Saturday, of a pure date. */
export const weekday = (date: LocalDate): number => new Date(`${date}T00:00:00Z`).getUTCDay();

const closingDate = (day: ClosingDay | LocalDate): LocalDate => (typeof day === 'string' ? day : day.date);

/** Why a day is no working day: weekend, holiday or closing day (undefined for a working day). */
export type NonWorkingReason =
  | { code: 'saturday' }
  | { code: 'sunday' }
  | { code: 'holiday'; holiday: HolidayCode }
  | { code: 'closing-day'; reason: string };

export function nonWorkingReason(date: LocalDate, closingDays: ClosingDays = []): NonWorkingReason | undefined {
  const day = weekday(date);
  if (day === 6) return { code: 'saturday' };
  if (day === 0) return { code: 'sunday' };
  const holiday = holidayOn(date);
  if (holiday !== undefined) return { code: 'holiday', holiday };
  const closing = closingDays.find((c) => closingDate(c) === date);
  if (closing !== undefined) return { code: 'closing-day', reason: typeof closing === 'string' ? '' : closing.reason };
  return undefined;
}

export function isWorkingDay(date: LocalDate, closingDays: ClosingDays = []): boolean {
  return nonWorkingReason(date, closingDays) === undefined;
}

/** A day a term's end was moved past, and why. */
export type MovedDay = { date: LocalDate } & NonWorkingReason;

/** How a term's last day was found: the event, N calendar days, the day they land on, the days skipped after it. */
export interface TermComputation {
  start: LocalDate;
  days: number;
  /** start + days, before the extension. */
  lastDay: LocalDate;
  /** The term's last day: `lastDay`, or the next working day. */
  end: LocalDate;
  /** The days skipped at the end (empty when `lastDay` is a working day). */
  moved: MovedDay[];
}

/** A term of N calendar days from an event, explained: event date + N, moved to the next working day when needed. */
export function term(start: LocalDate, days: number, closingDays: ClosingDays = []): TermComputation {
  const lastDay = addDays(start, days);
  const moved: MovedDay[] = [];
  let end = lastDay;
  for (let reason = nonWorkingReason(end, closingDays); reason !== undefined; reason = nonWorkingReason(end, closingDays)) {
    moved.push({ date: end, ...reason });
    end = addDays(end, 1);
  }
  return { start, days, lastDay, end, moved };
}

/** The last day of a term: the date itself, or the next working day when it is none. */
export function termEnd(date: LocalDate, closingDays: ClosingDays = []): LocalDate {
  return term(date, 0, closingDays).end;
}

/** A term of N calendar days from an event: event date + N, moved to the next working day when needed. */
export const termFrom = (event: LocalDate, days: number, closingDays: ClosingDays = []): LocalDate => term(event, days, closingDays).end;

/**
 * Working days from `from` to `to`: the working days after `from` up to and including `to`
 * (0 when `to` is `from`), negative (the working days passed) when `to` lies before `from`.
 */
export function workingDaysBetween(from: LocalDate, to: LocalDate, closingDays: ClosingDays = []): number {
  const span = daysBetween(from, to);
  const [start, end, sign] = span >= 0 ? [from, to, 1] : [to, from, -1];
  let count = 0;
  for (let d = addDays(start, 1); d <= end; d = addDays(d, 1)) if (isWorkingDay(d, closingDays)) count++;
  return sign * count;
}

/**
 * The date `n` working days after `from` (`from` itself for 0): the last day that
 * `workingDaysBetween(from, day) <= n` holds for, i.e. the end of a horizon of n working days,
 * with the non-working days right after it included (a deadline on the Saturday after is as
 * close as one on the Friday).
 */
export function workingDaysAhead(from: LocalDate, n: number, closingDays: ClosingDays = []): LocalDate {
  let day = from;
  for (let left = n; left > 0; ) {
    day = addDays(day, 1);
    if (isWorkingDay(day, closingDays)) left--;
  }
  while (!isWorkingDay(addDays(day, 1), closingDays)) day = addDays(day, 1);
  return day;
}
