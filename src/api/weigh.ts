import { z } from 'zod';
import { TEXT_LIMITS, safeId, safeText } from './safe-text.js';
import { weighingResultSchema, weighingValuesSchema } from '../domain/weighing/types.js';

/** `POST /api/weigh`: a stateless weighing on a family version. */
export const weighRequestSchema = z.object({
  familyId: safeId(),
  /** Defaults to the latest published version. */
  familyVersion: z.number().int().min(1).optional(),
  rule: safeText(TEXT_LIMITS.short).optional(),
  values: weighingValuesSchema,
});
export type WeighRequest = z.infer<typeof weighRequestSchema>;

export const weighResponseSchema = z.object({ result: weighingResultSchema, explanation: z.string() });
export type WeighResponse = z.infer<typeof weighResponseSchema>;
