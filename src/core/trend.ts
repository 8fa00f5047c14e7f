/**
 * Key-account early warning (PRODUCT 2.10, issue 15 part 3): a key account is rarely lost
 * overnight, its sales fall for months first. The trend compares the total of the last `window`
 * periods with the total of the `window` periods before them.
 */

/** Periods per side of the comparison when none is given (a quarter of months). */
export const DEFAULT_TREND_WINDOW = 3;

/** The Churn tab's default "declining" threshold: sales down more than 30%. */
export const DEFAULT_DECLINE_THRESHOLD = -0.3;

/**
 * Trend of many customers, each a row of periods (oldest first) in one flat row-major array.
 *
 * trend = (sum of the last w periods) / (sum of the w periods before) - 1, so -0.5 is "down 50%".
 * NaN (no trend) when the row has fewer than 2w periods or the earlier total is 0 or less (a
 * change against nothing is not a fraction). A NaN period counts as 0 sales (a blank month is a
 * month without sales); the caller blanks rows it judged otherwise.
 *
 * @param sales Sales per customer per period, row-major (`k * periods + t`).
 * @param n Customers (rows).
 * @param periods Periods per customer (columns).
 * @param window Periods per side, a whole number >= 1 (default {@link DEFAULT_TREND_WINDOW}).
 * @returns One trend per customer (NaN where there is none).
 * @throws {RangeError} For a window that is not a whole number >= 1, or a length mismatch.
 * @example trends(Float64Array.of(10, 10, 10, 5, 5, 5), 1, 6) // [-0.5]
 * Cost: O(n * window).
 */
export function trends(
  sales: ArrayLike<number>,
  n: number,
  periods: number,
  window: number = DEFAULT_TREND_WINDOW
): Float64Array {
  if (!Number.isInteger(window) || window < 1)
    throw new RangeError(`The window must be a whole number of periods >= 1, got ${window}.`);
  if (sales.length !== n * periods)
    throw new RangeError(`sales has ${sales.length} entries, expected ${n} x ${periods}.`);
  const out = new Float64Array(n).fill(NaN);
  if (periods < 2 * window) return out;
  for (let k = 0; k < n; k++) {
    const end = k * periods + periods; // one past the newest period
    let recent = 0;
    let earlier = 0;
    for (let t = end - window; t < end; t++) recent += zeroIfNaN(sales[t]);
    for (let t = end - 2 * window; t < end - window; t++) earlier += zeroIfNaN(sales[t]);
    if (earlier > 0) out[k] = recent / earlier - 1;
  }
  return out;
}

function zeroIfNaN(x: number): number {
  return x === x ? x : 0;
}
