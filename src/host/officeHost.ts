/**
 * The workbook host on Office.js (inside Excel). The only file of the pane that calls
 * `Excel.run`; components get a `WorkbookHost` and never see Office.js.
 *
 * Round trips (context.sync) grow with the bytes moved, never with the row count:
 * - readList: 1 sync for the extent (2 when the selection is in an Excel table), then 1 sync per
 *   ~3 MB of response (Excel on the web refuses responses above 5 MB; see officeRead.ts);
 * - readRect: 1 sync per ~3 MB of response;
 * - apply: 1 sync per ~4 MB of request (a 100,000-row Tier column is one). A batch that adds
 *   sheets, clears or creates tables first checks everything Excel could refuse against the
 *   workbook in 1 sync (names, overlaps, protection; the tables' extents in 1 more without
 *   ExcelApi 1.9); a batch with a `clear` of cells then reads what the clear removes and
 *   commits a copy of it (1 sync each, officeBackup.ts), because Excel does not run a batch as
 *   a transaction. Other batches check their sheets server-side at the head of the first
 *   request, so a missing sheet fails before any write.
 * Every cell is written through officeWrite.ts (strings kept as text).
 */
import type { CellValue } from "../core/excel/cell";
import { formulaString } from "../core/excel/formula";
import type { ChartSpec, ListProblem, ListSnapshot, Rect, WorkbookHost, WriteOp } from "./types";
import { validateBatch } from "./validateBatch";
import { autofitWidths } from "./columnWidths";
import { widthInPoints } from "../core/columnWidth";
import {
  RequestWriter,
  estimateBytes,
  fromExcel,
  isFormula,
  queueGrid,
  toExcelInput,
} from "./officeWrite";
import {
  queueBackup,
  queueDropBackup,
  readCleared,
  restoreRegion,
  revealBackup,
  type ClearedRegion,
} from "./officeBackup";
import { snapshotFromGrid } from "./listSnapshot";
import {
  DEFAULT_MAX_READ_CELLS,
  DEFAULT_MAX_RESPONSE_BYTES,
  readRowBands,
  type ReadBudget,
  type ReadPart,
  type ReadStats,
} from "./officeRead";

/** Excel on the web rejects requests above ~5 MB: stay well below. */
export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
export { DEFAULT_MAX_READ_CELLS, DEFAULT_MAX_RESPONSE_BYTES };
/** Lists larger than this are refused with a "tooLarge" problem (the pane would not cope). */
export const MAX_LIST_CELLS = 20_000_000;
const MAX_COLS = 16_384;

export interface OfficeHostOptions {
  maxRequestBytes?: number;
  /** Target response size of one read sync (see officeRead.ts). */
  maxResponseBytes?: number;
  maxReadCells?: number;
}

const DIMS = "rowIndex,columnIndex,rowCount,columnCount";
type Box = { row: number; col: number; rows: number; cols: number };
const box = (r: Excel.Range): Box => ({
  row: r.rowIndex,
  col: r.columnIndex,
  rows: r.rowCount,
  cols: r.columnCount,
});

export { toExcelInput };

export class OfficeHost implements WorkbookHost {
  private readonly maxRequestBytes: number;
  private readonly readBudget: ReadBudget;
  /** Syncs and response bytes of the reads made by this host (tests, benchmark). */
  readonly readStats: ReadStats = { syncs: 0, bytes: [], retries: 0 };

  constructor(options: OfficeHostOptions = {}) {
    this.maxRequestBytes = options.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
    this.readBudget = {
      maxResponseBytes: options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
      maxReadCells: options.maxReadCells ?? DEFAULT_MAX_READ_CELLS,
    };
  }

  /** Feature detection of newer requirement sets (false outside Office). */
  supports(set: string, version: string): boolean {
    try {
      return (
        typeof Office !== "undefined" &&
        !!Office.context?.requirements?.isSetSupported(set, version)
      );
    } catch {
      return false;
    }
  }

