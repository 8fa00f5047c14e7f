/**
 * The in-memory workbook host: `WorkbookHost` over `MemoryWorkbookData`. Used by the tests,
 * the browser preview (the real pane on a sample list) and the command line (with xlsx.ts).
 *
 * Same contract as the Office.js host: `readList` finds the table under the selection, else
 * the current region around it; `apply` validates the whole batch, then writes it (a batch
 * that fails validation changes nothing).
 */
import { isEmptyCell } from "../core/excel/cell";
import { snapshotFromGrid } from "./listSnapshot";
import type {
  ArrayFormulaInput,
  CellValue,
  CellInput,
  FormulaInput,
  ListProblem,
  ListSnapshot,
  Rect,
  WorkbookHost,
  WriteOp,
} from "./types";
import { isFormulaInput } from "./types";
import { BatchError, validateBatch, MAX_COLS, MAX_ROWS } from "./validateBatch";
import { newSheet, type MemorySheet, type MemoryWorkbookData } from "./memoryWorkbook";

export { BatchError, MAX_COLS, MAX_ROWS };

/**
 * Computes a formula cell (the preview evaluates CRM.* formulas). A 2-D result spills from the
 * formula's cell down and right over empty cells, as a dynamic array does in Excel.
 */
export type FormulaEvaluator = (
  sheet: MemorySheet,
  row: number,
  col: number,
  formula: string
) => CellValue | CellValue[][];

export interface MemoryHostOptions {
  /** Values of formula cells as readers see them (default: none, formulas read as null). */
  evaluate?: FormulaEvaluator;
}

const isFormula = isFormulaInput;

export class MemoryHost implements WorkbookHost {
  /** Every batch applied successfully, in order (tests count and inspect them). */
  readonly batches: WriteOp[][] = [];
  private readonly listeners = new Set<() => void>();
  private readonly evaluate?: FormulaEvaluator;
  /** Computed values of formula cells and their spills, per sheet ("r,c" -> value); reset by writes. */
  private computed = new Map<MemorySheet, Map<string, CellValue>>();

  constructor(
    readonly data: MemoryWorkbookData,
    options: MemoryHostOptions = {}
  ) {
    this.evaluate = options.evaluate;
  }

  /** Calls `listener` after each applied batch or selection change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The sheet named `name` (case-insensitive, like Excel), or undefined. */
  sheet(name: string): MemorySheet | undefined {
    const key = name.toLowerCase();
    return this.data.sheets.find((s) => s.name.toLowerCase() === key);
  }

  /** The raw content of a cell (formula cells as `{ formula }`), null when empty. */
  cell(sheet: MemorySheet, row: number, col: number): CellInput {
    const r = sheet.cells[row];
    const v = r ? r[col] : undefined;
    return v === undefined ? null : v;
  }

  /** The value of a cell as a reader sees it (formulas and their spills computed by the optional evaluator). */
  value(sheet: MemorySheet, row: number, col: number): CellValue {
    const v = this.cell(sheet, row, col);
    if (!this.evaluate || !(isFormula(v) || isEmptyCell(v)))
      return isFormula(v) ? null : (v as CellValue);
    const c = this.computedOf(sheet).get(`${row},${col}`);
    return c === undefined ? (isFormula(v) ? null : (v as CellValue)) : c;
  }

  private computedOf(sheet: MemorySheet): Map<string, CellValue> {
    let m = this.computed.get(sheet);
    if (m) return m;
    m = new Map();
    this.computed.set(sheet, m);
    const ev = this.evaluate;
    if (!ev) return m;
    sheet.cells.forEach((line, r) =>
      line?.forEach((v, c) => {
        if (!isFormula(v)) return;
        let out: CellValue | CellValue[][];
        try {
          out = ev(sheet, r, c, v.formula);
        } catch {
          out = "#VALUE!";
        }
        if (!Array.isArray(out)) return void m!.set(`${r},${c}`, out);
        out.forEach((orow, i) =>
          orow.forEach((x, j) => {
            if (i === 0 && j === 0) m!.set(`${r},${c}`, x);
            else if (isEmptyCell(this.cell(sheet, r + i, c + j))) m!.set(`${r + i},${c + j}`, x);
          })
        );
      })
    );
    return m;
  }

  /** The sheet's cells as readers see them: formulas replaced by their values, spills filled in. */
  private valueGrid(sheet: MemorySheet): CellInput[][] {
    const m = this.computedOf(sheet);
    const grid = sheet.cells.map((line) => (line ? line.slice() : []));
    for (const [key, v] of m) {
      const [r, c] = key.split(",").map(Number);
      while (grid.length <= r) grid.push([]);
      while (grid[r].length < c) grid[r].push(null);
      grid[r][c] = v;
    }
    return grid;
  }

