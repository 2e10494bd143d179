import { z } from 'zod';
import type { MessageArg, MessageArgs } from '../messages/index.js';

/**
 * Catalogue messages in API answers: a key and its params, so the client renders the text
 * in its own language (`localizeError`, `changeLabel`); see docs/decisions/0002.
 */
export const messageArgSchema: z.ZodType<MessageArg> = z.lazy(() =>
  z.union([
    z.string(),
    z.number(),
    z.object({ key: z.string(), params: messageArgsSchema.optional() }),
    z.object({ list: z.array(messageArgSchema) }),
    z.object({ date: z.string() }),
    z.object({ texts: z.object({ nl: z.string(), en: z.string() }) }),
  ]),
);
export const messageArgsSchema: z.ZodType<MessageArgs> = z.lazy(() => z.record(z.string(), messageArgSchema));

/** A check item (a rule that still blocks a step): path, code, Dutch message, and what renders it again. */
export const checkItemSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
  messageKey: z.string().optional(),
  params: messageArgsSchema.optional(),
});
export type CheckItem = z.infer<typeof checkItemSchema>;
