/**
 * What the Value view shows about a segmentation (PRODUCT 2.7): customers and value per
 * quadrant, the cuts used (medians by default) and a bounded set of scatter points for the
 * pane's chart. The segment rule itself is `segment.ts` (written once, also behind
 * CRM.SEGMENT); this module only counts.
 */
import {
  SEGMENT_ACTIONS,
  SEGMENT_LABELS,
  SEGMENT_MATRICES,
  segmentMany,
  type MatrixQuadrants,
  type SegmentId,
  type SegmentMatrix,
} from "./segment";

/** Most points the pane's scatter draws (more only slows the chart without showing more). */
export const DEFAULT_MAX_SCATTER_POINTS = 2000;

/** One quadrant of the matrix. */
export interface QuadrantStats {
  id: SegmentId;
  /** English label (what CRM.SEGMENT writes); the pane localises by id. */
  label: string;
  /** One-line recommended action (English; localise by id). */
  action: string;
  /** Which side of each cut: x >= xCut, y >= yCut. */
  xHigh: boolean;
  yHigh: boolean;
  /** Customers in the quadrant. */
  count: number;
  /** Sum of their value (NaN values count as 0). */
  value: number;
  /** count / customers placed (0 when none). */
  countShare: number;
  /** value / total value of the customers placed (0 when the total is 0). */
  valueShare: number;
}

/** A segmentation summarised. */
export interface SegmentStats {
  matrix: SegmentMatrix;
  /** Cuts used (given, else the medians; NaN when no customer has both values). */
  xCut: number;
  yCut: number;
  /** Quadrants in the order high/high, high/low, low/high, low/low (x first). */
  quadrants: QuadrantStats[];
  /** Segment per customer (undefined where x or y is missing). */
  ids: (SegmentId | undefined)[];
  /** Customers placed in a quadrant. */
  placed: number;
  /** Customers left out because x or y is missing (NaN). */
  missing: number;
  /** Total value of the customers placed. */
  totalValue: number;
}

/** Options of {@link segmentStats}. */
export interface SegmentStatsOptions {
  /** Which matrix (default "loyalty"). */
  matrix?: SegmentMatrix;
  /** Cut on x (default: the median of x over customers with both values). */
  xCut?: number;
  /** Cut on y (default: the median of y, same customers). */
  yCut?: number;
  /**
   * Value summed per quadrant, one per customer (e.g. sales or CLV). Default: x itself (the
   * value axis of the loyalty matrix, the margin of the cost matrix).
   */
  values?: ArrayLike<number>;
}

const QUADRANT_ORDER: ReadonlyArray<[keyof MatrixQuadrants, boolean, boolean]> = [
  ["highHigh", true, true],
  ["highLow", true, false],
  ["lowHigh", false, true],
  ["lowLow", false, false],
];

/**
 * Segments the customers and counts customers and value per quadrant.
 *
 * @param xs Values on the x axis (NaN = missing).
 * @param ys Values on the y axis (NaN = missing), same length.
 * @param options Matrix, cuts, and the value to sum.
 * @returns The cuts used, the four quadrants and the segment of each customer.
 * @throws {RangeError} When xs, ys (or values) differ in length.
 * @example segmentStats([1, 2, 3, 4], [1, 2, 3, 4]).quadrants[0] // { id: "core", count: 2, value: 7, ... }
 * Cost: O(n) expected (medians by selection).
 */
