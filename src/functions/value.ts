/**
 * Adapters of CRM.CLV, CRM.SEGMENT, CRM.SCORE and CRM.VISITS: read Excel's arguments, judge
 * blank and text cells per customer, call the pure core, and lay the results out as one
 * column (one row per customer). Argument problems throw {@link ArgError} (guard makes them a
 * 1 x 1 error); problems with one customer's cells become that customer's error cell.
 */
import {
  ArgError,
  asGrid,
  Cell,
  cfError,
  isErrorCell,
  isOmitted,
  numberCell,
  numberVector,
  optionalNumber,
  optionalText,
  OutCell,
  shapeOf,
  vector,
} from "./args";
import { isEmptyCell } from "../core/excel/cell";
import { ClvError, clvMany, DEFAULT_DISCOUNT_RATE } from "../core/clv";
import { MATRIX_SEGMENTS, SEGMENT_LABELS, SegmentMatrix, segmentMany } from "../core/segment";
import { ScoreError, scoreMany } from "../core/score";
import { DEFAULT_VISIT_POLICY, VisitPolicy, visitsForTier } from "../core/visitPolicy";

type Err = CustomFunctions.Error;

/** A number cell read fast: numbers pass without a call, the rest through {@link numberCell}. */
export function readNumber(c: Cell, what: string): number | null | Err {
  return typeof c === "number" && Number.isFinite(c) ? c : numberCell(c, what);
}

/** A range that must be a single column; returns its cells. */
export function column(arg: unknown, name: string): Cell[] {
  const grid = asGrid(arg, name);
  const [, cols] = shapeOf(grid);
  if (cols !== 1)
    throw new ArgError(
      "value",
      `${name} must be a single column (one row per customer), got ${cols} columns.`
    );
  return grid.map((row) => row[0]);
}

export function sameRows(n: number, m: number, name: string, first: string): void {
  if (m !== n)
    throw new ArgError(
      "value",
      `${name} has ${m} rows but ${first} has ${n}: give one row per customer.`
    );
}

/**
 * What each customer row shows when it is not its computed value: a typed flag per row (so
 * the million-row path stays on typed arrays) and the first error of each bad row in a map.
 */
export class RowStates {
  private readonly state: Uint8Array; // 0 value, 1 blank, 2 error
  private readonly errors = new Map<number, OutCell>();
  constructor(n: number) {
    this.state = new Uint8Array(n);
  }
  /** The row shows this error, unless it is already blank or failed (the first reason wins). */
  fail(k: number, e: OutCell): void {
    if (this.state[k] !== 0) return;
    this.state[k] = 2;
    this.errors.set(k, e);
  }
  /** The row is blank unless it already has an error. */
  blank(k: number): void {
    if (this.state[k] === 0) this.state[k] = 1;
  }
  /** The result column: the (shown) value, "" or the error of each row. */
  column<T>(
    values: ArrayLike<T>,
    show: (v: T) => OutCell = (v) => v as unknown as OutCell
  ): OutCell[][] {
    const n = this.state.length;
    const out: OutCell[][] = new Array(n);
    for (let k = 0; k < n; k++) {
      const st = this.state[k];
      out[k] = [st === 0 ? show(values[k]) : st === 1 ? "" : (this.errors.get(k) as OutCell)];
    }
    return out;
  }
}

/** A core settings error: out of range or wrong, the user sees #VALUE! with its message. */
function rethrowCore(e: unknown): never {
  if (e instanceof ClvError || e instanceof ScoreError) throw new ArgError("value", e.message);
  throw e;
}

/**
 * CRM.CLV. Margin n x 1 or n x T (a blank row gives a blank result; a blank cell in a
 * partly filled row is a margin of 0 for that period); retention scalar, n x 1, 1 x T or
 * n x T; acquisition cost scalar or n x 1 (a blank cell is 0).
 */
