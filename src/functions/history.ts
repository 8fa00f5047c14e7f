/**
 * Adapters of the order-history functions (CRM.RFM, BGNBD, PALIVE, PURCHASES, GAMMAGAMMA,
 * SPEND, CLVHIST): they read Excel's arguments, call src/core/history and shape the result.
 *
 * Conventions:
 * - Per-customer functions (PALIVE, PURCHASES, SPEND, CLVHIST) return one cell per input row:
 *   a blank row gives "", a text cell or an impossible row (recency > age, a fractional
 *   frequency) #VALUE! with the reason in that row.
 * - The tables and fits (RFM, BGNBD, GAMMAGAMMA) cannot be partially right, so a bad input row
 *   makes the whole result one #VALUE! cell whose message names the row (1-based within the
 *   range); rows that are blank in every column are skipped.
 * - Errors follow args.ts: only #VALUE! and #N/A, the codes whose message Excel shows.
 * - A fit that does not converge gives #N/A "did not converge: ...", never parameters, and an
 *   error cell passed as `params` (e.g. that #N/A) is passed on as the result.
 */
import {
  ArgError,
  asGrid,
  Cell,
  cfError,
  ErrorKind,
  isErrorCell,
  numberCell,
  optionalNumber,
  OutCell,
  scalarArg,
  shapeOf,
} from "./args";
import { isEmptyCell } from "../core/excel/cell";
import {
  BgnbdParams,
  bgnbdFit,
  bgnbdParamsProblem,
  clvHistModel,
  conditionalExpectedPurchases,
  conditionalExpectedSpend,
  ConvergenceError,
  frtProblem,
  gammaGammaFit,
  GammaGammaParams,
  gammaGammaParamsProblem,
  pAlive,
  rfmSummary,
} from "../core/history";
import { toSerialDay } from "../core/excel/dates";

/** A per-cell error value (as `cfError` makes and Excel passes). */
type CfError = ReturnType<typeof cfError>;

/** A one-column (or one-row) range as a flat list, blanks kept so rows stay aligned. */
function column(arg: unknown, name: string): Cell[] {
  const grid = asGrid(arg, name);
  const [rows, cols] = shapeOf(grid);
  if (rows > 1 && cols > 1) throw new ArgError("value", `${name} must be a single column or row.`);
  return grid.flat();
}

function sameLength(cols: Cell[][], names: string[]): number {
  const n = cols[0].length;
  cols.forEach((c, i) => {
    if (c.length !== n)
      throw new ArgError("value", `${names[i]} must have as many rows as ${names[0]} (${n}).`);
  });
  return n;
}

/** An upstream error's kind: #N/A stays #N/A (no data), any other code becomes #VALUE!. */
function kindOf(code: string): ErrorKind {
  return code === "#N/A" ? "na" : "value";
}

/** The first `count` cells of a params range (row-major), as positive numbers, or an ArgError. */
function paramCells(arg: unknown, count: number, name: string, what: string): number[] {
  const cells = asGrid(arg, name).flat();
  // A failed fit upstream (e.g. #N/A "did not converge") is passed on as it is.
  const upstream = cells.slice(0, count).find((c) => isErrorCell(c)) as CfError | undefined;
  if (upstream) {
    throw new ArgError(
      kindOf(String(upstream.code)),
      upstream.message ? `${name}: ${upstream.message}` : `${name} holds an error.`
    );
  }
  if (cells.length < count)
    throw new ArgError("value", `${name} must hold ${what} (${count} cells).`);
  return cells.slice(0, count).map((c, i) => {
    const v = numberCell(c, `${name} item ${i + 1}`);
    if (typeof v !== "number")
      throw new ArgError("value", `${name} must hold ${what}; item ${i + 1} is not a number.`);
    return v;
  });
}

function bgParams(arg: unknown, name = "params"): BgnbdParams {
  const [r, alpha, a, b] = paramCells(arg, 4, name, "r, alpha, a, b from CRM.BGNBD");
  const p = { r, alpha, a, b };
  const problem = bgnbdParamsProblem(p);
  if (problem) throw new ArgError("value", `${name}: ${problem}.`);
  return p;
}

function ggParams(arg: unknown, name = "params"): GammaGammaParams {
  const [p, q, gamma] = paramCells(arg, 3, name, "p, q, gamma from CRM.GAMMAGAMMA");
  const g = { p, q, gamma };
  const problem = gammaGammaParamsProblem(g);
  if (problem) throw new ArgError("value", `${name}: ${problem}.`);
  if (!(q > 1))
    throw new ArgError("value", `${name}: q must exceed 1 for a finite expected spend (got ${q}).`);
  return g;
}

