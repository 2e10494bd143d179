import { type ReactNode, createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { type FormatArgs, type Locale, type LocalizableError, type MessageKey, format, localizeError, locales } from '../../messages/index.js';
import { LANGUAGE_COOKIE } from '../../api/first-pages.js';
import { setApiLanguage } from '../api/client.js';
import { longDate } from './long-date.js';

/** The BCP 47 tag per catalogue locale, for `Intl` and the document's `lang`. */
export const LANGUAGE_TAGS: Record<Locale, string> = { nl: 'nl-BE', en: 'en-GB' };
const STORAGE_KEY = 'weegschaal.locale';

export type Translate = <K extends MessageKey>(key: K, ...args: FormatArgs<K>) => string;

export interface I18n {
  locale: Locale;
  tag: string;
  setLocale(locale: Locale): void;
  t: Translate;
  /** A domain error or check item in this language, from its code and params. */
  message(error: LocalizableError): string;
  /** A calendar date (YYYY-MM-DD, as the API sends Brussels dates) or an instant. */
  date(value: string): string;
  dateTime(value: string): string;
  /** The Brussels time of day of an instant (HH:MM). */
  time(value: Date): string;
  number(value: number): string;
}

const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as string[]).includes(value);

/** The language the user chose before (Dutch when none): also what main.tsx asks the first data in. */
export function storedLocale(): Locale {
  // On the server (which renders in the language its cookie names), never: Node 25 has a
  // localStorage of its own, shared by everyone the process serves.
  if (typeof window === 'undefined') return 'nl';
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    if (isLocale(stored)) return stored;
  } catch {
    // Storage can be blocked by the browser: the cookie still tells.
  }
  const cookie = new RegExp(`(?:^|; )${LANGUAGE_COOKIE}=([^;]*)`).exec(document.cookie)?.[1];
  return isLocale(cookie) ? cookie : 'nl';
}

/** Keeps the language chosen in a cookie too: the server renders a page opened by its address in it (decision 0069). */
export function tellServerLocale(locale: Locale): void {
  const secure = window.location.protocol === 'https:' ? '; secure' : '';
  document.cookie = `${LANGUAGE_COOKIE}=${locale}; path=/; max-age=31536000; samesite=lax${secure}`;
}

const once = <T,>(make: () => T): (() => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

/** Pure: builds the translator and formatters of one locale (also used outside React). */
export function makeI18n(locale: Locale, setLocale: (locale: Locale) => void = () => {}): I18n {
  const tag = LANGUAGE_TAGS[locale];
  // Made on first use: a formatter with a time zone costs milliseconds to make, and the first
  // page often shows no date at all (issue 15 item 9).
  const dates = once(() => new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }));
  const dateTimes = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }));
  const times = once(() => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', hour12: false, timeZone: 'Europe/Brussels' }));
  const numbers = once(() => new Intl.NumberFormat(tag));
  return {
    locale,
    tag,
    setLocale,
    t: ((key: MessageKey, ...args: [Record<string, string | number>?]) =>
      (format as (l: Locale, k: MessageKey, ...a: unknown[]) => string)(locale, key, ...args)) as Translate,
    message: (error) => localizeError(error, locale),
    // Written by hand where it can be (long-date.ts); a bare date is read at noon UTC so that
    // the Brussels calendar day never shifts.
    date: (value) => longDate(locale, value) ?? dates().format(new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value)),
    dateTime: (value) => dateTimes().format(new Date(value)),
    time: (value) => times().format(value),
    number: (value) => numbers().format(value),
  };
}

const I18nContext = createContext<I18n>(makeI18n('nl'));

export function I18nProvider({ children, initial }: { children: ReactNode; initial?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => {
    // Set before the first request: the server answers problems in this language.
    const first = initial ?? storedLocale();
    setApiLanguage(LANGUAGE_TAGS[first]);
    return first;
  });
  const setLocale = useCallback((next: Locale) => {
    setApiLanguage(LANGUAGE_TAGS[next]);
    setLocaleState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisted when storage is blocked; the switch still works for this visit.
    }
    tellServerLocale(next);
  }, []);
  const value = useMemo(() => makeI18n(locale, setLocale), [locale, setLocale]);
  useEffect(() => {
    document.documentElement.lang = value.tag;
  }, [value.tag]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export const useI18n = (): I18n => useContext(I18nContext);
