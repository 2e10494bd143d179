/**
 * Ordinary least squares as R's `lm` computes it: a Householder QR decomposition with R's
 * limited column pivoting (LINPACK `dqrdc2`, tolerance 1e-7). Columns are taken in their
 * order; a column whose norm, after the reflections of the columns kept before it, falls
 * below the tolerance times its original norm is linearly dependent on them: it is moved to
 * the end and reported as aliased (R's NA coefficient). The kept columns keep their order.
 * No normal equations are formed. See docs/decisions/0055-pay-gap-numerics.md.
 */

/** R's default `tol` for `lm.fit`. */
export const ALIAS_TOLERANCE = 1e-7;

export interface LeastSquaresFit {
  n: number;
  /** Number of columns kept (the numerical rank). */
  rank: number;
  /** Per column of the input, in input order; undefined for an aliased column. */
  coefficients: Array<number | undefined>;
  /** Standard errors √(σ² · ((XᵀX)⁻¹)ᵢᵢ) over the kept columns; undefined when aliased or df = 0. */
  standardErrors: Array<number | undefined>;
  /** True for a column dropped as a linear combination of the columns before it. */
  aliased: boolean[];
  fitted: number[];
  residuals: number[];
  residualSumOfSquares: number;
  /** n − rank. */
  degreesOfFreedom: number;
  /** σ² = RSS ÷ df; undefined when df = 0. */
  residualVariance: number | undefined;
}

function norm(v: Float64Array, from: number): number {
  // Scaled two-norm (as BLAS dnrm2) so large pay values cannot overflow the squares.
  let scale = 0;
  let ssq = 1;
  for (let i = from; i < v.length; i++) {
    const value = v[i]!;
    if (value === 0) continue;
    const abs = Math.abs(value);
    if (scale < abs) {
      ssq = 1 + ssq * (scale / abs) ** 2;
      scale = abs;
    } else ssq += (abs / scale) ** 2;
  }
  return scale * Math.sqrt(ssq);
}

