/**
 * Reading the customer list out of a sheet held as a grid (the in-memory host, the command
 * line's .xlsx/.csv loader): the same rules as the Office.js host, which asks Excel for the
 * table or CurrentRegion itself.
 */
import { isEmptyCell, type CellValue } from "../core/excel/cell";
import { classifyRows } from "../core/list/extent";
import { cellAt, locateList, type Grid, type GridRect } from "../core/list/region";
import type { ListProblem, ListSnapshot } from "./types";

/** An Excel table's position (header row included), as hosts keep it. */
export interface GridTable extends GridRect {
  name: string;
  /** The table's last row is its totals row. */
  totalsRow?: boolean;
}

/** Options of {@link snapshotFromGrid}. */
export interface SnapshotOptions {
  /** Excel tables of the sheet: a selection inside one reads the table (header = its first row). */
  tables?: readonly GridTable[];
  /** Refuse lists above this many cells with "tooLarge" (default 5,000,000: Excel's read limit). */
  maxCells?: number;
}

function toValue(v: unknown): { value: CellValue; formula: string | null } {
  if (v !== null && typeof v === "object" && !(v instanceof Date)) {
    const f = (v as { formula?: unknown }).formula;
    return { value: null, formula: typeof f === "string" ? f : null };
  }
  return { value: v === undefined ? null : (v as CellValue), formula: null };
}

/**
 * The list under a cell of a grid: the table containing the cell, else the list around it
 * (`locateList`: header row detected below any title, continued across blank rows up to a new
 * header). Rows that are not customers (blank, total, repeated header, note) are named in
 * `leftOut`.
 * Formula cells (`{ formula }`) are read as null with their formula in `formulas`.
 *
 * @param sheet Sheet name.
 * @param cells The sheet's cells.
 * @param row 0-based row of the selected cell.
 * @param col 0-based column of the selected cell.
 * @param options Tables of the sheet, size limit.
 * @returns The snapshot, or a problem: "emptySelection" (nothing around the cell), "noData"
 *   (a header without data rows), "tooLarge".
 * @example snapshotFromGrid("S", [["Customer", "Sales"], ["Ann", 10]], 0, 0) // { header: ["Customer", "Sales"], rows: [["Ann", 10]], row: 0, ... }
 * Cost: O(cells of the list).
 */
export function snapshotFromGrid(
  sheet: string,
  cells: Grid,
  row: number,
  col: number,
  options: SnapshotOptions = {}
): ListSnapshot | ListProblem {
  const maxCells = options.maxCells ?? 5_000_000;
  const table = options.tables?.find(
    (t) => row >= t.row && row < t.row + t.rows && col >= t.col && col < t.col + t.cols
  );
  let headerRow: number | null;
  let first: number;
  let count: number;
  let c0: number;
  let width: number;
  let mergedHeader: string[] | undefined;
  let nextListRow: number | undefined;
  if (table) {
    headerRow = table.row;
    first = table.row + 1;
    count = table.rows - 1;
    c0 = table.col;
    width = table.cols;
  } else {
    const loc = locateList(cells, row, col);
    if (!loc) return { problem: "emptySelection" };
    headerRow = loc.headerRow;
    first = loc.firstDataRow;
    count = loc.dataRows;
    c0 = loc.col;
    width = loc.cols;
    mergedHeader = loc.header;
    nextListRow = loc.nextListRow;
  }
  if ((count + 1) * width > maxCells)
    return { problem: "tooLarge", detail: `${count} rows x ${width} columns` };
  if (count <= 0) return { problem: "noData" };
  const header: string[] = [];
  for (let c = 0; c < width; c++) {
    const v = headerRow === null ? null : toValue(cellAt(cells, headerRow, c0 + c)).value;
    header.push(mergedHeader?.[c] ?? (isEmptyCell(v) ? "" : String(v).trim()));
  }
  const rows: CellValue[][] = new Array(count);
  let formulas: (string | null)[][] | undefined;
  for (let i = 0; i < count; i++) {
    const line: CellValue[] = new Array(width);
    const src = cells[first + i];
    for (let c = 0; c < width; c++) {
      const v = src ? src[c0 + c] : undefined;
      // Values as they are (no per-cell object: a million cells); host objects via toValue.
      if (v === undefined || v === null) line[c] = null;
      else if (typeof v !== "object" || v instanceof Date) line[c] = v as CellValue;
      else {
        const x = toValue(v);
        line[c] = x.value;
        if (x.formula !== null) {
          formulas ??= Array.from({ length: count }, () =>
            new Array<string | null>(width).fill(null)
          );
          formulas[i][c] = x.formula;
        }
      }
    }
    rows[i] = line;
  }
  const rightColumn: CellValue[] = [];
  for (let r = headerRow ?? first; r < first + count; r++) {
    const x = toValue(cellAt(cells, r, c0 + width));
    rightColumn.push(x.formula !== null ? `=${x.formula.replace(/^=/, "")}` : x.value);
  }
  const snap: ListSnapshot = { sheet, row: headerRow ?? first, col: c0, header, rows, rightColumn };
  if (formulas) snap.formulas = formulas;
  if (table) snap.tableName = table.name;
  if (headerRow === null) snap.headerless = true;
  const leftOut = classifyRows(header, rows, { formulas, totalsRow: table?.totalsRow });
  if (leftOut.length > 0) snap.leftOut = leftOut;
  if (nextListRow !== undefined) snap.nextListRow = nextListRow;
  return snap;
}

/**
 * How many rows of a list are entries (customers, orders): its rows less those left out
 * (blank, total, repeated header, note), for the pane's "10 customers in A5:E17" line.
 * @example listedRows({ rows: [r1, [], r3], leftOut: [{ index: 1, reason: "blank" }], ... }) // 2
 */
export function listedRows(snapshot: Pick<ListSnapshot, "rows" | "leftOut">): number {
  return snapshot.rows.length - (snapshot.leftOut?.length ?? 0);
}