  async readList(): Promise<ListSnapshot | ListProblem> {
    return Excel.run(async (ctx) => {
      // Step 1: where the list is (the extent). Step 2: its cells, in response-sized syncs.
      const found = await this.locateList(ctx);
      if ("problem" in found) return found;
      const { ws, sheet, rect, tableName, totalsRow, selRow, selCol } = found;
      if (rect.rows * rect.cols > MAX_LIST_CELLS) {
        return { problem: "tooLarge", detail: `${rect.rows} x ${rect.cols}` } as ListProblem;
      }
      // The block, the column right of it (a Tier column of an earlier run may sit there) and
      // the formulas of the block's last column (where a Tier column of formulas may sit).
      const hasRight = rect.col + rect.cols < MAX_COLS;
      const parts: ReadPart[] = [{ col: rect.col, cols: rect.cols, prop: "values" }];
      if (hasRight) parts.push({ col: rect.col + rect.cols, cols: 1, prop: "values" });
      parts.push({ col: rect.col + rect.cols - 1, cols: 1, prop: "formulas" });
      const grids = await readRowBands(
        ctx,
        ws,
        rect.row,
        rect.rows,
        parts,
        this.readBudget,
        this.readStats
      );
      const block = grids[0];
      const right = hasRight ? grids[1] : [];
      const lastFormulas = grids[grids.length - 1];
      const lastValues = block.map((r) => r[rect.cols - 1]);

      // The block plus the column right of it, as a grid the shared snapshot rules read
      // (header detection, title rows, headerless lists, table header).
      const grid: CellValue[][] = block.map((row, i) => {
        const line = row.map(fromExcel);
        if (hasRight) line.push(fromExcel(right[i][0]));
        return line;
      });
      const gridTables = tableName
        ? [{ name: tableName, row: 0, col: 0, rows: rect.rows, cols: rect.cols, totalsRow }]
        : undefined;
      const snap = snapshotFromGrid(sheet, grid, selRow - rect.row, selCol - rect.col, {
        tables: gridTables,
        maxCells: MAX_LIST_CELLS,
      });
      if ("problem" in snap) return snap;
      // Back to sheet coordinates.
      const dr = snap.row;
      snap.row += rect.row;
      snap.col += rect.col;
      const last = rect.cols - 1 - (snap.col - rect.col);
      const first = snap.headerless ? dr : dr + 1;
      const formulas = snap.rows.map((_, k) => {
        const out: (string | null)[] = new Array(snap.header.length).fill(null);
        const f = lastFormulas[first + k]?.[0];
        // A text that starts with "=" (stored with its apostrophe) reads back as its own value.
        if (typeof f === "string" && f.startsWith("=") && f !== lastValues[first + k])
          out[last] = f;
        return out;
      });
      if (formulas.some((r) => r[last] !== null)) snap.formulas = formulas;
      return snap;
    });
  }

  /**
   * The extent of the list around the selection (one sync, two inside an Excel table): the
   * table under the selection, else Excel's current region continued down to the last used row
   * (CurrentRegion stops at a blank row inside a list; the shared rule `locateList` then
   * decides how far the list really goes). Kept apart from the reading of the cells so the
   * extent rule can change on its own.
   */
  private async locateList(ctx: Excel.RequestContext): Promise<
    | {
        ws: Excel.Worksheet;
        sheet: string;
        rect: Box;
        tableName?: string;
        /** The table shows a totals row (its last row). */
        totalsRow?: boolean;
        /** The selected cell, clamped into `rect`. */
        selRow: number;
        selCol: number;
      }
    | ListProblem
  > {
    const sel = ctx.workbook.getSelectedRange();
    sel.load(DIMS);
    const ws = sel.worksheet;
    ws.load("name");
    const region = sel.getSurroundingRegion();
    region.load(DIMS);
    const tables = this.supports("ExcelApi", "1.9") ? sel.getTables(false) : null;
    tables?.load("items/name,items/showTotals");
    const used = ws.getUsedRangeOrNullObject(true);
    used.load(DIMS);
    await ctx.sync();

    let rect = box(region);
    if (!used.isNullObject) {
      // Rows below the region, up to the last used row, bounded by the list size limit.
      const usedLast = used.rowIndex + used.rowCount - 1;
      const cap = Math.floor(MAX_LIST_CELLS / Math.max(1, rect.cols + 1));
      const last = Math.min(usedLast, rect.row + cap - 1);
      if (last > rect.row + rect.rows - 1) rect = { ...rect, rows: last - rect.row + 1 };
    }
    let tableName: string | undefined;
    let totalsRow: boolean | undefined;
    if (tables && tables.items.length > 0) {
      const table = tables.items[0];
      tableName = table.name;
      totalsRow = table.showTotals === true;
      const tr = table.getRange();
      tr.load(DIMS);
      await ctx.sync();
      rect = box(tr);
    }
    const selRow = Math.min(Math.max(sel.rowIndex, rect.row), rect.row + rect.rows - 1);
    const selCol = Math.min(Math.max(sel.columnIndex, rect.col), rect.col + rect.cols - 1);
    return { ws, sheet: ws.name, rect, tableName, totalsRow, selRow, selCol };
  }

