import { type DomainError, type Result, fail, ok } from '../errors.js';
import { catalogueError } from '../messages/index.js';
import type { WeighingResult, WeighingValues } from '../weighing/types.js';
import type { FubeContent, TieDecision } from './schema.js';

/**
 * Ties are decided by a person (DOMAIN.md §3.6, decision 0038). `median-v1` keeps the lowest
 * of the equally close levels as its suggestion, so stored weighings replay unchanged; a FUBE
 * whose weighing has the `tie` flag cannot be proposed until HR chooses one of the tied
 * levels with a motivation.
 */

/** The levels equally close to the chosen values, lowest first; empty without a tie. */
export function tiedLevels(result: WeighingResult | undefined | null): number[] {
  if (result == null || !result.flags.some((f) => f.code === 'tie')) return [];
  const best = Math.min(...result.levels.map((l) => l.distance));
  return result.levels.filter((l) => l.distance === best).map((l) => l.level).sort((a, b) => a - b);
}

/** The criteria that reach above the lowest tied level: what separates the tied levels. */
export function tieCriteria(result: WeighingResult | undefined | null): string[] {
  return result?.flags.find((f) => f.code === 'tie')?.criteria ?? [];
}

/**
 * The class the rule gives at a level (median-v1 step 3 applied to that level): the higher
 * of two classes when more criteria lie wholly above it than wholly below.
 */
export function classAtLevel(result: WeighingResult, level: number): number | undefined {
  const classes = result.levels.find((l) => l.level === level)?.classes;
  if (classes === undefined || classes.length === 0) return undefined;
  if (classes.length === 1) return classes[0];
  const above = result.criteria.filter((c) => c.from > level).length;
  const below = result.criteria.filter((c) => c.to < level).length;
  return above > below ? classes[classes.length - 1] : classes[0];
}

const sameValues = (a: WeighingValues, b: WeighingValues) => {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if (a[k] !== b[k]) return false;
  return true;
};

/** The stored tie decision when it still settles the FUBE's weighing (same values, same tie). */
export function currentTieDecision(fube: FubeContent): TieDecision | undefined {
  const decision = fube.tieDecision;
  const weighing = fube.weighing;
  if (decision === undefined || weighing?.result === undefined) return undefined;
  const levels = tiedLevels(weighing.result);
  const same = levels.length === decision.levels.length && levels.every((l, i) => l === decision.levels[i]);
  return same && levels.includes(decision.level) && sameValues(decision.values, weighing.values) && sameValues(decision.values, weighing.result.values)
    ? decision
    : undefined;
}

/** Whether the weighing has a tie nobody decided yet (it blocks the proposal). */
export function tieOpen(fube: FubeContent): boolean {
  return tiedLevels(fube.weighing?.result).length > 0 && currentTieDecision(fube) === undefined;
}

/**
 * The level and class the class decision is measured against: the rule's suggestion, or,
 * once a tie is decided, the chosen level with the class the rule gives there.
 */
export function effectiveSuggestion(fube: FubeContent): { level: number; class: number } | undefined {
  const result = fube.weighing?.result;
  if (result === undefined) return undefined;
  const tie = currentTieDecision(fube);
  return tie === undefined ? { level: result.level, class: result.class } : { level: tie.level, class: tie.class };
}

/** A tie decision that no longer settles the weighing goes: a changed weighing is decided anew. */
export function withoutStaleTie(fube: FubeContent): FubeContent {
  if (fube.tieDecision === undefined || currentTieDecision(fube) !== undefined) return fube;
  const { tieDecision: _stale, ...rest } = fube;
  return rest;
}

export interface TieChoice {
  level: number;
  motivation: string;
}

/** Who decides: the caller's own user and person, never a name from the request. */
export interface TieDecider {
  userId: string;
  personId?: string | null;
  at: string;
}

/**
 * Records HR's choice between the tied levels. A class decision that was no override (no
 * motivation of its own) follows the chosen level, so the FUBE does not keep the class of
 * a level nobody chose; an override with its motivation stays.
 */
export function decideTie(fube: FubeContent, choice: TieChoice, by: TieDecider): Result<FubeContent> {
  const result = fube.weighing?.result;
  const levels = tiedLevels(result);
  if (result === undefined || levels.length === 0) return fail([catalogueError('fube.tie-none', 'level')]);
  const errors: DomainError[] = [];
  if (!levels.includes(choice.level)) errors.push(catalogueError('fube.tie-level-not-tied', 'level', { level: choice.level, levels: levels.join(', ') }));
  const motivation = choice.motivation.trim();
  if (motivation === '') errors.push(catalogueError('fube.tie-motivation-missing', 'motivation'));
  const cls = classAtLevel(result, choice.level);
  if (errors.length > 0 || cls === undefined) return fail(errors);
  const tieDecision: TieDecision = {
    level: choice.level,
    class: cls,
    levels,
    direction: choice.level > levels[0]! ? 'up' : 'down',
    motivation,
    decidedBy: by.userId,
    ...(by.personId != null ? { decidedByPersonId: by.personId } : {}),
    at: by.at,
    values: { ...result.values },
  };
  const follows = fube.decision === undefined || (fube.decision.motivation ?? '').trim() === '';
  return ok({ ...fube, tieDecision, ...(follows ? { decision: { level: choice.level, class: cls } } : {}) });
}
