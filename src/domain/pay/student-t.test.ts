import { describe, expect, it } from 'vitest';
import { logGamma, regularizedIncompleteBeta, studentTCdf, studentTTwoSidedP } from './student-t.js';

/**
 * Reference values: mpmath's regularized betainc at 40 significant digits (independent of
 * the code under test), as the nearest double; the closed forms for 1 and 2 degrees of freedom; and the
 * textbook critical value t(0.975; 10) = 2.228138851986274.
 */
const TABLE: Array<[t: number, df: number, cdf: number]> = [
  [0.5, 1, 0.6475836176504333],
  [1.5, 3, 0.8847080673775884],
  [2.228138851986274, 10, 0.975],
  [-1.2, 5, 0.14194552835305108],
  [3.0, 7, 0.9900289369340037],
  [0.1, 30, 0.5394951941048645],
  [2.0, 100, 0.9758939106344332],
  [-4.5, 12, 0.00036332646070184616],
  [1.96, 1000, 0.9748634075221256],
  [2.5, 50000, 0.9937887460944442],
  [0.7, 2.5, 0.728297528405226],
  [10.0, 4, 0.999718998188642],
  [-0.3, 0.7, 0.41461759318566754],
];

describe("Student's t distribution", () => {
  for (const [t, df, cdf] of TABLE)
    it(`P(T ≤ ${t}) with ${df} degrees of freedom is ${cdf} to 1e-10`, () => {
      expect(Math.abs(studentTCdf(t, df) - cdf)).toBeLessThan(1e-10);
    });

  it('one degree of freedom is the Cauchy distribution: 1/2 + atan(t)/π', () => {
    for (const t of [-50, -3, -1, -0.25, 0, 0.01, 0.5, 1, 2, 7, 1000]) expect(Math.abs(studentTCdf(t, 1) - (0.5 + Math.atan(t) / Math.PI))).toBeLessThan(1e-12);
  });

  it('two degrees of freedom: 1/2 + t / (2√(2 + t²))', () => {
    for (const t of [-20, -2, -0.5, 0, 0.3, 1, 4.303, 9]) expect(Math.abs(studentTCdf(t, 2) - (0.5 + t / (2 * Math.sqrt(2 + t * t))))).toBeLessThan(1e-12);
  });

  it('the two-sided p at the 97.5 % critical value with 10 degrees of freedom is 0.05', () => {
    expect(Math.abs(studentTTwoSidedP(2.228138851986274, 10) - 0.05)).toBeLessThan(1e-12);
    expect(Math.abs(studentTTwoSidedP(-2.228138851986274, 10) - 0.05)).toBeLessThan(1e-12);
  });

  it('keeps the digits of a tiny p-value: 2 × (1/2 − atan(1e8)/π) with one degree of freedom', () => {
    const p = studentTTwoSidedP(1e8, 1);
    const exact = (2 * Math.atan(1e-8)) / Math.PI; // 1/2 − atan(t)/π = atan(1/t)/π
    expect(Math.abs(p - exact) / exact).toBeLessThan(1e-10);
  });

  it('is symmetric, 1 at t = 0 for the two-sided p, and 0 or 1 at the infinities', () => {
    for (const df of [0.5, 3, 40, 900]) for (const t of [0.2, 1.7, 6]) expect(Math.abs(studentTCdf(t, df) + studentTCdf(-t, df) - 1)).toBeLessThan(1e-14);
    expect(studentTTwoSidedP(0, 7)).toBe(1);
    expect(studentTCdf(Number.POSITIVE_INFINITY, 3)).toBe(1);
    expect(studentTCdf(Number.NEGATIVE_INFINITY, 3)).toBe(0);
    expect(studentTCdf(1, 0)).toBeNaN();
  });
});

describe('the functions beneath it', () => {
  it('ln Γ at integers and halves', () => {
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(5) - Math.log(24))).toBeLessThan(1e-13);
    expect(Math.abs(logGamma(0.5) - 0.5 * Math.log(Math.PI))).toBeLessThan(1e-14);
    expect(Math.abs(logGamma(101) - 363.73937555556347)).toBeLessThan(1e-11);
  });

  it('I_x(a, 1) = x^a and I_x(1, b) = 1 − (1 − x)^b', () => {
    for (const x of [0.01, 0.3, 0.5, 0.77, 0.999]) {
      expect(Math.abs(regularizedIncompleteBeta(x, 3.5, 1) - x ** 3.5)).toBeLessThan(1e-13);
      expect(Math.abs(regularizedIncompleteBeta(x, 1, 2.25) - (1 - (1 - x) ** 2.25))).toBeLessThan(1e-13);
    }
  });
});
