import { type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import { classLabel } from './query.js';
import type { Family } from './schema.js';

/**
 * The catalogue's class filter as people type it: one class ("15") or a level written as its
 * classes ("15/16", as the family and the matrix show a level: `classLabel`), which stands
 * for the FUBEs of either class. A level must be one of the families' levels (the filtered
 * family, or any published one): "15/17" is refused, as is anything that is not numbers.
 */
export function parseClassFilter(text: string, families: readonly Family[]): Result<number[]> {
  const trimmed = text.trim();
  const parts = trimmed.split('/').map((part) => part.trim());
  if (trimmed === '' || trimmed.length > 20 || parts.some((part) => !/^[0-9]{1,2}$/.test(part)) || parts.length > 2)
    return fail([catalogueError('catalogue.class-filter-invalid', 'class', { text: trimmed.slice(0, 20) })]);
  const classes = parts.map(Number);
  if (classes.some((cls) => cls < 1 || cls > 30)) return fail([catalogueError('catalogue.class-filter-invalid', 'class', { text: trimmed })]);
  if (classes.length === 1) return ok(classes);
  const wanted = [...classes].sort((a, b) => a - b);
  const levels = families.flatMap((family) => family.levels.map((level) => [...level.classes].sort((a, b) => a - b)));
  if (levels.some((level) => level.length === wanted.length && level.every((cls, i) => cls === wanted[i]))) return ok(wanted);
  const known = [...new Set(levels.filter((level) => level.length > 1).map((level) => classLabel(level)))];
  return fail([catalogueError('catalogue.class-filter-not-a-level', 'class', { text: trimmed, levels: known.join(', ') || '–' })]);
}
