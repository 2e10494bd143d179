import { z } from 'zod';

/** The append-only history: who, when, what changed, why. */
export const historyQuerySchema = z.object({
  actor: z.string().optional(),
  action: z.string().optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});

export const historyEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorId: z.string(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  data: z.unknown(),
  reason: z.string().nullable(),
});
export type HistoryEntry = z.infer<typeof historyEntrySchema>;
export const historyListSchema = z.array(historyEntrySchema);
