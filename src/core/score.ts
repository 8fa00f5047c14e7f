/**
 * Multi-criteria score 0-100 (PRODUCT 2.8): each indicator min-max normalised to 0..1
 * ("lower is better" indicators reversed), weighted with weights normalised to sum 1, summed
 * and scaled to 100. A missing indicator counts as the worst (0 after direction); an indicator
 * with the same value for everyone gives everyone half its weight.
 */

/** Score settings that make no sense; `kind` is the Excel error it maps to. */
export class ScoreError extends RangeError {
  constructor(
    readonly kind: "num" | "value",
    message: string
  ) {
    super(message);
    this.name = "ScoreError";
  }
}

/**
 * Normalises weights to sum 1 (equal weights when none are given).
 *
 * @param k Number of indicators.
 * @param weights One weight per indicator, each >= 0, not all 0.
 * @returns The normalised weights.
 * @throws {ScoreError} `value` for a wrong count or a non-finite weight, `num` for a negative
 *   weight or all weights zero.
 * @example normaliseWeights(2, [1, 3]) // [0.25, 0.75]
 */
export function normaliseWeights(k: number, weights?: ArrayLike<number>): Float64Array {
  const w = new Float64Array(k);
  if (weights === undefined) return w.fill(1 / k);
  if (weights.length !== k)
    throw new ScoreError(
      "value",
      `Give one weight per indicator: ${k} expected, got ${weights.length}.`
    );
  let total = 0;
  for (let j = 0; j < k; j++) {
    const x = weights[j];
    if (!Number.isFinite(x)) throw new ScoreError("value", `Weight ${j + 1} must be a number.`);
    if (x < 0)
      throw new ScoreError("num", `Weight ${j + 1} is negative (${x}); weights must be >= 0.`);
    total += x;
  }
  if (total === 0)
    throw new ScoreError("num", "All weights are zero; give at least one positive weight.");
  for (let j = 0; j < k; j++) w[j] = weights[j] / total;
  return w;
}

/**
 * Scores n customers on k indicators.
 *
 * @param values Indicators row-major, n x k (`values[row * k + j]`); NaN = missing (the worst).
 * @param n Number of customers.
 * @param k Number of indicators (>= 1).
 * @param weights One weight per indicator, >= 0 (default equal); normalised to sum 1.
 * @param directions One per indicator: 1 higher is better (default), -1 lower is better.
 * @returns One score per customer in [0, 100].
 * @throws {ScoreError} For a wrong count of weights or directions, a direction other than 1 or
 *   -1, a negative weight or all weights zero, or values.length !== n * k.
 * @example scoreMany(Float64Array.of(0, 10, 5, 20), 2, 2) // [0, 100]: (0 + 0)/2 and (1 + 1)/2
 * Cost: O(n k).
 */
export function scoreMany(
  values: Float64Array,
  n: number,
  k: number,
  weights?: ArrayLike<number>,
  directions?: ArrayLike<number>
): Float64Array {
  if (!(k >= 1) || values.length !== n * k)
    throw new ScoreError("value", "Indicators must be n x k values.");
  const w = normaliseWeights(k, weights);
  if (directions !== undefined && directions.length !== k) {
    throw new ScoreError(
      "value",
      `Give one direction per indicator: ${k} expected, got ${directions.length}.`
    );
  }
  for (let j = 0; directions !== undefined && j < k; j++) {
    if (directions[j] !== 1 && directions[j] !== -1) {
      throw new ScoreError(
        "value",
        `Direction ${j + 1} must be 1 (higher is better) or -1 (lower is better).`
      );
    }
  }
  const lo = new Float64Array(k).fill(Infinity);
  const hi = new Float64Array(k).fill(-Infinity);
  for (let r = 0; r < n; r++) {
    for (let j = 0; j < k; j++) {
      const x = values[r * k + j];
      if (x < lo[j]) lo[j] = x; // NaN compares false: skipped
      if (x > hi[j]) hi[j] = x;
    }
  }
  const out = new Float64Array(n);
  for (let r = 0; r < n; r++) {
    let s = 0;
    for (let j = 0; j < k; j++) {
      const x = values[r * k + j];
      if (x !== x) continue; // missing: the worst, 0
      const span = hi[j] - lo[j];
      const norm =
        span === 0
          ? 0.5
          : directions !== undefined && directions[j] === -1
            ? (hi[j] - x) / span
            : (x - lo[j]) / span;
      s += w[j] * norm;
    }
    // Rounding of the normalised weights may overshoot by an ulp; the score is 0..100 by definition.
    out[r] = Math.min(100, Math.max(0, 100 * s));
  }
  return out;
}
