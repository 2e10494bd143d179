import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { Family } from '../family/schema.js';
import { classLabel, levelOfClass } from '../family/query.js';
import type { FubeContent } from './schema.js';
import { effectiveSuggestion } from './decide-tie.js';

export interface ClassChoice {
  class: number;
  /** When given, it must be the level of the class. */
  level?: number;
  /** Required when the choice differs from the weighing's suggestion. */
  motivation?: string;
}

/**
 * Decides the final level and class: the suggestion of the weighing, or another class of
 * the family with a written motivation.
 */
export function decideClass(fube: FubeContent, family: Family, choice: ClassChoice): Result<FubeContent> {
  const errors: DomainError[] = [];
  const level = levelOfClass(family, choice.class);
  if (level === undefined) {
    const classes = family.levels.map((l) => classLabel(l.classes)).join(', ');
    errors.push(catalogueError('fube.decision-class-unknown:classes', 'decision.class', { class: choice.class, family: family.name, classes }));
  } else if (choice.level !== undefined && choice.level !== level.level) {
    errors.push(catalogueError('fube.decision-level-mismatch', 'decision.level', { class: choice.class, level: level.level, chosen: choice.level }));
  }
  // After a tie decision the chosen level's class is the suggestion.
  const suggestion = effectiveSuggestion(fube);
  const motivation = choice.motivation?.trim() ?? '';
  const differs = suggestion === undefined || suggestion.class !== choice.class;
  if (differs && motivation === '')
    errors.push(
      suggestion === undefined
        ? catalogueError('fube.override-without-motivation:no-weighing', 'decision.motivation')
        : catalogueError('fube.override-without-motivation:choice', 'decision.motivation', { class: choice.class, suggested: suggestion.class }),
    );
  if (errors.length > 0 || level === undefined) return fail(errors);
  // A family class: the function is no longer taken as unassignable.
  const { unassignable: _separate, ...rest } = fube;
  return ok({ ...rest, decision: { level: level.level, class: choice.class, ...(motivation !== '' ? { motivation } : {}) } });
}

/** Accepts the weighing's suggestion as the decision. */
export function acceptSuggestion(fube: FubeContent, family: Family): Result<FubeContent> {
  const suggestion = effectiveSuggestion(fube);
  if (suggestion === undefined)
    return fail([catalogueError('fube.weighing-not-computed:choose-values', 'weighing.result')]);
  return decideClass(fube, family, { class: suggestion.class, level: suggestion.level });
}
