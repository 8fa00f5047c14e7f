/**
 * Value segmentation matrices (PRODUCT 2.7). Two 2 x 2 matrices place each customer by
 * whether it is "high" (>= the cut) on each axis; cuts default to the medians.
 *
 * - Value x loyalty (x = value or sales, y = loyalty): Core, At risk, Grow, Phase out.
 * - Margin x cost to serve (x = margin, y = cost to serve): Protect, Costly, Passive, Challenging.
 *
 * Segment ids are stable keys for the UI (localise by id); labels and one-line actions are
 * the English texts, kept here once.
 */
import { median } from "./stats";

/** Which matrix: value x loyalty, or margin x cost to serve. */
export type SegmentMatrix = "loyalty" | "cost";

/** Stable segment keys. */
export type SegmentId =
  "core" | "atRisk" | "grow" | "phaseOut" | "protect" | "costly" | "passive" | "challenging";

/** The label shown in cells (English; what CRM.SEGMENT returns). */
export const SEGMENT_LABELS: Readonly<Record<SegmentId, string>> = Object.freeze({
  core: "Core",
  atRisk: "At risk",
  grow: "Grow",
  phaseOut: "Phase out",
  protect: "Protect",
  costly: "Costly",
  passive: "Passive",
  challenging: "Challenging",
});

/**
 * Each matrix's four segments in the order CRM.SEGMENT's `labels` argument names them (the
 * order the function's documentation lists them).
 */
export const MATRIX_SEGMENTS: Readonly<Record<SegmentMatrix, readonly SegmentId[]>> = Object.freeze(
  {
    loyalty: Object.freeze(["core", "atRisk", "grow", "phaseOut"] as const),
    cost: Object.freeze(["protect", "costly", "passive", "challenging"] as const),
  }
);

/** The recommended action per segment, one line each (PRODUCT 2.7 wording). */
export const SEGMENT_ACTIONS: Readonly<Record<SegmentId, string>> = Object.freeze({
  core: "Protect: the firm's most precious asset; keep service and attention high.",
  atRisk: "Manage tightly: watch for channel conflict, price dumping and unpaid receivables.",
  grow: "Support and coach: tomorrow's stars.",
  phaseOut: "Phase out: serve at minimum cost or let go.",
  protect: "Protect: hidden profit and an easy target for competitors.",
  costly:
    "Profitable only if the margin covers the cost: cut the cost to serve or raise the margin.",
  passive: "Low value but profitable: serve efficiently at low cost.",
  challenging: "Fix the cost, reprice, keep for reputation, or let go.",
});

/** The quadrants of one matrix: [x high][y high]. */
export interface MatrixQuadrants {
  highHigh: SegmentId;
  highLow: SegmentId;
  lowHigh: SegmentId;
  lowLow: SegmentId;
}

/** Each matrix's quadrants, keyed by (x high?, y high?). */
export const SEGMENT_MATRICES: Readonly<Record<SegmentMatrix, Readonly<MatrixQuadrants>>> =
  Object.freeze({
    // x = value, y = loyalty
    loyalty: Object.freeze({
      highHigh: "core",
      highLow: "atRisk",
      lowHigh: "grow",
      lowLow: "phaseOut",
    } as const),
    // x = margin, y = cost to serve: low cost is the good side
    cost: Object.freeze({
      highHigh: "costly",
      highLow: "protect",
      lowHigh: "challenging",
      lowLow: "passive",
    } as const),
  });

/**
 * The segment of one customer.
 *
 * @param x The customer's value (loyalty matrix) or margin (cost matrix).
 * @param y The customer's loyalty or cost to serve.
 * @param xCut "High" on x means x >= xCut.
 * @param yCut "High" on y means y >= yCut.
 * @param matrix Which matrix (default "loyalty").
 * @returns The segment id.
 * @example segmentOf(10, 2, 5, 5) // "atRisk"
 * @example segmentOf(10, 2, 5, 5, "cost") // "protect"
 */
export function segmentOf(
  x: number,
  y: number,
  xCut: number,
  yCut: number,
  matrix: SegmentMatrix = "loyalty"
): SegmentId {
  const q = SEGMENT_MATRICES[matrix];
  if (x >= xCut) return y >= yCut ? q.highHigh : q.highLow;
  return y >= yCut ? q.lowHigh : q.lowLow;
}

/** Segments of many customers and the cuts used. */
export interface SegmentResult {
  /** Segment per customer, `undefined` where x or y is NaN (no value). */
  ids: (SegmentId | undefined)[];
  xCut: number;
  yCut: number;
}

/**
 * Segments many customers; a missing cut defaults to the median of that axis over the
 * customers with both values (NaN marks a missing value).
 *
 * @param xs Values on the x axis, NaN where missing.
 * @param ys Values on the y axis, NaN where missing; same length as xs.
 * @param matrix Which matrix (default "loyalty").
 * @param xCut Cut on x (default the median).
 * @param yCut Cut on y (default the median).
 * @returns The segment per customer and the cuts used (NaN when no customer has both values).
 * @throws {RangeError} When xs and ys differ in length.
 * @example segmentMany([1, 2, 3, 4], [4, 3, 2, 1]).ids // ["grow", "grow", "atRisk", "atRisk"] (medians 2.5, 2.5)
 * Cost: O(n) expected (medians by selection).
 */
export function segmentMany(
  xs: ArrayLike<number>,
  ys: ArrayLike<number>,
  matrix: SegmentMatrix = "loyalty",
  xCut?: number,
  yCut?: number
): SegmentResult {
  const n = xs.length;
  if (ys.length !== n) throw new RangeError(`x has ${n} values but y has ${ys.length}.`);
  if (xCut === undefined || yCut === undefined) {
    // Medians over the customers that have both values, so both cuts describe the same people.
    const px = new Float64Array(n);
    const py = new Float64Array(n);
    for (let k = 0; k < n; k++) {
      const both = xs[k] === xs[k] && ys[k] === ys[k];
      px[k] = both ? xs[k] : NaN;
      py[k] = both ? ys[k] : NaN;
    }
    if (xCut === undefined) xCut = median(px);
    if (yCut === undefined) yCut = median(py);
  }
  const ids: (SegmentId | undefined)[] = new Array(n);
  for (let k = 0; k < n; k++) {
    ids[k] =
      xs[k] === xs[k] && ys[k] === ys[k] ? segmentOf(xs[k], ys[k], xCut, yCut, matrix) : undefined;
  }
  return { ids, xCut, yCut };
}
