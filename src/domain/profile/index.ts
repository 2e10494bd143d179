import { z } from 'zod';
import { type DomainError, type Result, fail, ok } from '../errors.js';
import { confidenceSchema } from '../family/schema.js';
import type { Family } from '../family/schema.js';
import { familyClasses, levelOfClass } from '../family/query.js';
import { catalogueError } from '../messages/index.js';

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

export function competencyProfile(family: Family, cls: number): Result<CompetencyProfile> {
  const level = levelOfClass(family, cls);
  if (level === undefined)
    return fail([
      catalogueError('profile.unknown-class', 'class', {
        class: cls,
        family: family.name,
        classes: familyClasses(family).join(', '),
      }),
    ]);

  const errors: DomainError[] = [];
  const expertise = family.expertise.levels.find((e) => e.level === level.level);
  if (expertise === undefined)
    errors.push(catalogueError('profile.missing-expertise', 'expertise.levels', { family: family.name, level: level.level }));

  const competencies: RequiredCompetency[] = [];
  family.competencies.forEach((competency, k) => {
    const required = competency.required[String(cls)];
    if (required === undefined) return;
    const text = competency.levels.find((l) => l.level === required)?.text;
    if (text === undefined) {
      errors.push(
        catalogueError('profile.missing-competency-level', `competencies[${k}].required.${cls}`, { competency: competency.name, level: required, class: cls }),
      );
      return;
    }
    competencies.push({
      competencyId: competency.id,
      name: competency.name,
      definition: competency.definition,
      requiredLevel: required,
      levelText: text,
      confidence: competency.confidence,
    });
  });
  if (errors.length > 0 || expertise === undefined) return fail(errors);

  return ok({
    familyId: family.id,
    familyVersion: family.version,
    class: cls,
    level: level.level,
    levelClasses: [...level.classes],
    expertise: {
      knowledge: expertise.knowledge,
      educationAndExperience: expertise.educationAndExperience,
      instruction: family.expertise.instruction,
    },
    competencies,
  });
}
