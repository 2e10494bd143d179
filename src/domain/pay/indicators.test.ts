import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Figure, type PayIndicators, type PayPerson, SUPPRESSED, gap, isSuppressed, median, payIndicators, quartileBands } from './indicators.js';

const person = (sex: 'F' | 'M' | 'X', basicPay: number, variablePay = 0, hoursPaid = 1000, category: string | null = 'A'): PayPerson => ({ sex, basicPay, variablePay, hoursPaid, category });
const close = (figure: Figure, expected: number): void => {
  expect(typeof figure).toBe('number');
  expect(Math.abs((figure as number) - expected)).toBeLessThan(1e-9);
};

/**
 * Five women and five men, 1000 hours each (hourly = annual ÷ 1000). By hand:
 * pay level women 30, 32, 35, 38, 41 (thousand; mean 35.2, median 35), men 37, 39, 42,
 * 44, 46 (mean 41.6, median 42); variable pay received by 3 women (1, 2, 3: mean 2,
 * median 2) and 4 men (1, 1, 2, 4: mean 2, median 1.5); basic means 34 and 40.
 */
const TEN = [
  person('F', 30000),
  person('F', 32000),
  person('F', 34000, 1000),
  person('F', 36000, 2000),
  person('F', 38000, 3000),
  person('M', 36000, 1000),
  person('M', 38000, 1000),
  person('M', 40000, 2000),
  person('M', 42000, 4000),
  person('M', 44000),
];

describe('the Art. 9 indicators on a small population computed by hand', () => {
  const report = payIndicators(TEN);

  it('(a) mean gap and (c) median gap of the pay level, annual and hourly', () => {
    close(report.meanGap.annual, (6400 * 100) / 41600);
    close(report.meanGap.hourly, (6400 * 100) / 41600);
    close(report.medianGap.annual, (7000 * 100) / 42000);
    close(report.medianGap.hourly, (7000 * 100) / 42000);
  });

  it('(b) and (d) variable pay among those receiving it: suppressed at 5 (3 women receive), numbers at 3', () => {
    expect(report.variableMeanGap).toEqual({ annual: SUPPRESSED, hourly: SUPPRESSED });
    expect(report.variableMedianGap).toEqual({ annual: SUPPRESSED, hourly: SUPPRESSED });
    const at3 = payIndicators(TEN, { threshold: 3 });
    close(at3.variableMeanGap.annual, 0);
    close(at3.variableMedianGap.annual, ((1500 - 2000) * 100) / 1500);
    close(at3.variableMedianGap.hourly, ((1.5 - 2) * 100) / 1.5);
  });

  it('(e) the share of women and of men receiving variable pay', () => {
    close(report.variableShare.women, 60);
    close(report.variableShare.men, 80);
  });

  it('(f) quartile bands of 2, 3, 2, 3 persons; bands below the threshold suppressed', () => {
    expect(report.quartiles.map((b) => b.count)).toEqual([2, 3, 2, 3]);
    expect(report.quartiles.every((b) => isSuppressed(b.women) && isSuppressed(b.men))).toBe(true);
    const at1 = quartileBands(TEN, 1);
    // Ranked: F30 F32 | F35 M37 F38 | M39 F41 | M42 M44 M46.
    expect(at1[0]).toEqual({ band: 1, count: 2, women: SUPPRESSED, men: SUPPRESSED });
    close(at1[1]!.women, 200 / 3);
    close(at1[1]!.men, 100 / 3);
    expect([at1[2]!.women, at1[2]!.men]).toEqual([50, 50]);
    expect(at1[3]).toEqual({ band: 4, count: 3, women: SUPPRESSED, men: SUPPRESSED });
  });

  it('(g) per category: basic and pay-level mean gaps, flagged at 5 % or more', () => {
    expect(report.categories).toHaveLength(1);
    const a = report.categories[0]!;
    expect(a).toMatchObject({ category: 'A', women: 5, men: 5, other: 0, total: 5 + 5, flagged: true, flaggedOn: ['annual', 'hourly'] });
    close(a.basicMeanGap.annual, 15);
    close(a.payMeanGap.annual, (6400 * 100) / 41600);
    expect(a.variableMeanGap.annual).toEqual(SUPPRESSED);
  });

  it('annual and hourly differ when hours differ', () => {
    const people = [person('F', 20000, 0, 1000), person('M', 40000, 0, 1600)];
    const r = payIndicators(people, { threshold: 1 });
    close(r.meanGap.annual, 50);
    close(r.meanGap.hourly, 20);
    expect(r.categories[0]!.flaggedOn).toEqual(['annual', 'hourly']);
  });
});