export function segmentStats(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  options: SegmentStatsOptions = {}
): SegmentStats {
  const matrix = options.matrix ?? "loyalty";
  const values = options.values ?? xs;
  if (values.length !== xs.length)
    throw new RangeError(`values has ${values.length} entries but x has ${xs.length}.`);
  const res = segmentMany(xs, ys, matrix, options.xCut, options.yCut);
  const q = SEGMENT_MATRICES[matrix];
  const count = new Map<SegmentId, number>();
  const sum = new Map<SegmentId, number>();
  let placed = 0;
  let total = 0;
  for (let k = 0; k < res.ids.length; k++) {
    const id = res.ids[k];
    if (id === undefined) continue;
    placed++;
    const v = values[k] === values[k] ? values[k] : 0;
    total += v;
    count.set(id, (count.get(id) ?? 0) + 1);
    sum.set(id, (sum.get(id) ?? 0) + v);
  }
  const quadrants = QUADRANT_ORDER.map(([key, xHigh, yHigh]): QuadrantStats => {
    const id = q[key];
    const c = count.get(id) ?? 0;
    const v = sum.get(id) ?? 0;
    return {
      id,
      label: SEGMENT_LABELS[id],
      action: SEGMENT_ACTIONS[id],
      xHigh,
      yHigh,
      count: c,
      value: v,
      countShare: placed > 0 ? c / placed : 0,
      valueShare: total !== 0 ? v / total : 0,
    };
  });
  return {
    matrix,
    xCut: res.xCut,
    yCut: res.yCut,
    quadrants,
    ids: res.ids,
    placed,
    missing: res.ids.length - placed,
    totalValue: total,
  };
}

/**
 * The default cuts: the median of each axis over the customers that have both values (the
 * same rule CRM.SEGMENT applies when its cuts are omitted).
 *
 * @param xs Values on x (NaN = missing).
 * @param ys Values on y (NaN = missing).
 * @returns The two medians (NaN when no customer has both values).
 * @throws {RangeError} When xs and ys differ in length.
 * @example defaultCuts([1, 2, 3], [5, NaN, 7]) // { xCut: 2, yCut: 6 }
 * Cost: O(n) expected.
 */
export function defaultCuts(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>
): { xCut: number; yCut: number } {
  const { xCut, yCut } = segmentMany(xs, ys);
  return { xCut, yCut };
}

/** One point of the pane's scatter. */
export interface ScatterPoint {
  /** 0-based data row (to select the customer). */
  row: number;
  x: number;
  y: number;
  segment: SegmentId;
}

/**
 * The points to draw, at most `maxPoints`: every placed customer when they fit; else a
 * systematic sample (every m/max-th placed customer, in row order) plus the customers holding
 * the smallest and largest x and y, so the chart's axes span the real data. Deterministic: the
 * same input always gives the same points.
 *
 * @param xs Values on x (NaN = missing).
 * @param ys Values on y.
 * @param ids Segment per customer (from {@link segmentStats}); undefined ones are skipped.
 * @param maxPoints Upper bound on the points returned (default 2,000; at least 4).
 * @returns Points in row order.
 * @throws {RangeError} When lengths differ or maxPoints < 4.
 * @example scatterPoints([1, 2], [3, 4], ["phaseOut", "core"]).length // 2
 * Cost: O(n).
 */
export function scatterPoints(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  ids: ReadonlyArray<SegmentId | undefined>,
  maxPoints = DEFAULT_MAX_SCATTER_POINTS
): ScatterPoint[] {
  const n = xs.length;
  if (ys.length !== n || ids.length !== n)
    throw new RangeError("x, y and segments must have one entry per customer.");
  if (!(maxPoints >= 4)) throw new RangeError(`maxPoints must be at least 4, got ${maxPoints}.`);
  const placed: number[] = [];
  for (let k = 0; k < n; k++)
    if (ids[k] !== undefined && xs[k] === xs[k] && ys[k] === ys[k]) placed.push(k);
  const m = placed.length;
  let chosen: number[];
  if (m <= maxPoints) chosen = placed;
  else {
    // The extremes first (first occurrence of each), then a systematic sample filling the rest.
    let minX = placed[0],
      maxX = placed[0],
      minY = placed[0],
      maxY = placed[0];
    for (const k of placed) {
      if (xs[k] < xs[minX]) minX = k;
      if (xs[k] > xs[maxX]) maxX = k;
      if (ys[k] < ys[minY]) minY = k;
      if (ys[k] > ys[maxY]) maxY = k;
    }
    const keep = new Set<number>([minX, maxX, minY, maxY]);
    const budget = maxPoints - keep.size;
    for (let j = 0; j < budget; j++) keep.add(placed[Math.floor((j * m) / budget)]);
    chosen = Array.from(keep).sort((a, b) => a - b);
  }
  return chosen.map((k) => ({ row: k, x: xs[k], y: ys[k], segment: ids[k] as SegmentId }));
}