/** Reads one row's numbers; returns the values, null for an all-blank row, or a cell error. */
function rowNumbers(cols: Cell[][], names: string[], i: number): number[] | null | CfError {
  if (cols.every((c) => isEmptyCell(c[i]))) return null;
  const out: number[] = [];
  for (let k = 0; k < cols.length; k++) {
    const v = numberCell(cols[k][i], names[k]);
    if (v === null)
      return cfError("value", `${names[k]} is blank: ${names.join(", ")} are all needed.`);
    if (typeof v !== "number") return v;
    out.push(v);
  }
  return out;
}

/** Per-customer output: one cell per row from `fn` of the row's numbers. */
function perRow(cols: Cell[][], names: string[], fn: (v: number[]) => OutCell): OutCell[][] {
  const n = sameLength(cols, names);
  const out: OutCell[][] = new Array(n);
  for (let i = 0; i < n; i++) {
    const v = rowNumbers(cols, names, i);
    if (v === null) out[i] = [""];
    else if (!Array.isArray(v)) out[i] = [v];
    else {
      try {
        out[i] = [fn(v)];
      } catch (e) {
        out[i] = [cfError("value", e instanceof Error ? e.message : String(e))];
      }
    }
  }
  return out;
}

/**
 * Reads the rows of a fit's input, skipping all-blank rows; a non-number is an ArgError and a
 * row failing `check` an ArgError too, both naming the row.
 */
function fitRows(
  cols: Cell[][],
  names: string[],
  check: (v: number[]) => string | undefined
): number[][] {
  const n = sameLength(cols, names);
  const rows: number[][] = [];
  for (let i = 0; i < n; i++) {
    const v = rowNumbers(cols, names, i);
    if (v === null) continue;
    if (!Array.isArray(v))
      throw new ArgError("value", `Row ${i + 1}: ${v.message || "not a number"}`);
    const problem = check(v);
    if (problem) throw new ArgError("value", `Row ${i + 1}: ${problem}.`);
    rows.push(v);
  }
  if (rows.length === 0)
    throw new ArgError("value", `No customers: ${names.join(", ")} are blank.`);
  return rows;
}

function dateArg(arg: unknown, name: string): number | undefined {
  const v = scalarArg(arg);
  if (isEmptyCell(v)) return undefined;
  const d = toSerialDay(v);
  if (d === undefined)
    throw new ArgError("value", `${name} must be a date (an Excel date or ISO text yyyy-mm-dd).`);
  return d;
}

function numberArg(arg: unknown, fallback: number, name: string): number {
  const v = scalarArg(arg);
  if (isEmptyCell(v)) return fallback;
  const n = numberCell(v, name);
  if (typeof n !== "number") throw new ArgError("value", `${name} must be a number.`);
  return n;
}

/**
 * CRM.RFM: one row per customer, in order of the customer's first appearance in the order
 * table: customer, frequency, recency, age, monetary [, holdout repeat purchases, holdout
 * length]. Customers whose first order is after asOf are left out. A row with a blank customer,
 * a blank or unreadable date (not an Excel date nor ISO yyyy-mm-dd text) or a blank or
 * non-numeric amount gives one #VALUE! for the whole table naming that row; an all-blank row is
 * skipped.
 *
 * asOf defaults to the latest order date in the table (as the pane's order-history job and
 * lifetimes' `observation_period_end` do), never to today: custom functions are not volatile,
 * so a "today" default would silently go stale after midnight until something else made Excel
 * recalculate. A table without asOf changes only when its data does. A holdout needs an
 * explicit asOf (with the default there would be no order after it).
 */