  async readList(): Promise<ListSnapshot | ListProblem> {
    const sel = this.data.selection;
    const sheet = this.sheet(sel.sheet);
    if (!sheet) return { problem: "emptySelection", detail: `no sheet named ${sel.sheet}` };
    // With an evaluator (the preview), formula cells are read as their computed values.
    const grid = this.evaluate ? this.valueGrid(sheet) : sheet.cells;
    // The table under the selection, else Excel's current region around its top-left cell.
    return snapshotFromGrid(sheet.name, grid, sel.row, sel.col, { tables: sheet.tables });
  }

  async readRect(rect: Rect): Promise<CellValue[][]> {
    const sheet = this.sheet(rect.sheet);
    if (!sheet) throw new Error(`No sheet named "${rect.sheet}"`);
    const out: CellValue[][] = [];
    for (let r = 0; r < rect.rows; r++) {
      const row: CellValue[] = [];
      for (let c = 0; c < rect.cols; c++) row.push(this.value(sheet, rect.row + r, rect.col + c));
      out.push(row);
    }
    return out;
  }

  async sheetNames(): Promise<string[]> {
    return this.data.sheets.map((s) => s.name);
  }

  async getSetting<T = unknown>(key: string): Promise<T | undefined> {
    const v = this.data.settings[key];
    return v === undefined ? undefined : (clone(v) as T);
  }

  async apply(ops: WriteOp[], onProgress?: (fraction: number) => void): Promise<void> {
    this.validate(ops);
    this.computed.clear();
    ops.forEach((op, i) => {
      this.applyOne(op);
      onProgress?.((i + 1) / ops.length);
    });
    this.batches.push(ops);
    this.notify();
  }

  async select(rect: Rect): Promise<void> {
    if (!this.sheet(rect.sheet)) throw new Error(`No sheet named "${rect.sheet}"`);
    this.data.selection = { ...rect };
    this.notify();
  }

  /** Moves the selection (what a user's click does in Excel); for tests and the preview grid. */
  setSelection(rect: Rect): void {
    this.data.selection = { ...rect };
    this.notify();
  }

  private notify(): void {
    for (const l of this.listeners) l();
  }

  /** Checks a whole batch against this workbook (sheets added earlier in the batch count); throws `BatchError`. */
  validate(ops: WriteOp[]): void {
    validateBatch(ops, {
      sheets: this.data.sheets.map((s) => s.name),
      tables: this.data.sheets.flatMap((s) => s.tables.map((t) => t.name)),
      overlapsTable: (sheet, rect) => !!this.sheet(sheet)?.tables.some((t) => intersects(t, rect)),
      tableRects: this.data.sheets.flatMap((s) => s.tables.map((t) => ({ ...t, sheet: s.name }))),
    });
  }

  private mustSheet(name: string): MemorySheet {
    const s = this.sheet(name);
    if (!s) throw new Error(`No sheet named "${name}"`); // unreachable after validate
    return s;
  }