export function clvImpl(
  margin: unknown,
  retention: unknown,
  discountRate: unknown,
  periods: unknown,
  acquisitionCost: unknown
): OutCell[][] {
  const mg = asGrid(margin, "Margin");
  const [n, mc] = shapeOf(mg);
  const i = optionalNumber(discountRate, DEFAULT_DISCOUNT_RATE, "Discount rate");
  const T = optionalNumber(periods, NaN, "Periods");

  // Per-row judgement kept off the hot path: a typed flag per row, the rare errors in a map.
  const rows = new RowStates(n);
  const m = new Float64Array(n * mc);
  for (let k = 0; k < n; k++) {
    const row = mg[k];
    let blanks = 0;
    for (let t = 0; t < mc; t++) {
      const c = row[t];
      if (typeof c === "number" && Number.isFinite(c)) {
        m[k * mc + t] = c;
        continue;
      }
      const x = numberCell(c, mc > 1 ? `Margin (period ${t + 1})` : "Margin");
      if (x === null)
        blanks++; // a blank period inside a filled row: no margin that period
      else if (typeof x === "number") m[k * mc + t] = x;
      else rows.fail(k, x);
    }
    if (blanks === mc) rows.blank(k);
  }

  // Retention: omitted = 1; one row shared by everyone, or one row per customer.
  let r = Float64Array.of(1);
  let rc = 1;
  let perCustomer = false;
  if (!isOmitted(retention)) {
    const rg = asGrid(retention, "Retention");
    const [rr, cols] = shapeOf(rg);
    rc = cols;
    if (rr !== 1 && rr !== n) {
      throw new ArgError(
        "value",
        `Retention has ${rr} rows: give one value, one row of per-period rates, or one row per customer (${n}).`
      );
    }
    perCustomer = rr > 1;
    r = new Float64Array(rr * rc);
    for (let k = 0; k < rr; k++) {
      for (let t = 0; t < rc; t++) {
        const what = rc > 1 ? `Retention (period ${t + 1})` : "Retention";
        const x = readNumber(rg[k][t], what);
        if (typeof x === "number") {
          r[k * rc + t] = x;
          continue;
        }
        const err =
          x === null ? cfError("value", `${what} is blank: give a rate between 0 and 1.`) : x;
        if (!perCustomer)
          throw new ArgError(
            err.code === "#N/A" ? "na" : "value",
            err.message || `${what} is not a number.`
          );
        r[k * rc + t] = NaN;
        rows.fail(k, err);
      }
    }
  }

  // Acquisition cost: omitted = 0; one value or one per customer.
  let ac = Float64Array.of(0);
  if (!isOmitted(acquisitionCost)) {
    const ag = asGrid(acquisitionCost, "Acquisition cost");
    const [ar, acols] = shapeOf(ag);
    if (acols !== 1 || (ar !== 1 && ar !== n)) {
      throw new ArgError(
        "value",
        `Acquisition cost must be one value or one column with one row per customer (${n}).`
      );
    }
    ac = new Float64Array(ar);
    for (let k = 0; k < ar; k++) {
      const x = readNumber(ag[k][0], "Acquisition cost");
      if (typeof x === "number") ac[k] = x;
      else if (x === null) ac[k] = 0;
      else if (ar === 1)
        throw new ArgError("value", x.message || "Acquisition cost must be a number.");
      else {
        ac[k] = NaN;
        rows.fail(k, x);
      }
    }
  }

  let result;
  try {
    result = clvMany({
      n,
      margin: m,
      marginCols: mc,
      retention: r,
      retentionCols: rc,
      retentionPerCustomer: perCustomer,
      acquisitionCost: ac,
      discountRate: i,
      periods: Number.isNaN(T) ? undefined : T,
    });
  } catch (e) {
    rethrowCore(e);
  }
  for (const issue of result.issues) rows.fail(issue.row, cfError("value", issue.message));
  return rows.column(result.values);
}

/**
 * A `labels` argument of four texts (the workbook's language), or `defaults` when omitted.
 *
 * @param names What the four label, in order, for the error message.
 * @throws {ArgError} For other than four texts.
 */
export function fourLabels(
  arg: unknown,
  defaults: readonly string[],
  names: string
): readonly string[] {
  if (isOmitted(arg)) return defaults;
  const cells = vector(arg, "Labels");
  if (cells.length !== 4)
    throw new ArgError("value", `Labels must be four texts (${names}), got ${cells.length}.`);
  return cells.map((c, i) => {
    if (isErrorCell(c) || typeof c === "boolean" || isEmptyCell(c))
      throw new ArgError("value", `Labels item ${i + 1} must be text.`);
    return String(c).trim();
  });
}

const MATRICES: Record<string, SegmentMatrix> = { loyalty: "loyalty", cost: "cost" };

/** CRM.SEGMENT: x and y one column each, same rows; blank x or y gives a blank result. */
export function segmentImpl(
  x: unknown,
  y: unknown,
  matrix: unknown,
  xCut: unknown,
  yCut: unknown,
  labels?: unknown
): OutCell[][] {
  const xs = column(x, "x");
  const ys = column(y, "y");
  sameRows(xs.length, ys.length, "y", "x");
  const name = optionalText(matrix, "loyalty", "Matrix").toLowerCase();
  const mx = MATRICES[name];
  if (!mx)
    throw new ArgError(
      "value",
      `Matrix must be "loyalty" (value x loyalty) or "cost" (margin x cost to serve), got "${name}".`
    );
  const xc = optionalNumber(xCut, NaN, "xCut");
  const yc = optionalNumber(yCut, NaN, "yCut");
  const order = MATRIX_SEGMENTS[mx];
  const given = fourLabels(
    labels,
    order.map((id) => SEGMENT_LABELS[id]),
    order.map((id) => SEGMENT_LABELS[id]).join(", ")
  );
  const labelOf = new Map(order.map((id, i) => [id, given[i]]));

  const n = xs.length;
  const xv = new Float64Array(n);
  const yv = new Float64Array(n);
  const rows = new RowStates(n);
  for (let k = 0; k < n; k++) {
    const a = readNumber(xs[k], "x");
    const b = readNumber(ys[k], "y");
    xv[k] = typeof a === "number" ? a : NaN;
    yv[k] = typeof b === "number" ? b : NaN;
    if (a !== null && typeof a !== "number") rows.fail(k, a);
    else if (b !== null && typeof b !== "number") rows.fail(k, b);
    else if (a === null || b === null) rows.blank(k);
  }
  const res = segmentMany(
    xv,
    yv,
    mx,
    Number.isNaN(xc) ? undefined : xc,
    Number.isNaN(yc) ? undefined : yc
  );
  return rows.column(res.ids, (id) => (id === undefined ? "" : (labelOf.get(id) ?? "")));
}