export function rfmImpl(
  customers: unknown,
  dates: unknown,
  amounts: unknown,
  asOf?: unknown,
  periodDays?: unknown,
  holdoutEnd?: unknown
): OutCell[][] {
  const names = ["customers", "dates", "amounts"];
  const cols = [column(customers, names[0]), column(dates, names[1]), column(amounts, names[2])];
  const n = sameLength(cols, names);
  const givenEnd = dateArg(asOf, "asOf");
  const period = numberArg(periodDays, 7, "periodDays");
  if (!(period > 0)) throw new ArgError("value", "periodDays must be a positive number of days.");
  const hold = dateArg(holdoutEnd, "holdoutEnd");
  if (hold !== undefined && givenEnd === undefined)
    throw new ArgError("value", "holdoutEnd needs asOf: give the end of the calibration period.");
  if (hold !== undefined && givenEnd !== undefined && hold < givenEnd)
    throw new ArgError("value", "holdoutEnd must not be before asOf.");
  const ids: Array<string | number> = [];
  const days: number[] = [];
  const amts: number[] = [];
  for (let i = 0; i < n; i++) {
    const [c, d, a] = [cols[0][i], cols[1][i], cols[2][i]];
    if (isEmptyCell(c) && isEmptyCell(d) && isEmptyCell(a)) continue;
    const row = `Row ${i + 1}`;
    if (isEmptyCell(c)) throw new ArgError("value", `${row}: the customer is blank.`);
    if (typeof c !== "string" && typeof c !== "number")
      throw new ArgError("value", `${row}: the customer must be text or a number.`);
    const day = toSerialDay(d);
    if (day === undefined) {
      const shown = isEmptyCell(d) ? "blank" : isErrorCell(d) ? "an error value" : `"${String(d)}"`;
      throw new ArgError(
        "value",
        `${row}: the date is ${shown}; expected an Excel date or ISO text yyyy-mm-dd.`
      );
    }
    const amount = numberCell(a, "amount");
    if (typeof amount !== "number") {
      const shown = isEmptyCell(a) ? "blank" : isErrorCell(a) ? "an error value" : `"${String(a)}"`;
      throw new ArgError("value", `${row}: the amount is ${shown}; expected a number.`);
    }
    ids.push(c);
    days.push(day);
    amts.push(amount);
  }
  let end = givenEnd;
  if (end === undefined) {
    // The latest order date (a loop: spreading 100,000 days into Math.max overflows the stack).
    end = -Infinity;
    for (const d of days) if (d > end) end = d;
  }
  const s = rfmSummary(
    { customers: ids, days, amounts: amts },
    { asOf: end, periodDays: period, holdoutEnd: hold }
  );
  if (s.customers.length === 0)
    throw new ArgError("na", "No customer has an order on or before asOf.");
  return s.customers.map((id, k) => {
    const row: OutCell[] = [id, s.frequency[k], s.recency[k], s.age[k], s.monetary[k]];
    if (s.holdoutFrequency) row.push(s.holdoutFrequency[k], s.holdoutLength!);
    return row;
  });
}

const FRT = ["frequency", "recency", "age"];

function checkedFrt(v: number[]): string | undefined {
  return frtProblem(v[0], v[1], v[2]);
}

/** CRM.BGNBD: [[r, alpha, a, b, log-likelihood]]. */
export function bgnbdImpl(
  frequency: unknown,
  recency: unknown,
  age: unknown,
  penalty?: unknown
): OutCell[][] {
  const pen = penaltyArg(penalty);
  const cols = [column(frequency, FRT[0]), column(recency, FRT[1]), column(age, FRT[2])];
  const rows = fitRows(cols, FRT, checkedFrt);
  try {
    const fit = bgnbdFit(
      {
        frequency: rows.map((v) => v[0]),
        recency: rows.map((v) => v[1]),
        age: rows.map((v) => v[2]),
      },
      { penalty: pen }
    );
    const p = fit.params;
    return [[p.r, p.alpha, p.a, p.b, fit.logLikelihood]];
  } catch (e) {
    if (e instanceof ConvergenceError) throw new ArgError("na", e.message);
    if (e instanceof RangeError) throw new ArgError("value", e.message);
    throw e;
  }
}

/** CRM.PALIVE: P(alive) per row. */
export function paliveImpl(
  frequency: unknown,
  recency: unknown,
  age: unknown,
  params: unknown
): OutCell[][] {
  const p = bgParams(params);
  const cols = [column(frequency, FRT[0]), column(recency, FRT[1]), column(age, FRT[2])];
  return perRow(cols, FRT, (v) => {
    const problem = checkedFrt(v);
    return problem ? cfError("value", `${problem}.`) : pAlive(v[0], v[1], v[2], p);
  });
}

/** CRM.PURCHASES: expected repeat purchases in the next t periods per row. */
export function purchasesImpl(
  t: unknown,
  frequency: unknown,
  recency: unknown,
  age: unknown,
  params: unknown
): OutCell[][] {
  const horizon = numberArg(t, NaN, "t");
  if (Number.isNaN(horizon)) throw new ArgError("value", "t (periods ahead) is required.");
  if (!(horizon >= 0) || !Number.isFinite(horizon))
    throw new ArgError("value", "t must be a number of periods >= 0.");
  const p = bgParams(params);
  const cols = [column(frequency, FRT[0]), column(recency, FRT[1]), column(age, FRT[2])];
  return perRow(cols, FRT, (v) => {
    const problem = checkedFrt(v);
    return problem
      ? cfError("value", `${problem}.`)
      : conditionalExpectedPurchases(horizon, v[0], v[1], v[2], p);
  });
}

