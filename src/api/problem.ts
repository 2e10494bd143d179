import { z } from 'zod';

/**
 * Errors as `application/problem+json` (RFC 9457). `errors` names the fields that are wrong
 * (path in dotted/bracket notation, as `DomainError.path`); loaders add line and column.
 */
export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const fieldErrorSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.string(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const problemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  errors: z.array(fieldErrorSchema).optional(),
  /** Set on 409: the revision the write should have been based on. */
  currentRevision: z.number().int().optional(),
});
export type Problem = z.infer<typeof problemSchema>;

/** Problem type URIs (relative: resolved against the API's own documentation). */
export const PROBLEM_TYPES = {
  validation: '/api/problems/validation',
  notFound: '/api/problems/not-found',
  conflict: '/api/problems/conflict',
  unauthorized: '/api/problems/unauthorized',
  forbidden: '/api/problems/forbidden',
  domain: '/api/problems/domain-rule',
  internal: '/api/problems/internal',
  /** Over a limit on input (docs/limits.md): 413 for size, 422 for depth, keys, aliases, text. */
  limit: '/api/problems/limit',
  /** A document job over its time or memory limit, or the document pool full (503/422). */
  documentUnavailable: '/api/problems/document-unavailable',
  /** Reading an uploaded Word or PDF file went over the pool's time or memory limit, or the pool was full (503/422). */
  fileUnreadable: '/api/problems/file-unreadable',
  /** A catalogue import or export over its worker's time or memory limit. */
  importUnavailable: '/api/problems/exchange-unavailable',
  /** The calibration worker stopped while computing (503; the next request starts a new one). */
  calibrationUnavailable: '/api/problems/calibration-unavailable',
} as const;
