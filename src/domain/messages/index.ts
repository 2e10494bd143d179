import { en } from './en.js';
import { limitsEn } from './limits-en.js';
import { limitsNl } from './limits-nl.js';
import { nl } from './nl.js';
import { notificationsEn } from './notifications-en.js';
import { notificationsNl } from './notifications-nl.js';
import { partiesEn } from './parties-en.js';
import { partiesNl } from './parties-nl.js';
import { useCasesEn } from './use-cases-en.js';
import { useCasesNl } from './use-cases-nl.js';
import { serverEn } from './server-en.js';
import { serverNl } from './server-nl.js';
import { uiEn } from './ui-en.js';
import { uiNl } from './ui-nl.js';
import { type ParamValue, type Placeholders, interpolate } from './translation.js';

/**
 * The application's shared message catalogue. The domain's texts live in nl.ts / en.ts;
 * adapters (the web UI) add their own parts as further files in this folder (e.g.
 * ui-nl.ts / ui-en.ts typed with `Translation<typeof uiNl>`) and spread them in below, so
 * one `format` serves every text and one test checks that every locale is complete.
 */
export const catalogues = {
  nl: { ...nl, ...partiesNl, ...useCasesNl, ...serverNl, ...uiNl, ...limitsNl, ...notificationsNl },
  en: { ...en, ...partiesEn, ...useCasesEn, ...serverEn, ...uiEn, ...limitsEn, ...notificationsEn },
} as const;

export type Locale = keyof typeof catalogues;
export const locales = Object.keys(catalogues) as Locale[];
export type MessageKey = keyof typeof catalogues.nl;
export type MessageParams<K extends MessageKey> = {
  readonly [P in Placeholders<(typeof catalogues.nl)[K]>]: ParamValue;
};

/** Params are required exactly when the Dutch template has placeholders. */
export type FormatArgs<K extends MessageKey> = [Placeholders<(typeof catalogues.nl)[K]>] extends [never]
  ? []
  : [params: MessageParams<K>];

export function format<K extends MessageKey>(locale: Locale, key: K, ...args: FormatArgs<K>): string {
  const template: string = catalogues[locale][key];
  const params = (args[0] ?? {}) as Readonly<Record<string, ParamValue>>;
  return interpolate(template, params);
}

/**
 * A parameter of a message that must be re-rendered later, in another locale: a plain value,
 * a nested catalogue message (e.g. a status label, rendered in the same locale), a list
 * (joined with ", "), a calendar date (YYYY-MM-DD, written out per locale) or a text that
 * comes from outside the catalogue already in every locale (e.g. zod's own messages).
 * Everything is plain JSON, so it can travel in an API response.
 */
export type MessageArg =
  | ParamValue
  | MessageRef
  | { readonly list: readonly MessageArg[] }
  | { readonly date: string }
  | { readonly texts: Readonly<Record<Locale, string>> };
export type MessageArgs = Readonly<Record<string, MessageArg>>;
export interface MessageRef {
  readonly key: string;
  readonly params?: MessageArgs;
}

/** Params with the placeholder names of the Dutch template, any MessageArg as value. */
export type MessageArgsOf<K extends MessageKey> = { readonly [P in Placeholders<(typeof catalogues.nl)[K]>]: MessageArg };
export type RefArgs<K extends MessageKey> = [Placeholders<(typeof catalogues.nl)[K]>] extends [never] ? [] : [params: MessageArgsOf<K>];

/** The BCP 47 tag per locale, for dates written out in messages. */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { nl: 'nl-BE', en: 'en-GB' };

export const isMessageKey = (key: string): key is MessageKey => Object.hasOwn(catalogues.nl, key);

/** A typed reference to a catalogue message, to render later in any locale. */
export function ref<K extends MessageKey>(key: K, ...args: RefArgs<K>): MessageRef {
  return args[0] === undefined ? { key } : { key, params: args[0] as MessageArgs };
}

/** One message parameter as text in a locale. */
export function renderMessageArg(locale: Locale, arg: MessageArg): ParamValue {
  if (typeof arg === 'string' || typeof arg === 'number') return arg;
  if ('key' in arg) return renderMessage(locale, arg) ?? arg.key;
  if ('list' in arg) return arg.list.map((item) => renderMessageArg(locale, item)).join(', ');
  if ('date' in arg) {
    // Read at midnight UTC and written in UTC: the calendar day never shifts.
    const day = new Date(`${arg.date}T00:00:00Z`);
    if (Number.isNaN(day.getTime())) return arg.date;
    return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(day);
  }
  return arg.texts[locale];
}

/** Renders a message reference; undefined when the key is not in the catalogue. */
export function renderMessage(locale: Locale, message: MessageRef): string | undefined {
  if (!isMessageKey(message.key)) return undefined;
  const params: Record<string, ParamValue> = {};
  for (const [name, arg] of Object.entries(message.params ?? {})) params[name] = renderMessageArg(locale, arg);
  return interpolate(catalogues[locale][message.key], params);
}

/** What re-rendering an error needs: DomainError, a check item or an API field error. */
export interface LocalizableError {
  code: string;
  message: string;
  /** The catalogue key when it is not the code (one code with several texts). */
  messageKey?: string | undefined;
  params?: MessageArgs | undefined;
}

/**
 * An error's text in the given locale, from its code (or messageKey) and params via the
 * catalogue; the stored (Dutch) message when the catalogue does not know the key.
 */
export function localizeError(error: LocalizableError, locale: Locale): string {
  return renderMessage(locale, { key: error.messageKey ?? error.code, params: error.params ?? {} }) ?? error.message;
}

/**
 * The text fields of a DomainError built from the catalogue. The key is the error code, or
 * `code:variant` when one code has several texts (e.g. `fube.title-missing:empty`).
 */
export function catalogueError<K extends MessageKey>(key: K, path: string, ...args: RefArgs<K>): { code: string; path: string; message: string; messageKey?: string; params?: MessageArgs } {
  const message = ref(key, ...args);
  const variant = key.indexOf(':');
  const code = variant === -1 ? key : key.slice(0, variant);
  return {
    code,
    path,
    message: renderMessage('nl', message) ?? key,
    ...(code !== key ? { messageKey: key } : {}),
    ...(message.params !== undefined ? { params: message.params } : {}),
  };
}

export { type ParamValue, type Translation, interpolate, placeholderNames } from './translation.js';
