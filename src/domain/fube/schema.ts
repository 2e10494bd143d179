import { z } from 'zod';
import { weighingResultSchema, weighingValuesSchema } from '../weighing/types.js';

/**
 * The function description (FUBE, DOMAIN.md §4): the content that HR, the manager and the
 * holders write. Workflow state, revisions and history are kept beside it (workflow/, store).
 * The competency profile is never stored: it is derived from the class (profile/).
 */

export const fubeResultAreaSchema = z.object({
  /** Where it comes from: a family result area, an RG value, or added for this function. */
  origin: z.enum(['family', 'rg', 'custom']),
  /** The family result area id (origin `family`). */
  resultAreaId: z.string().optional(),
  /** The criterion whose chosen RG value requires this area (origin `rg`). */
  criterionId: z.string().optional(),
  /** The chosen value (1-based) of that criterion the area backs (origin `rg`). */
  criterionValue: z.number().int().optional(),
  title: z.string(),
  what: z.string(),
  goal: z.string(),
  activities: z.array(z.string()),
});
export type FubeResultArea = z.infer<typeof fubeResultAreaSchema>;

export const fubeWeighingSchema = z.object({
  rule: z.string(),
  values: weighingValuesSchema,
  /** The rule's output for these values on the FUBE's family version (recomputable). */
  result: weighingResultSchema.optional(),
  /**
   * Per criterion whose chosen value has OF alternatives: the alternative(s) that apply
   * (1-based, chosen by HR). Cleared when that criterion's value changes.
   */
  alternatives: z.record(z.string(), z.array(z.number().int())).optional(),
});

export const classDecisionSchema = z.object({
  level: z.number().int(),
  class: z.number().int(),
  /** Required when level or class differs from the weighing's suggestion. */
  motivation: z.string().optional(),
});
export type ClassDecision = z.infer<typeof classDecisionSchema>;

export const unassignableSchema = z.object({
  /** The separate method used for a function that fits no family. */
  method: z.string(),
  class: z.number().int(),
  motivation: z.string(),
});

export const fubeContentSchema = z.object({
  familyId: z.string(),
  familyVersion: z.number().int(),
  title: z.string(),
  entityId: z.string(),
  unitId: z.string().optional(),
  /** Person ids of the holders ("identieke functies": one FUBE, several holders). */
  holderIds: z.array(z.string()),
  managerId: z.string().optional(),
  purpose: z.object({ what: z.string(), goal: z.string() }),
  resultAreas: z.array(fubeResultAreaSchema),
  /** Function- and entity-specific knowledge; must not be empty for validation. */
  specificKnowledge: z.string(),
  weighing: fubeWeighingSchema.optional(),
  decision: classDecisionSchema.optional(),
  unassignable: unassignableSchema.optional(),
});
export type FubeContent = z.infer<typeof fubeContentSchema>;
