import { en } from './en.js';
import { nl } from './nl.js';
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
  nl: { ...nl, ...uiNl },
  en: { ...en, ...uiEn },
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

export { type ParamValue, type Translation, interpolate, placeholderNames } from './translation.js';
