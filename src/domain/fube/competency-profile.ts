import { type Result, fail } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { Family } from '../family/schema.js';
import { type CompetencyProfile, competencyProfile } from '../profile/index.js';
import type { FubeContent } from './schema.js';

/**
 * The FUBE's competency profile, derived from the decided class every time it is shown
 * (never stored as text). Pass the class in force when validation or appeal changed it.
 */
export function fubeCompetencyProfile(fube: FubeContent, family: Family, decidedClass: number | undefined = fube.decision?.class): Result<CompetencyProfile> {
  if (decidedClass === undefined)
    return fail([catalogueError('fube.decision-missing:profile', 'decision')]);
  return competencyProfile(family, decidedClass);
}
