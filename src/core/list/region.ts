/**
 * Finding the customer list around a cell, as Excel's CurrentRegion does, and its header row.
 * Used by the in-memory host and the command line (the Office.js host asks Excel itself).
 */
import { isEmptyCell, type CellValue } from "../excel/cell";
import { cellNumber } from "../excel/number";
import { headerLike, isWordCell, listEnd, type ListEnd } from "./extent";

/**
 * A sparse-ish grid: `cells[r][c]`; missing rows or cells are empty. Cells may hold values or
 * anything else a host keeps (e.g. `{ formula }` objects), which count as non-empty.
 */
export type Grid = ReadonlyArray<ReadonlyArray<unknown> | null | undefined>;

/** A rectangle of a grid, 0-based. */
export interface GridRect {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The cell at (r, c) of a sparse grid; `null` where missing. */
export function cellAt(cells: Grid, r: number, c: number): unknown {
  if (r < 0 || c < 0) return null;
  const line = cells[r];
  if (!line) return null;
  const v = line[c];
  return v === undefined ? null : v;
}

function filled(cells: Grid, r: number, c: number): boolean {
  return !isEmptyCell(cellAt(cells, r, c));
}

/** True when some cell of row r in columns c0..c1 is non-empty. */
function rowHas(cells: Grid, r: number, c0: number, c1: number): boolean {
  if (r < 0) return false;
  const line = cells[r];
  if (!line) return false;
  const end = Math.min(c1, line.length - 1);
  for (let c = Math.max(0, c0); c <= end; c++) if (!isEmptyCell(line[c])) return true;
  return false;
}

/** True when some cell of column c in rows r0..r1 is non-empty. */
function colHas(cells: Grid, c: number, r0: number, r1: number): boolean {
  if (c < 0) return false;
  const end = Math.min(r1, cells.length - 1);
  for (let r = Math.max(0, r0); r <= end; r++) if (filled(cells, r, c)) return true;
  return false;
}

/**
 * The contiguous block of non-empty cells around (row, col), like Excel's `CurrentRegion`:
 * the rectangle grows while any cell touching its border (diagonals included) is non-empty.
 *
 * @param cells The grid (sparse rows allowed).
 * @param row 0-based row of the starting cell.
 * @param col 0-based column of the starting cell.
 * @returns The rectangle, or `null` when it holds no non-empty cell (an isolated empty cell).
 * @throws {RangeError} For a negative or non-integer position.
 * @example currentRegion([[null, null], [null, "a", 1], [null, "b", 2]], 0, 0) // { row: 0, col: 0, rows: 3, cols: 3 }
 * Cost: O(area of the region + its perimeter x the number of growth rounds); a list grows in
 * one or two rounds, so O(rows x cols) in practice.
 */
export function currentRegion(cells: Grid, row: number, col: number): GridRect | null {
  if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) {
    throw new RangeError(
      `the starting cell must have non-negative integer coordinates, got (${row}, ${col}).`
    );
  }
  let top = row;
  let left = col;
  let bottom = row;
  let right = col;
  let changed = true;
  while (changed) {
    changed = false;
    // Each direction grows as far as it can before the next is tried: the full-height column
    // scans then run once per added column, not once per added row.
    while (rowHas(cells, bottom + 1, left - 1, right + 1)) {
      bottom++;
      changed = true;
    }
    while (top > 0 && rowHas(cells, top - 1, left - 1, right + 1)) {
      top--;
      changed = true;
    }
    while (colHas(cells, right + 1, top - 1, bottom + 1)) {
      right++;
      changed = true;
    }
    while (left > 0 && colHas(cells, left - 1, top - 1, bottom + 1)) {
      left--;
      changed = true;
    }
  }
  const rect = { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  if (rect.rows === 1 && rect.cols === 1 && !filled(cells, row, col)) return null;
  return rect;
}

/** What a cell holds, for header detection and column profiles. */
export type CellKind = "empty" | "number" | "text" | "date" | "bool" | "other";

/**
 * The kind of a cell: numeric text ("1,234.5") counts as a number, by the same rule as
 * {@link cellNumber} (users paste numbers as text, and CRM.TIER accepts them); a `Date` is a date.
 *
 * @param v The cell.
 * @returns Its kind.
 * @example cellKind(" 12.5 ") // "number"
 */
export function cellKind(v: unknown): CellKind {
  if (isEmptyCell(v)) return "empty";
  if (typeof v === "number") return Number.isFinite(v) ? "number" : "other";
  if (typeof v === "string") return Number.isNaN(cellNumber(v)) ? "text" : "number";
  if (typeof v === "boolean") return "bool";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "other" : "date";
  return "other";
}

/** How many rows below a header candidate are looked at to see numeric data. */
const HEADER_LOOKAHEAD = 50;

/**
 * Index of the header row of a block (a list read as rows): the first of its first `maxScan`
 * rows whose cells are mostly text (at least half of the block's used columns) and that sits
 * above numeric data (some column is text in that row and mostly numbers or dates below).
 * Rows above it (a title) are not part of the list. When no row qualifies, a first row made
 * only of text is the header (a list without numbers; the checks say so later); otherwise
 * the block has no header (-1).
 *
 * @param block Rows of the list (each row an array of cells).
 * @param maxScan How many leading rows may be the header (default 10).
 * @returns The header row's index in `block`, or -1 for a headerless list.
 * @example detectHeaderRow([["Customer", "Sales"], ["Ann", 10]]) // 0
 * @example detectHeaderRow([["Ann", 10], ["Bob", 20]]) // -1
 * Cost: O(maxScan x 50 x cols).
 */
export function detectHeaderRow(
  block: ReadonlyArray<ReadonlyArray<unknown>>,
  maxScan = 10
): number {
  if (block.length === 0) return -1;
  const width = block.reduce((w, r) => Math.max(w, r ? r.length : 0), 0);
  const used: boolean[] = new Array(width).fill(false);
  const limit = Math.min(block.length, maxScan + HEADER_LOOKAHEAD);
  for (let r = 0; r < limit; r++)
    for (let c = 0; c < width; c++) if (!isEmptyCell(block[r]?.[c])) used[c] = true;
  const usedCols = used.filter(Boolean).length;
  const need = Math.max(1, Math.ceil(usedCols / 2));
  const kinds = (r: number): CellKind[] =>
    Array.from({ length: width }, (_, c) => cellKind(block[r]?.[c]));
  const scan = Math.min(maxScan, block.length - 1);
  for (let r = 0; r < scan; r++) {
    const k = kinds(r);
    const text = k.filter((x) => x === "text").length;
    const numeric = k.filter((x) => x === "number" || x === "date").length;
    if (text < need || numeric > text) continue;
    for (let c = 0; c < width; c++) {
      if (k[c] !== "text") continue;
      let num = 0;
      let nonEmpty = 0;
      const end = Math.min(block.length, r + 1 + HEADER_LOOKAHEAD);
      for (let q = r + 1; q < end; q++) {
        const kq = cellKind(block[q]?.[c]);
        if (kq === "empty") continue;
        nonEmpty++;
        if (kq === "number" || kq === "date") num++;
      }
      if (nonEmpty > 0 && num * 2 >= nonEmpty) return r;
    }
  }
  const first = kinds(0);
  const nonEmpty0 = first.filter((x) => x !== "empty").length;
  if (nonEmpty0 >= need && first.every((x) => x === "empty" || x === "text")) return 0;
  return -1;
}

/** Where a list sits in a sheet (0-based sheet coordinates). */
export interface ListLocation {
  /** The region found around the cell (title rows included). */
  region: GridRect;
  /** Sheet row of the header row, or null for a headerless list. */
  headerRow: number | null;
  /**
   * Header texts when the header spans two rows (a merged group header over sub-headers): the
   * upper text joined to each lower one ("销售情况 本月"). Absent for a one-row header.
   */
  header?: string[];
  /** Sheet row of the first data row. */
  firstDataRow: number;
  /**
   * Number of data rows (0 for a header alone): past Excel's region, across blank rows, to
   * the end found by {@link listEnd} (blank and total rows inside are left out later).
   */
  dataRows: number;
  col: number;
  cols: number;
  /** Sheet row of another list's header below this one (two stacked lists are two lists). */
  nextListRow?: number;
}

/**
 * The header texts of a two-row header (rows `upper` and `upper + 1`), or undefined when the row
 * under the header is not a second header row: a row of words (no numbers, no "N/A") filled
 * in at least half the columns, above numbers in some column. An upper cell stands for the
 * columns right of it that are blank above and filled below (a merged group header).
 */
function twoRowHeader(
  cells: Grid,
  upper: number,
  c0: number,
  cols: number,
  last: number
): string[] | undefined {
  const lower = upper + 1;
  if (lower >= last) return undefined;
  let words = 0;
  for (let c = c0; c < c0 + cols; c++) {
    const v = cellAt(cells, lower, c);
    if (isEmptyCell(v)) continue;
    if (!isWordCell(v)) return undefined;
    words++;
  }
  if (words * 2 < cols || !headerLike((r, c) => cellAt(cells, r, c), lower, c0, cols, last))
    return undefined;
  const str = (v: unknown) => (isEmptyCell(v) ? "" : String(v).trim());
  const out: string[] = [];
  let group = "";
  for (let c = c0; c < c0 + cols; c++) {
    const up = str(cellAt(cells, upper, c));
    const low = str(cellAt(cells, lower, c));
    if (up !== "") group = low !== "" ? up : "";
    const above = up !== "" ? up : group;
    out.push(low === "" ? above : above !== "" && above !== low ? `${above} ${low}` : low);
  }
  return out;
}

/**
 * The list around a cell: its current region, header row (see {@link detectHeaderRow}; a
 * second header row under it is merged in, see `header`), and data rows down to where the
 * list really ends: across blank rows, up to a new header (see {@link listEnd}); a new header
 * inside Excel's region (two lists with no blank row between) ends it too.
 *
 * @param cells The sheet's grid.
 * @param row 0-based row of the selected cell.
 * @param col 0-based column of the selected cell.
 * @returns The location, or null when the cell's region is empty.
 * @throws {RangeError} For a negative or non-integer position.
 * @example locateList([["Customer", "Sales"], ["Ann", 10]], 1, 1) // { headerRow: 0, firstDataRow: 1, dataRows: 1, col: 0, cols: 2, ... }
 * Cost: as {@link currentRegion}, plus the rows crossed below it.
 */
export function locateList(cells: Grid, row: number, col: number): ListLocation | null {
  const region = currentRegion(cells, row, col);
  if (!region) return null;
  const scan = Math.min(region.rows, 10 + HEADER_LOOKAHEAD);
  const block: unknown[][] = [];
  for (let r = 0; r < scan; r++) {
    const line: unknown[] = [];
    for (let c = 0; c < region.cols; c++) line.push(cellAt(cells, region.row + r, region.col + c));
    block.push(line);
  }
  const h = detectHeaderRow(block as CellValue[][]);
  const regionLast = region.row + region.rows - 1;
  let headerRow = h < 0 ? null : region.row + h;
  let header: string[] | undefined;
  if (headerRow !== null) {
    header = twoRowHeader(cells, headerRow, region.col, region.cols, regionLast);
    if (header) headerRow++;
  }
  const firstDataRow = headerRow === null ? region.row : headerRow + 1;
  const at = (r: number, c: number) => cellAt(cells, r, c);
  const headerTexts =
    header ??
    (headerRow === null
      ? undefined
      : Array.from({ length: region.cols }, (_, c) => {
          const v = at(headerRow!, region.col + c);
          return isEmptyCell(v) ? "" : String(v).trim();
        }));
  // A new header inside Excel's region ends the list there (a repeated header does not).
  let end: ListEnd | undefined;
  for (let r = firstDataRow + 1; r <= regionLast; r++) {
    if (!headerLike(at, r, region.col, region.cols, regionLast, headerTexts)) continue;
    const repeated = headerTexts?.some(
      (t, c) => t !== "" && String(at(r, region.col + c) ?? "").trim() === t
    );
    if (!repeated) {
      end = { lastRow: r - 1, nextListRow: r };
      break;
    }
  }
  end ??= listEnd(at, region.col, region.cols, regionLast, cells.length - 1, headerTexts);
  const loc: ListLocation = {
    region,
    headerRow,
    firstDataRow,
    dataRows: end.lastRow + 1 - firstDataRow,
    col: region.col,
    cols: region.cols,
  };
  if (header) loc.header = header;
  if (end.nextListRow !== undefined) loc.nextListRow = end.nextListRow;
  return loc;
}