  async readRect(rect: Rect): Promise<CellValue[][]> {
    if (rect.rows < 1 || rect.cols < 1) return [];
    return Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(rect.sheet);
      const [grid] = await readRowBands(
        ctx,
        ws,
        rect.row,
        rect.rows,
        [{ col: rect.col, cols: rect.cols, prop: "values" }],
        this.readBudget,
        this.readStats
      );
      return grid.map((row) => row.map(fromExcel));
    });
  }

  async sheetNames(): Promise<string[]> {
    return Excel.run(async (ctx) => {
      const sheets = ctx.workbook.worksheets;
      sheets.load("items/name");
      await ctx.sync();
      return sheets.items.map((s) => s.name);
    });
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const v = Office.context.document.settings.get(key);
    return v === null || v === undefined ? undefined : (v as T);
  }

  async apply(ops: WriteOp[], onProgress?: (fraction: number) => void): Promise<void> {
    validateBatch(ops);
    checkCellsForExcel(ops);
    const excelOps = ops.filter((op) => op.kind !== "setting");
    const settingOps = ops.filter(
      (op): op is Extract<WriteOp, { kind: "setting" }> => op.kind === "setting"
    );
    if (excelOps.length > 0) {
      const regions: ClearedRegion[] = [];
      let backedUp = false;
      try {
        await Excel.run(async (ctx) => {
          const sheets = ctx.workbook.worksheets;
          const added = new Set(
            excelOps.flatMap((op) => (op.kind === "addSheet" ? [op.name.toLowerCase()] : []))
          );
          const referenced = new Set<string>();
          for (const op of excelOps)
            for (const s of sheetsOf(op)) if (!added.has(s.toLowerCase())) referenced.add(s);
          // A batch that adds sheets, clears or creates tables is checked against the workbook
          // in a first sync, before its first write: everything Excel could refuse there
          // (taken sheet or table names, overlapping tables, protected or missing sheets).
          const tableReads = queueTableReads(sheets, excelOps, this.supports("ExcelApi", "1.9"));
          const tableNames = excelOps.some((op) => op.kind === "table" && op.name)
            ? ctx.workbook.tables
            : null;
          const preflight = added.size > 0 || tableReads.length > 0 || tableNames !== null;
          const protections = new Map<string, Excel.WorksheetProtection>();
          if (preflight) {
            sheets.load("items/name");
            tableNames?.load("items/name");
            for (const s of referenced) {
              const p = sheets.getItem(s).protection;
              p.load("protected"); // fails with ItemNotFound for a missing sheet
              protections.set(s, p);
            }
            await ctx.sync();
          } else {
            // Server-side check at the head of the first request: a missing sheet fails it
            // before any write.
            for (const s of referenced) sheets.getItem(s).load("name");
          }
          const hits = await tablesHit(ctx, tableReads);
          if (preflight) {
            const taken = sheets.items.map((s) => s.name);
            checkAgainstWorkbook(excelOps, taken, protections, hits, tableNames);
            // A copy of what each clear removes (see officeBackup.ts).
            const names = [
              ...taken,
              ...excelOps.flatMap((op) => (op.kind === "addSheet" ? [op.name] : [])),
            ];
            for (const op of excelOps) {
              if (
                op.kind !== "clear" ||
                added.has(op.sheet.toLowerCase()) ||
                op.rows < 1 ||
                op.cols < 1
              )
                continue;
              const region = await readCleared(
                ctx,
                op.sheet,
                { row: op.row, col: op.col, rows: op.rows, cols: op.cols },
                hits.get(op) ?? [],
                this.readBudget,
                names
              );
              if (region) regions.push(region);
            }
          }

          const writer = new RequestWriter(
            ctx,
            this.maxRequestBytes,
            estimateBytes(excelOps),
            onProgress
          );
          if (regions.length > 0) {
            // The copy is committed before the request that clears: a failure up to here has
            // removed nothing.
            for (const r of regions) await queueBackup(ctx, r, writer);
            await writer.flush();
            backedUp = true;
          }
          const widths = autofitWidths(excelOps);
          for (const op of excelOps) await queueOp(ctx, op, writer, hits, widths);
          // Last action: runs only when every write before it succeeded.
          for (const r of regions) await queueDropBackup(ctx, r, writer);
          await writer.flush();
        });
      } catch (e) {
        if (backedUp) throw await this.recover(regions, e);
        if (regions.length > 0) await this.dropPartialBackups(regions);
        throw e;
      }
    }
    if (settingOps.length > 0) {
      const settings = Office.context.document.settings;
      for (const op of settingOps) {
        if (op.value === undefined) settings.remove(op.key);
        else settings.set(op.key, op.value);
      }
      await new Promise<void>((resolve, reject) =>
        settings.saveAsync((r) =>
          r.status === Office.AsyncResultStatus.Failed
            ? reject(new Error(r.error.message))
            : resolve()
        )
      );
    }
    onProgress?.(1);
  }

  /**
   * After a write failed once the copy was made: puts each cleared region back from its copy;
   * if that fails too, shows the backup sheets. The error returned says which happened.
   */
  private async recover(regions: readonly ClearedRegion[], cause: unknown): Promise<Error> {
    const why = cause instanceof Error ? cause.message : String(cause);
    try {
      await Excel.run(async (ctx) => {
        for (const r of regions) await restoreRegion(ctx, r, this.maxRequestBytes);
      });
      return Object.assign(
        new Error(`Excel refused the write (${why}). The sheet was put back as it was.`),
        { cause }
      );
    } catch (e) {
      const sheets = regions.map((r) => `"${r.backupSheet}"`).join(", ");
      try {
        await Excel.run(async (ctx) => {
          for (const r of regions) await revealBackup(ctx, r);
        });
      } catch {
        // The copy stays (hidden) either way; the message below still names it.
      }
      return Object.assign(
        new Error(
          `Excel refused the write (${why}) and the sheet could not be put back (${e instanceof Error ? e.message : String(e)}). ` +
            `Everything that was there, including what you typed, is kept on the sheet ${sheets}.`
        ),
        { cause }
      );
    }
  }

  /** A copy that was not complete when the batch failed: nothing was cleared, so it goes. */
  private async dropPartialBackups(regions: readonly ClearedRegion[]): Promise<void> {
    try {
      await Excel.run(async (ctx) => {
        const sheets = ctx.workbook.worksheets;
        sheets.load("items/name");
        await ctx.sync();
        const have = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        for (const r of regions)
          if (have.has(r.backupSheet.toLowerCase())) sheets.getItem(r.backupSheet).delete();
        await ctx.sync();
      });
    } catch {
      // The original cells are untouched; a hidden partial copy left behind holds nothing lost.
    }
  }

  async select(rect: Rect): Promise<void> {
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem(rect.sheet);
      ws.activate();
      ws.getRangeByIndexes(
        rect.row,
        rect.col,
        Math.max(1, rect.rows),
        Math.max(1, rect.cols)
      ).select();
      await ctx.sync();
    });
  }
}

