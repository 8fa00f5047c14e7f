/**
 * Tiering by rank (PRODUCT 2.1): a customer's share above is the number of customers with a
 * strictly greater value over n; its tier is the first whose cumulative cut is greater than
 * that share (`count / n < cut`, compared exactly in floating point).
 */
import { selectInPlace } from "./select";

/**
 * The largest count c in [0, n - 1] with `c / n < cut`, evaluated exactly as the rule is
 * written (floating-point division is monotone, so the qualifying counts are 0..c).
 *
 * @param n Number of ranked customers (>= 1).
 * @param cut A cut in (0, 1].
 * @returns The largest number of strictly greater customers a customer may have and still be
 *   inside the cut.
 * @example maxCountAbove(10, 0.2) // 1: 1/10 < 0.2 but 2/10 is not
 */
export function maxCountAbove(n: number, cut: number): number {
  let c = Math.min(n - 1, Math.max(0, Math.floor(cut * n)));
  while (c > 0 && !(c / n < cut)) c--;
  while (c + 1 <= n - 1 && (c + 1) / n < cut) c++;
  return c;
}

/**
 * Threshold values of the rank method: customer value v is inside cut k (tier <= k) exactly
 * when `v >= thresholds[k]`.
 *
 * Why this is exact: if at most c customers may be strictly above (c = {@link maxCountAbove}),
 * the (c+1)-th largest value s qualifies (only the c values before it can exceed it) and any
 * value below s has at least c+1 values above it. So the threshold is that order statistic,
 * found by selection; ties need no special case.
 *
 * @param sample The ranked values (no NaN), n >= 1; rearranged in place.
 * @param cuts Strictly increasing cuts in (0, 1].
 * @returns One threshold per cut, non-increasing.
 * @example rankThresholds(Float64Array.of(1, 2, 3, 4, 5), [0.2, 0.6]) // [5, 3]
 * Cost: O(n) expected per cut (each selection works inside the previous one's lower part).
 */
export function rankThresholds(sample: Float64Array, cuts: readonly number[]): Float64Array {
  const n = sample.length;
  const t = new Float64Array(cuts.length);
  let hi = n - 1;
  for (let k = 0; k < cuts.length; k++) {
    const pos = n - 1 - maxCountAbove(n, cuts[k]); // ascending position of the (c+1)-th largest
    // Positions shrink as cuts grow, and a selection leaves everything below pos in a[0..pos-1].
    t[k] = pos === hi + 1 ? t[k - 1] : selectInPlace(sample, pos, 0, hi);
    hi = pos - 1;
  }
  return t;
}
