/**
 * How far a customer list really goes, and which of its rows are not customers (PRODUCT 2.12).
 * Excel's CurrentRegion stops at the first blank row; real lists have blank rows inside, total
 * and subtotal rows, a header repeated on every printed page and notes under the data. These
 * rules are shared by every host (the in-memory host and the command line read the grid here;
 * the Office.js host reads the rows under Excel's region and hands them to the same code).
 */
import { isEmptyCell } from "../excel/cell";
import { cellNumber } from "../excel/number";
import { nfkc } from "../excel/nfkc";

/** Why a data row of a list is not a customer. */
export type LeftOutReason =
  /** Nothing in the row (a blank row inside the list). */
  | "blank"
  /** A total or subtotal row (合计, 小计, Total, an Excel table's totals row, a sum of the rows above). */
  | "total"
  /** The header repeated inside the data (an export with one header per printed page). */
  | "header"
  /** A note under the list ("注：金额单位为元"): one text cell in a row of a wider list. */
  | "note"
  /** The user left it out (a test customer, a total the rules missed): see rowOverride.ts. */
  | "user";

/** A data row left out, by its index in the snapshot's rows (0-based). */
export interface LeftOutRow {
  index: number;
  reason: LeftOutReason;
}

/** Reads a cell of a row-major grid (rows may be missing or short). */
type CellOf = (r: number, c: number) => unknown;

/** Non-empty cells of row r in columns c0..c0+cols-1. */
function filledIn(cell: CellOf, r: number, c0: number, cols: number): number {
  let n = 0;
  for (let c = c0; c < c0 + cols; c++) if (!isEmptyCell(cell(r, c))) n++;
  return n;
}

const text = (v: unknown): string => (typeof v === "string" ? nfkc(v).trim() : "");

