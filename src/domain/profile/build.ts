import { type DomainError, type Result, fail, ok } from '../errors.js';
import type { Family } from '../family/schema.js';
import { familyClasses, levelOfClass } from '../family/query.js';
import { catalogueError } from '../messages/index.js';
import type { CompetencyProfile, RequiredCompetency } from './schema.js';

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
