import type { Family } from '../family/schema.js';
import type { RuleEngine, WeighingRule } from './rule.js';
import type { Position, WeighingResult, WeighingValues } from './types.js';

/**
 * `median-v1` (DOMAIN.md §3). The full result follows the definition literally: a distance
 * and fit per level, the smallest distance wins, ties go to the lower level. The fast path
 * (`level`, `class`) computes the same answer without distances:
 *
 * distance(L+1) - distance(L) = #{to <= L} - #{from > L} = #{to <= L} + #{from <= L} - k
 * for k criteria, so the lowest level with the smallest distance is the lowest L where at
 * least k of the 2k span ends (every `from` and every `to`) lie at or below L: the median
 * of the span ends. Equality there means the next level is as close: a tie. Tests check
 * both paths agree on every weighing of the seed family and on generated families.
 */
export const medianV1: WeighingRule = {
  id: 'median-v1',
  description:
    'Level with the smallest summed distance to the chosen spans (ties: lower level); ' +
    'two-class levels take the higher class when more criteria lie above than below.',
  prepare: prepareMedianV1,
};

function prepareMedianV1(family: Family): RuleEngine {
  const criteria = family.criteria;
  const k = criteria.length;
  const n = family.levels.length;
  const ids = criteria.map((c) => c.id);
  // Spans of all values flattened: value v of criterion c sits at offsets[c] + v - 1.
  const offsets = new Int32Array(k);
  const counts = new Int32Array(k);
  let total = 0;
  criteria.forEach((criterion, c) => {
    offsets[c] = total;
    counts[c] = criterion.values.length;
    total += criterion.values.length;
  });
  const spanFrom = new Int32Array(total);
  const spanTo = new Int32Array(total);
  criteria.forEach((criterion, c) =>
    criterion.values.forEach((value, v) => {
      spanFrom[offsets[c]! + v] = value.from;
      spanTo[offsets[c]! + v] = value.to;
    }),
  );
  const lowClass = new Int32Array(n + 1);
  const highClass = new Int32Array(n + 1);
  family.levels.forEach((level, i) => {
    lowClass[i + 1] = level.classes[0]!;
    highClass[i + 1] = level.classes[level.classes.length - 1]!;
  });

  // Scratch histograms of span starts and ends, reused: the hot path allocates nothing.
  const fromCount = new Int32Array(n + 2);
  const toCount = new Int32Array(n + 2);

  const tally = (values: WeighingValues): boolean => {
    fromCount.fill(0);
    toCount.fill(0);
    for (let c = 0; c < k; c++) {
      const v = values[ids[c]!];
      // Also rejects undefined, NaN and non-integers.
      if (!(v! >= 1 && v! <= counts[c]!) || (v! | 0) !== v) return false;
      const i = offsets[c]! + v - 1;
      fromCount[spanFrom[i]!]!++;
      toCount[spanTo[i]!]!++;
    }
    return true;
  };

  const level = (values: WeighingValues): number => {
    if (!tally(values)) return 0;
    let ends = 0;
    for (let l = 1; l <= n; l++) {
      ends += fromCount[l]! + toCount[l]!;
      if (ends >= k) return l;
    }
    return n;
  };

  const cls = (values: WeighingValues): number => {
    if (!tally(values)) return 0;
    let starts = 0;
    let endsBelow = 0;
    for (let l = 1; l <= n; l++) {
      const below = endsBelow;
      starts += fromCount[l]!;
      endsBelow += toCount[l]!;
      if (starts + endsBelow >= k || l === n) {
        const above = k - starts;
        return above > below ? highClass[l]! : lowClass[l]!;
      }
    }
    return 0;
  };

  // Plain loops and reused scratch arrays: batch callers build millions of these.
  const chosenFrom = new Int32Array(k);
  const chosenTo = new Int32Array(k);
  const result = (values: WeighingValues): WeighingResult => {
    const chosenValues: WeighingValues = {};
    for (let c = 0; c < k; c++) {
      const v = values[ids[c]!]!;
      chosenValues[ids[c]!] = v;
      chosenFrom[c] = spanFrom[offsets[c]! + v - 1]!;
      chosenTo[c] = spanTo[offsets[c]! + v - 1]!;
    }

    const levels: WeighingResult['levels'] = [];
    let suggested = 0;
    let bestDistance = Infinity;
    let tied = false;
    for (const lv of family.levels) {
      let distance = 0;
      let fit = 0;
      for (let c = 0; c < k; c++) {
        const d = spanDistance(chosenFrom[c]!, chosenTo[c]!, lv.level);
        distance += d;
        if (d === 0) fit++;
      }
      levels.push({ level: lv.level, classes: lv.classes.slice(), distance, fit });
      if (distance < bestDistance) {
        bestDistance = distance;
        suggested = lv.level;
        tied = false;
      } else if (distance === bestDistance) tied = true;
    }

    const positioned: WeighingResult['criteria'] = [];
    const spread: string[] = [];
    const reachAbove: string[] = [];
    const offLevel: string[] = [];
    const reconstructed: string[] = [];
    const rg: string[] = [];
    let above = 0;
    let below = 0;
    for (let c = 0; c < k; c++) {
      const criterion = criteria[c]!;
      const value = chosenValues[criterion.id]!;
      const span = criterion.values[value - 1]!;
      const from = chosenFrom[c]!;
      const to = chosenTo[c]!;
      const position: Position = from > suggested ? 'above' : to < suggested ? 'below' : 'on';
      if (position === 'above') above++;
      else if (position === 'below') below++;
      if (position !== 'on') offLevel.push(criterion.id);
      if (spanDistance(from, to, suggested) >= 2) spread.push(criterion.id);
      if (to > suggested) reachAbove.push(criterion.id);
      if (span.confidence === 'reconstructed') reconstructed.push(criterion.id);
      if (span.rg) rg.push(criterion.id);
      positioned.push({
        criterionId: criterion.id,
        name: criterion.name,
        value,
        from,
        to,
        position,
        rg: span.rg,
        confidence: span.confidence,
      });
    }
    const twoClasses = lowClass[suggested] !== highClass[suggested];
    // No closures here: tsx wraps every function expression in a naming helper, per call.
    const flags: WeighingResult['flags'] = [];
    if (spread.length > 0) flags.push({ code: 'spread', criteria: spread });
    // A tie: the criteria reaching above the chosen level make a higher level as close.
    if (tied && reachAbove.length > 0) flags.push({ code: 'tie', criteria: reachAbove });
    if (twoClasses && above === below && above > 0) flags.push({ code: 'borderline', criteria: offLevel });
    if (reconstructed.length > 0) flags.push({ code: 'reconstructed-span', criteria: reconstructed });
    if (rg.length > 0) flags.push({ code: 'rg-required', criteria: rg });

    return {
      rule: medianV1.id,
      familyId: family.id,
      familyVersion: family.version,
      values: chosenValues,
      level: suggested,
      class: twoClasses && above > below ? highClass[suggested]! : lowClass[suggested]!,
      levels,
      criteria: positioned,
      above,
      below,
      flags,
    };
  };

  return { level, class: cls, result };
}

/** How many levels a span lies away from a level; 0 when it covers the level. */
function spanDistance(from: number, to: number, level: number): number {
  return from > level ? from - level : level > to ? level - to : 0;
}
