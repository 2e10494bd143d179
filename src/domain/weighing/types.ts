import { z } from 'zod';

/**
 * A weighing: one value (1-based number) per criterion id, e.g. {"complexiteit": 2}.
 * Rules are registered by id (registry.ts) and every stored weighing keeps the rule id and
 * the family version it used, so it can be recomputed exactly.
 */
export const weighingValuesSchema = z.record(z.string(), z.number().int());
export type WeighingValues = z.infer<typeof weighingValuesSchema>;

export const positionSchema = z.enum(['on', 'above', 'below']);
export type Position = z.infer<typeof positionSchema>;

export const flagCodeSchema = z.enum(['spread', 'tie', 'borderline', 'reconstructed-span', 'rg-required']);
export type FlagCode = z.infer<typeof flagCodeSchema>;

export const weighingResultSchema = z.object({
  rule: z.string(),
  familyId: z.string(),
  familyVersion: z.number().int(),
  values: weighingValuesSchema,
  /** Suggested family level (1..n). */
  level: z.number().int(),
  /** Suggested function class. */
  class: z.number().int(),
  levels: z.array(
    z.object({
      level: z.number().int(),
      classes: z.array(z.number().int()),
      distance: z.number().int(),
      fit: z.number().int(),
    }),
  ),
  criteria: z.array(
    z.object({
      criterionId: z.string(),
      name: z.string(),
      value: z.number().int(),
      from: z.number().int(),
      to: z.number().int(),
      position: positionSchema,
      rg: z.boolean(),
      confidence: z.enum(['certain', 'reconstructed']),
    }),
  ),
  /** Criteria wholly above / below the suggested level (used for two-class levels). */
  above: z.number().int(),
  below: z.number().int(),
  flags: z.array(z.object({ code: flagCodeSchema, criteria: z.array(z.string()) })),
});
export type WeighingResult = z.infer<typeof weighingResultSchema>;