describe('suppression at the edges', () => {
  const group = (women: number, men: number) => [...Array.from({ length: women }, (_, i) => person('F', 30000 + i)), ...Array.from({ length: men }, (_, i) => person('M', 32000 + i))];

  it('exactly the threshold of each sex: numbers', () => {
    const r = payIndicators(group(5, 5));
    expect(typeof r.meanGap.annual).toBe('number');
    expect(typeof r.categories[0]!.basicMeanGap.hourly).toBe('number');
    expect(r.categories[0]!.flagged).toBe(true);
  });

  it('one woman below the threshold: every figure of the group suppressed, the flag unknown', () => {
    const r = payIndicators(group(4, 5));
    for (const figure of [r.meanGap.annual, r.meanGap.hourly, r.medianGap.annual, r.variableShare.women, r.variableShare.men, r.categories[0]!.basicMeanGap.annual, r.categories[0]!.payMeanGap.hourly])
      expect(figure).toEqual(SUPPRESSED);
    expect(r.categories[0]!.flagged).toBeNull();
    expect(r.categories[0]!.flaggedOn).toEqual([]);
  });

  it('one sex absent: suppressed, not a number and not "undefined"', () => {
    const r = payIndicators(group(6, 0));
    expect(r.meanGap).toEqual({ annual: SUPPRESSED, hourly: SUPPRESSED });
    expect(r.counts).toEqual({ women: 6, men: 0, other: 0, total: 6 });
  });

  it('the threshold must be a whole number of at least 1', () => {
    expect(() => payIndicators(TEN, { threshold: 0 })).toThrow(RangeError);
    expect(() => payIndicators(TEN, { threshold: 2.5 })).toThrow(RangeError);
  });
});

describe('the 5 % flag', () => {
  const category = (womenPay: number) => payIndicators([...Array.from({ length: 5 }, () => person('F', womenPay)), ...Array.from({ length: 5 }, () => person('M', 100))]).categories[0]!;
  it('a gap of exactly 5 % is flagged; 4.99 % is not', () => {
    expect(category(95).flagged).toBe(true);
    expect(category(95.01).flagged).toBe(false);
  });
  it('a gap of 5 % in favour of women is flagged too (a difference, Art. 10)', () => {
    expect(category(105).flagged).toBe(true);
    close(category(105).payMeanGap.annual, -5);
  });
});

describe('sex X, the unclassified and the categories', () => {
  it('X counts in the totals and the quartiles, not in the gaps', () => {
    const withX = [...TEN, person('X', 90000), person('X', 10000)];
    const r = payIndicators(withX);
    expect(r.counts).toEqual({ women: 5, men: 5, other: 2, total: 12 });
    expect(r.meanGap).toEqual(payIndicators(TEN).meanGap);
    expect(r.quartiles.map((b) => b.count)).toEqual([3, 3, 3, 3]);
  });

  it('persons without a category are reported apart and in no category; categories in numeric order', () => {
    const people = [...TEN.map((p, i) => ({ ...p, category: i % 2 === 0 ? '10' : '9' })), person('F', 1, 0, 1000, null), person('M', 1, 0, 1000, null)];
    const r = payIndicators(people, { threshold: 1 });
    expect(r.categories.map((c) => c.category)).toEqual(['9', '10']);
    expect(r.unclassified).toEqual({ women: 1, men: 1, other: 0, total: 2 });
    expect(r.counts.total).toBe(12);
  });

  it('a gap is not defined (null) when the men’s value is 0', () => {
    expect(gap(0, 10)).toBeNull();
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});

describe('quartile boundaries through equal pay', () => {
  it('eight people with equal pay, four of each sex: each band half women, half men', () => {
    const people = [...Array.from({ length: 4 }, () => person('F', 100)), ...Array.from({ length: 4 }, () => person('M', 100))];
    expect(quartileBands(people, 1).map((b) => [b.women, b.men])).toEqual([
      [50, 50],
      [50, 50],
      [50, 50],
      [50, 50],
    ]);
  });
});

const arbitraryPerson = fc.record({
  sex: fc.constantFrom<'F' | 'M' | 'X'>('F', 'M', 'M', 'F', 'X'),
  basicPay: fc.integer({ min: 1, max: 20 }).map((k) => k * 2500),
  variablePay: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }).map((k) => k * 500)),
  hoursPaid: fc.constantFrom(760, 1140, 1520),
  category: fc.constantFrom<string | null>('1', '2', '3', null),
});
const population = fc.array(arbitraryPerson, { minLength: 0, maxLength: 60 });