function dot(a: Float64Array, b: Float64Array, from: number): number {
  let sum = 0;
  for (let i = from; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}

interface Decomposition {
  /** Column-major: columns[j][i]; R above the diagonal, the Householder vectors below. */
  columns: Float64Array[];
  qraux: Float64Array;
  /** pivot[j] = input index of the column now at position j. */
  pivot: number[];
  rank: number;
}

/** LINPACK dqrdc2 (R's src/appl/dqrdc2.f), 0-based. */
function decompose(input: readonly (readonly number[])[], n: number, tolerance: number): Decomposition {
  const p = input.length;
  const x = input.map((column) => Float64Array.from(column));
  const qraux = new Float64Array(p);
  const currentNorm = new Float64Array(p);
  const originalNorm = new Float64Array(p);
  const pivot = input.map((_, j) => j);
  for (let j = 0; j < p; j++) {
    const columnNorm = norm(x[j]!, 0);
    qraux[j] = columnNorm;
    currentNorm[j] = columnNorm;
    originalNorm[j] = columnNorm === 0 ? 1 : columnNorm;
  }
  const moveToEnd = <T>(array: { [index: number]: T }, l: number): void => {
    const held = array[l]!;
    for (let j = l + 1; j < p; j++) array[j - 1] = array[j]!;
    array[p - 1] = held;
  };
  let k = p; // columns at k and beyond were moved to the end as negligible
  const lup = Math.min(n, p);
  for (let l = 0; l < lup; l++) {
    while (l < k && qraux[l]! < originalNorm[l]! * tolerance) {
      moveToEnd(x, l);
      moveToEnd(pivot, l);
      moveToEnd(qraux, l);
      moveToEnd(currentNorm, l);
      moveToEnd(originalNorm, l);
      k--;
    }
    if (l === n - 1) continue;
    const xl = x[l]!;
    let nrmxl = norm(xl, l);
    if (nrmxl === 0) continue;
    if (xl[l] !== 0) nrmxl = Math.sign(xl[l]!) * Math.abs(nrmxl);
    for (let i = l; i < n; i++) xl[i] = xl[i]! / nrmxl;
    xl[l] = 1 + xl[l]!;
    for (let j = l + 1; j < p; j++) {
      const xj = x[j]!;
      const t = -dot(xl, xj, l) / xl[l]!;
      for (let i = l; i < n; i++) xj[i] = xj[i]! + t * xl[i]!;
      if (qraux[j] === 0) continue;
      const tt = Math.max(1 - (Math.abs(xj[l]!) / qraux[j]!) ** 2, 0);
      if (Math.abs(tt) < 1e-6) {
        qraux[j] = norm(xj, l + 1);
        currentNorm[j] = qraux[j]!;
      } else qraux[j] = qraux[j]! * Math.sqrt(tt);
    }
    qraux[l] = xl[l]!;
    xl[l] = -nrmxl;
  }
  return { columns: x, qraux, pivot, rank: Math.min(k, n) };
}

/** Applies the reflections H₀ … H_{k−1} (Qᵀv) or, with `transpose` false, in reverse (Qv). */
function applyQ(d: Decomposition, v: Float64Array, transpose: boolean): void {
  const n = v.length;
  const count = Math.min(d.rank, n - 1);
  for (let step = 0; step < count; step++) {
    const j = transpose ? step : count - 1 - step;
    if (d.qraux[j] === 0) continue;
    const column = d.columns[j]!;
    const diagonal = column[j]!;
    column[j] = d.qraux[j]!;
    const t = -dot(column, v, j) / column[j]!;
    for (let i = j; i < n; i++) v[i] = v[i]! + t * column[i]!;
    column[j] = diagonal;
  }
}

/**
 * Least squares of y on the columns (each of length n = y.length), with R's aliasing rule.
 * Throws only on inputs of mismatched length (a programming error, not data).
 */
export function leastSquares(columns: readonly (readonly number[])[], y: readonly number[], tolerance = ALIAS_TOLERANCE): LeastSquaresFit {
  const n = y.length;
  const p = columns.length;
  if (columns.some((c) => c.length !== n)) throw new RangeError('leastSquares: every column needs one value per observation');
  const d = decompose(columns, n, tolerance);
  const rank = d.rank;
  const qty = Float64Array.from(y);
  applyQ(d, qty, true);
  // Back substitution R b = (Qᵀy)[0..rank).
  const b = new Float64Array(rank);
  for (let i = rank - 1; i >= 0; i--) {
    let sum = qty[i]!;
    for (let j = i + 1; j < rank; j++) sum -= d.columns[j]![i]! * b[j]!;
    b[i] = sum / d.columns[i]![i]!;
  }
  // Fitted values Q[(Qᵀy)[0..rank); 0] and residuals Q[0; (Qᵀy)[rank..n)], as dqrsl does.
  const fitted = new Float64Array(n);
  const residuals = new Float64Array(n);
  for (let i = 0; i < n; i++) (i < rank ? fitted : residuals)[i] = qty[i]!;
  applyQ(d, fitted, false);
  applyQ(d, residuals, false);
  let rss = 0;
  for (let i = rank; i < n; i++) rss += qty[i]! ** 2;
  const df = n - rank;
  const sigma2 = df > 0 ? rss / df : undefined;
  // (XᵀX)⁻¹ on the kept columns = R⁻¹R⁻ᵀ; its diagonal is the row sums of squares of R⁻¹.
  const rInverse: Float64Array[] = Array.from({ length: rank }, () => new Float64Array(rank));
  for (let j = 0; j < rank; j++) {
    rInverse[j]![j] = 1 / d.columns[j]![j]!;
    for (let i = j - 1; i >= 0; i--) {
      let sum = 0;
      for (let m = i + 1; m <= j; m++) sum += d.columns[m]![i]! * rInverse[m]![j]!;
      rInverse[i]![j] = -sum / d.columns[i]![i]!;
    }
  }
  const coefficients: Array<number | undefined> = new Array<number | undefined>(p).fill(undefined);
  const standardErrors: Array<number | undefined> = new Array<number | undefined>(p).fill(undefined);
  const aliased = new Array<boolean>(p).fill(true);
  for (let position = 0; position < rank; position++) {
    const original = d.pivot[position]!;
    coefficients[original] = b[position]!;
    aliased[original] = false;
    if (sigma2 !== undefined) {
      let diagonal = 0;
      for (let j = position; j < rank; j++) diagonal += rInverse[position]![j]! ** 2;
      standardErrors[original] = Math.sqrt(sigma2 * diagonal);
    }
  }
  return {
    n,
    rank,
    coefficients,
    standardErrors,
    aliased,
    fitted: Array.from(fitted),
    residuals: Array.from(residuals),
    residualSumOfSquares: rss,
    degreesOfFreedom: df,
    residualVariance: sigma2,
  };
}
