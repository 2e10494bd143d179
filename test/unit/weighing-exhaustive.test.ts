import { describe, expect, it } from 'vitest';
import type { Family } from '../../src/domain/family/index.js';
import { prepareWeigher, weighingResultSchema } from '../../src/domain/weighing/index.js';
import { allVectors, loadSeedFamily, toValues } from './weighing-fixture.js';

/**
 * The fairness property over the whole space of the seed family (DOMAIN.md §3): raising any
 * one criterion by one value never gives a lower level or class. 4·4·4·3·3·4·2·3 = 13,824
 * weighings; a criterion with m values can be raised in (m-1)/m of them, so
 * 13,824 · (4·3/4 + 3·2/3 + 1/2) = 13,824 · 5.5 = 76,032 raises.
 */
const family = loadSeedFamily();
const radices = family.criteria.map((c) => c.values.length);
// Mixed-radix index of a weighing in odometer order (last criterion fastest), as allVectors yields them.
const strides = radices.map((_, c) => radices.slice(c + 1).reduce((a, b) => a * b, 1));

interface Outcome {
  level: number;
  class: number;
}

/** Visits every one-step raise of every weighing, with the outcome before and after. */
function forEachRaise(outcomes: Outcome[], visit: (before: Outcome, after: Outcome) => void): number {
  let raises = 0;
  let index = 0;
  for (const vector of allVectors(family)) {
    vector.forEach((value, c) => {
      if (value === radices[c]) return;
      raises++;
      visit(outcomes[index]!, outcomes[index + strides[c]!]!);
    });
    index++;
  }
  return raises;
}

/**
 * The contrast: "the level where most criteria point" (most chosen spans cover it; among
 * those, the smallest summed distance; then the lower level), with median-v1's class step.
 * Only here, to show the monotonicity test catches a rule that is not fair.
 */
function mostCriteriaRule(f: Family, vector: readonly number[]): Outcome {
  const spans = f.criteria.map((c, i) => c.values[vector[i]! - 1]!);
  let best = { level: 0, fit: -1, distance: Infinity };
  for (const { level } of f.levels) {
    const fit = spans.filter((s) => s.from <= level && level <= s.to).length;
    const distance = spans.reduce((sum, s) => sum + Math.max(0, s.from - level, level - s.to), 0);
    if (fit > best.fit || (fit === best.fit && distance < best.distance)) best = { level, fit, distance };
  }
  const above = spans.filter((s) => s.from > best.level).length;
  const below = spans.filter((s) => s.to < best.level).length;
  const classes = f.levels[best.level - 1]!.classes;
  return { level: best.level, class: above > below ? classes[classes.length - 1]! : classes[0]! };
}

describe('every weighing of the seed family', () => {
  const weigher = prepareWeigher(family);
  const full = [...allVectors(family)].map((vector) => {
    const result = weigher.weigh(toValues(family, vector));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.value;
  });

  it('there are 13,824 of them, each a valid result whose fast path agrees', () => {
    expect(full).toHaveLength(13_824);
    const disagreements = full.filter(
      (result) => weigher.level(result.values) !== result.level || weigher.class(result.values) !== result.class,
    );
    // The first few are enough to debug; the count says how bad it is.
    expect({ count: disagreements.length, first: disagreements.slice(0, 3).map((r) => r.values) }).toEqual({ count: 0, first: [] });
    // Every level and class of the family is reached.
    expect(new Set(full.map((r) => r.class))).toEqual(new Set([14, 15, 16, 17, 18, 19]));
    // Schema check on a spread of results (every 97th), enough to catch a shape change.
    for (let i = 0; i < full.length; i += 97) expect(weighingResultSchema.safeParse(full[i]).success).toBe(true);
  });

  it('raising any one criterion by one value never lowers the level or the class (76,032 raises)', () => {
    let lowered = 0;
    const raises = forEachRaise(full, (before, after) => {
      if (after.level < before.level || after.class < before.class) lowered++;
    });
    expect(raises).toBe(76_032);
    expect(lowered).toBe(0);
  });

  it('the rule "the level where most criteria point" fails the same test: 4,804 of 76,032 raises lower the level', () => {
    const outcomes = [...allVectors(family)].map((vector) => mostCriteriaRule(family, vector));
    let lowerLevel = 0;
    const raises = forEachRaise(outcomes, (before, after) => {
      if (after.level < before.level) lowerLevel++;
    });
    expect(raises).toBe(76_032);
    expect(lowerLevel).toBe(4_804);
  });
});
