import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainException } from '../../src/domain/errors.js';
import { type Family, type FamilyInput, parseFamily } from '../../src/domain/family/index.js';
import { explain, prepareWeigher, weigh, weighingResultSchema, type WeighingResult } from '../../src/domain/weighing/index.js';
import { familyInput, familyWith } from './weighing-fixture.js';

/**
 * Generated valid families: 1–6 levels with 1 or 2 classes each (ascending), 1–8 criteria
 * whose values split the levels into random contiguous spans.
 */
const familyArbitrary: fc.Arbitrary<Family> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) =>
    fc.record({
      twoClasses: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
      criteria: fc.array(
        fc.record({
          // A cut after level l (1..n-1) starts a new value at l+1.
          cuts: fc.array(fc.boolean(), { minLength: n - 1, maxLength: n - 1 }),
          rg: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
          reconstructed: fc.array(fc.boolean(), { minLength: n, maxLength: n }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
    }),
  )
  .map(({ twoClasses, criteria }) => {
    let cls = 7;
    const levels = twoClasses.map((two) => (two ? [cls++, cls++] : [cls++]));
    return familyInput(
      levels,
      criteria.map(({ cuts, rg, reconstructed }, c) => {
        const spans: [number, number, { rg: boolean; reconstructed: boolean }][] = [];
        let from = 1;
        for (let level = 1; level <= levels.length; level++) {
          if (level === levels.length || cuts[level - 1]) {
            const v = spans.length;
            spans.push([from, level, { rg: rg[v]!, reconstructed: reconstructed[v]! }]);
            from = level + 1;
          }
        }
        return [`c${c + 1}`, `Criterium ${c + 1}`, spans];
      }),
    );
  });

/** A family with a valid weighing of it (value numbers in criterion order). */
const weighingArbitrary = familyArbitrary.chain((family) =>
  fc.record({
    family: fc.constant(family),
    vector: fc.tuple(...family.criteria.map((c) => fc.integer({ min: 1, max: c.values.length }))),
  }),
);

const valuesOf = (family: Family, vector: readonly number[]) =>
  Object.fromEntries(family.criteria.map((c, i) => [c.id, vector[i]!]));

function weighOk(family: Family, values: Record<string, number>): WeighingResult {
  const result = weigh(family, values);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe('median-v1 on generated families', () => {
  it('the generator makes valid families (checked once here, trusted below)', () => {
    fc.assert(
      fc.property(familyArbitrary, (family) => {
        const parsed = parseFamily(family as FamilyInput);
        expect(parsed.ok ? [] : parsed.errors).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  it('a unanimous weighing (every value covers level L) gives level L, or the lowest level all values cover', () => {
    fc.assert(
      fc.property(
        familyArbitrary.chain((family) => fc.tuple(fc.constant(family), fc.integer({ min: 1, max: family.levels.length }))),
        ([family, level]) => {
          const spans = family.criteria.map((c) => c.values.find((v) => v.from <= level && level <= v.to)!);
          const values = Object.fromEntries(family.criteria.map((c, i) => [c.id, c.values.indexOf(spans[i]!) + 1]));
          const result = weighOk(family, values);
          // Wide spans can all cover lower levels too; the tie then goes to the lowest common level.
          const lowestCommon = Math.max(...spans.map((s) => s.from));
          const highestCommon = Math.min(...spans.map((s) => s.to));
          expect(result.level).toBe(lowestCommon);
          if (spans.some((s) => s.from === level)) expect(result.level).toBe(level);
          expect(result.class).toBe(family.levels[result.level - 1]!.classes[0]);
          expect(result.levels[level - 1]!.distance).toBe(0);
          expect(result.levels[level - 1]!.fit).toBe(family.criteria.length);
          expect(result.criteria.every((c) => c.position === 'on')).toBe(true);
          expect(result.flags.some((f) => f.code === 'tie')).toBe(highestCommon > lowestCommon);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('raising one criterion by one value never lowers the level or the class', () => {
    fc.assert(
      fc.property(
        weighingArbitrary.chain(({ family, vector }) =>
          fc.tuple(fc.constant(family), fc.constant(vector), fc.integer({ min: 0, max: family.criteria.length - 1 })),
        ),
        ([family, vector, c]) => {
          fc.pre(vector[c]! < family.criteria[c]!.values.length);
          const raised = [...vector];
          raised[c]!++;
          const before = weighOk(family, valuesOf(family, vector));
          const after = weighOk(family, valuesOf(family, raised));
          expect(after.level).toBeGreaterThanOrEqual(before.level);
          expect(after.class).toBeGreaterThanOrEqual(before.class);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('is deterministic, valid against the result schema, and the fast path agrees with the full result', () => {
    fc.assert(
      fc.property(weighingArbitrary, ({ family, vector }) => {
        const values = valuesOf(family, vector);
        const first = weighOk(family, values);
        // A fresh copy of the family (no cached weigher) gives the same result.
        const again = weighOk(structuredClone(family), { ...values });
        expect(again).toEqual(first);
        expect(weighingResultSchema.safeParse(first).success).toBe(true);
        const weigher = prepareWeigher(family);
        expect(weigher.level(values)).toBe(first.level);
        expect(weigher.class(values)).toBe(first.class);
        // The suggested level has the smallest distance; a lower level only if it is farther.
        const best = Math.min(...first.levels.map((l) => l.distance));
        expect(first.levels[first.level - 1]!.distance).toBe(best);
        expect(first.levels.slice(0, first.level - 1).every((l) => l.distance > best)).toBe(true);
        expect(first.flags.some((f) => f.code === 'tie')).toBe(first.levels.filter((l) => l.distance === best).length > 1);
      }),
      { numRuns: 500 },
    );
  });
});

describe('the explanation on generated families', () => {
  it('names every criterion once with its value and position, and every raised flag', () => {
    fc.assert(
      fc.property(weighingArbitrary, ({ family, vector }) => {
        const result = weighOk(family, valuesOf(family, vector));
        const lines = explain(result, family).split('\n');
        const positions = { on: 'op het', above: 'hoger dan het', below: 'lager dan het' } as const;
        result.criteria.forEach((c) => {
          const line = lines.filter((l) => l.startsWith(`- ${c.name}: waarde ${c.value} (`));
          expect(line).toHaveLength(1);
          expect(line[0]).toContain(`dat is ${positions[c.position]} voorgestelde niveau.`);
        });
        const starts = { tie: '- Gelijke stand', borderline: '- Grensgeval', 'reconstructed-span': '- Te controleren', 'rg-required': '- Resultaatgebied nodig' };
        for (const [code, start] of Object.entries(starts)) {
          const raised = result.flags.find((f) => f.code === code);
          const shown = lines.filter((l) => l.startsWith(start)).length;
          expect(shown).toBe(raised === undefined ? 0 : code === 'rg-required' ? raised.criteria.length : 1);
        }
        // Spread: one line for the plain values, one for the RG values among them.
        const spread = result.flags.find((f) => f.code === 'spread');
        const spreadLines = lines.filter((l) => l.startsWith('- Grote spreiding') || l.startsWith('- Ver van het voorgestelde niveau'));
        if (spread === undefined) expect(spreadLines).toHaveLength(0);
        else expect(spreadLines.length).toBeGreaterThanOrEqual(1);
        expect(lines.includes('Geen aandachtspunten.')).toBe(result.flags.length === 0);
        // A holder reads the same suggestion and criteria, without the points of attention.
        const holder = explain(result, family, 'nl', 'holder').split('\n');
        expect(holder).toEqual(lines.slice(0, lines.indexOf('Aandachtspunten:') - 1));
        expect(holder.some((l) => /Aandachtspunten|spreiding|Gelijke stand|Grensgeval|origineel|gereconstrueerd/.test(l))).toBe(false);
        // No number of criteria is written as 0.
        expect(lines.some((l) => /\b0 (criteria|lager)\b/.test(l))).toBe(false);
      }),
      { numRuns: 200 },
    );
  });
});

type Mutation =
  | { kind: 'missing'; c: number }
  | { kind: 'unknown'; c: number }
  | { kind: 'out-of-range'; c: number; value: number | string | null };

describe('invalid weighings are rejected, naming the criterion', () => {
  const mutationArbitrary = weighingArbitrary.chain(({ family, vector }) => {
    const c = fc.integer({ min: 0, max: family.criteria.length - 1 });
    const max = (i: number) => family.criteria[i]!.values.length;
    return fc.record({
      family: fc.constant(family),
      vector: fc.constant(vector),
      mutations: fc.uniqueArray(
        fc.oneof(
          c.map((i): Mutation => ({ kind: 'missing', c: i })),
          c.map((i): Mutation => ({ kind: 'unknown', c: i })),
          c.chain((i) =>
            fc
              .oneof(
                fc.integer({ min: -3, max: 0 }),
                fc.integer({ min: max(i) + 1, max: max(i) + 5 }),
                fc.constantFrom(1.5, Number.NaN, '1', null),
              )
              .map((value): Mutation => ({ kind: 'out-of-range', c: i, value })),
          ),
        ),
        { minLength: 1, maxLength: 4, selector: (m) => `${m.kind === 'unknown' ? 'u' : 'v'}${m.c}` },
      ),
    });
  });

  it('reports every missing, unknown and out-of-range value at once, at values.<criterionId>', () => {
    fc.assert(
      fc.property(mutationArbitrary, ({ family, vector, mutations }) => {
        const values: Record<string, unknown> = valuesOf(family, vector);
        const expected: { path: string; code: string; names: string }[] = [];
        for (const m of mutations) {
          const criterion = family.criteria[m.c]!;
          if (m.kind === 'missing') {
            delete values[criterion.id];
            expected.push({ path: `values.${criterion.id}`, code: 'weighing.missing-value', names: criterion.name });
          } else if (m.kind === 'unknown') {
            const id = `${criterion.id}-onbekend`;
            values[id] = 1;
            expected.push({ path: `values.${id}`, code: 'weighing.unknown-criterion', names: id });
          } else {
            values[criterion.id] = m.value;
            expected.push({ path: `values.${criterion.id}`, code: 'weighing.value-out-of-range', names: criterion.name });
          }
        }
        const result = weigh(family, values as Record<string, number>);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.errors).toHaveLength(expected.length);
        for (const e of expected) {
          const error = result.errors.find((x) => x.path === e.path);
          expect(error?.code).toBe(e.code);
          expect(error?.message).toContain(e.names);
        }
        // The fast path refuses too when a criterion of the family lacks a valid value.
        if (expected.some((e) => e.code !== 'weighing.unknown-criterion'))
          expect(() => prepareWeigher(family).level(values as Record<string, number>)).toThrow(DomainException);
      }),
      { numRuns: 250 },
    );
  });

  it('an unknown rule is reported together with the value problems', () => {
    const family = familyWith([[10], [11, 12]], [['a', 'Criterium A', [[1, 1], [2, 2]]]]);
    const result = weigh(family, { a: 3 }, 'meerderheid-v0');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => [e.code, e.path])).toEqual([
      ['weighing.unknown-rule', 'rule'],
      ['weighing.value-out-of-range', 'values.a'],
    ]);
    expect(result.errors[0]!.message).toBe("onbekende wegingsregel 'meerderheid-v0'; beschikbaar: median-v1");
    expect(result.errors[1]!.message).toBe(
      "waarde 3 bestaat niet voor criterium 'Criterium A' (a); kies een geheel getal van 1 tot en met 2",
    );
    expect(() => prepareWeigher(family, 'meerderheid-v0')).toThrow(/onbekende wegingsregel 'meerderheid-v0'/);
  });

  it('a weighing that is not an object is refused as a whole', () => {
    const family = familyWith([[10]], [['a', 'Criterium A', [[1, 1]]]]);
    for (const values of [null, [1], 3]) {
      const result = weigh(family, values as unknown as Record<string, number>);
      expect(result.ok ? [] : result.errors.map((e) => [e.code, e.path])).toEqual([['weighing.values-not-object', 'values']]);
    }
  });
});