  private applyOne(op: WriteOp): void {
    switch (op.kind) {
      case "addSheet": {
        this.data.sheets.push(newSheet(op.name));
        if (op.activate) this.data.selection = { sheet: op.name, row: 0, col: 0, rows: 1, cols: 1 };
        break;
      }
      case "values": {
        const s = this.mustSheet(op.sheet);
        op.values.forEach((row, r) =>
          row.forEach((v, c) => {
            setCell(s, op.row + r, op.col + c, v);
            if (op.numberFormat)
              s.numberFormats.set(`${op.row + r},${op.col + c}`, op.numberFormat);
          })
        );
        break;
      }
      case "table": {
        const s = this.mustSheet(op.sheet);
        op.header.forEach((h, c) => setCell(s, op.row, op.col + c, h));
        op.rows.forEach((row, r) =>
          row.forEach((v, c) => {
            setCell(s, op.row + 1 + r, op.col + c, v);
            const f = op.numberFormats?.[c];
            if (f) s.numberFormats.set(`${op.row + 1 + r},${op.col + c}`, f);
          })
        );
        const all = new Set(
          this.data.sheets.flatMap((x) => x.tables.map((t) => t.name.toLowerCase()))
        );
        let name = op.name;
        for (let k = 1; !name; k++) if (!all.has(`table${k}`)) name = `Table${k}`;
        s.tables.push({
          name,
          row: op.row,
          col: op.col,
          rows: op.rows.length + 1,
          cols: op.header.length,
        });
        break;
      }
      case "freeze": {
        const s = this.mustSheet(op.sheet);
        s.frozenRows = op.rows;
        s.frozenCols = op.cols ?? 0;
        break;
      }
      case "tierFormat": {
        const s = this.mustSheet(op.sheet);
        const range: Rect = { sheet: s.name, row: op.row, col: op.col, rows: op.rows, cols: 1 };
        // A re-run replaces the rules on the same range rather than stacking duplicates.
        s.conditionalFormats = s.conditionalFormats.filter((f) => !sameRect(f.range, range));
        op.labels.forEach((text, i) =>
          s.conditionalFormats.push({ kind: "textEquals", range, text, fill: op.colors[i] })
        );
        break;
      }
      case "listValidation": {
        const s = this.mustSheet(op.sheet);
        s.validations.push({
          range: { sheet: s.name, row: op.row, col: op.col, rows: op.rows, cols: 1 },
          list: op.source.slice(),
        });
        break;
      }
      case "clear": {
        const s = this.mustSheet(op.sheet);
        // Whole tables go (also their part outside the rectangle), then the rectangle itself.
        const doomed = s.tables.filter((t) => intersects(t, op));
        s.tables = s.tables.filter((t) => !doomed.includes(t));
        for (const b of [op, ...doomed]) {
          for (let r = b.row; r < b.row + b.rows && r < s.cells.length; r++) {
            const line = s.cells[r];
            if (!line) continue;
            for (let c = b.col; c < b.col + b.cols && c < line.length; c++) line[c] = null;
          }
          for (const key of [...s.numberFormats.keys()]) {
            const [r, c] = key.split(",").map(Number);
            if (intersects({ row: r, col: c, rows: 1, cols: 1 }, b)) s.numberFormats.delete(key);
          }
          // Rules keep their part outside the cleared box, as Excel trims them.
          s.validations = s.validations.flatMap((v) =>
            subtractRect(v.range, b).map((range) => ({ ...v, range }))
          );
          s.conditionalFormats = s.conditionalFormats.flatMap((f) =>
            subtractRect(f.range, b).map((range) => ({ ...f, range }))
          );
        }
        break;
      }
      case "chart":
        this.mustSheet(op.sheet).charts.push(clone(op.spec));
        break;
      case "autofit":
        break; // column widths are not modelled in memory
      case "pageSetup":
        this.mustSheet(op.sheet).pageSetup = {
          landscape: !!op.landscape,
          header: op.header ?? "",
          pageBreaks: [...(op.pageBreaks ?? [])].sort((a, b) => a - b),
        };
        break;
      case "setting":
        if (op.value === undefined) delete this.data.settings[op.key];
        else this.data.settings[op.key] = clone(op.value);
        break;
      case "select":
        this.data.selection = { ...op.rect };
        break;
    }
  }
}

function setCell(sheet: MemorySheet, row: number, col: number, v: CellInput): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const r = sheet.cells[row] ?? (sheet.cells[row] = []);
  while (r.length < col) r.push(null);
  r[col] = v instanceof Date ? new Date(v.getTime()) : isFormula(v) ? copyFormula(v) : v;
}

/** A copy of a formula cell with only the fields it has (a plain formula stays `{ formula }`). */
function copyFormula(v: FormulaInput | ArrayFormulaInput): CellInput {
  const out: FormulaInput = { formula: v.formula };
  if (v.result !== undefined)
    out.result = v.result instanceof Date ? new Date(v.result.getTime()) : v.result;
  if ("array" in v && v.array) return { ...out, array: { rows: v.array.rows, cols: v.array.cols } };
  return out;
}

function intersects(
  a: { row: number; col: number; rows: number; cols: number },
  b: { row: number; col: number; rows: number; cols: number }
): boolean {
  return (
    a.row < b.row + b.rows &&
    b.row < a.row + a.rows &&
    a.col < b.col + b.cols &&
    b.col < a.col + a.cols
  );
}

/** `a` minus `b`: up to 4 rectangles (bands above, below, left, right of the overlap); [a] when apart. */
function subtractRect(
  a: Rect,
  b: { row: number; col: number; rows: number; cols: number }
): Rect[] {
  if (!intersects(a, b)) return [a];
  const out: Rect[] = [];
  const top = Math.max(a.row, b.row);
  const bottom = Math.min(a.row + a.rows, b.row + b.rows);
  if (a.row < top) out.push({ ...a, rows: top - a.row });
  if (bottom < a.row + a.rows) out.push({ ...a, row: bottom, rows: a.row + a.rows - bottom });
  const left = Math.max(a.col, b.col);
  const right = Math.min(a.col + a.cols, b.col + b.cols);
  if (a.col < left) out.push({ ...a, row: top, rows: bottom - top, cols: left - a.col });
  if (right < a.col + a.cols)
    out.push({ ...a, row: top, rows: bottom - top, col: right, cols: a.col + a.cols - right });
  return out;
}

function sameRect(a: Rect, b: Rect): boolean {
  return (
    a.sheet === b.sheet &&
    a.row === b.row &&
    a.col === b.col &&
    a.rows === b.rows &&
    a.cols === b.cols
  );
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
