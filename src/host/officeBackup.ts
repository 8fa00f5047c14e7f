/**
 * A recoverable copy of what a batch's `clear` ops remove (the Churn watch re-run clears the old
 * table, with the reasons and notes the user typed, and writes the new one in its place).
 *
 * Excel runs a batch action by action, not as a transaction: if it refuses a write after the
 * clear (a lost connection, cell edit mode, an error no pre-check can foresee), what ran before
 * stays done and the typed text would be gone. Writing the new table first elsewhere and moving
 * it would need `Range.moveTo` (ExcelApi 1.11) and still leave a half state on failure, so the
 * host keeps a copy instead:
 * 1. before the writes, the cleared rectangle is read (values, formulas, number formats) with
 *    the tables the clear deletes;
 * 2. the FIRST actions of the write request add a hidden backup sheet holding that copy at the
 *    same address (so copied formulas keep their meaning); the clear comes after it, so it can
 *    only run once the copy is in the workbook;
 * 3. the LAST action deletes the backup sheet: it runs only if every write before it succeeded;
 * 4. when a write fails, the host puts the rectangle back from the copy (cells, number formats,
 *    the deleted tables with their names) and deletes the copy; if even that fails, the backup
 *    sheet is made visible and the error names it. Either way nothing typed is lost.
 */
import type { CellInput } from "./types";
import { uniqueSheetName } from "./types";
import { readRowBands, type ReadBudget } from "./officeRead";
import { RequestWriter, fromExcel, queueGrid } from "./officeWrite";

type Box = { row: number; col: number; rows: number; cols: number };
const DIMS = "rowIndex,columnIndex,rowCount,columnCount";
const box = (r: Excel.Range): Box => ({
  row: r.rowIndex,
  col: r.columnIndex,
  rows: r.rowCount,
  cols: r.columnCount,
});
function union(a: Box, b: Box): Box {
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return {
    row,
    col,
    rows: Math.max(a.row + a.rows, b.row + b.rows) - row,
    cols: Math.max(a.col + a.cols, b.col + b.cols) - col,
  };
}

/** What a `clear` removes, as read before the batch. */
export interface ClearedRegion {
  sheet: string;
  rect: Box;
  /** Cell by cell: the value, or `{ formula }` where the cell holds one. */
  cells: CellInput[][];
  numberFormats: string[][];
  /** Tables the clear deletes, with their extents (header included). */
  tables: { name: string; rect: Box }[];
  /** The hidden sheet holding the copy. */
  backupSheet: string;
}

/**
 * Reads what a `clear` will remove (one sync per ~3 MB, plus the tables' extents in the first).
 *
 * @returns The region, or undefined when the rectangle is empty and no table is deleted.
 */
export async function readCleared(
  ctx: Excel.RequestContext,
  sheet: string,
  rect: Box,
  tables: readonly Excel.Table[],
  budget: ReadBudget,
  takenSheetNames: string[]
): Promise<ClearedRegion | undefined> {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const ranges = tables.map((t) => {
    const r = t.getRange();
    r.load(DIMS);
    return { name: t.name, r };
  });
  if (ranges.length > 0) {
    // A deleted table may reach past the rectangle (Table.delete removes all its cells).
    await ctx.sync();
    for (const { r } of ranges) rect = union(rect, box(r));
  }
  const [values, formulas, formats] = await readRowBands(
    ctx,
    ws,
    rect.row,
    rect.rows,
    [
      { col: rect.col, cols: rect.cols, prop: "values" },
      { col: rect.col, cols: rect.cols, prop: "formulas" },
      { col: rect.col, cols: rect.cols, prop: "numberFormat" },
    ],
    budget
  );
  let any = tables.length > 0;
  const cells: CellInput[][] = values.map((row, i) =>
    row.map((v, j) => {
      const f = formulas[i][j];
      if (typeof f === "string" && f.startsWith("=") && f !== v) {
        any = true;
        return { formula: f };
      }
      const x = fromExcel(v);
      if (x !== null) any = true;
      return x;
    })
  );
  if (!any) return undefined;
  const backupSheet = uniqueSheetName(`CRM backup ${sheet}`, takenSheetNames);
  takenSheetNames.push(backupSheet);
  return {
    sheet,
    rect,
    cells,
    numberFormats: formats.map((row) => row.map((f) => String(f))),
    tables: ranges.map(({ name, r }) => ({ name, rect: box(r) })),
    backupSheet,
  };
}

/** Writes `region`'s cells and number formats at its own address on `ws`. */
async function queueRegion(
  ws: Excel.Worksheet,
  region: ClearedRegion,
  writer: RequestWriter
): Promise<void> {
  const { rect } = region;
  await queueGrid(ws, rect.row, rect.col, region.cells, writer);
  // Number formats in row chunks under the byte budget.
  const rowBytes = region.numberFormats[0].reduce((s, f) => s + f.length + 4, 2);
  const chunk = Math.max(1, Math.floor(writer.maxBytes / 2 / rowBytes));
  for (let r = 0; r < rect.rows; r += chunk) {
    const n = Math.min(chunk, rect.rows - r);
    await writer.reserve(n * rowBytes);
    ws.getRangeByIndexes(rect.row + r, rect.col, n, rect.cols).numberFormat =
      region.numberFormats.slice(r, r + n);
  }
}

/** Queues the hidden backup sheet with the copy (the first actions of the write request). */
export async function queueBackup(
  ctx: Excel.RequestContext,
  region: ClearedRegion,
  writer: RequestWriter
): Promise<void> {
  await writer.reserve(300);
  const ws = ctx.workbook.worksheets.add(region.backupSheet);
  ws.visibility = "Hidden";
  await queueRegion(ws, region, writer);
}

/** Queues the deletion of the backup sheet (the last action of the write request). */
export async function queueDropBackup(
  ctx: Excel.RequestContext,
  region: ClearedRegion,
  writer: RequestWriter
): Promise<void> {
  await writer.reserve(100);
  ctx.workbook.worksheets.getItem(region.backupSheet).delete();
}

/**
 * Puts a cleared region back after a failed write: removes the tables the batch created over
 * it, clears it, writes the copy back, re-creates the deleted tables under their names and
 * deletes the backup sheet.
 */
export async function restoreRegion(
  ctx: Excel.RequestContext,
  region: ClearedRegion,
  maxRequestBytes: number
): Promise<void> {
  const ws = ctx.workbook.worksheets.getItem(region.sheet);
  const { rect } = region;
  const area = ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);
  const created = area.getTables(false);
  created.load("items/name");
  await ctx.sync();
  const writer = new RequestWriter(ctx, maxRequestBytes, 0);
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- loaded ("items/name") and synced just above
  for (const t of created.items) t.delete();
  area.clear("All");
  await queueRegion(ws, region, writer);
  for (const t of region.tables) {
    await writer.reserve(300);
    const r = t.rect;
    ws.tables.add(ws.getRangeByIndexes(r.row, r.col, r.rows, r.cols), true).name = t.name;
  }
  await queueDropBackup(ctx, region, writer);
  await writer.flush();
}

/** After a failed restore: shows the backup sheet so the user can get the copy. */
export async function revealBackup(
  ctx: Excel.RequestContext,
  region: ClearedRegion
): Promise<void> {
  ctx.workbook.worksheets.getItem(region.backupSheet).visibility = "Visible";
  await ctx.sync();
}
