/**
 * A workbook held in memory as plain data: what the in-memory host reads and writes, what the
 * browser preview shows, and what `xlsx.ts` loads from and saves to .xlsx/.csv files for the
 * command line. Rows and columns are 0-based.
 */
import type { CellInput, ChartSpec, Rect } from "./types";

export interface MemoryTable {
  name: string;
  row: number;
  col: number;
  /** Rows including the header row (and the totals row, when shown). */
  rows: number;
  cols: number;
  /** The table shows a totals row (its last row): not a customer. */
  totalsRow?: boolean;
}

export interface MemoryConditionalFormat {
  /** A rule colouring cells whose text equals `text` with `fill`. */
  kind: "textEquals";
  range: Rect;
  text: string;
  fill: string;
}

export interface MemoryValidation {
  range: Rect;
  /** Allowed values of an in-cell dropdown. */
  list: string[];
}

export interface MemorySheet {
  name: string;
  /** cells[r][c]; missing rows/cells are empty. A formula cell keeps `{ formula }` (its value is not computed here). */
  cells: CellInput[][];
  /** Number formats by "r,c" (only where set). */
  numberFormats: Map<string, string>;
  tables: MemoryTable[];
  charts: ChartSpec[];
  conditionalFormats: MemoryConditionalFormat[];
  validations: MemoryValidation[];
  frozenRows: number;
  frozenCols: number;
  /** Visibility of a sheet read from a file (absent: visible). */
  state?: "visible" | "hidden" | "veryHidden";
  /** 0-based rows hidden in a sheet read from a file (absent: none). */
  hiddenRows?: number[];
  /** Print set-up (the "pageSetup" op); absent: Excel's defaults. */
  pageSetup?: { landscape: boolean; header: string; pageBreaks: number[] };
}

export interface MemoryWorkbookData {
  sheets: MemorySheet[];
  /** The user's selection (drives `readList`). */
  selection: Rect;
  /** Document settings (Office.context.document.settings in Excel). */
  settings: Record<string, unknown>;
}

/** An empty sheet. */
export function newSheet(name: string): MemorySheet {
  return {
    name,
    cells: [],
    numberFormats: new Map(),
    tables: [],
    charts: [],
    conditionalFormats: [],
    validations: [],
    frozenRows: 0,
    frozenCols: 0,
  };
}

/** A workbook with one sheet holding `cells` (row 0 usually the header), selection on A1. */
export function workbookFromCells(sheetName: string, cells: CellInput[][]): MemoryWorkbookData {
  const sheet = newSheet(sheetName);
  sheet.cells = cells.map((r) => r.slice());
  return {
    sheets: [sheet],
    selection: { sheet: sheetName, row: 0, col: 0, rows: 1, cols: 1 },
    settings: {},
  };
}
