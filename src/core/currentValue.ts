/**
 * Current and potential customer value (PRODUCT 2.6, issue 15 part 1).
 *
 *   CCV = sum_{t=1..T} profit / (1 + i)^t
 *   CPV = sum_{t=1..T} (potentialProfit - profit) / (1 + i)^t  -  investment
 *
 * Both are the deterministic CLV with retention 1 (the customer keeps buying as it does today,
 * or as it would once developed), so they are computed by {@link clvMany}: the discounting,
 * its closed form and its argument checks live there once.
 */
import { ClvError, clvMany, DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON } from "./clv";

/** Options shared by {@link currentValues} and {@link potentialValues}. */
export interface ValueHorizon {
  /** Periods T, a whole number >= 1 (default {@link DEFAULT_HORIZON}, 5). */
  periods?: number;
  /** Discount rate per period, > -1 (default {@link DEFAULT_DISCOUNT_RATE}, 0.1). */
  discountRate?: number;
}

/** Per-customer values and problems, as {@link clvMany} reports them. */
export interface ValueResult {
  values: Float64Array;
  issues: { row: number; kind: "num" | "value"; message: string }[];
}

/**
 * The horizon after its default, checked: CCV and CPV are finite sums (T >= 1). CRM.CLV's
 * "0 = infinite" makes no sense here: with retention 1 the infinite sum is a perpetuity that the
 * issue does not ask for and that diverges for a discount rate <= 0.
 */
function horizon(h: ValueHorizon): { periods: number; discountRate: number } {
  const periods = h.periods ?? DEFAULT_HORIZON;
  if (!Number.isInteger(periods) || periods < 1)
    throw new ClvError("value", `Periods ${periods} must be a whole number >= 1.`);
  return { periods, discountRate: h.discountRate ?? DEFAULT_DISCOUNT_RATE };
}

/**
 * Current customer value of many customers: today's profit per period repeated for T periods
 * and discounted.
 *
 * @param profit Profit per period now, one per customer (NaN: the caller's "no value" marker,
 *   NaN out).
 * @param h Periods (default 5) and discount rate (default 0.1).
 * @returns One value per customer.
 * @throws {ClvError} For periods that are not a whole number >= 1 or a discount rate <= -1.
 * @example currentValues(Float64Array.of(100), { periods: 2, discountRate: 0.1 }).values // [173.55]
 * Cost: O(n).
 */
export function currentValues(profit: Float64Array, h: ValueHorizon = {}): ValueResult {
  return clvMany({ n: profit.length, margin: profit, marginCols: 1, ...horizon(h) });
}

/**
 * Potential customer value of many customers: the discounted extra profit expected if the
 * relationship is developed, net of the investment that takes.
 *
 * @param potentialProfit Profit per period once developed, one per customer.
 * @param profit Profit per period now, one per customer (same length).
 * @param h Periods (default 5) and discount rate (default 0.1).
 * @param investment What developing costs: length 1 (shared) or one per customer (default 0).
 * @returns One value per customer (NaN where an input was NaN).
 * @throws {ClvError} For bad periods or discount rate, or inconsistent lengths.
 * @example potentialValues(Float64Array.of(150), Float64Array.of(100), { periods: 1, discountRate: 0 }, Float64Array.of(20)).values // [30]
 * Cost: O(n).
 */
export function potentialValues(
  potentialProfit: Float64Array,
  profit: Float64Array,
  h: ValueHorizon = {},
  investment: Float64Array = Float64Array.of(0)
): ValueResult {
  const n = profit.length;
  if (potentialProfit.length !== n)
    throw new ClvError("value", "Potential profit and profit must have one value per customer.");
  const extra = new Float64Array(n);
  for (let k = 0; k < n; k++) extra[k] = potentialProfit[k] - profit[k];
  return clvMany({
    n,
    margin: extra,
    marginCols: 1,
    acquisitionCost: investment,
    ...horizon(h),
  });
}
