import { z } from 'zod';
import { queryInt } from './common.js';
import { TEXT_LIMITS, safeText } from './safe-text.js';

/**
 * The append-only history: who, when, what changed, why. Filters are optional and combine;
 * `from`/`to` are inclusive (a bare date `YYYY-MM-DD` covers that whole day). Without
 * `limit` the whole matching history is returned (as before paging existed); with it, one
 * page starting at `offset`. Oldest first unless `order=desc`; oldest-first pages never
 * shift, because entries are only ever appended.
 */
export const historyQuerySchema = z.object({
  actor: safeText(TEXT_LIMITS.username).optional(),
  action: safeText(TEXT_LIMITS.short).optional(),
  subjectType: safeText(TEXT_LIMITS.short).optional(),
  subjectId: safeText(TEXT_LIMITS.id).optional(),
  from: safeText(TEXT_LIMITS.short).optional(),
  to: safeText(TEXT_LIMITS.short).optional(),
  order: z.enum(['asc', 'desc']).optional(),
  limit: queryInt.min(1).max(500).optional(),
  offset: queryInt.min(0).optional(),
}).refine((q) => q.offset === undefined || q.limit !== undefined, { path: ['offset'], message: 'offset werkt alleen samen met limit' });
export type HistoryQuery = z.infer<typeof historyQuerySchema>;

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  /** The account's name when the actor is a user (null for the system or anonymous). */
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  /** What the subject is called: a FUBE's title, a family's or an account's name (null when unknown). */
  subjectName: z.string().nullable(),
  data: z.unknown(),
  /** The names of the people, accounts, FUBEs, families and places whose ids `data` holds. */
  names: z.record(z.string(), z.string()),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyListSchema = z.array(historyEntrySchema);