type ClearOp = Extract<WriteOp, { kind: "clear" }>;
type TableOp = Extract<WriteOp, { kind: "table" }>;
interface TableRead {
  op: ClearOp | TableOp;
  rect: Box;
  tables: Excel.TableCollection | Excel.TableScopedCollection;
  /** True when `tables` holds only the tables intersecting the rectangle (Range.getTables, ExcelApi 1.9). */
  exact: boolean;
}

const rectOf = (op: ClearOp | TableOp): Box =>
  op.kind === "clear"
    ? { row: op.row, col: op.col, rows: op.rows, cols: op.cols }
    : { row: op.row, col: op.col, rows: op.rows.length + 1, cols: op.header.length };

/**
 * Queues the reads of the tables under each `clear` (the tables it deletes) and each new `table`
 * (which must not overlap one), not yet synced: with ExcelApi 1.9 `Range.getTables(false)` gives
 * exactly the intersecting ones; before it, the sheet's tables, whose extents
 * {@link tablesHit} then reads. Sheets added by the batch have no tables yet.
 */
function queueTableReads(
  sheets: Excel.WorksheetCollection,
  ops: readonly WriteOp[],
  hasGetTables: boolean
): TableRead[] {
  const addedHere = new Set(
    ops.flatMap((op) => (op.kind === "addSheet" ? [op.name.toLowerCase()] : []))
  );
  const out: TableRead[] = [];
  for (const op of ops) {
    if ((op.kind !== "clear" && op.kind !== "table") || addedHere.has(op.sheet.toLowerCase()))
      continue;
    const rect = rectOf(op);
    if (rect.rows < 1 || rect.cols < 1) continue;
    const ws = sheets.getItem(op.sheet);
    const tables = hasGetTables
      ? ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).getTables(false)
      : ws.tables;
    tables.load("items/name");
    out.push({ op, rect, tables, exact: hasGetTables });
  }
  return out;
}

