/**
 * The Churn view's "declining" list (issue 15 part 3), host-agnostic: reads the sales per
 * period columns of a list and finds the customers whose trend is below the threshold (the rule
 * behind CRM.TREND), A customers first, by value at risk. The result joins the lapsed customers
 * on the Churn watch sheet (`mergeFlagged`, then `buildChurnWatch`).
 */
import { isEmptyCell } from "../core/excel/cell";
import { findDeclining, type DecliningOptions, type LapsedCustomer } from "../core/churn";
import { readNumericColumn } from "../core/excel/number";
import type { ListSnapshot } from "../host/types";
import { churnCustomersFromList, type ChurnColumns } from "./churn";

/** The columns the decline check reads (0-based within the list). */
export interface DecliningColumns extends ChurnColumns {
  /** First and last period columns, oldest to newest (adjacent columns in between). */
  periods: [number, number];
  /** A tier column (A customers first); omitted: tiered by the value at risk. */
  tier?: number;
}

/** Headers that look like periods: 2024-01, 2024年1月, 1月, Jan, M1, Q1, P1, 第1期. */
const PERIOD_RE =
  /^(\d{4}\s*[-/.年]\s*\d{1,2}\s*月?|\d{1,2}\s*月(份)?|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(\s*'?\d{2,4})?|[mqp]\s*\d{1,2}|(19|20)\d{2}\s*(q\s*\d|年)?|第\s*\d+\s*[期月季周])$/i;

/**
 * The longest run of adjacent numeric columns whose headers look like periods, oldest first as
 * they stand; undefined when there are fewer than two.
 *
 * @param header The list's headers.
 * @param numeric Numeric columns (0-based).
 * @returns [first, last], or undefined.
 * @example guessPeriodColumns(["Customer", "Jan", "Feb", "Mar"], [1, 2, 3]) // [1, 3]
 * Cost: O(columns).
 */
export function guessPeriodColumns(
  header: readonly string[],
  numeric: readonly number[]
): [number, number] | undefined {
  const ok = new Set(numeric.filter((c) => PERIOD_RE.test((header[c] ?? "").trim())));
  let best: [number, number] | undefined;
  for (let c = 0; c < header.length; c++) {
    if (!ok.has(c) || ok.has(c - 1)) continue;
    let e = c;
    while (ok.has(e + 1)) e++;
    if (e > c && (!best || e - c > best[1] - best[0])) best = [c, e];
  }
  return best;
}

/**
 * The declining customers of a list.
 *
 * @param snapshot The list.
 * @param cols Customer (required), id, rep, value at risk (ignored when it is one of the period
 *   columns), tier and the period columns.
 * @param o Threshold (default -0.3) and window (default 3).
 * @returns As `findDeclining` (rows without a name are skipped).
 * @throws {RangeError} For period columns outside the list or in the wrong order, or bad options.
 * @example decliningFromList(s, { customer: 0, periods: [2, 13] }, { threshold: -0.3 })
 * Cost: O(n x periods).
 */
export function decliningFromList(
  snapshot: ListSnapshot,
  cols: DecliningColumns,
  o: DecliningOptions = {}
): LapsedCustomer[] {
  const [first, last] = cols.periods;
  if (!(Number.isInteger(first) && Number.isInteger(last) && 0 <= first && first <= last))
    throw new RangeError(`The period columns must run left to right (got ${first}..${last}).`);
  if (last >= snapshot.header.length)
    throw new RangeError(`Period column ${last} is outside the list.`);
  const p = last - first + 1;
  const periods = Array.from(
    { length: p },
    (_, t) => readNumericColumn(snapshot.rows, first + t).values
  );
  // A value column that is one of the periods (the sales guess often lands on a month) says
  // nothing about the value at risk: the earlier window's sales are used instead.
  const inPeriods = cols.value !== undefined && cols.value >= first && cols.value <= last;
  const base = churnCustomersFromList(snapshot, inPeriods ? { ...cols, value: undefined } : cols);
  const histories = base.map((c) => {
    const sales = new Float64Array(p);
    for (let t = 0; t < p; t++) sales[t] = periods[t][c.row];
    const tierCell = cols.tier === undefined ? null : snapshot.rows[c.row][cols.tier];
    return {
      row: c.row,
      name: c.name,
      id: c.id,
      rep: c.rep,
      sales,
      value: typeof c.value === "number" ? c.value : undefined,
      tier: isEmptyCell(tierCell) ? null : String(tierCell),
    };
  });
  return findDeclining(histories, o);
}
