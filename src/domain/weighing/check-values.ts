import { type DomainError, formatPath } from '../errors.js';
import type { Family } from '../family/schema.js';
import { catalogueError } from '../messages/index.js';

/**
 * The rules every weighing rule relies on: exactly one value per criterion of the family,
 * each a whole number from 1 to the criterion's number of values. All problems are reported
 * at once, each at `values.<criterionId>` and naming the criterion.
 */
export function checkWeighingValues(family: Family, values: unknown): DomainError[] {
  if (values === null || typeof values !== 'object' || Array.isArray(values))
    return [catalogueError('weighing.values-not-object', 'values')];
  const record = values as Record<string, unknown>;
  const errors: DomainError[] = [];
  let known = 0;
  for (const criterion of family.criteria) {
    const value = Object.hasOwn(record, criterion.id) ? record[criterion.id] : undefined;
    if (value !== undefined) known++;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= criterion.values.length) continue;
    const path = formatPath(['values', criterion.id]);
    if (value === undefined) {
      errors.push(catalogueError('weighing.missing-value', path, { name: criterion.name, id: criterion.id }));
    } else {
      errors.push(
        catalogueError('weighing.value-out-of-range', path, {
          value: typeof value === 'number' ? value : JSON.stringify(value) ?? String(value),
          name: criterion.name,
          id: criterion.id,
          max: criterion.values.length,
        }),
      );
    }
  }
  // More own keys than criteria found means unknown keys: only then search for them.
  let keys = 0;
  for (const id in record) if (Object.hasOwn(record, id)) keys++;
  if (keys === known) return errors;
  for (const id of Object.keys(record)) {
    if (!family.criteria.some((c) => c.id === id))
      errors.push(catalogueError('weighing.unknown-criterion', formatPath(['values', id]), { id, family: family.name }));
  }
  return errors;
}