/**
 * CRM.SCORE: one column per indicator; a row that is entirely blank gives a blank result; a
 * text cell gives that row a #VALUE! (its numeric cells still count in the column ranges).
 */
export function scoreImpl(indicators: unknown, weights: unknown, directions: unknown): OutCell[][] {
  const g = asGrid(indicators, "Indicators");
  const [n, k] = shapeOf(g);
  const w = isOmitted(weights) ? undefined : numberVector(weights, "Weights");
  const d = isOmitted(directions) ? undefined : numberVector(directions, "Directions");
  const v = new Float64Array(n * k);
  const rows = new RowStates(n);
  for (let r = 0; r < n; r++) {
    let blanks = 0;
    for (let j = 0; j < k; j++) {
      const x = readNumber(g[r][j], `Indicator ${j + 1}`);
      if (typeof x === "number") v[r * k + j] = x;
      else {
        v[r * k + j] = NaN;
        if (x === null) blanks++;
        else rows.fail(r, x);
      }
    }
    if (blanks === k) rows.blank(r);
  }
  let s: Float64Array;
  try {
    s = scoreMany(v, n, k, w, d);
  } catch (e) {
    rethrowCore(e);
  }
  return rows.column(s);
}

/**
 * Reads a visit policy range: two columns (label, visits per 4 weeks). Fully blank rows are
 * skipped; a first row whose visits cell is non-numeric text is taken as a header.
 */
function readPolicy(arg: unknown): VisitPolicy {
  const g = asGrid(arg, "Policy");
  const [, cols] = shapeOf(g);
  if (cols !== 2)
    throw new ArgError(
      "value",
      `Policy must have two columns (tier label, visits per 4 weeks), got ${cols}.`
    );
  const policy: Record<string, number> = Object.create(null);
  const seen = new Set<string>();
  g.forEach(([label, count], idx) => {
    if (isEmptyCell(label) && isEmptyCell(count)) return;
    const vis = readNumber(count, `Policy visits (row ${idx + 1})`);
    if (idx === 0 && typeof count === "string" && !isEmptyCell(count) && typeof vis !== "number")
      return; // a header row
    if (isEmptyCell(label) || isErrorCell(label) || typeof label === "boolean") {
      throw new ArgError("value", `Policy row ${idx + 1} needs a tier label.`);
    }
    if (typeof vis !== "number")
      throw new ArgError("value", `Policy row ${idx + 1}: visits must be a number.`);
    if (!Number.isInteger(vis) || vis < 0) {
      throw new ArgError(
        "value",
        `Policy row ${idx + 1}: visits per 4 weeks must be a whole number >= 0, got ${vis}.`
      );
    }
    const key = String(label).trim();
    if (seen.has(key.toUpperCase()))
      throw new ArgError("value", `Policy lists tier "${key}" twice.`);
    seen.add(key.toUpperCase());
    policy[key] = vis;
  });
  if (seen.size === 0)
    throw new ArgError("value", "Policy is empty: give rows of tier label and visits per 4 weeks.");
  return policy;
}

/** CRM.VISITS: tiers one column; a tier missing from the policy gives that cell #N/A. */
export function visitsImpl(tiers: unknown, policy: unknown): OutCell[][] {
  const ts = column(tiers, "Tiers");
  const p = isOmitted(policy) ? DEFAULT_VISIT_POLICY : readPolicy(policy);
  return ts.map((c): OutCell[] => {
    if (isEmptyCell(c)) return [""];
    if (isErrorCell(c)) return [c];
    if (typeof c === "boolean")
      return [cfError("value", `Tier must be a label, got ${c ? "TRUE" : "FALSE"}.`)];
    const label = String(c).trim();
    const v = visitsForTier(label, p);
    return [v === undefined ? cfError("na", `No visit policy for tier "${label}"`) : v];
  });
}
