import type { Locale } from '../../messages/index.js';

/**
 * "5 maart 2026" / "5 March 2026" without Intl.DateTimeFormat: making the first such
 * formatter loads the locale's calendar data, 20–60 ms of a first page's main thread on a
 * 2-core machine (decision 0065), for a text this simple. Tests compare every output with
 * Intl's (test/web/long-date.test.ts); dates outside the years where the rule below holds go
 * to Intl.
 */
const MONTHS: Readonly<Record<Locale, readonly string[]>> = {
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/** Years for which Brussels keeps the EU summer-time rule below (since 1996; as far as anyone plans). */
const RULE_YEARS = { min: 1996, max: 2099 } as const;

/** The last Sunday of a month (0-based) of `year`, at 01:00 UTC: when EU summer time starts (March) or ends (October). */
function lastSundayAt1Utc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * 86_400_000;
}

/** The Brussels calendar day of an instant (UTC+1, UTC+2 in summer time), or undefined outside RULE_YEARS. */
export function brusselsDay(instant: Date): { year: number; month: number; day: number } | undefined {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) return undefined;
  const year = instant.getUTCFullYear();
  if (year < RULE_YEARS.min || year > RULE_YEARS.max) return undefined;
  const summer = ms >= lastSundayAt1Utc(year, 2) && ms < lastSundayAt1Utc(year, 9);
  const local = new Date(ms + (summer ? 2 : 1) * 3_600_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth(), day: local.getUTCDate() };
}

/**
 * A date as the pages show it: a bare date (YYYY-MM-DD) as it is, an instant as its Brussels
 * calendar day; undefined when only Intl can say (another year range, an unreadable value).
 */
export function longDate(locale: Locale, value: string): string | undefined {
  const bare = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const day = bare !== null ? { year: Number(bare[1]), month: Number(bare[2]) - 1, day: Number(bare[3]) } : brusselsDay(new Date(value));
  if (day === undefined || day.month < 0 || day.month > 11 || day.day < 1 || day.day > 31) return undefined;
  if (day.year < RULE_YEARS.min || day.year > RULE_YEARS.max) return undefined;
  return `${day.day} ${MONTHS[locale][day.month]} ${day.year}`;
}
