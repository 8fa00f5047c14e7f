/**
 * Customer lifetime value from order history, lifetimes' `customer_lifetime_value`
 * convention: month by month, the expected repeat purchases in that month (BG/NBD, given the
 * customer's history) times the expected spend per purchase (Gamma-Gamma) times the margin,
 * discounted at a monthly rate. It turns PRODUCT 2.6's r_t, which managers rarely know, into
 * an estimate from each customer's own orders (PRODUCT 2.11).
 */
import { BgnbdParams, conditionalExpectedPurchases } from "./bgnbd";
import { conditionalExpectedSpend, GammaGammaParams } from "./gammagamma";

/** Days in an average month (365.25 / 12 rounded as lifetimes does: 4.345 weeks). */
export const DAYS_PER_MONTH = 30.415;

/** Options of {@link clvFromHistory}. */
export interface ClvHistOptions {
  /** Horizon in months (default 12). */
  months?: number;
  /** Discount rate per month (default 0.01). */
  monthlyDiscount?: number;
  /** Margin on spend (default 1). */
  margin?: number;
  /** Days per period of frequency/recency/age (default 7). */
  periodDays?: number;
}

/**
 * Discounted CLV of one customer:
 * sum over k = 1..months of [E(k months) - E(k-1 months)] x spend x margin / (1 + d)^k,
 * E(t) the conditional expected repeat purchases in the next t, a month being
 * 30.415 / periodDays periods, spend the conditional expected average spend.
 * Cost: `months` 2F1 series.
 * @param x Frequency.
 * @param tx Recency (periods).
 * @param T Age (periods).
 * @param zbar Mean repeat spend.
 * @param bg BG/NBD parameters.
 * @param gg Gamma-Gamma parameters (q > 1).
 * @param options months, monthlyDiscount, margin, periodDays.
 * @returns The discounted value.
 * @throws RangeError for q <= 1; SeriesError when a 2F1 series does not converge.
 * @example clvFromHistory(2, 30.43, 38.86, 22.35, bg, gg) // 12-month value at 1% a month
 */
export function clvFromHistory(
  x: number,
  tx: number,
  T: number,
  zbar: number,
  bg: BgnbdParams,
  gg: GammaGammaParams,
  options: ClvHistOptions = {}
): number {
  const months = options.months ?? 12;
  const d = options.monthlyDiscount ?? 0.01;
  const margin = options.margin ?? 1;
  const month = DAYS_PER_MONTH / (options.periodDays ?? 7);
  const value = conditionalExpectedSpend(x, zbar, gg) * margin;
  let prev = 0;
  let total = 0;
  let disc = 1;
  for (let k = 1; k <= months; k++) {
    const e = conditionalExpectedPurchases(k * month, x, tx, T, bg);
    disc /= 1 + d;
    total += (e - prev) * disc;
    prev = e;
  }
  return total * value;
}
