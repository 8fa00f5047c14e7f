/**
 * What the tiers say: customers and sales per tier, and the Pareto chart's data (sorted sales
 * with the cumulative share and the tier bands), small enough to draw for 100,000 customers.
 */

export interface TierSummaryRow {
  label: string;
  customers: number;
  /** customers / tiered customers. */
  customerShare: number;
  /** Net sales of the tier (negative sales, returns and credits, subtracted). */
  sales: number;
  /**
   * The tier's share of sales by the SHARE RULE: positive sales over the total positive
   * sales of tiered customers (NaN when there is none). See {@link summarizeTiers}.
   */
  salesShare: number;
}

export interface TierSummary {
  rows: TierSummaryRow[];
  /** Customers with a tier. */
  tiered: number;
  /** Rows without one (blank or non-numeric sales). */
  untiered: number;
  /** Total (net) sales of tiered customers. */
  totalSales: number;
  /** Total positive sales of tiered customers: the 100% of every share of sales. */
  positiveSales: number;
  /** Tiered customers with negative sales, and their sum (<= 0): counted as 0 in the shares. */
  negative: { customers: number; sales: number };
}

/**
 * Customers and sales per tier.
 *
 * The SHARE RULE (one rule for every "share of sales" we show: this table, the concentration
 * "the top 20% hold X%" of `concentration`, the Pareto line and the Pareto method): a share
 * of sales is a sum of POSITIVE sales over the total positive sales; a negative sale (a
 * return, a credit) counts as 0. Shares then lie in [0, 1] and add up to 100%, and tier A's
 * share equals the concentration when A is the top 20%. The Sales column stays net.
 *
 * @param values Sales per row (NaN where untiered).
 * @param tiers Tier index per row (-1 untiered), as from `assignTiers`.
 * @param labels Tier labels (index 0 best).
 * @returns One row per label, in label order, plus totals.
 * @throws {RangeError} When `values` and `tiers` differ in length or a tier index has no label.
 * @example summarizeTiers([50, 30, 20, NaN], Int32Array.of(0, 1, 2, -1), ["A", "B", "C"]).rows[0]
 * // { label: "A", customers: 1, customerShare: 1/3, sales: 50, salesShare: 0.5 }
 * Cost: O(n).
 */
export function summarizeTiers(
  values: ArrayLike<number>,
  tiers: ArrayLike<number>,
  labels: readonly string[]
): TierSummary {
  if (values.length !== tiers.length)
    throw new RangeError(
      `values and tiers differ in length (${values.length} vs ${tiers.length}).`
    );
  const K = labels.length;
  const count = new Float64Array(K);
  const sum = new Float64Array(K);
  const pos = new Float64Array(K);
  const negative = { customers: 0, sales: 0 };
  let untiered = 0;
  for (let i = 0; i < tiers.length; i++) {
    const t = tiers[i];
    if (t < 0) {
      untiered++;
      continue;
    }
    if (t >= K) throw new RangeError(`tier index ${t} has no label (${K} labels).`);
    const v = values[i];
    count[t]++;
    sum[t] += v;
    if (v > 0) pos[t] += v;
    else if (v < 0) {
      negative.customers++;
      negative.sales += v;
    }
  }
  let tiered = 0;
  let totalSales = 0;
  let positiveSales = 0;
  for (let k = 0; k < K; k++) {
    tiered += count[k];
    totalSales += sum[k];
    positiveSales += pos[k];
  }
  const rows = labels.map((label, k) => ({
    label,
    customers: count[k],
    customerShare: tiered > 0 ? count[k] / tiered : 0,
    sales: sum[k],
    salesShare: positiveSales > 0 ? pos[k] / positiveSales : NaN,
  }));
  return { rows, tiered, untiered, totalSales, positiveSales, negative };
}

/** One bar of the Pareto chart: a run of consecutive ranks. */
export interface ParetoPoint {
  /** First and last rank in the bucket, 1-based (1 = largest sales). */
  fromRank: number;
  toRank: number;
  /** Sum of the bucket's sales. */
  sales: number;
  /** Mean sales per customer of the bucket (the bar's height; the customer's sales when alone). */
  mean: number;
  /** Share of total positive sales held by ranks 1..toRank (the line). */
  cumulativeShare: number;
  /** The bucket's tier index (its most common tier; the better one on a tie). */
  tier: number;
}

/** A tier's run of ranks (only when tiers follow rank order, i.e. without groups). */
export interface ParetoBand {
  tier: number;
  label: string;
  fromRank: number;
  toRank: number;
}

