/**
 * Tiering by Pareto value share (PRODUCT 2.2): a customer's value share above is the sum of
 * strictly greater values over the total of positive values; its tier is the first whose cut
 * is greater than that share. Values <= 0 go to the last tier.
 */

/**
 * Threshold values of the Pareto method: a positive value v is inside cut k (tier <= k)
 * exactly when `v >= thresholds[k]`; values <= 0 are in the last tier whatever the thresholds.
 *
 * Sums are taken largest value first (the order of the Pareto chart), so the running sum, and
 * with it the share above, never decreases: that is what makes a threshold per cut exact. The
 * total is the same sum carried to the end. With no positive value, every threshold is
 * +Infinity (everyone is in the last tier).
 *
 * @param sample The values (no NaN); rearranged in place.
 * @param cuts Strictly increasing cuts in (0, 1].
 * @returns One threshold per cut, non-increasing.
 * @example paretoThresholds(Float64Array.of(50, 30, 10, 10, 0), [0.8, 0.95]) // [30, 10]
 * Cost: O(n log n) (one sort of the positive values).
 */
export function paretoThresholds(sample: Float64Array, cuts: readonly number[]): Float64Array {
  const K = cuts.length;
  const t = new Float64Array(K).fill(Infinity);
  // Move the positive values to the front, then sort only those.
  let m = 0;
  for (let i = 0; i < sample.length; i++) {
    const v = sample[i];
    if (v > 0) sample[m++] = v;
  }
  if (m === 0) return t;
  const pos = sample.subarray(0, m).sort();
  let total = 0;
  for (let i = m - 1; i >= 0; i--) total += pos[i];
  let above = 0; // sum of the values strictly greater than the current one
  let k = 0; // first cut the current value is inside of
  let last = pos[m - 1];
  for (let i = m - 1; i >= 0 && k < K;) {
    const v = pos[i];
    while (k < K && !(above / total < cuts[k])) t[k++] = last; // cut k closed at the previous value
    if (k === K) break;
    last = v;
    while (i >= 0 && pos[i] === v) above += pos[i--];
  }
  for (; k < K; k++) t[k] = last;
  return t;
}
