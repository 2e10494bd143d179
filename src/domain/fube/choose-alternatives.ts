import { type DomainError, type Result, fail, ok } from '../errors.js';
import type { Criterion, CriterionValue, Family } from '../family/schema.js';
import { valueText } from '../family/query.js';
import { catalogueError } from '../messages/index.js';
import type { FubeContent, FubeResultArea } from './schema.js';

/**
 * OF alternatives (issue 14 item 5). A criterion value whose parts are joined by OF
 * ("hiërarchisch leidinggevende OF doorgedreven expertise") describes several functions;
 * the FUBE records which alternative(s) apply (1-based numbers, chosen by HR), and only the
 * chosen text reaches the FUBE, its RG result area, its documents and the explanation.
 */
export type AlternativeChoices = Record<string, number[]>;

/** The value's OF alternatives, or undefined when it has none (a text or EN parts). */
export function valueAlternatives(value: CriterionValue | undefined): readonly string[] | undefined {
  return value?.parts?.join === 'or' ? value.parts.items : undefined;
}

/** A choice that still fits the value: non-empty, every number an alternative. */
function validChoice(value: CriterionValue, chosen: readonly number[] | undefined): chosen is number[] {
  const items = valueAlternatives(value);
  return items !== undefined && chosen !== undefined && chosen.length > 0 && chosen.every((n) => Number.isInteger(n) && n >= 1 && n <= items.length);
}

/** The chosen alternatives' texts, or every part (OF/EN) as today while nothing is chosen. */
export function chosenValueText(value: CriterionValue, chosen: readonly number[] | undefined): string {
  if (!validChoice(value, chosen)) return valueText(value);
  const items = valueAlternatives(value)!;
  return chosen.map((n) => items[n - 1]!).join('\nEN\n');
}

/** The chosen alternatives of one value, as texts (empty when nothing valid is chosen). */
export function chosenAlternatives(value: CriterionValue, chosen: readonly number[] | undefined): string[] {
  if (!validChoice(value, chosen)) return [];
  const items = valueAlternatives(value)!;
  return chosen.map((n) => items[n - 1]!);
}

const GOAL = /\s+met als doel\s+/i;

/** "X met als doel Y" → X and Y, so the area reads "met als doel" once (the document adds it). */
function splitGoal(text: string): { what: string; goal: string } {
  const flat = text.replace(/\s+/g, ' ').trim();
  const match = GOAL.exec(flat);
  if (match === null) return { what: flat.replace(/[.;]+$/, ''), goal: '' };
  return { what: flat.slice(0, match.index).replace(/[\s,;:]+$/, ''), goal: flat.slice(match.index + match[0].length).replace(/[.;]+$/, '').trim() };
}

/**
 * A short title from the text: its first clause (up to a comma), lengthened by the next clause
 * while shorter than three words ("Lobbyen, beïnvloeden …"). HR may edit it.
 */
function titleFrom(what: string): string {
  const clauses = what.split(/,\s*/);
  let title = clauses[0] ?? '';
  for (let i = 1; i < clauses.length && title.split(/\s+/).length < 3; i++) title = `${title}, ${clauses[i]}`;
  return title.replace(/[.;:]+$/, '').trim();
}

/**
 * The texts an RG area starts from: for the chosen alternatives (or the whole value while an
 * OF choice is still to be made) the "what" and the goal after "met als doel", and a title
 * from that text, never the criterion's name.
 */
export function rgAreaDefaults(criterion: Criterion, value: CriterionValue, chosen: readonly number[] | undefined): { title: string; what: string; goal: string } {
  const texts = valueAlternatives(value) === undefined ? [valueText(value)] : chosenAlternatives(value, chosen);
  if (texts.length === 0) {
    // Nothing chosen yet: the alternatives stay visible, the goal waits for the choice.
    return { title: criterion.name, what: valueText(value), goal: '' };
  }
  const split = texts.map(splitGoal);
  const goals = [...new Set(split.map((s) => s.goal).filter((g) => g !== ''))];
  return {
    title: titleFrom(split[0]!.what),
    what: split.map((s) => s.what).join('; en '),
    goal: goals.join('; en '),
  };
}

/**
 * Records which alternative(s) of the chosen value of a criterion apply. The criterion must
 * have a value chosen that has OF alternatives; the numbers are 1-based, at least one, no
 * duplicates. The RG area of that value takes the new texts where HR had not changed them.
 */
