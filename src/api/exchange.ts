import { z } from 'zod';
import { catalogueFiltersSchema } from '../documents/catalogue/schema.js';
import { EXCHANGE_ROUTES } from './values.js';

/**
 * Documents and catalogue exchange over HTTP: paths and schemas shared by the server and
 * the web client. The catalogue format itself is docs/catalogue-format.md.
 */
export { EXCHANGE_ROUTES };


export const DOCUMENT_CONTENT_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
} as const;

/** `GET /api/families/{id}/document?format=docx|pdf[&version=n]` (without version: the latest published). */
export const familyDocumentQuerySchema = z.object({
  format: z.enum(['docx', 'pdf']).default('pdf'),
  version: z.coerce.number().int().min(1).optional(),
});

/** `GET /api/catalogue?format=json|csv` with the search filters. */
export const catalogueQuerySchema = catalogueFiltersSchema.extend({
  format: z.enum(['json', 'csv']).default('json'),
  class: z.coerce.number().int().optional(),
});

/** `POST /api/catalogue/import[?partial=true]`: the body is the catalogue JSON. */
export const catalogueImportQuerySchema = z.object({
  partial: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
});

const recordErrorSchema = z.object({
  code: z.string(),
  path: z.string(),
  message: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const catalogueImportSummarySchema = z.object({
  total: z.number().int(),
  imported: z.number().int(),
  committed: z.boolean().meta({ description: 'false: a record was rejected and partial was not asked, so nothing was written' }),
  rejected: z.array(z.object({ index: z.number().int(), id: z.string().optional(), errors: z.array(recordErrorSchema) })),
});
export type CatalogueImportSummary = z.infer<typeof catalogueImportSummarySchema>;
