import { type DomainError, type PathSegment, formatPath } from '../errors.js';
import { levelOfClass, valueText } from '../family/query.js';
import type { Family } from '../family/schema.js';
import { type MessageKey, type RefArgs, catalogueError } from '../messages/index.js';
import { missingChoices } from './choose-alternatives.js';
import type { FubeContent } from './schema.js';
import { effectiveSuggestion, tiedLevels, tieOpen } from './decide-tie.js';
import { CLASS_RANGE } from '../workflow/periods.js';

/**
 * Every item that blocks validation of a FUBE (DOMAIN.md §4), each with the field path and
 * a Dutch message and the params to render it in any locale, all at once so the writer sees the whole list.
 */
export function checkFube(fube: FubeContent, family: Family): DomainError[] {
  const errors: DomainError[] = [];
  const add = <K extends MessageKey>(key: K, path: PathSegment[], ...args: RefArgs<K>) => errors.push(catalogueError(key, formatPath(path), ...args));

  if (fube.familyId !== family.id || fube.familyVersion !== family.version)
    add('fube.family-mismatch', ['familyVersion'], { familyId: fube.familyId, familyVersion: fube.familyVersion, expectedId: family.id, expectedVersion: family.version });
  if (fube.title.trim() === '') add('fube.title-missing', ['title']);
  if (fube.entityId.trim() === '') add('fube.entity-missing', ['entityId']);
  if (fube.holderIds.length === 0) add('fube.holders-missing', ['holderIds']);
  if (fube.purpose.what.trim() === '') add('fube.purpose-missing:what', ['purpose', 'what']);
  if (fube.purpose.goal.trim() === '') add('fube.purpose-missing:goal', ['purpose', 'goal']);

  if (fube.resultAreas.length === 0) add('fube.result-areas-missing', ['resultAreas']);
  fube.resultAreas.forEach((area, i) => {
    if (area.title.trim() === '') add('fube.result-area-incomplete:title', ['resultAreas', i, 'title']);
    if (area.what.trim() === '') add('fube.result-area-incomplete:what', ['resultAreas', i, 'what'], { title: area.title });
    if (area.goal.trim() === '') add('fube.result-area-incomplete:goal', ['resultAreas', i, 'goal'], { title: area.title });
  });

  // An unassignable function is classed by the separate method (DOMAIN.md §5.7): the
  // family's weighing, level and class do not apply, the method's outcome must be complete.
  if (fube.unassignable !== undefined) {
    const { method, motivation } = fube.unassignable;
    const cls = fube.unassignable.class;
    if (method.trim() === '') add('fube.unassignable-method-missing', ['unassignable', 'method']);
    if (cls < CLASS_RANGE.min || cls > CLASS_RANGE.max) add('fube.unassignable-class-out-of-range', ['unassignable', 'class'], { class: cls, min: CLASS_RANGE.min, max: CLASS_RANGE.max });
    if (motivation.trim() === '') add('fube.unassignable-motivation-missing', ['unassignable', 'motivation']);
    if (fube.specificKnowledge.trim() === '') add('fube.specific-knowledge-missing', ['specificKnowledge']);
    return errors;
  }

  const values = fube.weighing?.values ?? {};
  for (const criterion of family.criteria) {
    const chosen = values[criterion.id];
    const at = ['weighing', 'values', criterion.id];
    if (chosen === undefined) {
      add('fube.criterion-without-value', at, { criterion: criterion.name });
      continue;
    }
    const value = criterion.values[chosen - 1];
    if (value === undefined) {
      add('fube.criterion-value-unknown', at, { criterion: criterion.name, value: chosen, max: criterion.values.length });
      continue;
    }
    const backed = fube.resultAreas.some((a) => a.origin === 'rg' && a.criterionId === criterion.id && a.criterionValue === chosen);
    if (value.rg && !backed)
      add('fube.rg-without-result-area', at, { value: chosen, criterion: criterion.name, text: firstLine(valueText(value)) });
  }
  for (const id of Object.keys(values))
    if (!family.criteria.some((c) => c.id === id))
      add('fube.criterion-unknown', ['weighing', 'values', id], { id, family: family.name });
  fube.resultAreas.forEach((area, i) => {
    if (area.origin !== 'rg') return;
    const criterion = family.criteria.find((c) => c.id === area.criterionId);
    const applies = criterion !== undefined && values[criterion.id] === area.criterionValue && criterion.values[(area.criterionValue ?? 0) - 1]?.rg === true;
    if (!applies) add('fube.rg-result-area-stale', ['resultAreas', i], { title: area.title });
  });

  for (const { criterion, value } of missingChoices(fube, family))
    add('fube.alternative-not-chosen', ['weighing', 'alternatives', criterion.id], { value, criterion: criterion.name });

  const result = fube.weighing?.result;
  const complete = family.criteria.every((c) => values[c.id] !== undefined);
  if (complete && result === undefined) add('fube.weighing-not-computed', ['weighing', 'result']);
  if (result !== undefined && (result.familyVersion !== fube.familyVersion || !sameValues(result.values, values)))
    add('fube.weighing-stale', ['weighing', 'result']);
  // A tie is decided by a person before the proposal (DOMAIN.md §3.6).
  if (tieOpen(fube)) add('fube.tie-undecided', ['weighing', 'tie'], { levels: tiedLevels(result).join(', ') });

  if (fube.specificKnowledge.trim() === '') add('fube.specific-knowledge-missing', ['specificKnowledge']);

  const decision = fube.decision;
  if (decision === undefined) {
    add('fube.decision-missing', ['decision']);
  } else {
    const level = levelOfClass(family, decision.class);
    if (level === undefined) add('fube.decision-class-unknown', ['decision', 'class'], { class: decision.class, family: family.name });
    else if (level.level !== decision.level)
      add('fube.decision-level-mismatch', ['decision', 'level'], { class: decision.class, level: level.level, chosen: decision.level });
    // Measured against the suggestion after the tie decision, when there is one.
    const suggested = effectiveSuggestion(fube);
    const differs = suggested !== undefined && (suggested.class !== decision.class || suggested.level !== decision.level);
    if (differs && (decision.motivation ?? '').trim() === '')
      add('fube.override-without-motivation', ['decision', 'motivation'], { class: decision.class, suggested: suggested.class });
  }
  return errors;
}

function firstLine(text: string): string {
  const line = text.split('\n')[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 77)}...` : line;
}

function sameValues(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
}
