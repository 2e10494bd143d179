import { z } from 'zod';
import { safeId, safeText } from './safe-text.js';
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

/** `POST /api/families/import-docx?family=&name=`: the body is the .docx itself. */
export const familyDocxQuerySchema = z.object({
  /** The family the document is a new version of (its ids carry over); else the document's own name decides. */
  family: safeId().optional(),
  /** The file's name, for the source note and the report. */
  name: safeText(255, { name: true }).optional(),
});

/** One line of the import report, in the request's language, with where it stands in the document. */
export const familyImportNoteSchema = z.object({
  code: z.string(),
  message: z.string(),
  /** "tabel 3, rij 4, kolom 2 (alinea 57)"; empty when the line is about the whole document. */
  where: z.string(),
  paragraph: z.number().int().optional(),
  table: z.number().int().optional(),
  row: z.number().int().optional(),
  column: z.number().int().optional(),
  path: z.string().optional(),
});
export type FamilyImportNote = z.infer<typeof familyImportNoteSchema>;

export const familyDocxImportedSchema = z.object({
  saved: familyVersionInfoSchema,
  report: z.object({
    layout: z.enum(['weegschaal', 'flemish']),
    certain: z.array(familyImportNoteSchema),
    check: z.array(familyImportNoteSchema),
  }),
});
export type FamilyDocxImported = z.infer<typeof familyDocxImportedSchema>;
