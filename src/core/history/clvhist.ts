/**
 * Customer lifetime value from order history, lifetimes' `customer_lifetime_value`
 * convention: month by month, the expected repeat purchases in that month (BG/NBD, given the
 * customer's history) times the expected spend per purchase (Gamma-Gamma) times the margin,
 * discounted at a monthly rate. It turns PRODUCT 2.6's r_t, which managers rarely know, into
 * an estimate from each customer's own orders (PRODUCT 2.11).
 */
import { aliveExpectations, BgnbdParams, pAlive } from "./bgnbd";
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
 * For many customers, make the model once with {@link clvHistModel}.
 * Cost: one 2F1 series summed for all months at once.
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
  return clvHistModel(bg, gg, options)(x, tx, T, zbar);
}

/**
 * The CLV of {@link clvFromHistory} as a function of one customer's (x, t_x, T, zbar), with
 * everything that does not depend on the customer done once. P(alive) and the expected spend
 * are the customer's; the discounted sum of monthly purchase increments of an alive customer
 * depends on (x, T) only, so it is computed once per distinct (x, T) (an RFM table in whole
 * days repeats them a lot) and, when computed, from one 2F1 series for all months.
 * Cost: O(1) per customer with a known (x, T), else one multi-horizon series.
 * @param bg BG/NBD parameters.
 * @param gg Gamma-Gamma parameters (q > 1).
 * @param options months, monthlyDiscount, margin, periodDays.
 * @returns `(x, tx, T, zbar) => value`.
 * @throws RangeError (from the returned function) for q <= 1; SeriesError when a series does not converge.
 * @example const clv = clvHistModel(bg, gg); rows.map((r) => clv(r.x, r.tx, r.T, r.zbar))
 */
export function clvHistModel(
  bg: BgnbdParams,
  gg: GammaGammaParams,
  options: ClvHistOptions = {}
): (x: number, tx: number, T: number, zbar: number) => number {
  const months = options.months ?? 12;
  const d = options.monthlyDiscount ?? 0.01;
  const margin = options.margin ?? 1;
  const month = DAYS_PER_MONTH / (options.periodDays ?? 7);
  const horizons = Float64Array.from({ length: months }, (_, k) => (k + 1) * month);
  const disc = new Float64Array(months);
  for (let k = 0, f = 1; k < months; k++) disc[k] = f /= 1 + d;
  const alive = aliveExpectations(horizons, bg);
  // Discounted sum of an alive customer's monthly increments, per x then per T.
  const byX = new Map<number, Map<number, number>>();
  const discounted = (x: number, T: number): number => {
    let byT = byX.get(x);
    if (!byT) byX.set(x, (byT = new Map()));
    let v = byT.get(T);
    if (v === undefined) {
      const e = alive(x, T);
      v = 0;
      let prev = 0;
      for (let k = 0; k < months; k++) {
        v += (e[k] - prev) * disc[k];
        prev = e[k];
      }
      byT.set(T, v);
    }
    return v;
  };
  return (x, tx, T, zbar) => {
    const value = conditionalExpectedSpend(x, zbar, gg) * margin;
    if (months === 0) return 0;
    return pAlive(x, tx, T, bg) * discounted(x, T) * value;
  };
}
