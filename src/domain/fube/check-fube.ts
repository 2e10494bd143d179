import { type DomainError, type PathSegment, formatPath } from '../errors.js';
import { type Family, levelOfClass, valueText } from '../family/index.js';
import type { FubeContent } from './schema.js';

/**
 * Every item that blocks validation of a FUBE (DOMAIN.md §4), each with the field path and
 * a Dutch message, all at once so the writer sees the whole list.
 */
export function checkFube(fube: FubeContent, family: Family): DomainError[] {
  const errors: DomainError[] = [];
  const add = (code: string, path: PathSegment[], message: string) =>
    errors.push({ code: `fube.${code}`, path: formatPath(path), message });

  if (fube.familyId !== family.id || fube.familyVersion !== family.version)
    add('family-mismatch', ['familyVersion'], `de FUBE is geschreven op familie '${fube.familyId}' versie ${fube.familyVersion}, niet op '${family.id}' versie ${family.version}`);
  if (fube.title.trim() === '') add('title-missing', ['title'], 'de functietitel ontbreekt');
  if (fube.entityId.trim() === '') add('entity-missing', ['entityId'], 'de entiteit ontbreekt');
  if (fube.holderIds.length === 0) add('holders-missing', ['holderIds'], 'de FUBE heeft geen functiehouders');
  if (fube.purpose.what.trim() === '') add('purpose-missing', ['purpose', 'what'], 'het doel (wat) ontbreekt');
  if (fube.purpose.goal.trim() === '') add('purpose-missing', ['purpose', 'goal'], 'het doel (met als doel) ontbreekt');

  if (fube.resultAreas.length === 0) add('result-areas-missing', ['resultAreas'], 'kies minstens één resultaatgebied');
  fube.resultAreas.forEach((area, i) => {
    if (area.title.trim() === '') add('result-area-incomplete', ['resultAreas', i, 'title'], 'het resultaatgebied heeft geen titel');
    if (area.what.trim() === '') add('result-area-incomplete', ['resultAreas', i, 'what'], `resultaatgebied '${area.title}': 'wat' is leeg`);
    if (area.goal.trim() === '') add('result-area-incomplete', ['resultAreas', i, 'goal'], `resultaatgebied '${area.title}': 'met als doel' is leeg`);
  });

  const values = fube.weighing?.values ?? {};
  for (const criterion of family.criteria) {
    const chosen = values[criterion.id];
    const at = ['weighing', 'values', criterion.id];
    if (chosen === undefined) {
      add('criterion-without-value', at, `het criterium '${criterion.name}' heeft geen waarde`);
      continue;
    }
    const value = criterion.values[chosen - 1];
    if (value === undefined) {
      add('criterion-value-unknown', at, `het criterium '${criterion.name}' heeft geen waarde ${chosen} (1..${criterion.values.length})`);
      continue;
    }
    const backed = fube.resultAreas.some((a) => a.origin === 'rg' && a.criterionId === criterion.id && a.criterionValue === chosen);
    if (value.rg && !backed)
      add('rg-without-result-area', at, `de RG-waarde ${chosen} van '${criterion.name}' vraagt een extra resultaatgebied ("${firstLine(valueText(value))}")`);
  }
  for (const id of Object.keys(values))
    if (!family.criteria.some((c) => c.id === id))
      add('criterion-unknown', ['weighing', 'values', id], `'${id}' is geen criterium van de familie '${family.name}'`);
  fube.resultAreas.forEach((area, i) => {
    if (area.origin !== 'rg') return;
    const criterion = family.criteria.find((c) => c.id === area.criterionId);
    const applies = criterion !== undefined && values[criterion.id] === area.criterionValue && criterion.values[(area.criterionValue ?? 0) - 1]?.rg === true;
    if (!applies)
      add('rg-result-area-stale', ['resultAreas', i], `resultaatgebied '${area.title}' hoort bij een RG-waarde die niet (meer) gekozen is`);
  });

  const result = fube.weighing?.result;
  const complete = family.criteria.every((c) => values[c.id] !== undefined);
  if (complete && result === undefined) add('weighing-not-computed', ['weighing', 'result'], 'de weging is nog niet berekend');
  if (result !== undefined && (result.familyVersion !== fube.familyVersion || !sameValues(result.values, values)))
    add('weighing-stale', ['weighing', 'result'], 'de weging is verouderd: bereken ze opnieuw met de gekozen waarden');

  if (fube.specificKnowledge.trim() === '')
    add('specific-knowledge-missing', ['specificKnowledge'], 'de functie- en entiteitsspecifieke kennis is niet ingevuld');

  const decision = fube.decision;
  if (decision === undefined) {
    add('decision-missing', ['decision'], 'het functiefamilieniveau en de functieklasse zijn nog niet beslist');
  } else {
    const level = levelOfClass(family, decision.class);
    if (level === undefined)
      add('decision-class-unknown', ['decision', 'class'], `functieklasse ${decision.class} hoort niet bij de familie '${family.name}'`);
    else if (level.level !== decision.level)
      add('decision-level-mismatch', ['decision', 'level'], `functieklasse ${decision.class} hoort bij niveau ${level.level}, niet bij niveau ${decision.level}`);
    const differs = result !== undefined && (result.class !== decision.class || result.level !== decision.level);
    if (differs && (decision.motivation ?? '').trim() === '')
      add('override-without-motivation', ['decision', 'motivation'], `de beslissing (klasse ${decision.class}) wijkt af van de suggestie (klasse ${result.class}) en vraagt een motivering`);
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