/**
 * After the first sync: the existing tables under each op of {@link queueTableReads}; for a
 * `clear`, each table once (for the first clear that hits it). One more sync only without
 * ExcelApi 1.9 when the sheets have tables.
 */
async function tablesHit(
  ctx: Excel.RequestContext,
  reads: readonly TableRead[]
): Promise<Map<WriteOp, Excel.Table[]>> {
  const out = new Map<WriteOp, Excel.Table[]>();
  const ranges = new Map<Excel.Table, Excel.Range>();
  for (const r of reads) {
    if (r.exact) continue;
    for (const t of r.tables.items) {
      if (ranges.has(t)) continue;
      const range = t.getRange();
      range.load(DIMS);
      ranges.set(t, range);
    }
  }
  if (ranges.size > 0) await ctx.sync();
  const seen = new Set<string>();
  for (const r of reads) {
    const hit = r.tables.items.filter((t) => {
      const range = ranges.get(t);
      if (range && !intersects(box(range), r.rect)) return false;
      if (r.op.kind === "table") return true;
      if (seen.has(t.name.toLowerCase())) return false;
      seen.add(t.name.toLowerCase());
      return true;
    });
    out.set(r.op, hit);
  }
  return out;
}

function intersects(a: Box, b: Box): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** Longest text a cell holds, longest formula (Excel specifications and limits). */
const MAX_CELL_CHARS = 32_767;
const MAX_FORMULA_CHARS = 8_192;

/**
 * Cell contents Excel would refuse or silently drop, checked before anything is written: a
 * number that is not finite travels as JSON null (the cell is left unchanged), text above
 * 32,767 characters and formulas above 8,192 are refused.
 * @throws Error naming the op and the cell.
 */
export function checkCellsForExcel(ops: readonly WriteOp[]): void {
  ops.forEach((op, i) => {
    const grids =
      op.kind === "values" ? [op.values] : op.kind === "table" ? [[op.header], op.rows] : [];
    for (const g of grids)
      g.forEach((row, r) =>
        row.forEach((v, c) => {
          const at = `op ${i}, row ${r + 1}, column ${c + 1}`;
          if (typeof v === "number" && !Number.isFinite(v))
            throw new Error(`${at}: ${v} cannot be written to Excel (not a finite number).`);
          if (typeof v === "string" && v.length > MAX_CELL_CHARS)
            throw new Error(`${at}: text longer than ${MAX_CELL_CHARS} characters.`);
          if (isFormula(v) && v.formula.length > MAX_FORMULA_CHARS)
            throw new Error(`${at}: formula longer than ${MAX_FORMULA_CHARS} characters.`);
        })
      );
  });
}

/**
 * The batch against the workbook read in the first sync: sheet names to add are free,
 * sheets written to are not protected, a new table overlaps no table that stays and takes no
 * name in use (tables deleted by an earlier `clear` of the batch free their place and name).
 * @throws Error before any write.
 */
