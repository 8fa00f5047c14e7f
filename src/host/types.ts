/**
 * The workbook host: the small interface the task pane, the visit planner's writer and the
 * command line talk to, instead of calling Excel.run. Implementations: Office.js
 * (`officeHost.ts`, inside Excel), in memory (`memoryHost.ts`, for tests, the browser preview
 * and, with `xlsx.ts`, the command line).
 *
 * Rules every implementation keeps (DEVELOPERS guide, PRODUCT 4):
 * - reads and writes take a fixed number of round trips (context.sync) whatever the size;
 * - `apply` validates the whole batch before touching the workbook: a batch that fails
 *   validation changes nothing;
 * - nothing here overwrites a non-empty cell on its own initiative: callers decide, with the
 *   user, before they put a write over existing content in a batch;
 * - new sheets get unique names (see `uniqueSheetName`).
 */
import type { CellValue } from "../core/excel/cell";
import type { LeftOutRow } from "../core/list/extent";

export type { CellValue, LeftOutRow };

/** A rectangle of a sheet; rows and columns are 0-based. */
export interface Rect {
  sheet: string;
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** The customer list found around the user's selection. */
export interface ListSnapshot {
  sheet: string;
  /** 0-based position of the header row's first cell. */
  row: number;
  col: number;
  /** Header texts ("" for an empty header cell). */
  header: string[];
  /** Data rows under the header, each `header.length` long. */
  rows: CellValue[][];
  /** Formulas of the data rows where a cell holds one (same shape as rows; null where none). Optional. */
  formulas?: (string | null)[][];
  /** Set when the list is an Excel table. */
  tableName?: string;
  /**
   * True when the list has no header row (detected by `detectHeaderRow`): then `row` is the
   * first DATA row, `header` is all "" and `rightColumn` is `rows.length` long (no header cell).
   */
  headerless?: boolean;
  /** Values of the column just right of the list, header row included (rows.length + 1 long). */
  rightColumn: CellValue[];
  /**
   * Data rows that are not customers (blank, total, repeated header, note), found by
   * `classifyRows`; they stay in `rows` so row i is still sheet row `firstDataRow + i`.
   */
  leftOut?: LeftOutRow[];
  /**
   * Data rows (0-based) the user put back (`withRowOverride`): customers, even where a rule
   * applied later (a total found by its sales, `findSumRows`) would leave them out.
   */
  putBack?: number[];
  /** 0-based sheet row where another list starts below this one (not read). */
  nextListRow?: number;
}

/** Why no list could be read; the pane turns the code into a localised message. */
export interface ListProblem {
  problem: "emptySelection" | "noData" | "tooLarge";
  detail?: string;
}

/**
 * A formula cell, as typed ("=CRM.TIER(D2:D9)"). `result` is the value a file written without
 * Excel shows until Excel recalculates (the xlsx writer stores it as the cell's cached value;
 * Excel ignores it).
 */
export interface FormulaInput {
  formula: string;
  result?: CellValue;
}

/**
 * An array formula: one formula over the `array.rows` x `array.cols` block whose top-left cell
 * holds it (the other cells of the block are its results). It is how a dynamic array's spill is
 * stored in a file written without Excel (`<f t="array" ref="D2:D9">`), so the file shows the
 * results before recalculation. Office.js writes the formula alone into the top-left cell and
 * Excel spills it (the block's other cells must be empty, as for any spill).
 */
export interface ArrayFormulaInput extends FormulaInput {
  array: { rows: number; cols: number };
}

/** A value to write: a plain value, a formula or an array formula. */
export type CellInput = CellValue | FormulaInput | ArrayFormulaInput;

/** True for a formula cell (plain or array). */
export function isFormulaInput(v: CellInput | undefined): v is FormulaInput | ArrayFormulaInput {
  return (
    typeof v === "object" &&
    v !== null &&
    !(v instanceof Date) &&
    typeof (v as { formula?: unknown }).formula === "string"
  );
}

/** True for an array formula cell. */
export function isArrayFormulaInput(v: CellInput | undefined): v is ArrayFormulaInput {
  return isFormulaInput(v) && (v as Partial<ArrayFormulaInput>).array !== undefined;
}

/** Data of a native chart, addressed by sheet ranges so Excel draws it from the cells. */
export interface ChartSpec {
  /** "paretoCombo": clustered columns + a line on the secondary axis; "xyScatterLines": points joined by lines, one series per entry. */
  type: "paretoCombo" | "xyScatterLines" | "column";
  title: string;
  /** Where the chart sits (top-left cell) and its size in cells. */
  anchor: Rect;
  series: Array<{
    name: string;
    /** Range of the category labels or X values (A1-style, sheet-qualified, e.g. "'Tier summary'!A2:A4"). */
    x: string;
    /** Range of the values or Y values. */
    y: string;
    /** Put this series on the secondary axis (the cumulative line of a Pareto chart). */
    secondary?: boolean;
    /** For paretoCombo: draw this series as a line. */
    line?: boolean;
  }>;
}

/** One write of a batch. Everything in a batch is validated first, then written. */
export type WriteOp =
  | { kind: "addSheet"; name: string; activate?: boolean }
  | {
      kind: "values";
      sheet: string;
      row: number;
      col: number;
      values: CellInput[][];
      numberFormat?: string;
    }
  | {
      kind: "table";
      sheet: string;
      row: number;
      col: number;
      header: string[];
      rows: CellInput[][];
      name?: string;
      /** Number format per column (null: general). */
      numberFormats?: (string | null)[];
    }
  | { kind: "freeze"; sheet: string; rows: number; cols?: number }
  | {
      /** Colours tiers with conditional formats (not per-cell formats): one rule per label. */
      kind: "tierFormat";
      sheet: string;
      row: number;
      col: number;
      rows: number;
      labels: string[];
      /** Fill colours, "#RRGGBB", one per label. */
      colors: string[];
    }
  | {
      kind: "listValidation";
      sheet: string;
      row: number;
      col: number;
      rows: number;
      source: string[];
    }
  | {
      /**
       * Empties a rectangle so a job can rewrite what it wrote there before (the Churn watch
       * table on a re-run): first deletes every Excel table that intersects the rectangle (the
       * whole table, also any part outside it), then clears the rectangle's contents, number
       * formats, conditional formats and data validation. Other cells are untouched.
       * Office.js: load `sheet.tables` with each table's range address, `table.delete()` those
       * intersecting; then on the range `clear(Excel.ClearApplyTo.all)`,
       * `dataValidation.clear()`, `conditionalFormats.clearAll()`. Excel does not run a batch
       * as a transaction, so the Office.js host keeps a copy of what a clear removes until the
       * whole batch is written, and puts it back if a later write fails (officeBackup.ts).
       */
      kind: "clear";
      sheet: string;
      row: number;
      col: number;
      rows: number;
      cols: number;
    }
  | { kind: "chart"; sheet: string; spec: ChartSpec }
  | {
      /**
       * Print set-up of a sheet (the rep sheets, issue 13): orientation, a page header (Excel
       * header codes allowed: "&A" is the sheet name) and manual page breaks, each before a
       * 0-based row. No fit-to-page: Excel ignores manual breaks when "Fit to" is on.
       * Office.js (ExcelApi 1.9): `pageLayout.orientation`,
       * `pageLayout.headersFooters.defaultForAllPages.centerHeader`, `horizontalPageBreaks.add`.
       */
      kind: "pageSetup";
      sheet: string;
      landscape?: boolean;
      header?: string;
      pageBreaks?: number[];
    }
  | { kind: "autofit"; sheet: string; col: number; cols: number }
  | { kind: "setting"; key: string; value: unknown }
  | { kind: "select"; rect: Rect };

export interface WorkbookHost {
  /** Reads the Excel table under the selection, else the current region around it. */
  readList(): Promise<ListSnapshot | ListProblem>;
  /** Reads a rectangle's values (for checks such as "is this column empty?"). */
  readRect(rect: Rect): Promise<CellValue[][]>;
  /** Names of all sheets, in workbook order. */
  sheetNames(): Promise<string[]>;
  /** A value stored in the document's settings (undefined when absent). */
  getSetting<T = unknown>(key: string): Promise<T | undefined>;
  /** Validates, then writes the whole batch; `onProgress` gets 0..1 as chunks are written. */
  apply(ops: WriteOp[], onProgress?: (fraction: number) => void): Promise<void>;
  /** Selects a range and brings it into view (the "click a row" of the comparison list). */
  select(rect: Rect): Promise<void>;
}

/** True when `readList` found no list. */
export function isListProblem(x: ListSnapshot | ListProblem): x is ListProblem {
  return (x as ListProblem).problem !== undefined;
}

/**
 * A sheet name not yet in `existing`: `base`, else `base (2)`, `base (3)`, ...; Excel's rules
 * applied (at most 31 characters, none of : \ / ? * [ ], compared without case).
 */
export function uniqueSheetName(base: string, existing: readonly string[]): string {
  const clean = base.replace(/[:\\/?*[\]]/g, "-").trim() || "Sheet";
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let i = 1; ; i++) {
    const suffix = i === 1 ? "" : ` (${i})`;
    const name = clean.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