export interface ParetoSeries {
  points: ParetoPoint[];
  /** Tier bands; empty when tiers do not follow global rank order (tiering within groups). */
  bands: ParetoBand[];
  /** Customers on the chart (tiered). */
  customers: number;
  /** Total positive sales (the line's 100%). */
  totalPositive: number;
}

/**
 * Pareto chart data: tiered customers sorted by sales (descending, ties by row), grouped into
 * at most about `maxPoints` buckets of consecutive ranks, with the cumulative share of positive
 * sales. Without groups tiers follow rank order and buckets never straddle a tier boundary
 * (each band gets buckets in proportion to its size), so bands can be drawn exactly.
 *
 * @param values Sales per row (NaN where untiered).
 * @param tiers Tier index per row (-1 untiered).
 * @param labels Tier labels.
 * @param maxPoints Target number of buckets (default 200; bands may add one each).
 * @returns Points, bands, customer count and total positive sales.
 * @throws {RangeError} When `values` and `tiers` differ in length or maxPoints < 1.
 * @example paretoSeries([10, 30, 60], Int32Array.of(2, 1, 0), ["A", "B", "C"]).points.map((p) => p.cumulativeShare)
 * // [0.6, 0.9, 1]
 * Cost: O(n log n) (one sort), deterministic.
 */
export function paretoSeries(
  values: ArrayLike<number>,
  tiers: ArrayLike<number>,
  labels: readonly string[],
  maxPoints = 200
): ParetoSeries {
  if (values.length !== tiers.length)
    throw new RangeError(
      `values and tiers differ in length (${values.length} vs ${tiers.length}).`
    );
  if (!(maxPoints >= 1)) throw new RangeError(`maxPoints must be at least 1.`);
  let m = 0;
  for (let i = 0; i < tiers.length; i++) if (tiers[i] >= 0 && values[i] === values[i]) m++;
  const order = new Uint32Array(m);
  m = 0;
  for (let i = 0; i < tiers.length; i++)
    if (tiers[i] >= 0 && values[i] === values[i]) order[m++] = i;
  order.sort((a, b) => values[b] - values[a] || a - b);
  let totalPositive = 0;
  // Summed in rank order, as the line is, so the last point is exactly 1.
  for (let r = 0; r < m; r++) if (values[order[r]] > 0) totalPositive += values[order[r]];

  // Runs of equal tier along the rank order; as many runs as tiers at most means bands exist.
  const runs: Array<{ tier: number; from: number; to: number }> = [];
  for (let r = 0; r < m; r++) {
    const t = tiers[order[r]];
    const last = runs[runs.length - 1];
    if (last && last.tier === t) last.to = r;
    else runs.push({ tier: t, from: r, to: r });
  }
  const banded =
    runs.length <= labels.length && runs.every((x, i) => i === 0 || x.tier > runs[i - 1].tier);
  const size = Math.max(1, Math.ceil(m / maxPoints));
  const segments = banded ? runs : [{ tier: -1, from: 0, to: m - 1 }];

  const points: ParetoPoint[] = [];
  let cumulative = 0;
  const K = labels.length;
  const counts = new Int32Array(Math.max(K, 1));
  for (const seg of segments) {
    const len = seg.to - seg.from + 1;
    if (len <= 0) continue;
    const buckets = Math.ceil(len / size);
    for (let b = 0; b < buckets; b++) {
      // Even split of the segment: bucket b holds ranks [from + floor(b*len/buckets), ...).
      const lo = seg.from + Math.floor((b * len) / buckets);
      const hi = seg.from + Math.floor(((b + 1) * len) / buckets) - 1;
      let sum = 0;
      counts.fill(0);
      for (let r = lo; r <= hi; r++) {
        const v = values[order[r]];
        sum += v;
        if (v > 0) cumulative += v;
        counts[tiers[order[r]]]++;
      }
      let tier = seg.tier;
      if (tier < 0) {
        tier = 0;
        for (let k = 1; k < K; k++) if (counts[k] > counts[tier]) tier = k;
      }
      points.push({
        fromRank: lo + 1,
        toRank: hi + 1,
        sales: sum,
        mean: sum / (hi - lo + 1),
        cumulativeShare: totalPositive > 0 ? Math.min(1, cumulative / totalPositive) : 0,
        tier,
      });
    }
  }
  const bands = banded
    ? runs.map((x) => ({
        tier: x.tier,
        label: labels[x.tier],
        fromRank: x.from + 1,
        toRank: x.to + 1,
      }))
    : [];
  return { points, bands, customers: m, totalPositive };
}
