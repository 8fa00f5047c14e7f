/**
 * The in-memory workbook host: `WorkbookHost` over `MemoryWorkbookData`. Used by the tests,
 * the browser preview (the real pane on a sample list) and the command line (with xlsx.ts).
 *
 * Same contract as the Office.js host: `readList` finds the table under the selection, else
 * the current region around it; `apply` validates the whole batch, then writes it (a batch
 * that fails validation changes nothing).
 */
import { isEmptyCell } from "../core/cell";
import type { CellValue, CellInput, ListProblem, ListSnapshot, Rect, WorkbookHost, WriteOp } from "./types";
import { newSheet, type MemorySheet, type MemoryWorkbookData } from "./memoryWorkbook";

/** Excel's grid size: writes beyond it are rejected like Excel would. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

/** Computes the value shown for a formula cell (the preview evaluates CRM.* formulas; default: none). */
export type FormulaEvaluator = (sheet: MemorySheet, row: number, col: number, formula: string) => CellValue;

export interface MemoryHostOptions {
  /** Value of formula cells as `readList`/`readRect` see them (default: null, "not computed"). */
  evaluate?: FormulaEvaluator;
}

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

const isFormula = (v: CellInput | undefined): v is { formula: string } =>
  typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as { formula?: unknown }).formula === "string";

const INVALID_SHEET_CHARS = /[:\\/?*[\]]/;

export class MemoryHost implements WorkbookHost {
  /** Every batch applied successfully, in order (tests count and inspect them). */
  readonly batches: WriteOp[][] = [];
  private readonly listeners = new Set<() => void>();
  private readonly evaluate?: FormulaEvaluator;

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

  /** The value of a cell as a reader sees it (formulas evaluated by the optional evaluator). */
  value(sheet: MemorySheet, row: number, col: number): CellValue {
    const v = this.cell(sheet, row, col);
    if (isFormula(v)) return this.evaluate ? this.evaluate(sheet, row, col, v.formula) : null;
    return v;
  }

  async readList(): Promise<ListSnapshot | ListProblem> {
    const sel = this.data.selection;
    const sheet = this.sheet(sel.sheet);
    if (!sheet) return { problem: "emptySelection", detail: `no sheet named ${sel.sheet}` };
    const table = sheet.tables.find((t) => intersects(t, sel));
    let rect: { row: number; col: number; rows: number; cols: number } | null;
    if (table) rect = table;
    else {
      const used = usedSize(sheet);
      rect = currentRegion((r, c) => !isEmptyCell(this.value(sheet, r, c)), sel, used);
    }
    if (!rect || rect.rows === 0 || rect.cols === 0) return { problem: "emptySelection" };
    if (rect.rows < 2) return { problem: "noData" };
    const header: string[] = [];
    for (let c = 0; c < rect.cols; c++) header.push(headerText(this.value(sheet, rect.row, rect.col + c)));
    const rows: CellValue[][] = [];
    const formulas: (string | null)[][] = [];
    let anyFormula = false;
    for (let r = rect.row + 1; r < rect.row + rect.rows; r++) {
      const vals: CellValue[] = new Array(rect.cols);
      const fs: (string | null)[] = new Array(rect.cols);
      for (let c = 0; c < rect.cols; c++) {
        const raw = this.cell(sheet, r, rect.col + c);
        if (isFormula(raw)) {
          anyFormula = true;
          fs[c] = raw.formula;
          vals[c] = this.evaluate ? this.evaluate(sheet, r, rect.col + c, raw.formula) : null;
        } else {
          fs[c] = null;
          vals[c] = raw as CellValue;
        }
      }
      rows.push(vals);
      formulas.push(fs);
    }
    const rightColumn: CellValue[] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) rightColumn.push(this.value(sheet, r, rect.col + rect.cols));
    const snapshot: ListSnapshot = { sheet: sheet.name, row: rect.row, col: rect.col, header, rows, rightColumn };
    if (anyFormula) snapshot.formulas = formulas;
    if (table) snapshot.tableName = table.name;
    return snapshot;
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

