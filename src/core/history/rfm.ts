/**
 * The RFM summary of an order table, in the conventions of lifetimes'
 * `summary_data_from_transaction_data` (and `calibration_and_holdout_data`), which the
 * BG/NBD and Gamma-Gamma models expect:
 * - a purchase is a customer's purchase *day*: several lines on one day add up to one purchase;
 * - frequency x = distinct purchase days - 1 (repeat purchases);
 * - recency t_x = last - first purchase day, age T = asOf - first purchase day, in periods;
 * - monetary = mean of the repeat purchase days' totals (the first day excluded), 0 if x = 0;
 * - lines after asOf are ignored (calibration); with a holdout end, the purchase days in
 *   (asOf, holdoutEnd] are counted separately.
 */

/** One order table, as parallel arrays (one entry per line). */
export interface OrderLines {
  /** Customer id of each line; a number and its text form are the same customer. */
  customers: ReadonlyArray<string | number>;
  /** Whole Excel serial day of each line. */
  days: ArrayLike<number>;
  /** Amount of each line. */
  amounts: ArrayLike<number>;
}

/** Options of {@link rfmSummary}. */
export interface RfmOptions {
  /** End of the calibration period (serial day, inclusive). */
  asOf: number;
  /** Days per period (default 7: weeks). */
  periodDays?: number;
  /** End of the holdout period (serial day, inclusive), after asOf. */
  holdoutEnd?: number;
}

/** Per-customer summary, customers in order of first appearance in the input. */
export interface RfmSummary {
  /** Customer id as first seen. */
  customers: Array<string | number>;
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  monetary: Float64Array;
  /** Repeat purchase days in (asOf, holdoutEnd]; present with a holdout. */
  holdoutFrequency?: Float64Array;
  /** Holdout length in periods (same for everyone); present with a holdout. */
  holdoutLength?: number;
}

/**
 * Summarises order lines per customer (see the module comment for the conventions).
 * Lines may be unsorted. Customers whose first purchase is after asOf are left out (they are
 * not in the calibration period). Rows come out in order of the customer's first appearance
 * in the input.
 * Cost: O(n log n) for n lines (a sort of each customer's lines by day).
 * @param lines The order lines (already validated: finite days and amounts).
 * @param options asOf, periodDays, holdoutEnd.
 * @returns The summary arrays.
 * @throws RangeError for periodDays <= 0, a holdout end before asOf, or mismatched lengths.
 * @example
 * rfmSummary({ customers: ["a", "a", "a"], days: [0, 0, 14], amounts: [5, 5, 20] }, { asOf: 28 })
 * // frequency [1], recency [2], age [4], monetary [20]
 */
export function rfmSummary(lines: OrderLines, options: RfmOptions): RfmSummary {
  const n = lines.customers.length;
  if (lines.days.length !== n || lines.amounts.length !== n) {
    throw new RangeError("Customers, dates and amounts must have the same number of rows.");
  }
  const period = options.periodDays ?? 7;
  if (!(period > 0) || !Number.isFinite(period))
    throw new RangeError("periodDays must be a positive number.");
  const asOf = options.asOf;
  const hold = options.holdoutEnd;
  if (hold !== undefined && !(hold >= asOf))
    throw new RangeError("holdoutEnd must not be before asOf.");
  const lastDay = hold ?? asOf;

  // Customer index per line, in first-appearance order; lines after the last day skipped.
  const index = new Map<string, number>();
  const firstSeen: Array<string | number> = [];
  const cust = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (lines.days[i] > lastDay) continue;
    const id = lines.customers[i];
    const key = typeof id === "number" ? String(id) : id.trim();
    let k = index.get(key);
    if (k === undefined) {
      k = firstSeen.length;
      index.set(key, k);
      firstSeen.push(id);
    }
    cust[i] = k;
  }
  const m = firstSeen.length;
  // Counting sort of the lines by customer, then each customer's lines by day.
  const start = new Int32Array(m + 1);
  for (let i = 0; i < n; i++) if (cust[i] >= 0) start[cust[i] + 1]++;
  for (let k = 0; k < m; k++) start[k + 1] += start[k];
  const fill = start.slice(0, m);
  const order = new Int32Array(start[m]);
  for (let i = 0; i < n; i++) if (cust[i] >= 0) order[fill[cust[i]]++] = i;

  const frequency = new Float64Array(m);
  const recency = new Float64Array(m);
  const age = new Float64Array(m);
  const monetary = new Float64Array(m);
  const holdoutFrequency = hold !== undefined ? new Float64Array(m) : undefined;
  const keep = new Uint8Array(m);
  const days = lines.days;
  for (let k = 0; k < m; k++) {
    const seg = Array.from(order.subarray(start[k], start[k + 1]));
    seg.sort((i, j) => days[i] - days[j]);
    const first = days[seg[0]];
    if (first > asOf) continue; // first purchase in the holdout: not a calibration customer
    keep[k] = 1;
    let distinct = 0;
    let last = first;
    let repeatTotal = 0;
    let held = 0;
    let prev = NaN;
    for (const i of seg) {
      const d = days[i];
      if (d > asOf) {
        if (d !== prev) held++;
      } else {
        if (d !== prev) {
          distinct++;
          last = d;
        }
        if (d !== first) repeatTotal += lines.amounts[i];
      }
      prev = d;
    }
    frequency[k] = distinct - 1;
    recency[k] = (last - first) / period;
    age[k] = (asOf - first) / period;
    monetary[k] = distinct > 1 ? repeatTotal / (distinct - 1) : 0;
    if (holdoutFrequency) holdoutFrequency[k] = held;
  }
  const kept: number[] = [];
  for (let k = 0; k < m; k++) if (keep[k]) kept.push(k);
  const pick = (a: Float64Array): Float64Array => Float64Array.from(kept, (k) => a[k]);
  return {
    customers: kept.map((k) => firstSeen[k]),
    frequency: pick(frequency),
    recency: pick(recency),
    age: pick(age),
    monetary: pick(monetary),
    ...(holdoutFrequency
      ? { holdoutFrequency: pick(holdoutFrequency), holdoutLength: (lastDay - asOf) / period }
      : {}),
  };
}
