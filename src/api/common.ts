import { z } from 'zod';
import { safeId } from './safe-text.js';

/** Small shared pieces of the API contract. */

export const idParamsSchema = z.object({ id: safeId() });

/** Query numbers arrive as strings. */
export const queryInt = z.coerce.number().int();

export const pageQuerySchema = z.object({
  page: queryInt.min(1).default(1),
  pageSize: queryInt.min(1).max(200).default(25),
});

export const okSchema = z.object({ ok: z.literal(true) });

export const healthSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  database: z.enum(['sqlite', 'postgres']),
  time: z.string(),
});
export type Health = z.infer<typeof healthSchema>;