/** CRM.GAMMAGAMMA: [[p, q, gamma, log-likelihood]]. */
export function gammagammaImpl(
  frequency: unknown,
  monetary: unknown,
  penalty?: unknown
): OutCell[][] {
  const pen = penaltyArg(penalty);
  const names = ["frequency", "monetary"];
  const rows = fitRows([column(frequency, names[0]), column(monetary, names[1])], names, (v) =>
    v[0] >= 0 && Number.isInteger(v[0]) ? undefined : "frequency must be a whole number >= 0"
  );
  try {
    const fit = gammaGammaFit(
      rows.map((v) => v[0]),
      rows.map((v) => v[1]),
      { penalty: pen }
    );
    const g = fit.params;
    return [[g.p, g.q, g.gamma, fit.logLikelihood]];
  } catch (e) {
    if (e instanceof ConvergenceError) throw new ArgError("na", e.message);
    if (e instanceof RangeError) throw new ArgError("value", e.message);
    throw e;
  }
}

/** The optional penalty argument of the fits: omitted or blank = 0 (plain maximum likelihood). */
function penaltyArg(arg: unknown): number {
  const c = optionalNumber(arg, 0, "penalty");
  if (!(c >= 0)) throw new ArgError("value", `The penalty must be a number >= 0, got ${c}.`);
  return c;
}

/** CRM.SPEND: conditional expected average spend per row. */
export function spendImpl(frequency: unknown, monetary: unknown, params: unknown): OutCell[][] {
  const g = ggParams(params);
  const names = ["frequency", "monetary"];
  return perRow([column(frequency, names[0]), column(monetary, names[1])], names, ([x, m]) => {
    if (!(x >= 0) || !Number.isInteger(x))
      return cfError("value", "frequency must be a whole number >= 0.");
    if (x > 0 && m < 0) return cfError("value", "monetary must be >= 0.");
    return conditionalExpectedSpend(x, m, g);
  });
}

/** CRM.CLVHIST: discounted CLV per row. */
export function clvhistImpl(
  frequency: unknown,
  recency: unknown,
  age: unknown,
  monetary: unknown,
  bgParamsArg: unknown,
  ggParamsArg: unknown,
  months?: unknown,
  monthlyDiscount?: unknown,
  margin?: unknown,
  periodDays?: unknown
): OutCell[][] {
  const bg = bgParams(bgParamsArg, "bgParams");
  const gg = ggParams(ggParamsArg, "ggParams");
  const horizon = numberArg(months, 12, "months");
  if (!(horizon >= 0) || !Number.isInteger(horizon) || horizon > 1200) {
    throw new ArgError("value", "months must be a whole number from 0 to 1200.");
  }
  const d = numberArg(monthlyDiscount, 0.01, "monthlyDiscount");
  if (!(d > -1) || !Number.isFinite(d))
    throw new ArgError("value", "monthlyDiscount must be a rate above -1 (e.g. 0.01).");
  const mg = numberArg(margin, 1, "margin");
  if (!(mg >= 0 && mg <= 1)) throw new ArgError("value", "margin must be between 0 and 1.");
  const period = numberArg(periodDays, 7, "periodDays");
  if (!(period > 0) || !Number.isFinite(period))
    throw new ArgError("value", "periodDays must be a positive number of days.");
  const names = ["frequency", "recency", "age", "monetary"];
  const cols = [
    column(frequency, names[0]),
    column(recency, names[1]),
    column(age, names[2]),
    column(monetary, names[3]),
  ];
  // One model for all rows: the month ends, discount factors and per-(x, T) sums are shared.
  const clv = clvHistModel(bg, gg, {
    months: horizon,
    monthlyDiscount: d,
    margin: mg,
    periodDays: period,
  });
  return perRow(cols, names, (v) => {
    const problem = checkedFrt(v);
    if (problem) return cfError("value", `${problem}.`);
    if (v[0] > 0 && v[3] < 0) return cfError("value", "monetary must be >= 0.");
    return clv(v[0], v[1], v[2], v[3]);
  });
}
