/**
 * An independent check for least-squares tests: the normal equations XᵀX b = Xᵀy solved in
 * exact rational arithmetic (BigInt), by Gaussian elimination with pivoting on the first
 * non-zero entry, for an integer design and integer responses. Not used by the product.
 */

export interface Rational {
  num: bigint;
  den: bigint;
}

const abs = (a: bigint): bigint => (a < 0n ? -a : a);
function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}
function make(num: bigint, den: bigint): Rational {
  if (den < 0n) [num, den] = [-num, -den];
  const g = gcd(num, den);
  return g > 1n ? { num: num / g, den: den / g } : { num, den };
}
const sub = (a: Rational, b: Rational): Rational => make(a.num * b.den - b.num * a.den, a.den * b.den);
const mul = (a: Rational, b: Rational): Rational => make(a.num * b.num, a.den * b.den);
const div = (a: Rational, b: Rational): Rational => make(a.num * b.den, a.den * b.num);
const int = (a: bigint): Rational => ({ num: a, den: 1n });

const bits = (a: bigint): number => abs(a).toString(2).length;

/** The nearest double (to about 1e-17 relative) of a rational. */
export function toNumber(r: Rational): number {
  if (r.num === 0n) return 0;
  const shift = bits(r.num) - bits(r.den) - 64;
  const q = shift >= 0 ? r.num / (r.den << BigInt(shift)) : (r.num << BigInt(-shift)) / r.den;
  return Number(q) * 2 ** shift;
}

/** Solves A Z = B exactly (A square and non-singular); returns Z column by column. */
function solve(a: Rational[][], b: Rational[][]): Rational[][] {
  const p = a.length;
  const m = a.map((row, i) => [...row, ...b[i]!]);
  const width = m[0]!.length;
  for (let col = 0; col < p; col++) {
    const pivotRow = m.findIndex((row, i) => i >= col && row[col]!.num !== 0n);
    if (pivotRow < 0) throw new Error('singular');
    [m[col], m[pivotRow]] = [m[pivotRow]!, m[col]!];
    const pivot = m[col]!;
    for (let i = 0; i < p; i++) {
      if (i === col || m[i]![col]!.num === 0n) continue;
      const factor = div(m[i]![col]!, pivot[col]!);
      for (let j = col; j < width; j++) m[i]![j] = sub(m[i]![j]!, mul(factor, pivot[j]!));
    }
  }
  return Array.from({ length: width - p }, (_, k) => m.map((row, i) => div(row[p + k]!, row[i]!)));
}

export interface ExactFit {
  coefficients: number[];
  standardErrors: number[];
  residualSumOfSquares: number;
}

/** The exact OLS fit for an integer design (columns) and integer y; all columns kept. */
export function exactNormalEquations(columns: readonly (readonly number[])[], y: readonly number[]): ExactFit {
  const p = columns.length;
  const n = y.length;
  const xs = columns.map((c) => c.map((v) => BigInt(v)));
  const ys = y.map((v) => BigInt(v));
  const xtx = xs.map((ci) => xs.map((cj) => int(ci.reduce((s, v, i) => s + v * cj[i]!, 0n))));
  const xty = xs.map((ci) => int(ci.reduce((s, v, i) => s + v * ys[i]!, 0n)));
  const rhs = xtx.map((_, i) => [xty[i]!, ...xtx.map((__, j) => int(i === j ? 1n : 0n))]);
  const [b, ...inverseColumns] = solve(xtx, rhs);
  // RSS = yᵀy − bᵀXᵀy, exactly.
  let rss = int(ys.reduce((s, v) => s + v * v, 0n));
  for (let i = 0; i < p; i++) rss = sub(rss, mul(b![i]!, xty[i]!));
  const sigma2 = div(rss, int(BigInt(n - p)));
  return {
    coefficients: b!.map(toNumber),
    standardErrors: inverseColumns.map((column, j) => Math.sqrt(toNumber(mul(sigma2, column[j]!)))),
    residualSumOfSquares: toNumber(rss),
  };
}
