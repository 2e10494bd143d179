import type { Criterion, CriterionValue, Family, Level } from './schema.js';

/** Helpers to read a family; pure lookups shared by weighing, FUBE rules and adapters. */

export function findCriterion(family: Family, id: string): Criterion | undefined {
  return family.criteria.find((c) => c.id === id);
}

export function levelOf(family: Family, level: number): Level | undefined {
  return family.levels[level - 1];
}

/** The level a function class belongs to, if the family has that class. */
export function levelOfClass(family: Family, cls: number): Level | undefined {
  return family.levels.find((l) => l.classes.includes(cls));
}

export function familyClasses(family: Family): number[] {
  return family.levels.flatMap((l) => l.classes);
}

/** "15/16" — for display only; the data always holds the numbers. */
export function classLabel(classes: readonly number[]): string {
  return classes.join('/');
}

/** The value as one readable text: its parts joined by EN / OF. */
export function valueText(value: CriterionValue): string {
  if (value.text !== undefined) return value.text;
  if (value.parts === undefined) return '';
  const joiner = value.parts.join === 'and' ? 'EN' : 'OF';
  return value.parts.items.join(`\n${joiner}\n`);
}

