import { z } from 'zod';
import { type DomainError, type PathSegment, formatPath } from '../errors.js';
import { type Locale, type MessageKey, type catalogues, catalogueError, format, isMessageKey, locales } from './index.js';
import type { Placeholders } from './translation.js';

const ZOD_LOCALES: Readonly<Record<Locale, () => { localeError: z.core.$ZodErrorMap }>> = { nl: z.locales.nl, en: z.locales.en };

/**
 * zod's messages in one of our locales, except that a missing field says so plainly instead
 * of "expected string, received undefined". Messages written in a schema take precedence.
 */
export function zodErrorMap(locale: Locale): z.core.$ZodErrorMap {
  const own = ZOD_LOCALES[locale]().localeError;
  return (issue) => (issue.code === 'invalid_type' && issue.input === undefined ? format(locale, 'schema.required') : own(issue));
}

const maps = Object.fromEntries(locales.map((l) => [l, zodErrorMap(l)])) as Record<Locale, z.core.$ZodErrorMap>;

/** The catalogue keys a schema may give as its message: `schema.*` texts without placeholders. */
export type SchemaMessageKey = {
  [K in MessageKey]: K extends `schema.${string}` ? ([Placeholders<(typeof catalogues.nl)[K]>] extends [never] ? K : never) : never;
}[MessageKey];

/**
 * The message a schema writes for a check (`.min(1, schemaMessage('schema.text-empty'))`):
 * the catalogue key itself, never a rendered text. zodErrors renders it in every locale.
 */
export const schemaMessage = (key: SchemaMessageKey): string => key;

const schemaKeyOf = (message: string): SchemaMessageKey | undefined =>
  message.startsWith('schema.') && isMessageKey(message) ? (message as SchemaMessageKey) : undefined;

/**
 * The issue's message in every locale. Schema-written messages are catalogue keys;
 * zod's own are rendered again from the issue, which needs its input (parse with
 * `reportInput: true`); without it the message as parsed serves every locale.
 */
function issueTexts(issue: z.core.$ZodIssue): Record<Locale, string> {
  const key = schemaKeyOf(issue.message);
  const render = (locale: Locale) => {
    const out = maps[locale](issue as never);
    return typeof out === 'string' ? out : out?.message;
  };
  // zod's own message only when the Dutch map gives exactly the parsed message: a text
  // written in the schema (and not in the catalogue) stays as written.
  const fromMap = 'input' in issue && render('nl') === issue.message;
  const texts = {} as Record<Locale, string>;
  for (const locale of locales)
    texts[locale] = key !== undefined ? format(locale, key) : fromMap ? (render(locale) ?? issue.message) : issue.message;
  return texts;
}

/**
 * Turns zod issues into domain errors with field paths and messages that render in every
 * locale. An unknown field is reported at its own path (one error per field), so a loader
 * can point at its line.
 */
export function zodErrors(error: z.ZodError, prefix: readonly PathSegment[] = []): DomainError[] {
  return error.issues.flatMap((issue): DomainError[] => {
    const path = [...prefix, ...(issue.path as PathSegment[])];
    if (issue.code === 'unrecognized_keys') return issue.keys.map((key) => catalogueError('schema.unrecognized_keys', formatPath([...path, key]), { key }));
    const inner = issue.code === 'invalid_key' ? issue.issues[0] : undefined;
    if (inner !== undefined) return [catalogueError('schema.invalid_key', formatPath(path), { text: { texts: issueTexts(inner as z.core.$ZodIssue) } })];
    const texts = issueTexts(issue);
    return [{ code: `schema.${issue.code}`, path: formatPath(path), message: texts.nl, messageKey: 'schema.issue', params: { text: { texts } } }];
  });
}