function checkAgainstWorkbook(
  ops: readonly WriteOp[],
  sheetNames: readonly string[],
  protections: ReadonlyMap<string, Excel.WorksheetProtection>,
  hits: ReadonlyMap<WriteOp, Excel.Table[]>,
  tableNames: Excel.TableCollection | null
): void {
  const names = new Set(sheetNames.map((n) => n.toLowerCase()));
  for (const op of ops) {
    if (op.kind !== "addSheet") continue;
    if (names.has(op.name.toLowerCase()))
      throw new Error(`A sheet named "${op.name}" already exists.`);
    names.add(op.name.toLowerCase());
  }
  for (const [sheet, p] of protections)
    if (p.protected) throw new Error(`The sheet "${sheet}" is protected: unprotect it first.`);
  const deleted = new Set<string>();
  const tablesInUse = new Set((tableNames?.items ?? []).map((t) => t.name.toLowerCase()));
  for (const op of ops) {
    if (op.kind === "clear") for (const t of hits.get(op) ?? []) deleted.add(t.name.toLowerCase());
    if (op.kind !== "table") continue;
    const blocking = (hits.get(op) ?? []).find((t) => !deleted.has(t.name.toLowerCase()));
    if (blocking)
      throw new Error(`The new table on "${op.sheet}" would overlap the table "${blocking.name}".`);
    if (op.name) {
      const key = op.name.toLowerCase();
      if (tablesInUse.has(key) && !deleted.has(key))
        throw new Error(`A table named "${op.name}" already exists.`);
      tablesInUse.add(key);
    }
  }
}

function sheetsOf(op: WriteOp): string[] {
  switch (op.kind) {
    case "addSheet":
    case "setting":
      return [];
    case "select":
      return [op.rect.sheet];
    case "chart":
      return [
        op.sheet,
        ...op.spec.series.flatMap((s) => [s.x, s.y]).map((a) => splitAddress(a, op.sheet).sheet),
      ];
    default:
      return [op.sheet];
  }
}

/** Splits "'Tier summary'!A2:A4" into sheet and address; an unqualified address is on `defaultSheet`. */
export function splitAddress(
  address: string,
  defaultSheet: string
): { sheet: string; address: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: defaultSheet, address };
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return { sheet, address: address.slice(bang + 1) };
}

