import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leastSquares } from './least-squares.js';
import { exactNormalEquations } from './test-exact-normal-equations.js';
import { randomInt, seededRandom } from './test-random.js';

const close = (actual: number | undefined, expected: number, tolerance = 1e-9): void => {
  expect(actual).toBeDefined();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(expected)));
};

/** A Logib-like integer design: intercept, training years, service, experience, its square, two dummies. */
function design(n: number, seed: number): { columns: number[][]; random: () => number } {
  const random = seededRandom(seed);
  const training = [17, 15, 14, 13, 12, 11, 7];
  const columns: number[][] = Array.from({ length: 7 }, () => []);
  for (let i = 0; i < n; i++) {
    const years = training[randomInt(random, 0, training.length - 1)]!;
    const age = randomInt(random, 20, 64);
    const experience = Math.max(age - years - 6, 0);
    const row = [1, years, randomInt(random, 0, Math.min(40, experience)), experience, experience * experience, randomInt(random, 0, 1), random() < 0.3 ? 1 : 0];
    row.forEach((v, j) => columns[j]!.push(v));
  }
  return { columns, random };
}

describe('least squares by Householder QR', () => {
  it('agrees with the exact rational solution of the normal equations to 1e-9 (coefficients, standard errors, RSS)', () => {
    for (const seed of [1, 2, 3]) {
      const { columns, random } = design(400, seed);
      const beta = [10.1, 0.045, 0.008, 0.021, -0.0004, -0.06, 0.12];
      // y in thousandths: integers, so the exact solver sees the same numbers.
      const yMilli = columns[0]!.map((_, i) => Math.round(1000 * (beta.reduce((s, b, j) => s + b * columns[j]![i]!, 0) + 0.15 * (random() - 0.5))));
      const fit = leastSquares(columns, yMilli.map((v) => v / 1000));
      const exact = exactNormalEquations(columns, yMilli);
      expect(fit.rank).toBe(7);
      expect(fit.degreesOfFreedom).toBe(393);
      exact.coefficients.forEach((b, j) => close(fit.coefficients[j], b / 1000));
      exact.standardErrors.forEach((se, j) => close(fit.standardErrors[j]! * 1000, se));
      close(fit.residualSumOfSquares, exact.residualSumOfSquares / 1e6);
    }
  });

  it('recovers the exact coefficients of noise-free data', () => {
    const { columns } = design(120, 7);
    const beta = [8.5, 0.03, 0.011, 0.02, -0.00035, -0.08, 0.2];
    const y = columns[0]!.map((_, i) => beta.reduce((s, b, j) => s + b * columns[j]![i]!, 0));
    const fit = leastSquares(columns, y);
    beta.forEach((b, j) => close(fit.coefficients[j], b));
    expect(fit.residualSumOfSquares).toBeLessThan(1e-20);
    fit.fitted.forEach((f, i) => close(f, y[i]!));
  });

  it('a small example by hand: y = 1, 2, 2 on x = 0, 1, 2 gives intercept 7/6, slope 1/2, RSS 1/6', () => {
    const fit = leastSquares([[1, 1, 1], [0, 1, 2]], [1, 2, 2]);
    close(fit.coefficients[0], 7 / 6, 1e-14);
    close(fit.coefficients[1], 0.5, 1e-14);
    close(fit.residualSumOfSquares, 1 / 6, 1e-14);
    // σ² = (1/6)/1; (XᵀX)⁻¹ = [[5, −3], [−3, 3]] / 6.
    close(fit.standardErrors[0], Math.sqrt(5 / 36), 1e-14);
    close(fit.standardErrors[1], Math.sqrt(3 / 36), 1e-14);
    fit.residuals.forEach((r, i) => close(r, [1, 2, 2][i]! - fit.fitted[i]!, 1e-14));
  });
});

