/**
 * Key-account early warning in the Churn view (issue 15 part 3): customers whose sales trend
 * ({@link trends}, the rule behind CRM.TREND) is below a threshold, A customers first, then by
 * the value at risk. They join the lapsed customers on the Churn watch sheet with the flag
 * "declining", so the same follow-up (reason, cost, decision) applies.
 */
import { DEFAULT_LABELS, assignTiers } from "../tier";
import { previousRank } from "../list/compare";
import { DEFAULT_DECLINE_THRESHOLD, DEFAULT_TREND_WINDOW, trends } from "../trend";
import { byValueDesc, type LapsedCustomer } from "./lapsed";

/** One customer as the decline check reads it. */
export interface SalesHistory {
  row: number;
  name: string;
  id?: string;
  rep?: string;
  /** Sales per period, oldest first (NaN: no sales that period). Every customer the same length. */
  sales: ArrayLike<number>;
  /** Value at risk (recent value or CLV); NaN or omitted: the sales of the earlier window. */
  value?: number;
  /** Tier label from the list (e.g. "A", "A类"); omitted for everyone: tiered by the value at risk. */
  tier?: string | null;
}

/** Options of {@link findDeclining}. */
export interface DecliningOptions {
  /** Declining when the trend is strictly below this (default {@link DEFAULT_DECLINE_THRESHOLD}). */
  threshold?: number;
  /** Periods per side of the trend (default {@link DEFAULT_TREND_WINDOW}). */
  window?: number;
}

/**
 * Finds the declining customers.
 *
 * Value at risk: the customer's value when given, else the total of the earlier window (what it
 * used to buy). A customers: a tier label ranked first among A, B, C ("A", "a", "A类"); when no
 * customer has a tier label, the rank rule of CRM.TIER (default cuts) on the value at risk.
 *
 * @param customers Sales histories (all with the same number of periods).
 * @param o Threshold (default -0.3) and window (default 3).
 * @returns The declining customers (flag "declining", with trend and tier): A first, then by
 *   value at risk, largest first (unknown last); ties keep the input order.
 * @throws {RangeError} For a threshold that is not a number below 0, a bad window, or histories
 *   of different lengths.
 * @example findDeclining([{ row: 0, name: "X", sales: [10, 10, 10, 5, 5, 5] }])[0].trend // -0.5
 * Cost: O(n * window + m log m) for m declining customers.
 */
export function findDeclining(
  customers: readonly SalesHistory[],
  o: DecliningOptions = {}
): LapsedCustomer[] {
  const threshold = o.threshold ?? DEFAULT_DECLINE_THRESHOLD;
  const w = o.window ?? DEFAULT_TREND_WINDOW;
  if (!(threshold < 0))
    throw new RangeError(`The decline threshold must be below 0 (e.g. -0.3), got ${threshold}.`);
  const n = customers.length;
  if (n === 0) return [];
  const p = customers[0].sales.length;
  const flat = new Float64Array(n * p);
  customers.forEach((c, k) => {
    if (c.sales.length !== p)
      throw new RangeError(`Every customer needs ${p} periods; ${c.name} has ${c.sales.length}.`);
    for (let t = 0; t < p; t++) flat[k * p + t] = c.sales[t];
  });
  const trend = trends(flat, n, p, w);
  const value = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    const v = customers[k].value;
    if (typeof v === "number" && Number.isFinite(v)) value[k] = v;
    else {
      let earlier = 0;
      for (let t = p - 2 * w; t < p - w; t++)
        if (t >= 0 && flat[k * p + t] === flat[k * p + t]) earlier += flat[k * p + t];
      value[k] = p >= 2 * w ? earlier : NaN;
    }
  }
  const labelled = customers.some((c) => typeof c.tier === "string" && c.tier.trim() !== "");
  const ranked = labelled ? undefined : assignTiers(value);
  const out: LapsedCustomer[] = [];
  const isA = new Set<LapsedCustomer>();
  customers.forEach((c, k) => {
    if (!(trend[k] < threshold)) return;
    const tier = labelled
      ? (c.tier ?? "").trim() || undefined
      : ranked && ranked[k] >= 0
        ? DEFAULT_LABELS[ranked[k]]
        : undefined;
    const item: LapsedCustomer = {
      row: c.row,
      name: c.name,
      value: value[k],
      trend: trend[k],
      flags: ["declining"],
    };
    if (tier !== undefined && previousRank(tier, DEFAULT_LABELS) === 0) isA.add(item);
    if (tier !== undefined) item.tier = tier;
    if (c.id !== undefined) item.id = c.id;
    if (c.rep !== undefined) item.rep = c.rep;
    out.push(item);
  });
  // Array.prototype.sort is stable: equal keys keep the input order.
  out.sort((x, y) => (isA.has(x) === isA.has(y) ? byValueDesc(x, y) : isA.has(x) ? -1 : 1));
  return out;
}

/**
 * The customers of the Churn watch sheet: the lapsed ones (in their order), a declining customer
 * already lapsed getting the "declining" flag and its trend, then the other declining ones.
 *
 * @param lapsed From `findLapsed`.
 * @param declining From {@link findDeclining}.
 * @returns One entry per customer (matched by list row), fresh objects.
 * @example mergeFlagged(lapsed, declining).length // lapsed + declining not lapsed
 * Cost: O(n + m).
 */
export function mergeFlagged(
  lapsed: readonly LapsedCustomer[],
  declining: readonly LapsedCustomer[]
): LapsedCustomer[] {
  const byRow = new Map(declining.map((d) => [d.row, d]));
  const out = lapsed.map((l) => {
    const d = byRow.get(l.row);
    if (!d) return { ...l, flags: l.flags.slice() };
    byRow.delete(l.row);
    const m: LapsedCustomer = { ...l, flags: [...l.flags, "declining"], trend: d.trend };
    if (d.tier !== undefined) m.tier = d.tier;
    return m;
  });
  for (const d of declining) if (byRow.has(d.row)) out.push({ ...d, flags: d.flags.slice() });
  return out;
}
