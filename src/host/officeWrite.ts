/**
 * The one write path of the Office.js host: how a value goes into a cell (toExcelInput), how
 * grids are cut into requests under the byte budget (RequestWriter, queueGrid), and how values
 * come back (fromExcel). Every write of officeHost.ts and officeBackup.ts goes through here.
 */
import type { CellValue } from "../core/excel/cell";
import { serialFromDate } from "../core/excel/dates";
import { isFormulaInput, type CellInput, type WriteOp } from "./types";
import { cellJsonBytes } from "./officeRead";

/** Queues writes and syncs whenever the next piece would push the request past the byte budget. */
export class RequestWriter {
  private pending = 0;
  private done = 0;
  /** Number of context.sync() calls made by this writer (for tests and diagnostics). */
  syncs = 0;
  constructor(
    private readonly ctx: Excel.RequestContext,
    readonly maxBytes: number,
    private readonly total: number,
    private readonly onProgress?: (f: number) => void
  ) {}
  /** Makes room for `bytes` more in the current request (syncing first if needed). */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.maxBytes) await this.flush();
    this.pending += bytes;
  }
  async flush(): Promise<void> {
    await this.ctx.sync();
    this.syncs++;
    this.done += this.pending;
    this.pending = 0;
    if (this.total > 0) this.onProgress?.(Math.min(0.99, this.done / this.total));
  }
}

/** Bytes a cell costs in a request: its JSON as written (see toExcelInput) and a comma. */
export function cellBytes(v: CellInput): number {
  return cellJsonBytes(toExcelInput(v)) + 1;
}

export function estimateBytes(ops: WriteOp[]): number {
  let total = 0;
  for (const op of ops) {
    if (op.kind === "values")
      for (const r of op.values)
        for (const v of r)
          total += cellBytes(v) + (op.numberFormat ? op.numberFormat.length + 3 : 0);
    else if (op.kind === "table")
      for (const r of op.rows) for (const v of r) total += cellBytes(v) + 8;
    else total += 2000;
  }
  return total;
}

export const isFormula = isFormulaInput;

/**
 * A value as it is written into Excel: THE write path of every cell (values, table headers and
 * rows, the Churn watch re-run) goes through `Range.formulas` with this conversion.
 *
 * Excel parses a string written through `values` or `formulas` as if typed ("1-4" and
 * "2024-01-05" become dates, "00123" 123, "12%" 0.12, "TRUE" a boolean, "=x", "+x", "- note"
 * formulas). Every non-empty string is therefore written with a leading apostrophe, Excel's
 * "this is text" prefix, which is not part of the stored value. Chosen over the Text number
 * format "@" because the apostrophe
 * - belongs to the cell's content, not its format: the column keeps its number format, and a
 *   number or formula the user types there later is still a number or a formula (an "@" cell
 *   turns it into text, and table rows added later inherit "@");
 * - needs no ordering between two writes (the format must land BEFORE the values) and no second
 *   grid per chunk: one property, one payload, one byte more per string;
 * - does not depend on guessing which strings Excel would parse (locale-dependent: dates, "WAHR"
 *   in German Excel, full-width digits): every string is protected, whatever Excel's language.
 * The cost: the apostrophe shows in the formula bar. Numbers, booleans and dates (serials) go as
 * they are; formulas as their text. An array formula is written as its formula alone: Excel
 * spills a dynamic array from the cell itself (its `result` is for files written without Excel).
 */
export function toExcelInput(v: CellInput): string | number | boolean {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return serialFromDate(v);
  if (isFormula(v)) return v.formula;
  if (typeof v === "string") return v === "" ? "" : `'${v}`;
  return v;
}

/** Office.js returns "" for an empty cell; the core wants null. */
export function fromExcel(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return String(v);
}

/** Writes `values` at (row, col) in row chunks that fit the request budget. */
export async function queueGrid(
  ws: Excel.Worksheet,
  row: number,
  col: number,
  values: CellInput[][],
  writer: RequestWriter,
  numberFormat?: string | null
): Promise<void> {
  if (values.length === 0 || values[0].length === 0) return;
  const w = values[0].length;
  let start = 0;
  while (start < values.length) {
    let bytes = 0;
    let end = start;
    while (end < values.length) {
      let rb = 0;
      for (const v of values[end])
        rb += cellBytes(v) + 1 + (numberFormat ? numberFormat.length + 4 : 0);
      rb += 3; // the row's brackets
      if (end > start && bytes + rb > writer.maxBytes / 2) break;
      bytes += rb;
      end++;
    }
    await writer.reserve(bytes);
    const chunk = values.slice(start, end);
    const range = ws.getRangeByIndexes(row + start, col, end - start, w);
    range.formulas = chunk.map((r) => r.map(toExcelInput));
    if (numberFormat) range.numberFormat = chunk.map((r) => r.map(() => numberFormat));
    start = end;
  }
}