describe('rank-deficient designs, as R reports aliased coefficients', () => {
  const { columns, random } = design(80, 11);
  const [one, training, service, experience] = columns as [number[], number[], number[], number[]];
  const y = one.map((_, i) => 9 + 0.04 * training[i]! + 0.01 * service[i]! + 0.02 * experience[i]! + 0.1 * (random() - 0.5));
  const full = leastSquares([one, training, service, experience], y);

  const sameFit = (fit: ReturnType<typeof leastSquares>, kept: number[]): void => {
    expect(fit.rank).toBe(4);
    expect(fit.degreesOfFreedom).toBe(80 - 4);
    kept.forEach((column, j) => {
      close(fit.coefficients[column], full.coefficients[j]!);
      close(fit.standardErrors[column], full.standardErrors[j]!);
    });
    fit.fitted.forEach((f, i) => close(f, full.fitted[i]!));
    close(fit.residualSumOfSquares, full.residualSumOfSquares);
  };

  it('a duplicated column: the later copy is aliased (undefined), the fit unchanged', () => {
    const fit = leastSquares([one, training, training, service, experience], y);
    expect(fit.aliased).toEqual([false, false, true, false, false]);
    expect(fit.coefficients[2]).toBeUndefined();
    expect(fit.standardErrors[2]).toBeUndefined();
    sameFit(fit, [0, 1, 3, 4]);
  });

  it('a constant column after the intercept is aliased', () => {
    const fit = leastSquares([one, training, one.map(() => 5), service, experience], y);
    expect(fit.aliased).toEqual([false, false, true, false, false]);
    sameFit(fit, [0, 1, 3, 4]);
  });

  it('a sum of earlier columns is aliased, not the earlier columns', () => {
    const sum = training.map((t, i) => t + 2 * service[i]!);
    const fit = leastSquares([one, training, service, sum, experience], y);
    expect(fit.aliased).toEqual([false, false, false, true, false]);
    sameFit(fit, [0, 1, 2, 4]);
  });

  it('a column of zeros is aliased', () => {
    const fit = leastSquares([one, one.map(() => 0), training, service, experience], y);
    expect(fit.aliased).toEqual([false, true, false, false, false]);
    sameFit(fit, [0, 2, 3, 4]);
  });

  it('a complete set of dummies with an intercept: the last dummy is aliased', () => {
    const group = one.map((_, i) => i % 3);
    const dummies = [0, 1, 2].map((g) => group.map((v) => (v === g ? 1 : 0)));
    const fit = leastSquares([one, ...dummies, training], y);
    expect(fit.aliased).toEqual([false, false, false, true, false]);
    expect(fit.rank).toBe(4);
    const reduced = leastSquares([one, dummies[0]!, dummies[1]!, training], y);
    fit.fitted.forEach((f, i) => close(f, reduced.fitted[i]!));
  });

  it('more columns than observations: rank n, the rest aliased, an exact fit', () => {
    const fit = leastSquares([[1, 1, 1], [1, 2, 3], [1, 4, 9], [1, 8, 27]], [2, 3, 7]);
    expect(fit.rank).toBe(3);
    expect(fit.aliased).toEqual([false, false, false, true]);
    expect(fit.degreesOfFreedom).toBe(0);
    expect(fit.standardErrors).toEqual([undefined, undefined, undefined, undefined]);
    fit.fitted.forEach((f, i) => close(f, [2, 3, 7][i]!));
  });

  it('property: adding a copy of any column anywhere after it leaves the fitted values unchanged', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }), fc.double({ min: 1e-3, max: 1e3, noNaN: true }), fc.boolean(), (source, offset, size, negative) => {
        const base = [one, training, service, experience];
        const at = Math.min(source + 1 + offset, base.length);
        const copy = base[source]!.map((v) => v * (negative ? -size : size));
        const withCopy = [...base.slice(0, at), copy, ...base.slice(at)];
        const fit = leastSquares(withCopy, y);
        expect(fit.rank).toBe(4);
        expect(fit.aliased[at]).toBe(true);
        fit.fitted.forEach((f, i) => close(f, full.fitted[i]!));
      }),
    );
  });
});

describe('the aliasing tolerance 1e-7 (R lm.fit)', () => {
  const random = seededRandom(21);
  const x = Array.from({ length: 50 }, () => random() * 10);
  const one = x.map(() => 1);
  const y = x.map((v) => 2 + 0.5 * v + random());
  const wiggle = x.map(() => random() - 0.5);
  it('a column that differs from an earlier one by a relative 1e-9 is aliased', () => {
    expect(leastSquares([one, x, x.map((v, i) => v + 1e-9 * wiggle[i]!)], y).aliased).toEqual([false, false, true]);
  });
  it('one that differs by a relative 1e-5 is kept', () => {
    expect(leastSquares([one, x, x.map((v, i) => v + 1e-5 * wiggle[i]!)], y).aliased).toEqual([false, false, false]);
  });
  it('a tolerance can be given: 1e-4 drops the 1e-5 difference', () => {
    expect(leastSquares([one, x, x.map((v, i) => v + 1e-5 * wiggle[i]!)], y, 1e-4).aliased).toEqual([false, false, true]);
  });
});