/** Every figure of a report, with the persons of the group it stands for. */
function figuresWithGroups(report: PayIndicators, persons: readonly PayPerson[]): Array<{ figure: Figure; women: number; men: number }> {
  const out: Array<{ figure: Figure; women: number; men: number }> = [];
  const count = (list: readonly PayPerson[]) => ({ women: list.filter((p) => p.sex === 'F').length, men: list.filter((p) => p.sex === 'M').length });
  const receivers = persons.filter((p) => p.variablePay > 0);
  for (const f of [report.meanGap, report.medianGap]) out.push({ figure: f.annual, ...count(persons) }, { figure: f.hourly, ...count(persons) });
  for (const f of [report.variableMeanGap, report.variableMedianGap]) out.push({ figure: f.annual, ...count(receivers) }, { figure: f.hourly, ...count(receivers) });
  out.push({ figure: report.variableShare.women, ...count(persons) }, { figure: report.variableShare.men, ...count(persons) });
  for (const c of report.categories) {
    const members = persons.filter((p) => p.category === c.category);
    for (const f of [c.basicMeanGap, c.payMeanGap]) out.push({ figure: f.annual, ...count(members) }, { figure: f.hourly, ...count(members) });
    const r = members.filter((p) => p.variablePay > 0);
    out.push({ figure: c.variableMeanGap.annual, ...count(r) }, { figure: c.variableMeanGap.hourly, ...count(r) });
  }
  return out;
}

describe('properties', () => {
  it('gaps and quartile shares do not change when all pay is scaled by a constant', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: -6, max: 6 }), fc.integer({ min: 1, max: 5 }), (persons, exponent, threshold) => {
        const factor = 2 ** exponent * 1.0;
        const scaled = persons.map((p) => ({ ...p, basicPay: p.basicPay * factor * 3, variablePay: p.variablePay * factor * 3 }));
        const a = payIndicators(persons, { threshold });
        const b = payIndicators(scaled, { threshold });
        const pairs = figuresWithGroups(a, persons).map((x, i) => [x.figure, figuresWithGroups(b, scaled)[i]!.figure] as const);
        for (const [x, y] of pairs) {
          if (typeof x === 'number') expect(Math.abs(x - (y as number))).toBeLessThan(1e-9);
          else expect(y).toEqual(x);
        }
        expect(b.quartiles).toEqual(a.quartiles);
        expect(b.categories.map((c) => c.flagged)).toEqual(a.categories.map((c) => c.flagged));
      }),
    );
  });

  it('suppression never reveals a group with fewer women or men than the threshold', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 1, max: 8 }), (persons, threshold) => {
        const report = payIndicators(persons, { threshold });
        for (const { figure, women, men } of figuresWithGroups(report, persons)) {
          if (women < threshold || men < threshold) expect(figure).toEqual(SUPPRESSED);
          else expect(isSuppressed(figure)).toBe(false);
        }
        for (const band of report.quartiles) {
          if (isSuppressed(band.women)) continue;
          expect(((band.women as number) * band.count) / 100).toBeGreaterThanOrEqual(threshold - 1e-9);
          expect(((band.men as number) * band.count) / 100).toBeGreaterThanOrEqual(threshold - 1e-9);
        }
        for (const c of report.categories) if (c.women < threshold || c.men < threshold) expect(c.flagged).toBeNull();
      }),
    );
  });

  it('the quartile bands do not depend on the order of the persons', () => {
    fc.assert(
      fc.property(population, fc.integer({ min: 1, max: 3 }), (persons, threshold) => {
        const reversed = [...persons].reverse();
        const shuffled = [...persons].sort((a, b) => a.hoursPaid - b.hoursPaid || a.sex.localeCompare(b.sex));
        expect(quartileBands(reversed, threshold)).toEqual(quartileBands(persons, threshold));
        expect(quartileBands(shuffled, threshold)).toEqual(quartileBands(persons, threshold));
      }),
    );
  });
});
