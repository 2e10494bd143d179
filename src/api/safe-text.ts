import { z } from 'zod';
import { schemaMessage } from '../domain/messages/zod.js';
import { type TextFault, findTextFault } from '../domain/text/hygiene.js';
import { TEXT_LIMITS } from './values.js';

export { TEXT_LIMITS };


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