  /**
   * Checks a whole batch against the workbook as it will be when each op runs (sheets added
   * earlier in the batch count). Throws `BatchError` on the first bad op.
   */
  validate(ops: WriteOp[]): void {
    const names = new Set(this.data.sheets.map((s) => s.name.toLowerCase()));
    const tableNames = new Set(this.data.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase())));
    ops.forEach((op, i) => {
      const fail = (msg: string): never => {
        throw new BatchError(msg, i);
      };
      const needSheet = (name: string) => {
        if (!names.has(name.toLowerCase())) fail(`no sheet named "${name}"`);
      };
      const needCell = (row: number, col: number) => {
        if (!Number.isInteger(row) || !Number.isInteger(col) || row < 0 || col < 0) fail(`bad cell position (${row}, ${col})`);
        if (row >= MAX_ROWS || col >= MAX_COLS) fail(`cell (${row}, ${col}) is outside the grid`);
      };
      const needExtent = (row: number, col: number, rows: number, cols: number) => {
        needCell(row, col);
        if (!Number.isInteger(rows) || !Number.isInteger(cols) || rows < 0 || cols < 0) fail(`bad size ${rows} x ${cols}`);
        if (row + rows > MAX_ROWS || col + cols > MAX_COLS) fail("range goes beyond the grid");
      };
      switch (op.kind) {
        case "addSheet": {
          const n = op.name;
          if (!n || n.length > 31 || INVALID_SHEET_CHARS.test(n) || n !== n.trim()) fail(`invalid sheet name "${n}"`);
          if (names.has(n.toLowerCase())) fail(`a sheet named "${n}" already exists`);
          names.add(n.toLowerCase());
          break;
        }
        case "values": {
          needSheet(op.sheet);
          const w = op.values.length ? op.values[0].length : 0;
          if (op.values.some((r) => r.length !== w)) fail("values are not rectangular");
          needExtent(op.row, op.col, op.values.length, w);
          break;
        }
        case "table": {
          needSheet(op.sheet);
          if (op.header.length === 0) fail("a table needs at least one column");
          if (op.rows.some((r) => r.length !== op.header.length)) fail("table rows do not match the header");
          if (op.numberFormats && op.numberFormats.length !== op.header.length) fail("numberFormats do not match the header");
          needExtent(op.row, op.col, op.rows.length + 1, op.header.length);
          if (op.name) {
            if (!/^[A-Za-z_\\\u0080-\uffff][\w.\u0080-\uffff]*$/.test(op.name)) fail(`invalid table name "${op.name}"`);
            if (tableNames.has(op.name.toLowerCase())) fail(`a table named "${op.name}" already exists`);
            tableNames.add(op.name.toLowerCase());
          }
          const existing = this.sheet(op.sheet);
          const rect = { row: op.row, col: op.col, rows: op.rows.length + 1, cols: op.header.length };
          if (existing && existing.tables.some((t) => intersects(t, rect))) fail("the table would overlap an existing table");
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
          needExtent(op.spec.anchor.row, op.spec.anchor.col, op.spec.anchor.rows, op.spec.anchor.cols);
          if (op.spec.series.length === 0) fail("a chart needs at least one series");
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
            if (op.numberFormat) s.numberFormats.set(`${op.row + r},${op.col + c}`, op.numberFormat);
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
        const all = new Set(this.data.sheets.flatMap((x) => x.tables.map((t) => t.name.toLowerCase())));
        let name = op.name;
        for (let k = 1; !name; k++) if (!all.has(`table${k}`)) name = `Table${k}`;
        s.tables.push({ name, row: op.row, col: op.col, rows: op.rows.length + 1, cols: op.header.length });
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
        op.labels.forEach((text, i) => s.conditionalFormats.push({ kind: "textEquals", range, text, fill: op.colors[i] }));
        break;
      }
      case "listValidation": {
        const s = this.mustSheet(op.sheet);
        s.validations.push({ range: { sheet: s.name, row: op.row, col: op.col, rows: op.rows, cols: 1 }, list: op.source.slice() });
        break;
      }
      case "chart":
        this.mustSheet(op.sheet).charts.push(clone(op.spec));
        break;
      case "autofit":
        break; // column widths are not modelled in memory
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

/** Number of rows and columns in use (the bounding box of stored cells, from A1). */
export function usedSize(sheet: MemorySheet): { rows: number; cols: number } {
  let cols = 0;
  for (const r of sheet.cells) if (r && r.length > cols) cols = r.length;
  return { rows: sheet.cells.length, cols };
}

type Box = { row: number; col: number; rows: number; cols: number };

/**
 * TEMPORARY (until src/core/list/region.ts lands): Excel's current region around `seed`: grows
 * the box while a filled cell touches its border (diagonals included). Each side grows greedily
 * in its own loop so a tall list costs O(rows x cols), not O(rows^2).
 */
function currentRegion(filled: (r: number, c: number) => boolean, seed: Box, used: { rows: number; cols: number }): Box | null {
  // A huge seed (a whole column selected) is clipped to the used area, never below one cell.
  let r0 = seed.row;
  let c0 = seed.col;
  let r1 = Math.max(r0, Math.min(seed.row + seed.rows, used.rows) - 1); // inclusive
  let c1 = Math.max(c0, Math.min(seed.col + seed.cols, used.cols) - 1);
  const rowHas = (r: number, a: number, b: number) => {
    for (let c = Math.max(a, 0); c <= Math.min(b, used.cols - 1); c++) if (filled(r, c)) return true;
    return false;
  };
  const colHas = (c: number, a: number, b: number) => {
    for (let r = Math.max(a, 0); r <= Math.min(b, used.rows - 1); r++) if (filled(r, c)) return true;
    return false;
  };
  for (let changed = true; changed; ) {
    changed = false;
    while (r0 > 0 && rowHas(r0 - 1, c0 - 1, c1 + 1)) (r0--, (changed = true));
    while (r1 + 1 < used.rows && rowHas(r1 + 1, c0 - 1, c1 + 1)) (r1++, (changed = true));
    while (c0 > 0 && colHas(c0 - 1, r0 - 1, r1 + 1)) (c0--, (changed = true));
    while (c1 + 1 < used.cols && colHas(c1 + 1, r0 - 1, r1 + 1)) (c1++, (changed = true));
  }
  // Trim empty border rows/columns (an empty seed cell next to nothing is no list).
  while (r0 <= r1 && !rowHas(r0, c0, c1)) r0++;
  while (r1 >= r0 && !rowHas(r1, c0, c1)) r1--;
  while (c0 <= c1 && !colHas(c0, r0, r1)) c0++;
  while (c1 >= c0 && !colHas(c1, r0, r1)) c1--;
  if (r1 < r0 || c1 < c0) return null;
  return { row: r0, col: c0, rows: r1 - r0 + 1, cols: c1 - c0 + 1 };
}

function setCell(sheet: MemorySheet, row: number, col: number, v: CellInput): void {
  while (sheet.cells.length <= row) sheet.cells.push([]);
  const r = sheet.cells[row] ?? (sheet.cells[row] = []);
  while (r.length < col) r.push(null);
  r[col] = v instanceof Date ? new Date(v.getTime()) : isFormula(v) ? { formula: v.formula } : v;
}

function headerText(v: CellValue): string {
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

function intersects(a: { row: number; col: number; rows: number; cols: number }, b: { row: number; col: number; rows: number; cols: number }): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;
}

function sameRect(a: Rect, b: Rect): boolean {
  return a.sheet === b.sheet && a.row === b.row && a.col === b.col && a.rows === b.rows && a.cols === b.cols;
}

function clone<T>(v: T): T {
  return v === undefined ? v : (JSON.parse(JSON.stringify(v)) as T);
}
