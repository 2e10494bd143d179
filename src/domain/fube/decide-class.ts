import { type DomainError, type Result, fail, ok } from '../errors.js';
import type { Family } from '../family/schema.js';
import { classLabel, levelOfClass } from '../family/query.js';
import type { FubeContent } from './schema.js';

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
    errors.push({ code: 'fube.decision-class-unknown', path: 'decision.class', message: `functieklasse ${choice.class} hoort niet bij de familie '${family.name}' (${classes})` });
  } else if (choice.level !== undefined && choice.level !== level.level) {
    errors.push({ code: 'fube.decision-level-mismatch', path: 'decision.level', message: `functieklasse ${choice.class} hoort bij niveau ${level.level}, niet bij niveau ${choice.level}` });
  }
  const suggestion = fube.weighing?.result;
  const motivation = choice.motivation?.trim() ?? '';
  const differs = suggestion === undefined || suggestion.class !== choice.class;
  if (differs && motivation === '')
    errors.push({
      code: 'fube.override-without-motivation',
      path: 'decision.motivation',
      message: suggestion === undefined
        ? 'er is nog geen berekende weging; een klasse zonder weging vraagt een motivering'
        : `klasse ${choice.class} wijkt af van de suggestie (klasse ${suggestion.class}); geef een motivering`,
    });
  if (errors.length > 0 || level === undefined) return fail(errors);
  return ok({ ...fube, decision: { level: level.level, class: choice.class, ...(motivation !== '' ? { motivation } : {}) } });
}

/** Accepts the weighing's suggestion as the decision. */
export function acceptSuggestion(fube: FubeContent, family: Family): Result<FubeContent> {
  const suggestion = fube.weighing?.result;
  if (suggestion === undefined)
    return fail([{ code: 'fube.weighing-not-computed', path: 'weighing.result', message: 'de weging is nog niet berekend: kies eerst een waarde voor elk criterium' }]);
  return decideClass(fube, family, { class: suggestion.class, level: suggestion.level });
}
