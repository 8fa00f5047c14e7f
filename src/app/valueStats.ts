/**
 * What the Value jobs show before (or after) writing, shared by the pane and `crm value`: the
 * segment matrix's quadrants and the value classes' table, read from the list's columns by the
 * same cell rule as the written columns.
 */
import { readNumericColumn } from "../core/excel/number";
import type { SegmentMatrix } from "../core/segment";
import {
  scatterPoints,
  segmentStats,
  type ScatterPoint,
  type SegmentStats,
} from "../core/segmentStats";
import { valueClasses, valueClassStats, type ValueClassStats } from "../core/valueClass";
import type { ListSnapshot } from "../host/types";

/**
 * The segment matrix of two list columns.
 *
 * @param snapshot The list.
 * @param o Axes (list columns), matrix, optional cuts (default: the medians).
 * @returns The quadrants, cuts and customers placed (see `segmentStats`).
 * Cost: O(n).
 */
export function segmentView(snapshot: ListSnapshot, o: SegmentChoice): SegmentStats {
  return segmentPreview(snapshot, o, 0).stats;
}

/** Axes (list columns), matrix, optional cuts (default: the medians). */
export interface SegmentChoice {
  x: number;
  y: number;
  matrix: SegmentMatrix;
  xCut?: number;
  yCut?: number;
}

/**
 * What the pane shows of a segment matrix: its quadrants, the medians (the cuts by default)
 * and the points of the scatter.
 *
 * @param snapshot The list.
 * @param o Axes, matrix, cuts.
 * @param maxPoints Points drawn at most (a systematic sample beyond; 0: no points).
 * @returns The stats at the cuts, the stats at the medians, the points.
 */
export function segmentPreview(
  snapshot: ListSnapshot,
  o: SegmentChoice,
  maxPoints: number
): { stats: SegmentStats; medians: SegmentStats; points: ScatterPoint[] } {
  const xs = readNumericColumn(snapshot.rows, o.x).values;
  const ys = readNumericColumn(snapshot.rows, o.y).values;
  const stats = segmentStats(xs, ys, { matrix: o.matrix, xCut: o.xCut, yCut: o.yCut });
  const atMedians = o.xCut === undefined && o.yCut === undefined;
  const medians = atMedians ? stats : segmentStats(xs, ys, { matrix: o.matrix });
  const points = maxPoints > 0 ? scatterPoints(xs, ys, stats.ids, maxPoints) : [];
  return { stats, medians, points };
}

/**
 * The value classes of a list: customers, value and share per class, and the customers not
 * classed (no value).
 *
 * @param snapshot The list.
 * @param o Value, cost-to-serve and potential columns; the top share (default 5%).
 * @returns One entry per class, and how many are missing.
 */
export function valueClassView(
  snapshot: ListSnapshot,
  o: { value: number; cost?: number; potential?: number; topShare?: number }
): { stats: ValueClassStats[]; missing: number } {
  const read = (c: number | undefined) =>
    c === undefined ? undefined : readNumericColumn(snapshot.rows, c).values;
  const values = read(o.value) as Float64Array;
  const classes = valueClasses(values, {
    costToServe: read(o.cost),
    potential: read(o.potential),
    topShare: o.topShare,
  });
  let missing = 0;
  for (const c of classes) if (c < 0) missing++;
  return { stats: valueClassStats(values, classes), missing };
}
