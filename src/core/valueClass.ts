/**
 * Value classes (PRODUCT 2.7, issue 15 part 2): most valuable, secondary, ordinary, negative.
 *
 * - negative: value < cost to serve (value < 0 when no cost is known);
 * - else most valuable: the customer's share above is below the top share (default 0.05), the
 *   rank rule of CRM.TIER (`assignTiers` with the one cut `topShare`, not re-implemented here);
 * - else secondary: a potential value is known and exceeds the value;
 * - else ordinary.
 *
 * The ranking counts every customer that has a value (negative ones too), as CRM.TIER would on
 * the same column, so "top 5%" means 5% of all customers. Class ids are stable keys for the UI
 * (localise by id); the English labels here are what CRM.VALUECLASS writes by default.
 */
import { assignTiers } from "./tier";

/** Stable class keys, in the order reports list them. */
export type ValueClassId = "mostValuable" | "secondary" | "ordinary" | "negative";

/** Every class, in report order (best first, negative last). */
export const VALUE_CLASS_IDS: readonly ValueClassId[] = Object.freeze([
  "mostValuable",
  "secondary",
  "ordinary",
  "negative",
]);

/** Default labels written by CRM.VALUECLASS (English), in {@link VALUE_CLASS_IDS} order. */
export const VALUE_CLASS_LABELS: readonly string[] = Object.freeze([
  "Most valuable",
  "Secondary",
  "Ordinary",
  "Negative",
]);

/** Share of customers counted as most valuable when none is given (the literature's ~5%). */
export const DEFAULT_TOP_SHARE = 0.05;

/** Optional inputs of {@link valueClasses}, one entry per customer (NaN: unknown). */
export interface ValueClassOptions {
  /** Cost to serve per customer; NaN or omitted: compare the value with 0. */
  costToServe?: ArrayLike<number>;
  /** Potential value per customer; NaN or omitted: not secondary. */
  potential?: ArrayLike<number>;
  /** Share of customers that are most valuable, in (0, 1] (default {@link DEFAULT_TOP_SHARE}). */
  topShare?: number;
}

/**
 * The class of each customer, as an index into {@link VALUE_CLASS_IDS}.
 *
 * @param values Value per customer (NaN: not a customer, not ranked, class -1).
 * @param o Cost to serve, potential value and top share.
 * @returns Class index per customer (0 most valuable, 1 secondary, 2 ordinary, 3 negative, -1
 *   for NaN values).
 * @throws {RangeError} For a top share outside (0, 1] or inputs of another length.
 * @example valueClasses([100, 50, -5, 10], { potential: [NaN, NaN, NaN, 40], topShare: 0.25 })
 * // Int8Array [0, 2, 3, 1]
 * Cost: O(n) expected (the rank rule selects its cut point, no sort).
 */
export function valueClasses(values: ArrayLike<number>, o: ValueClassOptions = {}): Int8Array {
  const n = values.length;
  const top = o.topShare ?? DEFAULT_TOP_SHARE;
  if (!(top > 0 && top <= 1))
    throw new RangeError(`The top share must be above 0 and at most 1, got ${top}.`);
  for (const [name, a] of [
    ["cost to serve", o.costToServe],
    ["potential", o.potential],
  ] as const) {
    if (a && a.length !== n)
      throw new RangeError(`${name} has ${a.length} entries but value has ${n}.`);
  }
  const rank = assignTiers(values, { method: "rank", cuts: [top], labels: ["top", "rest"] });
  const out = new Int8Array(n);
  for (let k = 0; k < n; k++) {
    const v = values[k];
    if (v !== v) {
      out[k] = -1;
      continue;
    }
    const c = o.costToServe ? o.costToServe[k] : NaN;
    const p = o.potential ? o.potential[k] : NaN;
    out[k] = v < (c === c ? c : 0) ? 3 : rank[k] === 0 ? 0 : p > v ? 1 : 2; // NaN > v is false
  }
  return out;
}

/** One class as the pane shows it. */
export interface ValueClassStats {
  id: ValueClassId;
  /** Customers in the class. */
  count: number;
  /** Sum of their values. */
  value: number;
  /** count / customers classed (0 when none). */
  countShare: number;
  /**
   * value / total of the positive values of the customers classed (0 when there is none).
   * Positive values only, as the Pareto share: negative customers would otherwise inflate the
   * other classes' shares above 100%.
   */
  valueShare: number;
}

/**
 * Customers, value and shares per class: the numbers behind "the top 5% bring ~40%".
 *
 * @param values Value per customer.
 * @param classes Class index per customer from {@link valueClasses} (-1 not counted).
 * @returns One entry per class in {@link VALUE_CLASS_IDS} order (empty classes included).
 * @throws {RangeError} When the two arrays differ in length.
 * @example valueClassStats([60, 30, 10], Int8Array.of(0, 2, 2))[0] // { id: "mostValuable", count: 1, value: 60, countShare: 0.333, valueShare: 0.6 }
 * Cost: O(n).
 */
export function valueClassStats(
  values: ArrayLike<number>,
  classes: ArrayLike<number>
): ValueClassStats[] {
  if (values.length !== classes.length)
    throw new RangeError(`classes has ${classes.length} entries but values has ${values.length}.`);
  const count = new Float64Array(VALUE_CLASS_IDS.length);
  const value = new Float64Array(VALUE_CLASS_IDS.length);
  const positive = new Float64Array(VALUE_CLASS_IDS.length);
  let placed = 0;
  let totalPositive = 0;
  for (let k = 0; k < values.length; k++) {
    const c = classes[k];
    if (c < 0) continue;
    const v = values[k];
    count[c]++;
    value[c] += v;
    if (v > 0) {
      positive[c] += v;
      totalPositive += v;
    }
    placed++;
  }
  return VALUE_CLASS_IDS.map((id, c) => ({
    id,
    count: count[c],
    value: value[c],
    countShare: placed > 0 ? count[c] / placed : 0,
    valueShare: totalPositive > 0 ? positive[c] / totalPositive : 0,
  }));
}
