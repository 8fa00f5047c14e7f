/**
 * Adapters of CRM.CCV, CRM.CPV and CRM.VALUECLASS (issue 15 parts 1-2): read Excel's arguments,
 * judge blank and text cells per customer as CRM.CLV does, call the pure core, and lay the
 * results out as one column. Every argument problem is a `#VALUE!` carrying its reason (Excel
 * shows a message only for #VALUE! and #N/A).
 */
import {
  ArgError,
  asGrid,
  cfError,
  isOmitted,
  optionalNumber,
  shapeOf,
  type Cell,
  type OutCell,
} from "./args";
import { isEmptyCell } from "../core/excel/cell";
import { column, fourLabels, readNumber, RowStates, sameRows } from "./value";
import { ClvError, DEFAULT_DISCOUNT_RATE, DEFAULT_HORIZON } from "../core/clv";
import { currentValues, potentialValues, type ValueResult } from "../core/currentValue";
import { DEFAULT_TOP_SHARE, VALUE_CLASS_LABELS, valueClasses } from "../core/valueClass";

/** A column of numbers, NaN where blank or not a number (that row then shows the cell's error). */
function numbers(cells: Cell[], what: string, rows: RowStates): Float64Array {
  const out = new Float64Array(cells.length);
  for (let k = 0; k < cells.length; k++) {
    const x = readNumber(cells[k], what);
    if (typeof x === "number") out[k] = x;
    else {
      out[k] = NaN;
      if (x !== null) rows.fail(k, x);
    }
  }
  return out;
}

/**
 * Blanks the rows whose cell is blank in a required column. Called after every column is read,
 * so a text cell elsewhere in the row still shows its error (an error says more than a blank).
 */
function blankWhereBlank(cells: Cell[], rows: RowStates): void {
  for (let k = 0; k < cells.length; k++) if (isEmptyCell(cells[k])) rows.blank(k);
}

/** The horizon arguments, defaults applied (the core checks them). */
function horizonArgs(periods: unknown, discountRate: unknown) {
  return {
    periods: optionalNumber(periods, DEFAULT_HORIZON, "Periods"),
    discountRate: optionalNumber(discountRate, DEFAULT_DISCOUNT_RATE, "Discount rate"),
  };
}

/** Runs a core computation, turning its argument errors into #VALUE! with the reason. */
function core(run: () => ValueResult, rows: RowStates): OutCell[][] {
  let res: ValueResult;
  try {
    res = run();
  } catch (e) {
    if (e instanceof ClvError || e instanceof RangeError) throw new ArgError("value", e.message);
    throw e;
  }
  for (const issue of res.issues) rows.fail(issue.row, cfError("value", issue.message));
  return rows.column(res.values);
}

/** CRM.CCV: profit one column; a blank profit gives a blank, text a #VALUE! on that row. */
export function ccvImpl(profit: unknown, periods: unknown, discountRate: unknown): OutCell[][] {
  const cells = column(profit, "Profit");
  const rows = new RowStates(cells.length);
  const p = numbers(cells, "Profit", rows);
  blankWhereBlank(cells, rows);
  const h = horizonArgs(periods, discountRate);
  return core(() => currentValues(p, h), rows);
}

/**
 * CRM.CPV: potential profit and profit one column each, same rows (a blank in either gives a
 * blank); investment omitted (0), one value, or one column (a blank cell is 0).
 */
export function cpvImpl(
  potentialProfit: unknown,
  profit: unknown,
  periods: unknown,
  discountRate: unknown,
  investment: unknown
): OutCell[][] {
  const pot = column(potentialProfit, "Potential profit");
  const now = column(profit, "Profit");
  sameRows(pot.length, now.length, "Profit", "Potential profit");
  const n = pot.length;
  const rows = new RowStates(n);
  const a = numbers(pot, "Potential profit", rows);
  const b = numbers(now, "Profit", rows);
  const h = horizonArgs(periods, discountRate);
  let inv = Float64Array.of(0);
  if (!isOmitted(investment)) {
    const g = asGrid(investment, "Investment");
    const [r, c] = shapeOf(g);
    if (c !== 1 || (r !== 1 && r !== n))
      throw new ArgError(
        "value",
        `Investment must be one value or one column with one row per customer (${n}).`
      );
    if (r === 1 && n !== 1) {
      const x = readNumber(g[0][0], "Investment");
      if (x !== null && typeof x !== "number")
        throw new ArgError("value", x.message || "Investment must be a number.");
      inv = Float64Array.of(x ?? 0);
    } else
      inv = numbers(
        g.map((row) => row[0]),
        "Investment",
        rows
      ).map(blankIsZero);
  }
  blankWhereBlank(pot, rows);
  blankWhereBlank(now, rows);
  return core(() => potentialValues(a, b, h, inv), rows);
}

/** A blank investment cell is 0 (a text one already shows its error, so its value is moot). */
function blankIsZero(x: number): number {
  return x === x ? x : 0;
}

/** The four class labels: omitted gives the English defaults. */
function readLabels(arg: unknown): readonly string[] {
  return fourLabels(arg, VALUE_CLASS_LABELS, "most valuable, secondary, ordinary, negative");
}

/** An optional per-customer column: undefined when omitted, else its numbers (NaN blank). */
function optionalColumn(
  arg: unknown,
  name: string,
  n: number,
  rows: RowStates
): Float64Array | undefined {
  if (isOmitted(arg)) return undefined;
  const cells = column(arg, name);
  sameRows(n, cells.length, name, "Value");
  return numbers(cells, name, rows);
}

/**
 * CRM.VALUECLASS: value one column (blank: not a customer, blank result; text: #VALUE! on that
 * row and not ranked); cost to serve and potential optional columns of the same rows (a blank
 * cell: unknown for that customer; text: #VALUE! on that row).
 */
export function valueclassImpl(
  value: unknown,
  costToServe: unknown,
  potential: unknown,
  topShare: unknown,
  labels: unknown
): OutCell[][] {
  const cells = column(value, "Value");
  const n = cells.length;
  const rows = new RowStates(n);
  const v = numbers(cells, "Value", rows);
  const cost = optionalColumn(costToServe, "Cost to serve", n, rows);
  const pot = optionalColumn(potential, "Potential", n, rows);
  blankWhereBlank(cells, rows);
  const top = optionalNumber(topShare, DEFAULT_TOP_SHARE, "Top share");
  const names = readLabels(labels);
  let classes: Int8Array;
  try {
    classes = valueClasses(v, { costToServe: cost, potential: pot, topShare: top });
  } catch (e) {
    if (e instanceof RangeError) throw new ArgError("value", e.message);
    throw e;
  }
  return rows.column(classes, (c) => (c < 0 ? "" : names[c]));
}
