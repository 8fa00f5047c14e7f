/**
 * The win-back rule (PRODUCT 2.10): before trying to win a lost customer back, estimate the
 * return. Expected return = value at stake x probability the win-back succeeds - its cost.
 * Decision: win back when the expected return is strictly positive; at 0 or below, let go
 * (an effort that at best breaks even is not worth the rep's time).
 */

/**
 * Success probability used when the user gives none: 0.3. A rule of thumb (win-back success
 * rates reported in practice run at roughly 20-40%); the pane shows it as an editable input and
 * the Churn watch sheet has one editable cell per customer.
 */
export const DEFAULT_WIN_BACK_PROBABILITY = 0.3;

/** What to do with a lapsed customer. */
export type WinBackDecision = "winBack" | "letGo";

function check(valueAtStake: number, successProbability: number, cost: number): void {
  if (!Number.isFinite(valueAtStake))
    throw new RangeError(`Value at stake must be a number, got ${valueAtStake}.`);
  if (!(successProbability >= 0 && successProbability <= 1)) {
    throw new RangeError(`Success probability must be between 0 and 1, got ${successProbability}.`);
  }
  if (!(cost >= 0) || !Number.isFinite(cost))
    throw new RangeError(`Win-back cost must be a number >= 0, got ${cost}.`);
}

/**
 * Expected return of a win-back: value x p - cost.
 *
 * @param valueAtStake The customer's value at stake (recent value or CLV).
 * @param successProbability Probability the win-back succeeds, 0..1 (default {@link DEFAULT_WIN_BACK_PROBABILITY}).
 * @param cost What the win-back costs (visits, discounts), >= 0 (default 0).
 * @returns The expected return (may be negative).
 * @throws {RangeError} For a non-finite value, a probability outside 0..1, or a negative or non-finite cost.
 * @example winBackReturn(10000, 0.3, 1000) // 2000
 */
export function winBackReturn(
  valueAtStake: number,
  successProbability = DEFAULT_WIN_BACK_PROBABILITY,
  cost = 0
): number {
  check(valueAtStake, successProbability, cost);
  return valueAtStake * successProbability - cost;
}

/**
 * Win back or let go: "winBack" when {@link winBackReturn} > 0, else "letGo".
 *
 * @param valueAtStake The customer's value at stake.
 * @param successProbability Probability the win-back succeeds, 0..1.
 * @param cost Cost of the win-back, >= 0.
 * @returns The decision.
 * @throws {RangeError} As {@link winBackReturn}.
 * @example winBackDecision(10000, 0.3, 3000) // "letGo" (expected return exactly 0)
 */
export function winBackDecision(
  valueAtStake: number,
  successProbability = DEFAULT_WIN_BACK_PROBABILITY,
  cost = 0
): WinBackDecision {
  return winBackReturn(valueAtStake, successProbability, cost) > 0 ? "winBack" : "letGo";
}
