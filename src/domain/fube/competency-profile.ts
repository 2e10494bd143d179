import { type DomainError, type Result, fail } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { Family } from '../family/schema.js';
import { competencyProfile } from '../profile/build.js';
import type { CompetencyProfile } from '../profile/schema.js';
import type { CompetencyWording, FubeContent } from './schema.js';

/**
 * The FUBE's competency profile, derived from the decided class every time it is shown
 * (never stored as text). Pass the class in force when validation or appeal changed it.
 */
export function fubeCompetencyProfile(fube: FubeContent, family: Family, decidedClass: number | undefined = fube.decision?.class): Result<CompetencyProfile> {
  if (decidedClass === undefined)
    return fail([catalogueError('fube.decision-missing:profile', 'decision')]);
  const profile = competencyProfile(family, decidedClass);
  return profile.ok ? { ok: true, value: withFubeWording(profile.value, fube.competencyWording) } : profile;
}

/**
 * The profile with the FUBE's own wordings of competency texts in place of the family's
 * (each for the level it was written for); the family's text is kept beside it.
 */
export function withFubeWording(profile: CompetencyProfile, wordings: readonly CompetencyWording[] | undefined): CompetencyProfile {
  if (wordings === undefined || wordings.length === 0) return profile;
  return {
    ...profile,
    competencies: profile.competencies.map((c) => {
      const own = wordings.find((w) => w.competencyId === c.competencyId && w.level === c.requiredLevel);
      return own === undefined || own.text.trim() === c.levelText.trim() ? c : { ...c, levelText: own.text, familyLevelText: c.levelText };
    }),
  };
}

/**
 * Checks the FUBE's competency wordings against its family: a competency and level the
 * family has, a text that is not empty, one wording per competency and level.
 */
export function checkCompetencyWording(wordings: readonly CompetencyWording[] | undefined, family: Family): DomainError[] {
  const errors: DomainError[] = [];
  const seen = new Set<string>();
  (wordings ?? []).forEach((w, i) => {
    const path = `competencyWording[${i}]`;
    const competency = family.competencies.find((c) => c.id === w.competencyId);
    if (competency === undefined || !competency.levels.some((l) => l.level === w.level))
      errors.push(catalogueError('fube.competency-wording-unknown', path, { competency: w.competencyId, level: w.level }));
    else if (w.text.trim() === '') errors.push(catalogueError('fube.competency-wording-empty', `${path}.text`, { competency: competency.name }));
    const key = `${w.competencyId}\u0000${w.level}`;
    if (seen.has(key)) errors.push(catalogueError('fube.competency-wording-twice', path, { competency: competency?.name ?? w.competencyId, level: w.level }));
    seen.add(key);
  });
  return errors;
}
