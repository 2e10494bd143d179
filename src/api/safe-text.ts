import { z } from 'zod';
import { schemaMessage } from '../domain/messages/zod.js';
import { type TextFault, findTextFault } from '../domain/text/hygiene.js';

/**
 * The maximum length (characters) of every text field a client can send, in one place:
 * the server enforces them through the request schemas, the web forms read them from the
 * same schemas (`maxLength`), docs/limits.md lists them (a test keeps it in step).
 */
export const TEXT_LIMITS = {
  /** Ids of FUBEs, families, people, entities, units, appeals. */
  id: 100,
  /** A FUBE title, a result area title, a family name, a person's name. */
  title: 200,
  /** One activity of a result area. */
  activity: 1_000,
  /** What and goal of the purpose or of a result area. */
  paragraph: 4_000,
  /** Function- and entity-specific knowledge. */
  knowledge: 10_000,
  /** Motivations (decisions, appeals, withdrawals), remarks, advice, notes, reasons. */
  motivation: 4_000,
  /** A method (decide-unassignable), a weighing rule name. */
  short: 200,
  /** A search text and other query filters. */
  query: 200,
  /** A login name (an e-mail address at most 254) and a password. */
  username: 254,
  password: 1_024,
  /** Result areas per FUBE, activities per result area, holders, committee members. */
  items: 50,
} as const;

const SCHEMA_MESSAGE: Readonly<Record<TextFault, string>> = {
  nul: schemaMessage('schema.text-nul'),
  surrogate: schemaMessage('schema.text-surrogate'),
  noncharacter: schemaMessage('schema.text-noncharacter'),
  control: schemaMessage('schema.text-control'),
  bidi: schemaMessage('schema.text-bidi'),
};

/**
 * A text field: at most `max` characters, no NUL, lone surrogate, noncharacter or control
 * character (tab and line breaks allowed); `name: true` for names and titles, which also
 * refuse line breaks and bidirectional controls. The server has normalised the text to NFC
 * before the schema sees it.
 */
export function safeText(max: number, options: { name?: boolean } = {}) {
  return z
    .string()
    .max(max)
    .superRefine((text, ctx) => {
      const found = findTextFault(text, options);
      if (found !== undefined) ctx.addIssue({ code: 'custom', message: SCHEMA_MESSAGE[found.fault], input: text });
    });
}

/** An id sent by a client: 1 to 100 characters, clean. */
export const safeId = () => safeText(TEXT_LIMITS.id, { name: true }).min(1);
