import type { Family } from '../family/schema.js';
import type { RuleEngine, WeighingRule } from './rule.js';
import type { FlagCode, Position, WeighingResult, WeighingValues } from './types.js';

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

  const result = (values: WeighingValues): WeighingResult => {
    const chosen = criteria.map((criterion) => {
      const value = values[criterion.id]!;
      return { criterion, value, span: criterion.values[value - 1]! };
    });

    const levels = family.levels.map((lv) => {
      let distance = 0;
      let fit = 0;
      for (const { span } of chosen) {
        distance += spanDistance(span.from, span.to, lv.level);
        if (span.from <= lv.level && lv.level <= span.to) fit++;
      }
      return { level: lv.level, classes: [...lv.classes], distance, fit };
    });

    let best = levels[0]!;
    for (const candidate of levels) if (candidate.distance < best.distance) best = candidate;
    const suggested = best.level;
    const tiedLevels = levels.filter((l) => l.distance === best.distance).map((l) => l.level);

    const positioned = chosen.map(({ criterion, value, span }) => ({
      criterionId: criterion.id,
      name: criterion.name,
      value,
      from: span.from,
      to: span.to,
      position: (span.from > suggested ? 'above' : span.to < suggested ? 'below' : 'on') as Position,
      rg: span.rg,
      confidence: span.confidence,
    }));
    const idsWhere = (test: (c: (typeof positioned)[number]) => boolean) =>
      positioned.filter(test).map((c) => c.criterionId);

    const aboveIds = idsWhere((c) => c.position === 'above');
    const belowIds = idsWhere((c) => c.position === 'below');
    const above = aboveIds.length;
    const below = belowIds.length;
    const twoClasses = best.classes.length === 2;
    const cls = twoClasses && above > below ? best.classes[1]! : best.classes[0]!;

    const flags: { code: FlagCode; criteria: string[] }[] = [];
    const flag = (code: FlagCode, ids: string[]) => {
      if (ids.length > 0) flags.push({ code, criteria: ids });
    };
    flag('spread', idsWhere((c) => spanDistance(c.from, c.to, suggested) >= 2));
    // The criteria that reach above the chosen level: with them a higher level is as close.
    if (tiedLevels.length > 1) flag('tie', idsWhere((c) => c.to > suggested));
    if (twoClasses && above === below && above > 0)
      flag('borderline', idsWhere((c) => c.position !== 'on'));
    flag('reconstructed-span', idsWhere((c) => c.confidence === 'reconstructed'));
    flag('rg-required', idsWhere((c) => c.rg));

    return {
      rule: medianV1.id,
      familyId: family.id,
      familyVersion: family.version,
      values: Object.fromEntries(chosen.map(({ criterion, value }) => [criterion.id, value])),
      level: suggested,
      class: cls,
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
