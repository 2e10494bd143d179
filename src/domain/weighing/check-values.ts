import { type DomainError, formatPath } from '../errors.js';
import type { Family } from '../family/schema.js';
import { format } from '../messages/index.js';

/**
 * The rules every weighing rule relies on: exactly one value per criterion of the family,
 * each a whole number from 1 to the criterion's number of values. All problems are reported
 * at once, each at `values.<criterionId>` and naming the criterion.
 */
export function checkWeighingValues(family: Family, values: unknown): DomainError[] {
  if (values === null || typeof values !== 'object' || Array.isArray(values))
    return [{ code: 'weighing.values-not-object', path: 'values', message: format('nl', 'weighing.values-not-object') }];
  const record = values as Record<string, unknown>;
  const errors: DomainError[] = [];
  let known = 0;
  for (const criterion of family.criteria) {
    const value = Object.hasOwn(record, criterion.id) ? record[criterion.id] : undefined;
    if (value !== undefined) known++;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= criterion.values.length) continue;
    const path = formatPath(['values', criterion.id]);
    if (value === undefined) {
      errors.push({
        code: 'weighing.missing-value',
        path,
        message: format('nl', 'weighing.missing-value', { name: criterion.name, id: criterion.id }),
      });
    } else {
      errors.push({
        code: 'weighing.value-out-of-range',
        path,
        message: format('nl', 'weighing.value-out-of-range', {
          value: typeof value === 'number' ? value : JSON.stringify(value) ?? String(value),
          name: criterion.name,
          id: criterion.id,
          max: criterion.values.length,
        }),
      });
    }
  }
  // More own keys than criteria found means unknown keys: only then search for them.
  let keys = 0;
  for (const id in record) if (Object.hasOwn(record, id)) keys++;
  if (keys === known) return errors;
  for (const id of Object.keys(record)) {
    if (!family.criteria.some((c) => c.id === id))
      errors.push({
        code: 'weighing.unknown-criterion',
        path: formatPath(['values', id]),
        message: format('nl', 'weighing.unknown-criterion', { id, family: family.name }),
      });
  }
  return errors;
}
