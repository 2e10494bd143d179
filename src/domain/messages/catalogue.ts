import { type ParamValue, type Placeholders, type Translation, interpolate } from './translation.js';

/**
 * The functions over a message catalogue (format, references, rendering in a locale). The
 * domain has its own catalogue (index.ts: the texts of the domain's rules); the application's
 * catalogue (src/messages) adds the texts of the use cases, the HTTP API and the web UI, and
 * makes the same functions over all of them. A message is rendered late: code keeps a key and
 * its parameters (`MessageRef`) and an adapter renders it in the caller's language.
 */

export type Locale = 'nl' | 'en';
export const locales: Locale[] = ['nl', 'en'];

/** The BCP 47 tag per locale, for dates written out in messages. */
export const LOCALE_TAGS: Readonly<Record<Locale, string>> = { nl: 'nl-BE', en: 'en-GB' };

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

/** The Dutch reference texts of a catalogue; every other locale has the same keys. */
export type Texts = Readonly<Record<string, string>>;
export interface Catalogues<N extends Texts> {
  readonly nl: N;
  readonly en: Translation<N>;
}

/** Params are required exactly when the Dutch template has placeholders. */
export type FormatArgsOf<N extends Texts, K extends keyof N> = [Placeholders<N[K]>] extends [never]
  ? []
  : [params: { readonly [P in Placeholders<N[K]>]: ParamValue }];
/** Params with the placeholder names of the Dutch template, any MessageArg as value. */
export type MessageArgsIn<N extends Texts, K extends keyof N> = { readonly [P in Placeholders<N[K]>]: MessageArg };
export type RefArgsOf<N extends Texts, K extends keyof N> = [Placeholders<N[K]>] extends [never] ? [] : [params: MessageArgsIn<N, K>];

/** What re-rendering an error needs: DomainError, a check item or an API field error. */
export interface LocalizableError {
  code: string;
  message: string;
  /** The catalogue key when it is not the code (one code with several texts). */
  messageKey?: string | undefined;
  params?: MessageArgs | undefined;
}

/** The functions over one catalogue, typed by its Dutch keys and their placeholders. */
export function messageFunctions<N extends Texts>(catalogues: Catalogues<N>) {
  type Key = keyof N & string;
  const texts = catalogues as unknown as Readonly<Record<Locale, Readonly<Record<string, string>>>>;

  const isMessageKey = (key: string): key is Key => Object.hasOwn(catalogues.nl, key);

  function format<K extends Key>(locale: Locale, key: K, ...args: FormatArgsOf<N, K>): string {
    const params = (args[0] ?? {}) as Readonly<Record<string, ParamValue>>;
    return interpolate(texts[locale][key] as string, params);
  }

  /** A typed reference to a catalogue message, to render later in any locale. */
  function ref<K extends Key>(key: K, ...args: RefArgsOf<N, K>): MessageRef {
    return args[0] === undefined ? { key } : { key, params: args[0] as MessageArgs };
  }

  /** One message parameter as text in a locale. */
  function renderMessageArg(locale: Locale, arg: MessageArg): ParamValue {
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
  function renderMessage(locale: Locale, message: MessageRef): string | undefined {
    if (!isMessageKey(message.key)) return undefined;
    const params: Record<string, ParamValue> = {};
    for (const [name, arg] of Object.entries(message.params ?? {})) params[name] = renderMessageArg(locale, arg);
    return interpolate(texts[locale][message.key] as string, params);
  }

  /**
   * An error's text in the given locale, from its code (or messageKey) and params via the
   * catalogue; the stored (Dutch) message when the catalogue does not know the key.
   */
  function localizeError(error: LocalizableError, locale: Locale): string {
    return renderMessage(locale, { key: error.messageKey ?? error.code, params: error.params ?? {} }) ?? error.message;
  }

  /**
   * The text fields of a DomainError built from the catalogue. The key is the error code, or
   * `code:variant` when one code has several texts (e.g. `fube.title-missing:empty`).
   */
  function catalogueError<K extends Key>(key: K, path: string, ...args: RefArgsOf<N, K>): { code: string; path: string; message: string; messageKey?: string; params?: MessageArgs } {
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

  return { isMessageKey, format, ref, renderMessageArg, renderMessage, localizeError, catalogueError };
}