async function queueOp(
  ctx: Excel.RequestContext,
  op: WriteOp,
  writer: RequestWriter,
  doomed?: Map<WriteOp, Excel.Table[]>,
  widths?: Map<WriteOp, number[]>
): Promise<void> {
  const sheet = (name: string) => ctx.workbook.worksheets.getItem(name);
  switch (op.kind) {
    case "addSheet": {
      const ws = ctx.workbook.worksheets.add(op.name);
      if (op.activate) ws.activate();
      return;
    }
    case "values":
      return queueGrid(sheet(op.sheet), op.row, op.col, op.values, writer, op.numberFormat);
    case "table": {
      const ws = sheet(op.sheet);
      await queueGrid(ws, op.row, op.col, [op.header], writer);
      await queueGrid(ws, op.row + 1, op.col, op.rows, writer);
      if (op.numberFormats && op.rows.length > 0) {
        for (let c = 0; c < op.numberFormats.length; c++) {
          const f = op.numberFormats[c];
          if (!f) continue;
          await writer.reserve(op.rows.length * (f.length + 3));
          ws.getRangeByIndexes(op.row + 1, op.col + c, op.rows.length, 1).numberFormat =
            op.rows.map(() => [f]);
        }
      }
      await writer.reserve(500);
      const table = ws.tables.add(
        ws.getRangeByIndexes(op.row, op.col, op.rows.length + 1, op.header.length),
        true
      );
      if (op.name) table.name = op.name;
      return;
    }
    case "pageSetup": {
      const ws = sheet(op.sheet);
      await writer.reserve(300 + 60 * (op.pageBreaks?.length ?? 0));
      if (op.landscape !== undefined)
        ws.pageLayout.orientation = op.landscape ? "Landscape" : "Portrait";
      if (op.header !== undefined)
        ws.pageLayout.headersFooters.defaultForAllPages.centerHeader = op.header;
      // A break precedes the row of the range it is given.
      for (const r of op.pageBreaks ?? [])
        ws.horizontalPageBreaks.add(ws.getRangeByIndexes(r, 0, 1, 1));
      return;
    }
    case "freeze": {
      await writer.reserve(200);
      const panes = sheet(op.sheet).freezePanes;
      panes.unfreeze();
      if (op.rows > 0 && (op.cols ?? 0) > 0)
        panes.freezeAt(sheet(op.sheet).getRangeByIndexes(0, 0, op.rows, op.cols ?? 0));
      else if (op.rows > 0) panes.freezeRows(op.rows);
      else if ((op.cols ?? 0) > 0) panes.freezeColumns(op.cols);
      return;
    }
    case "tierFormat": {
      await writer.reserve(300 * op.labels.length);
      const range = sheet(op.sheet).getRangeByIndexes(op.row, op.col, Math.max(1, op.rows), 1);
      // A re-run replaces the rules of the Tier column instead of stacking duplicates.
      range.conditionalFormats.clearAll();
      op.labels.forEach((label, i) => {
        const cf = range.conditionalFormats.add("CellValue");
        cf.cellValue.format.fill.color = op.colors[i];
        cf.cellValue.rule = { formula1: `=${formulaString(label)}`, operator: "EqualTo" };
      });
      return;
    }
    case "listValidation": {
      await writer.reserve(200 + op.source.join(",").length * 3);
      const range = sheet(op.sheet).getRangeByIndexes(op.row, op.col, Math.max(1, op.rows), 1);
      range.dataValidation.clear();
      range.dataValidation.rule = { list: { inCellDropDown: true, source: op.source.join(",") } };
      return;
    }
    case "clear": {
      const tables = doomed?.get(op) ?? [];
      await writer.reserve(300 + 100 * tables.length);
      // Whole tables first (Table.delete removes the table and its cells), then the rectangle.
      for (const t of tables) t.delete();
      if (op.rows < 1 || op.cols < 1) return;
      const range = sheet(op.sheet).getRangeByIndexes(op.row, op.col, op.rows, op.cols);
      range.clear("All");
      range.dataValidation.clear();
      range.conditionalFormats.clearAll();
      return;
    }
    case "chart":
      await writer.reserve(2000);
      queueChart(ctx, op.sheet, op.spec);
      return;
    case "autofit": {
      // The shared width rule (columnWidths.ts), not Excel's autofit: same widths as crm's.
      const w = widths?.get(op) ?? [];
      await writer.reserve(100 * Math.max(1, w.length));
      const ws = sheet(op.sheet);
      w.forEach((chars, k) => {
        if (chars === chars)
          ws.getRangeByIndexes(0, op.col + k, 1, 1).getEntireColumn().format.columnWidth =
            widthInPoints(chars);
      });
      return;
    }
    case "select": {
      await writer.reserve(100);
      const ws = sheet(op.rect.sheet);
      ws.activate();
      ws.getRangeByIndexes(
        op.rect.row,
        op.rect.col,
        Math.max(1, op.rect.rows),
        Math.max(1, op.rect.cols)
      ).select();
      return;
    }
    case "setting":
      return; // handled outside Excel.run
  }
}

function queueChart(ctx: Excel.RequestContext, sheetName: string, spec: ChartSpec): void {
  const ws = ctx.workbook.worksheets.getItem(sheetName);
  const rangeOf = (address: string) => {
    const a = splitAddress(address, sheetName);
    return ctx.workbook.worksheets.getItem(a.sheet).getRange(a.address);
  };
  const type = spec.type === "xyScatterLines" ? "XYScatterLines" : "ColumnClustered";
  const first = spec.series[0];
  const chart = ws.charts.add(type, rangeOf(first.y), "Columns");
  chart.title.text = spec.title;
  const a = spec.anchor;
  chart.setPosition(
    ws.getRangeByIndexes(a.row, a.col, 1, 1),
    ws.getRangeByIndexes(a.row + Math.max(1, a.rows) - 1, a.col + Math.max(1, a.cols) - 1, 1, 1)
  );
  spec.series.forEach((s, i) => {
    const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
    series.name = s.name;
    series.setValues(rangeOf(s.y));
    series.setXAxisValues(rangeOf(s.x));
    if (spec.type === "paretoCombo" && s.line) series.chartType = "Line";
    if (s.secondary) series.axisGroup = "Secondary";
  });
  if (spec.type === "paretoCombo") chart.legend.position = "Bottom";
}
