import { z } from 'zod';
import { TEXT_LIMITS, safeId, safeText } from './safe-text.js';

/**
 * Old function descriptions in the web app (issue 17 items 3 and 5, decision 0064): the upload
 * of one old file as a draft, the suggestion kept with a draft made from one, and taking that
 * suggestion into the draft's weighing.
 */

/**
 * One file per request, at most what the reader takes (LEGACY_LIMITS.bytes; a test keeps them
 * equal; not imported: the web app loads this file and the reader needs node:fs). Larger: 413.
 */
export const LEGACY_UPLOAD_BODY_LIMIT = 10 * 1024 * 1024;

/**
 * `POST /api/legacy/drafts?entity=…&unit=…&family=…&file=…`: the body is the file's bytes;
 * `file` is its name, which says its type (.docx, .txt, .pdf) and is kept in the history.
 */
export const legacyDraftQuerySchema = z.object({
  entity: safeId(),
  unit: safeId().optional(),
  family: safeId().optional(),
  file: safeText(TEXT_LIMITS.title, { name: true }).trim().min(1),
});

export const legacyDraftResultSchema = z.object({
  file: z.string(),
  status: z.enum(['created', 'failed']),
  /** The draft made (created only). */
  fube: z
    .object({ id: z.string(), title: z.string(), familyId: z.string(), familyVersion: z.number().int() })
    .nullable(),
  /** Why no draft was made, in Dutch (failed only). */
  errors: z.array(z.object({ code: z.string(), message: z.string() })),
  /** What the reader guessed or left out, in Dutch. */
  warnings: z.array(z.string()),
});
export type LegacyDraftResult = z.infer<typeof legacyDraftResultSchema>;

const evidenceSchema = z.object({ text: z.string(), score: z.number() });

/** `GET /api/fubes/{id}/suggestion`: what was suggested when the draft was made from an old file. */
export const fubeSuggestionSchema = z.object({
  fubeId: z.string(),
  /** The old file's name. */
  file: z.string(),
  /** When the draft was made, and by whom (an account's name, else its id such as `cli:jan`). */
  at: z.string(),
  by: z.string(),
  method: z.string(),
  family: z.string(),
  familyVersion: z.number().int(),
  resultAreas: z.array(z.string()),
  /** Criterion id → suggested value (1-based). */
  values: z.record(z.string(), z.number().int()),
  /** Criterion id → supporting sentences of the old text, strongest first (score 0..1). */
  evidence: z.record(z.string(), z.array(evidenceSchema)),
  /** Criterion id → 0..1. */
  confidence: z.record(z.string(), z.number()),
  /** The family level the text as a whole points at (fractional). */
  levelEstimate: z.number().nullable(),
});
export type FubeSuggestionView = z.infer<typeof fubeSuggestionSchema>;

/** `POST /api/fubes/{id}/suggestion/accept`: every suggested value, or only these criteria's. */
export const acceptSuggestionSchema = z.strictObject({
  baseRevision: z.number().int().min(1),
  criteria: z.array(safeId()).min(1).max(TEXT_LIMITS.items).optional(),
});
