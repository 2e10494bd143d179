import { z } from 'zod';
import { safeId } from './safe-text.js';

/** Letters to the holders (issue 13 item 3, decision 0028). */
export const letterParamsSchema = z.object({ id: safeId(), letterId: safeId() });
export const letterDocumentQuerySchema = z.object({ format: z.enum(['docx', 'pdf']).default('pdf') }).strict();

export const letterSchema = z.object({
  id: z.string(),
  fubeId: z.string(),
  holderId: z.string(),
  holderName: z.string(),
  /** `notification` (the validated classification) or `appeal-decision` (the appeal committee's decision). */
  kind: z.string(),
  reference: z.string(),
  revision: z.number().int(),
  createdAt: z.string(),
  /** The class and the date it takes effect, as the letter says. */
  class: z.number().int(),
  effectiveFrom: z.string(),
  receipt: z
    .object({
      receivedOn: z.string(),
      /** app: acknowledged by the holder; letter / e-mail: delivery recorded by HR. */
      channel: z.string(),
      recordedBy: z.string(),
      recordedAt: z.string(),
      /** The last day of the appeal term counted from receipt (15 calendar days, to a working day); null for an appeal decision. */
      appealUntil: z.string().nullable(),
    })
    .nullable(),
  /** What the caller may do with it. */
  abilities: z.object({ acknowledge: z.boolean(), recordDelivery: z.boolean() }),
});
export type LetterView = z.infer<typeof letterSchema>;
export const letterListSchema = z.array(letterSchema);

/** The holder acknowledges with `{}` (today, in the app); HR records a delivery with its date and channel. */
export const receiptRequestSchema = z.union([
  z.strictObject({}),
  z.strictObject({ receivedOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), channel: z.enum(['letter', 'e-mail']) }),
]);
export type ReceiptRequest = z.infer<typeof receiptRequestSchema>;
