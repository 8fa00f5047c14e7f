/**
 * Lapsed customers (issue #7, PRODUCT 2.10-2.11): customers whose last order is older than N
 * days, or, when order history gave a P(alive), whose P(alive) is below a threshold; sorted by
 * the value at stake so the manager sees the biggest losses first.
 */
import { toSerialDay } from "../excel/dates";

/** Default "no order for more than this many days" threshold. */
export const DEFAULT_LAPSED_DAYS = 60;

/** One customer as the lapsed check reads it. */
export interface ChurnCustomer {
  /** 0-based data row in the list (to select it, or write beside it). */
  row: number;
  /** Customer name as shown. */
  name: string;
  /** Customer id when the list has one (matching across runs prefers it to the name). */
  id?: string;
  /** Owner rep, passed through to the Churn watch sheet. */
  rep?: string;
  /** Last order date: an Excel serial, a Date, ISO text; null/undefined when unknown. */
  lastOrder?: number | Date | string | null;
  /** Value at stake: recent value or CLV (NaN / null when unknown). */
  value?: number | null;
  /** P(alive) from the order-history model, 0..1, when known. */
  pAlive?: number | null;
}

/** Why a customer is flagged ("declining": its sales trend is below a threshold, see declining.ts). */
export type LapsedFlag = "daysSince" | "lowPAlive" | "declining";

/** A lapsed customer. */
export interface LapsedCustomer {
  row: number;
  name: string;
  id?: string;
  rep?: string;
  /** Last order as a whole Excel serial day (undefined when unknown). */
  lastOrder?: number;
  /** Whole days from the last order to `asOf` (undefined when the date is unknown). */
  daysSince?: number;
  /** Value at stake (NaN when unknown: such customers sort last). */
  value: number;
  pAlive?: number;
  /** Sales trend (e.g. -0.45 = down 45%), for customers flagged "declining". */
  trend?: number;
  /** Tier label (declining customers: A customers are listed first). */
  tier?: string;
  /** Every reason it is flagged, in the order daysSince, lowPAlive, declining (at least one). */
  flags: LapsedFlag[];
}

/** Options of {@link findLapsed}. */
export interface LapsedOptions {
  /** The day of the check as an Excel serial (today, passed in; the fraction is dropped). */
  asOf: number;
  /** Lapsed when strictly more than this many days passed since the last order (default 60). */
  days?: number;
  /** Also lapsed when P(alive) is known and strictly below this (0..1); omitted: not used. */
  pAliveThreshold?: number;
}

/**
 * Finds the lapsed customers. A customer is flagged `daysSince` when `asOf - lastOrder > days`
 * (whole days: exactly `days` days is not yet lapsed; a last order after `asOf` never is), and
 * `lowPAlive` when a threshold is given and its P(alive) is below it. A customer with no
 * readable date is only judged by P(alive).
 *
 * @param customers The customers (not modified).
 * @param options The day of the check and the thresholds.
 * @returns The lapsed customers sorted by value at stake, largest first; ties (and unknown
 *   values, which go last) keep the input order.
 * @throws {RangeError} When asOf is not a number, days is negative, or the threshold is outside 0..1.
 * @example findLapsed([{ row: 0, name: "A", lastOrder: 45000, value: 10 }], { asOf: 45100 })[0].daysSince // 100
 * Cost: O(n log n) (the sort of the flagged customers).
 */
export function findLapsed(
  customers: readonly ChurnCustomer[],
  options: LapsedOptions
): LapsedCustomer[] {
  const { asOf, days = DEFAULT_LAPSED_DAYS, pAliveThreshold } = options;
  if (!Number.isFinite(asOf))
    throw new RangeError(`asOf must be an Excel date serial, got ${asOf}.`);
  if (!(days >= 0)) throw new RangeError(`days must be >= 0, got ${days}.`);
  if (pAliveThreshold !== undefined && !(pAliveThreshold >= 0 && pAliveThreshold <= 1)) {
    throw new RangeError(`The P(alive) threshold must be between 0 and 1, got ${pAliveThreshold}.`);
  }
  const today = Math.floor(asOf);
  const out: LapsedCustomer[] = [];
  for (const c of customers) {
    const last =
      c.lastOrder === null || c.lastOrder === undefined ? undefined : toSerialDay(c.lastOrder);
    const daysSince = last === undefined ? undefined : today - last;
    const p = typeof c.pAlive === "number" && Number.isFinite(c.pAlive) ? c.pAlive : undefined;
    const flags: LapsedFlag[] = [];
    if (daysSince !== undefined && daysSince > days) flags.push("daysSince");
    if (pAliveThreshold !== undefined && p !== undefined && p < pAliveThreshold)
      flags.push("lowPAlive");
    if (flags.length === 0) continue;
    const value = typeof c.value === "number" && Number.isFinite(c.value) ? c.value : NaN;
    const item: LapsedCustomer = { row: c.row, name: c.name, value, flags };
    if (c.id !== undefined) item.id = c.id;
    if (c.rep !== undefined) item.rep = c.rep;
    if (last !== undefined) item.lastOrder = last;
    if (daysSince !== undefined) item.daysSince = daysSince;
    if (p !== undefined) item.pAlive = p;
    out.push(item);
  }
  // Array.prototype.sort is stable (ES2019): equal keys keep the input order.
  out.sort(byValueDesc);
  return out;
}

/** Larger value first; unknown (NaN) values after every real one. */
export function byValueDesc(a: LapsedCustomer, b: LapsedCustomer): number {
  const an = a.value !== a.value;
  const bn = b.value !== b.value;
  if (an || bn) return an === bn ? 0 : an ? 1 : -1;
  return b.value - a.value;
}