export function chooseAlternatives(fube: FubeContent, family: Family, criterionId: string, alternatives: readonly number[]): Result<FubeContent> {
  const path = `weighing.alternatives.${criterionId}`;
  const criterion = family.criteria.find((c) => c.id === criterionId);
  if (criterion === undefined) return fail([catalogueError('fube.criterion-unknown', path, { id: criterionId, family: family.name })]);
  const chosenValue = fube.weighing?.values[criterionId];
  const value = chosenValue === undefined ? undefined : criterion.values[chosenValue - 1];
  if (chosenValue === undefined || value === undefined) return fail([catalogueError('fube.alternative-without-value', path, { criterion: criterion.name })]);
  const items = valueAlternatives(value);
  if (items === undefined) return fail([catalogueError('fube.value-without-alternatives', path, { criterion: criterion.name, value: chosenValue })]);
  const errors: DomainError[] = [];
  if (alternatives.length === 0) errors.push(catalogueError('fube.alternative-none-chosen', path, { criterion: criterion.name, value: chosenValue }));
  alternatives.forEach((n, i) => {
    if (!Number.isInteger(n) || n < 1 || n > items.length)
      errors.push(catalogueError('fube.alternative-unknown', `${path}[${i}]`, { alternative: n, criterion: criterion.name, value: chosenValue, max: items.length }));
    else if (alternatives.indexOf(n) !== i) errors.push(catalogueError('fube.alternative-duplicate', `${path}[${i}]`, { alternative: n }));
  });
  if (errors.length > 0) return fail(errors);
  const weighing = fube.weighing!;
  const sorted = [...alternatives].sort((a, b) => a - b);
  const before = rgAreaDefaults(criterion, value, weighing.alternatives?.[criterionId]);
  const after = rgAreaDefaults(criterion, value, sorted);
  const resultAreas = fube.resultAreas.map((area) => (isAreaOf(area, criterionId, chosenValue) ? retext(area, before, after) : area));
  return ok({ ...fube, resultAreas, weighing: { ...weighing, alternatives: { ...weighing.alternatives, [criterionId]: sorted } } });
}

function isAreaOf(area: FubeResultArea, criterionId: string, value: number): boolean {
  return area.origin === 'rg' && area.criterionId === criterionId && area.criterionValue === value;
}

/** A field HR left as it was prefilled follows the choice; an edited one stays HR's. */
function retext(area: FubeResultArea, before: { title: string; what: string; goal: string }, after: { title: string; what: string; goal: string }): FubeResultArea {
  const next = { ...area };
  for (const field of ['title', 'what', 'goal'] as const) if (area[field].trim() === before[field].trim() || area[field].trim() === '') next[field] = after[field];
  return next;
}

/**
 * Keeps the recorded choices that still fit: a criterion whose value changed (or no longer
 * has alternatives) loses its stale choice. `previous` are the values the choices were made on.
 */
export function keepFittingChoices(family: Family, choices: AlternativeChoices | undefined, previous: Record<string, number> | undefined, values: Record<string, number>): AlternativeChoices | undefined {
  if (choices === undefined) return undefined;
  const kept: AlternativeChoices = {};
  for (const [criterionId, chosen] of Object.entries(choices)) {
    const value = family.criteria.find((c) => c.id === criterionId)?.values[(values[criterionId] ?? 0) - 1];
    if (value === undefined || previous?.[criterionId] !== values[criterionId] || !validChoice(value, chosen)) continue;
    kept[criterionId] = [...new Set(chosen)].sort((a, b) => a - b);
  }
  return Object.keys(kept).length > 0 ? kept : undefined;
}

/** The chosen values with OF alternatives where no (valid) choice is recorded: these block proposing. */
export function missingChoices(fube: FubeContent, family: Family): { criterion: Criterion; value: number }[] {
  const out: { criterion: Criterion; value: number }[] = [];
  for (const criterion of family.criteria) {
    const chosen = fube.weighing?.values[criterion.id];
    const value = chosen === undefined ? undefined : criterion.values[chosen - 1];
    if (value === undefined || valueAlternatives(value) === undefined) continue;
    if (!validChoice(value, fube.weighing?.alternatives?.[criterion.id])) out.push({ criterion, value: chosen! });
  }
  return out;
}
