import { z } from 'zod';
import { confidenceSchema } from '../family/schema.js';

/**
 * The competency profile of a function class, derived from the family (never typed by
 * hand): the expertise of the class's level and the behavioural competencies it requires.
 */
export const requiredCompetencySchema = z.object({
  competencyId: z.string(),
  name: z.string(),
  definition: z.string(),
  /** The competency level the class requires. */
  requiredLevel: z.number().int(),
  /** The competency book's text of that level, or the FUBE's own wording of it. */
  levelText: z.string(),
  /** When the FUBE words the level its own way: the family's text, as published. */
  familyLevelText: z.string().optional(),
  /** Whether the requirement is read from the source or reconstructed. */
  confidence: confidenceSchema,
});
export type RequiredCompetency = z.infer<typeof requiredCompetencySchema>;

export const competencyProfileSchema = z.object({
  familyId: z.string(),
  familyVersion: z.number().int(),
  class: z.number().int(),
  /** The family level of the class, and all classes of that level. */
  level: z.number().int(),
  levelClasses: z.array(z.number().int()),
  expertise: z.object({
    knowledge: z.string(),
    educationAndExperience: z.string(),
    /** The family's instruction to make the knowledge function- and entity-specific. */
    instruction: z.string(),
  }),
  /** Required competencies in the family's order; competencies the class does not require are left out. */
  competencies: z.array(requiredCompetencySchema),
});
export type CompetencyProfile = z.infer<typeof competencyProfileSchema>;

