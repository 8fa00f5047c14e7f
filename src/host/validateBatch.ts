/**
 * Validation of a write batch, shared by the hosts: every op is checked before anything is
 * written, so a batch that fails changes nothing.
 */
import { isArrayFormulaInput, type CellInput, type Rect, type WriteOp } from "./types";

/** Excel's grid size: writes beyond it are rejected like Excel would. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

/** An error of a batch that failed validation; nothing of the batch was written. */
export class BatchError extends Error {
  constructor(
    message: string,
    /** Index of the offending op in the batch. */
    readonly opIndex: number
  ) {
    super(`op ${opIndex}: ${message}`);
    this.name = "BatchError";
  }
}

/** What the host knows of the workbook; without it only the batch's own consistency is checked. */
export interface BatchState {
  sheets: readonly string[];
  tables: readonly string[];
  overlapsTable?: (sheet: string, rect: Omit<Rect, "sheet">) => boolean;
  /**
   * The workbook's tables with their extents (header included). When given, it is used instead
   * of `overlapsTable`, so that a `clear` earlier in the batch frees the space (and the names) of
   * the tables it deletes, and tables added earlier in the batch count too.
   */
  tableRects?: readonly (Rect & { name: string })[];
}

const hits = (a: Omit<Rect, "sheet">, b: Omit<Rect, "sheet">): boolean =>
  a.row < b.row + b.rows &&
  b.row < a.row + a.rows &&
  a.col < b.col + b.cols &&
  b.col < a.col + a.cols;

/**
 * The first array formula of a grid at (row, col) that Excel would refuse: a block size that is
 * not a positive whole number of cells or that leaves the grid; any array formula in a table
 * (Excel tables do not hold dynamic arrays: the cell shows #SPILL!). Undefined when none.
 */
function badArrayFormula(
  grid: readonly CellInput[][],
  row: number,
  col: number,
  inTable: boolean
): string | undefined {
  for (let r = 0; r < grid.length; r++) {
    const cells = grid[r];
    for (let c = 0; c < cells.length; c++) {
      const v = cells[c];
      if (typeof v !== "object" || v === null || !isArrayFormulaInput(v)) continue;
      const { rows, cols } = v.array;
      if (inTable) return "an array formula cannot be written into a table (#SPILL!)";
      if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 1 || cols < 1)
        return `bad array formula size ${rows} x ${cols}`;
      if (row + r + rows > MAX_ROWS || col + c + cols > MAX_COLS)
        return "an array formula goes beyond the grid";
    }
  }
  return undefined;
}

/**
 * Checks a batch: positions and sizes inside the grid, rectangular values, sheet names valid
 * and not taken (sheets added earlier in the batch count), one colour per tier label, table
 * names valid and unique, array formulas sized inside the grid and outside tables; with `state`,
 * that every sheet written to exists.
 * @throws BatchError on the first bad op.
 */
