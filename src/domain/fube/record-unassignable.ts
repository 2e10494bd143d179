import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import { CLASS_RANGE } from '../workflow/periods.js';
import type { FubeContent } from './schema.js';

export interface UnassignableOutcome {
  method: string;
  class: number;
  motivation: string;
}

/**
 * Records on a draft that the function fits no family: its class comes from the separate
 * method, with the method named and a motivation (DOMAIN.md §5.7). The FUBE then takes the
 * common path; the family's class decision no longer applies and goes.
 */
export function recordUnassignable(fube: FubeContent, outcome: UnassignableOutcome): Result<FubeContent> {
  const errors: DomainError[] = [];
  const method = outcome.method.trim();
  const motivation = outcome.motivation.trim();
  if (method === '') errors.push(catalogueError('fube.unassignable-method-missing', 'unassignable.method'));
  if (!Number.isInteger(outcome.class) || outcome.class < CLASS_RANGE.min || outcome.class > CLASS_RANGE.max)
    errors.push(catalogueError('fube.unassignable-class-out-of-range', 'unassignable.class', { class: String(outcome.class), min: CLASS_RANGE.min, max: CLASS_RANGE.max }));
  if (motivation === '') errors.push(catalogueError('fube.unassignable-motivation-missing', 'unassignable.motivation'));
  if (errors.length > 0) return fail(errors);
  const { decision: _family, ...rest } = fube;
  return ok({ ...rest, unassignable: { method, class: outcome.class, motivation } });
}