// Total labels: the Chinese words at the end of a short cell ("华东小计", "合计：", "小计(华东)"), the English
// ones as the whole label or its last word ("Total", "Grand total", "East subtotal", "Total:"),
// never inside a longer name ("Total Petroleum Ltd" is a customer).
const TOTAL_ZH = /^[^\d]{0,10}(合计|总计|小计|共计)[:：]?(\([^)]{0,12}\))?[:：]?$/;
const TOTAL_EN =
  /^(?:[a-z][\w&.'-]*\s+){0,3}(?:grand\s+|sub\s*-?\s*)?totals?\s*[:：]?$|^sum\s*[:：]?$/i;

/**
 * True when a cell's text labels a total or subtotal row.
 *
 * @param v The cell.
 * @returns Whether it reads as a total label.
 * @example isTotalLabel("合计") // true
 * @example isTotalLabel("East subtotal") // true
 * @example isTotalLabel("Total Petroleum Ltd") // false
 */
export function isTotalLabel(v: unknown): boolean {
  return totalLabelText(text(v));
}

// Every total label holds 计 (合计 总计 小计 共计) or the letters "total" or "sum" in a row:
// text without them (nearly every cell of a list) is no label, known after one native scan.
const TOTAL_WORD = /计|total|sum/i;

/** {@link isTotalLabel} of a cell's text as `text` gives it. */
function totalLabelText(folded: string): boolean {
  if (folded === "" || !TOTAL_WORD.test(folded)) return false;
  const t = folded.replace(/\s+/g, " ");
  if (t.length > 24) return false;
  return TOTAL_ZH.test(t.replace(/ /g, "")) || TOTAL_EN.test(t);
}

/** True for a formula that sums other cells (=SUM(...), =SUBTOTAL(...), =AGGREGATE(9,...)). */
export function isSumFormula(f: unknown): boolean {
  return typeof f === "string" && /^=\s*(SUM|SUBTOTAL|AGGREGATE)\s*\(/i.test(f);
}

/** Text that stands for "no value" in a cell, not a header word ("N/A", "-", "无", "#N/A"). */
const PLACEHOLDER = /^(n\/?a|na|none|null|nil|tbd|unknown|无|暂无|空|[-—–/?x.]+|#.*)$/i;

/** True when a cell holds text that is neither a number nor a placeholder (a header word). */
export function isWordCell(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = text(v);
  return t !== "" && !PLACEHOLDER.test(t) && Number.isNaN(cellNumber(t));
}

/**
 * True when row `r` reads as a header row rather than data: at least two text cells, every
 * filled cell a word (no number, no "N/A"), and text where the rows below hold numbers in some
 * column (or the same texts as `header`).
 */
export function headerLike(
  cell: CellOf,
  r: number,
  c0: number,
  cols: number,
  below: number,
  header?: readonly string[]
): boolean {
  let texts = 0;
  let same = 0;
  for (let c = 0; c < cols; c++) {
    const v = cell(r, c0 + c);
    if (isEmptyCell(v)) continue;
    if (!isWordCell(v)) return false;
    texts++;
    if (header && header[c] !== undefined && header[c] !== "" && text(v) === text(header[c]))
      same++;
  }
  if (texts < 2) return false;
  if (same * 2 >= texts) return true;
  for (let c = 0; c < cols; c++) {
    if (typeof cell(r, c0 + c) !== "string") continue;
    let nums = 0;
    let seen = 0;
    for (let q = r + 1; q <= below && seen < 20; q++) {
      const v = cell(q, c0 + c);
      if (isEmptyCell(v)) continue;
      seen++;
      if (typeof v === "number" || !Number.isNaN(cellNumber(v))) nums++;
    }
    if (seen > 0 && nums * 2 >= seen) return true;
  }
  return false;
}

/** Where a list ends, and why. */
export interface ListEnd {
  /** 0-based sheet row of the list's last row (data, or a left-out row inside it). */
  lastRow: number;
  /** 0-based sheet row where another list's header starts below, if one was found. */
  nextListRow?: number;
}

/** The most blank rows crossed between two parts of one list. */
export const MAX_BLANK_GAP = 100;

/**
 * Where a list that Excel's current region ends at `regionLast` really ends: it continues
 * across blank rows while the next rows are data of the same columns (at least two filled
 * cells, or all of a narrower list's) and no new header row starts there. A row of one cell
 * (a note, a title of the next list) ends it; so does a header row (two stacked lists with
 * their own headers are two lists), whose position is returned.
 *
 * @param cell The sheet's cells (0-based row, column; anything non-empty counts).
 * @param c0 First column of the list.
 * @param cols Columns of the list.
 * @param regionLast Last row of Excel's current region around the list.
 * @param sheetLast Last row of the sheet holding anything.
 * @param header The list's header texts (a repeated copy of it is not a new list).
 * @returns The last row of the list and, when the list stopped at a new header, that row.
 * @example listEnd((r, c) => grid[r]?.[c], 0, 2, 3, 9) // { lastRow: 9 } for blank row 4 inside the data
 * Cost: O(rows crossed x cols).
 */
export function listEnd(
  cell: CellOf,
  c0: number,
  cols: number,
  regionLast: number,
  sheetLast: number,
  header?: readonly string[]
): ListEnd {
  const need = Math.min(2, cols);
  let last = regionLast;
  for (;;) {
    let r = last + 1;
    while (r <= sheetLast && r - last <= MAX_BLANK_GAP && filledIn(cell, r, c0, cols) === 0) r++;
    if (r > sheetLast || r - last > MAX_BLANK_GAP) return { lastRow: last };
    if (filledIn(cell, r, c0, cols) < need) return { lastRow: last };
    // The block that starts there ends at its own next blank row.
    let end = r;
    while (end + 1 <= sheetLast && filledIn(cell, end + 1, c0, cols) > 0) end++;
    if (headerLike(cell, r, c0, cols, end, header)) {
      const repeated =
        header !== undefined &&
        header.some((h, c) => h !== "" && text(cell(r, c0 + c)) === text(h));
      if (!repeated) return { lastRow: last, nextListRow: r };
    }
    last = end;
  }
}

/** Options of {@link classifyRows}. */
export interface ClassifyOptions {
  /** Formulas of the data rows where known (same shape as rows; null where none). */
  formulas?: ReadonlyArray<ReadonlyArray<string | null>>;
  /** The last row is an Excel table's totals row. */
  totalsRow?: boolean;
}

/**
 * The rows of a list that are not customers: blank rows, the header repeated inside the data,
 * total and subtotal rows (a total label in any cell, a =SUM/SUBTOTAL formula, a table's totals
 * row) and notes at the bottom (rows of one text cell when the list has three columns or more).
 * A total found only by its value (the sum of the rows above) needs the sales column: see
 * {@link findSumRows}.
 *
 * @param header The header texts.
 * @param rows The data rows.
 * @param options Formulas, table totals row.
 * @returns The rows left out, ascending.
 * @example classifyRows(["客户", "销售额"], [["甲", 1], [null, null], ["合计", 1]]) // [{ index: 1, reason: "blank" }, { index: 2, reason: "total" }]
 * Cost: O(rows x cols).
 */
export function classifyRows(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  options: ClassifyOptions = {}
): LeftOutRow[] {
  const n = rows.length;
  const width = header.length;
  const out: LeftOutRow[] = [];
  const reasons: (LeftOutReason | null)[] = new Array(n).fill(null);
  const hasHeader = header.some((h) => h !== "");
  // The header's texts once, not once per cell; "" where a header cell is blank (never matched).
  const headerText = header.map((h) => (h ? text(h) : ""));
  for (let i = 0; i < n; i++) {
    const r = rows[i] ?? [];
    let filled = 0;
    let sameAsHeader = 0;
    let total = false;
    const end = Math.max(width, r.length);
    for (let c = 0; c < end; c++) {
      const v = r[c];
      if (isEmptyCell(v)) continue;
      filled++;
      if (typeof v === "string") {
        const t = text(v);
        if (hasHeader && header[c] && t === headerText[c]) sameAsHeader++;
        if (!total && totalLabelText(t)) total = true;
      }
      if (!total && isSumFormula(options.formulas?.[i]?.[c])) total = true;
    }
    if (filled === 0) reasons[i] = "blank";
    else if (total || (options.totalsRow && i === n - 1)) reasons[i] = "total";
    else if (sameAsHeader >= 2 && sameAsHeader * 2 >= filled) reasons[i] = "header";
  }
  // Notes: trailing rows of one text cell (after blank and total rows) in a list of 3+ columns.
  if (width >= 3) {
    for (let i = n - 1; i >= 0; i--) {
      if (reasons[i] === "blank" || reasons[i] === "total") continue;
      const r = rows[i] ?? [];
      const cells = r.filter((v) => !isEmptyCell(v));
      if (cells.length === 1 && typeof cells[0] === "string" && Number.isNaN(cellNumber(cells[0])))
        reasons[i] = "note";
      else break;
    }
  }
  reasons.forEach((reason, index) => reason && out.push({ index, reason }));
  return out;
}

/**
 * Rows whose sales are the sum of the customer rows above them (since the previous such row, or
 * of all of them), with no customer name or a total label: a total row the labels missed
 * (e.g. a =SUM row whose label cell is blank, read from a file as values). At least two rows
 * must be summed, and the match must be exact to a cent.
 *
 * @param values Sales per row (NaN where none).
 * @param names Customer cells per row (undefined when there is no customer column: then none).
 * @param skip Rows already left out (1 = skip).
 * @returns Indices of the sum rows found, ascending.
 * @example findSumRows(Float64Array.of(1, 2, 3), [ "a", "b", null ], new Uint8Array(3)) // [2]
 * Cost: O(n).
 */
export function findSumRows(
  values: ArrayLike<number>,
  names: ReadonlyArray<unknown> | undefined,
  skip: ArrayLike<number>
): number[] {
  const found: number[] = [];
  // Without names every row is "unnamed": an ascending list (1, 2, 3) would lose its top row.
  if (names === undefined) return found;
  let since = 0;
  let sinceCount = 0;
  let all = 0;
  let allCount = 0;
  for (let i = 0; i < values.length; i++) {
    if (skip[i]) continue;
    const v = values[i];
    if (v !== v) continue;
    const unnamed = isEmptyCell(names[i]) || isTotalLabel(names[i]);
    const near = (s: number) => Math.abs(v - s) < 0.005 + Math.abs(s) * 1e-12;
    if (unnamed && ((sinceCount >= 2 && near(since)) || (allCount >= 2 && near(all)))) {
      found.push(i);
      since = 0;
      sinceCount = 0;
      continue;
    }
    since += v;
    sinceCount++;
    all += v;
    allCount++;
  }
  return found;
}
