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

/**
 * HR's choice between levels the weighing rule found equally close (DOMAIN.md §3.6): the
 * rule's suggestion stays the lowest of them, a person decides, and calibration counts the
 * decisions settled up and down. It settles one weighing: other values make it stale.
 */
export const tieDecisionSchema = z.object({
  /** The level chosen, one of `levels`. */
  level: z.number().int(),
  /** The class the rule gives at that level (median-v1 step 3 applied to the chosen level). */
  class: z.number().int(),
  /** The tied levels, lowest first; the lowest is the rule's suggestion. */
  levels: z.array(z.number().int()),
  /** `down`: the lowest tied level kept; `up`: a higher tied level chosen. */
  direction: z.enum(['up', 'down']),
  motivation: z.string(),
  /** The user who decided (from the session), and their person when they have one. */
  decidedBy: z.string(),
  decidedByPersonId: z.string().optional(),
  at: z.string(),
  /** The criterion values this decision settles. */
  values: weighingValuesSchema,
});
export type TieDecision = z.infer<typeof tieDecisionSchema>;

export const unassignableSchema = z.object({
  /** The separate method used for a function that fits no family. */
  method: z.string(),
  class: z.number().int(),
  motivation: z.string(),
});

/**
 * The FUBE's own wording of one competency level text of its family (issue 15 item 12):
 * e.g. gender-neutral where the family's published text is not. Applies when the class
 * requires exactly this level; the family's text stays as published.
 */
export const competencyWordingSchema = z.object({
  competencyId: z.string(),
  level: z.number().int(),
  text: z.string(),
});
export type CompetencyWording = z.infer<typeof competencyWordingSchema>;

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
  /** Set only by the tie decision use case; the editor's save keeps the stored one. */
  tieDecision: tieDecisionSchema.optional(),
  unassignable: unassignableSchema.optional(),
  /** Edited wordings of the family's competency texts, shown instead of them (competency-profile.ts). */
  competencyWording: z.array(competencyWordingSchema).optional(),
});
export type FubeContent = z.infer<typeof fubeContentSchema>;