export function validateBatch(ops: readonly WriteOp[], state?: BatchState): void {
  const names = new Set((state?.sheets ?? []).map((n) => n.toLowerCase()));
  const tableNames = new Set((state?.tables ?? []).map((n) => n.toLowerCase()));
  // Tables as they stand at each op of the batch (only when the host gave their extents).
  let live = state?.tableRects?.map((t) => ({ ...t })) ?? null;
  const sameSheet = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
  ops.forEach((op, i) => {
    const fail = (msg: string): never => {
      throw new BatchError(msg, i);
    };
    const needSheet = (name: string) => {
      if (!name) fail("no sheet name");
      if (state && !names.has(name.toLowerCase())) fail(`no sheet named "${name}"`);
    };
    const needExtent = (row: number, col: number, rows: number, cols: number) => {
      if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0)
        fail(`bad cell position (${row}, ${col})`);
      if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0)
        fail(`bad size ${rows} x ${cols}`);
      if (row + Math.max(rows, 1) > MAX_ROWS || col + Math.max(cols, 1) > MAX_COLS)
        fail("range goes beyond the grid");
    };
    switch (op.kind) {
      case "addSheet": {
        const n = op.name;
        if (
          !n ||
          n.length > 31 ||
          INVALID_SHEET_CHARS.test(n) ||
          n !== n.trim() ||
          n.startsWith("'")
        )
          fail(`invalid sheet name "${n}"`);
        if (names.has(n.toLowerCase())) fail(`a sheet named "${n}" already exists`);
        names.add(n.toLowerCase());
        break;
      }
      case "values": {
        needSheet(op.sheet);
        const w = op.values.length ? op.values[0].length : 0;
        if (op.values.some((r) => r.length !== w)) fail("values are not rectangular");
        needExtent(op.row, op.col, op.values.length, w);
        const bad = badArrayFormula(op.values, op.row, op.col, false);
        if (bad) fail(bad);
        break;
      }
      case "table": {
        needSheet(op.sheet);
        if (op.header.length === 0) fail("a table needs at least one column");
        if (op.rows.some((r) => r.length !== op.header.length))
          fail("table rows do not match the header");
        if (op.numberFormats && op.numberFormats.length !== op.header.length)
          fail("numberFormats do not match the header");
        needExtent(op.row, op.col, op.rows.length + 1, op.header.length);
        const bad = badArrayFormula(op.rows, op.row + 1, op.col, true);
        if (bad) fail(bad);
        if (op.name) {
          if (!/^[A-Za-z_\\\u0080-\uffff][\w.\u0080-\uffff]*$/.test(op.name))
            fail(`invalid table name "${op.name}"`);
          if (tableNames.has(op.name.toLowerCase()))
            fail(`a table named "${op.name}" already exists`);
          tableNames.add(op.name.toLowerCase());
        }
        const rect = { row: op.row, col: op.col, rows: op.rows.length + 1, cols: op.header.length };
        if (live) {
          if (live.some((t) => sameSheet(t.sheet, op.sheet) && hits(t, rect)))
            fail("the table would overlap an existing table");
          live.push({ sheet: op.sheet, name: op.name ?? "", ...rect });
        } else if (state?.overlapsTable?.(op.sheet, rect))
          fail("the table would overlap an existing table");
        break;
      }
      case "clear": {
        needSheet(op.sheet);
        needExtent(op.row, op.col, op.rows, op.cols);
        if (live) {
          // Tables intersecting the rectangle are deleted whole: their space and names are free again.
          const doomed = live.filter((t) => sameSheet(t.sheet, op.sheet) && hits(t, op));
          for (const t of doomed) if (t.name) tableNames.delete(t.name.toLowerCase());
          live = live.filter((t) => !doomed.includes(t));
        }
        break;
      }
      case "freeze":
        needSheet(op.sheet);
        needExtent(0, 0, op.rows, op.cols ?? 0);
        break;
      case "tierFormat":
        needSheet(op.sheet);
        needExtent(op.row, op.col, op.rows, 1);
        if (op.labels.length !== op.colors.length) fail("one colour per label is needed");
        if (op.colors.some((c) => !/^#[0-9a-fA-F]{6}$/.test(c))) fail("colours must be #RRGGBB");
        break;
      case "listValidation":
        needSheet(op.sheet);
        needExtent(op.row, op.col, op.rows, 1);
        if (op.source.length === 0) fail("a validation list needs at least one value");
        break;
      case "chart":
        needSheet(op.sheet);
        needExtent(
          op.spec.anchor.row,
          op.spec.anchor.col,
          op.spec.anchor.rows,
          op.spec.anchor.cols
        );
        if (op.spec.series.length === 0) fail("a chart needs at least one series");
        break;
      case "pageSetup":
        needSheet(op.sheet);
        if ((op.pageBreaks ?? []).some((r) => !Number.isInteger(r) || r < 1 || r >= 1_048_576))
          fail("page breaks must be rows 1 .. 1048575 (a break before the first row is none)");
        if ((op.header ?? "").length > 255) fail("a page header holds at most 255 characters");
        break;
      case "autofit":
        needSheet(op.sheet);
        needExtent(0, op.col, 1, op.cols);
        break;
      case "setting":
        if (!op.key) fail("a setting needs a key");
        try {
          JSON.stringify(op.value);
        } catch {
          fail(`setting "${op.key}" is not serialisable`);
        }
        break;
      case "select":
        needSheet(op.rect.sheet);
        needExtent(op.rect.row, op.rect.col, op.rect.rows, op.rect.cols);
        break;
      default:
        fail(`unknown op ${(op as { kind: string }).kind}`);
    }
  });
}
