/**
 * Tier assignment (PRODUCT 2.1-2.3): per customer, by rank or Pareto share, optionally within
 * groups (channel, region, rep).
 */
import { resolveTierOptions, type ResolvedTierOptions, type TierOptions } from "./options";
import { paretoThresholds } from "./pareto";
import { rankThresholds } from "./rank";

/** A group key per customer; null, undefined and "" all mean the one "blank" group. */
export type GroupKey = string | number | null | undefined;

/**
 * Tier index of each customer: 0 is the best tier (`labels[0]`), -1 where the value is NaN
 * (NaN means "not a customer": a blank or invalid cell, not ranked and not counted in n).
 *
 * Rank: tier = first k with `(#customers strictly greater) / n < cuts[k]`, else the last.
 * Pareto: tier = first k with `(sum of strictly greater values) / (total of positive values)
 * < cuts[k]`, else the last; values <= 0, and everyone when no value is positive, go to the
 * last tier. Either way ties share a tier and the largest (positive, for Pareto) customer is
 * in tier 0.
 *
 * Groups: customers are tiered within their group only (n, totals and ranks per group). Keys
 * match exactly (`1` and `"1"` are different groups; callers normalise case or spaces if they
 * want); null, undefined and "" together form one "blank" group, tiered like any other, as
 * a pivot table's "(blank)" row.
 *
 * @param values One value per customer (NaN = not a customer).
 * @param options Method, cuts and labels ({@link resolveTierOptions} defaults).
 * @param groups Optional group key per customer, same length as `values`.
 * @returns Tier index per customer (`Int32Array`, -1 for NaN).
 * @throws {TypeError|RangeError} For invalid options (see {@link resolveTierOptions}).
 * @throws {RangeError} When `groups` does not have one key per value.
 * @example
 * assignTiers([10, 50, NaN, 30, 20, 40]) // Int32Array [2, 0, -1, 1, 2, 1]
 * assignTiers([5, 5, 1, 1], {}, ["x", "x", "y", "y"]) // Int32Array [0, 0, 0, 0]
 * Cost: rank O(n) expected (selection of the cut points, no sort), Pareto O(n log n); plus
 * O(n) to partition by group.
 */
export function assignTiers(
  values: ArrayLike<number>,
  options?: TierOptions,
  groups?: ArrayLike<GroupKey>
): Int32Array {
  const opts = resolveTierOptions(options);
  const pareto = opts.method === "pareto";
  const n = values.length;
  const out = new Int32Array(n);
  if (groups === undefined || groups === null) {
    let m = 0;
    const sample = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const v = values[i];
      if (v === v) sample[m++] = v; // v === v is false only for NaN
    }
    const t = thresholds(opts, sample.subarray(0, m));
    for (let i = 0; i < n; i++) out[i] = tierOf(values[i], t, pareto);
    return out;
  }
  if (groups.length !== n) {
    throw new RangeError(`groups must have one key per value: ${n} values, ${groups.length} keys.`);
  }
  // Counting sort of the customer indices by group id: O(n), no per-group arrays.
  const ids = new Int32Array(n);
  const idOf = new Map<string | number, number>();
  const BLANK = ""; // null and undefined join the "" group
  for (let i = 0; i < n; i++) {
    const g = groups[i];
    const key = g === null || g === undefined ? BLANK : g;
    let id = idOf.get(key);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(key, id);
    }
    ids[i] = id;
  }
  const start = new Int32Array(idOf.size + 1);
  for (let i = 0; i < n; i++) start[ids[i] + 1]++;
  for (let g = 0; g < idOf.size; g++) start[g + 1] += start[g];
  const order = new Int32Array(n);
  const fill = start.slice(0, idOf.size);
  for (let i = 0; i < n; i++) order[fill[ids[i]]++] = i;
  const scratch = new Float64Array(n);
  for (let g = 0; g < idOf.size; g++) {
    let m = 0;
    for (let p = start[g]; p < start[g + 1]; p++) {
      const v = values[order[p]];
      if (v === v) scratch[m++] = v;
    }
    const t = thresholds(opts, scratch.subarray(0, m));
    for (let p = start[g]; p < start[g + 1]; p++) {
      const i = order[p];
      out[i] = tierOf(values[i], t, pareto);
    }
  }
  return out;
}

/** Thresholds of one group of customers (`sample` is rearranged). */
function thresholds(opts: ResolvedTierOptions, sample: Float64Array): Float64Array {
  if (sample.length === 0) return new Float64Array(opts.cuts.length).fill(Infinity);
  return opts.method === "pareto"
    ? paretoThresholds(sample, opts.cuts)
    : rankThresholds(sample, opts.cuts);
}

/** Tier of one value from its group's non-increasing thresholds. */
function tierOf(v: number, t: Float64Array, pareto: boolean): number {
  if (v !== v) return -1;
  if (pareto && !(v > 0)) return t.length;
  let k = 0;
  while (k < t.length && v < t[k]) k++;
  return k;
}
