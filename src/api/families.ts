import { z } from 'zod';
import { safeId } from './safe-text.js';
import { familySchema } from '../domain/family/schema.js';
import { queryInt } from './common.js';
import { fieldErrorSchema } from './problem.js';

/** Families: versioned reference data, uploaded as YAML/JSON, validated, then published. */

export const familyStatusSchema = z.enum(['draft', 'published']);
export type FamilyStatus = z.infer<typeof familyStatusSchema>;

/** `GET /api/families`: one row per family, its latest published version (else latest draft). */
export const familySummarySchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  status: familyStatusSchema,
});
export const familyListSchema = z.array(familySummarySchema);
export type FamilySummary = z.infer<typeof familySummarySchema>;

export const familyVersionInfoSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  name: z.string(),
  status: familyStatusSchema,
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
});
export const familyVersionListSchema = z.array(familyVersionInfoSchema);
export type FamilyVersionInfo = z.infer<typeof familyVersionInfoSchema>;

/** The full family of one version, with its status. */
export const familyDocumentSchema = z.object({
  status: familyStatusSchema,
  publishedAt: z.string().nullable(),
  family: familySchema,
});
export type FamilyDocument = z.infer<typeof familyDocumentSchema>;

export const familyParamsSchema = z.object({ id: safeId() });
export const familyVersionParamsSchema = z.object({ id: safeId(), version: queryInt.min(1) });

/** `POST /api/families/validate`: the verdict on a YAML/JSON text, errors with line/column. */
export const familyValidationSchema = z.object({
  valid: z.boolean(),
  errors: z.array(fieldErrorSchema),
  family: z.object({ id: z.string(), version: z.number().int(), name: z.string() }).optional(),
});
export type FamilyValidation = z.infer<typeof familyValidationSchema>;

/** `POST /api/families`: stored as a draft version. */
export const familyUploadedSchema = familyVersionInfoSchema;

export const profileQuerySchema = z.object({ class: queryInt.min(1) });
