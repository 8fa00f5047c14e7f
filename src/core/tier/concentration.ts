/**
 * Concentration (PRODUCT 2.2): the share of total value held by the top customers, the
 * number behind a Pareto chart ("the top 20% hold 75% of sales").
 */
import { rankThresholds } from "./rank";

/**
 * Share of the total positive value held by the top `topShare` of customers, the top being
 * counted by the tiering rule: customers whose share above (#strictly greater / n) is
 * < `topShare`, so ties at the boundary are all in. Negative and zero values add nothing to
 * either sum; NaN values are not customers. This is the product's one share rule (shares of
 * POSITIVE sales, see `summarizeTiers` in src/core/list/summary.ts): with rank tiers and the
 * default cuts, tier A's share of sales is this figure, negative sales or not.
 *
 * @param values One value per customer (NaN ignored).
 * @param topShare Share of customers counted as top, in (0, 1] (default 0.2).
 * @returns The share in [0, 1]; NaN when there is no customer or no positive value.
 * @throws {RangeError} When `topShare` is not in (0, 1].
 * @example concentration([50, 30, 10, 10, 0]) // 0.5: the top 1 of 5 holds 50 of 100
 * Cost: O(n) expected (one selection, no sort).
 */
export function concentration(values: ArrayLike<number>, topShare = 0.2): number {
  if (typeof topShare !== "number" || !(topShare > 0 && topShare <= 1)) {
    throw new RangeError(`topShare must be between 0 and 1 (0 excluded), got ${String(topShare)}.`);
  }
  const sample = new Float64Array(values.length);
  let m = 0;
  let total = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== v) continue;
    sample[m++] = v;
    if (v > 0) total += v;
  }
  if (m === 0 || !(total > 0)) return NaN;
  const t = rankThresholds(sample.subarray(0, m), [topShare])[0];
  let top = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v >= t && v > 0) top += v; // same order as the total, so "all in" gives exactly 1
  }
  return Math.min(1, top / total);
}
