/**
 * Workbook files for the command line (Node only): loads .xlsx and .csv files into
 * {@link MemoryWorkbookData} and saves MemoryWorkbookData back to .xlsx, with exceljs.
 *
 * Value types, both ways:
 * - numbers stay numbers, text stays text, booleans stay booleans;
 * - dates are `Date` objects (UTC midnight for a whole day, as exceljs reads them): a cell whose
 *   number format is a date format loads as a Date, and a Date saves as a real Excel date (a
 *   serial number with a date format, "yyyy-mm-dd" unless the sheet set another);
 * - a formula cell loads as its cached result (what Excel last computed, so a sales column made
 *   of formulas is tiered by its values); the formulas are kept in {@link LoadedWorkbook.formulas}
 *   and written back by {@link saveWorkbook} wherever the cell still holds the loaded value;
 * - error cells (#N/A, #DIV/0! ...) load as their text, so the list checks report them;
 * - merged cells: the value belongs to the top-left cell, the other cells of the merge are empty.
 * - CSV: UTF-8 with or without BOM (UTF-16 with BOM and GB18030, what Chinese Excel saves as
 *   "CSV", are recognised too); comma, semicolon or tab separated (detected from the header
 *   line); quoted fields with "" escapes and line breaks; plain numbers become numbers (not
 *   codes with leading zeros), ISO-like dates (2025-10-31, 2025/10/31) become Dates.
 *
 * Not written: charts (exceljs cannot write charts): {@link saveWorkbook} counts them in
 * {@link SaveReport.skippedCharts} so the caller can say so.
 */
import { promises as fsp, constants as fsc } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import type { CellInput, CellValue, Rect } from "./types";
import { newSheet, type MemorySheet, type MemoryWorkbookData } from "./memoryWorkbook";

/** Why a file could not be loaded or saved; `message` is one plain sentence for the user. */
export class WorkbookFileError extends Error {
  constructor(
    public readonly code: "notFound" | "notWorkbook" | "encrypted" | "unreadable" | "writeFailed",
    message: string
  ) {
    super(message);
    this.name = "WorkbookFileError";
  }
}

/** Formulas of the loaded cells, by sheet name then "r,c" (0-based), e.g. "=SUM(B2:D2)". */
export type FormulaMap = Map<string, Map<string, { formula: string; value: CellValue }>>;

export interface LoadedWorkbook {
  data: MemoryWorkbookData;
  /** Formulas found in the file (the cells themselves hold the cached results). */
  formulas: FormulaMap;
  format: "xlsx" | "csv";
  /** For CSV: the separator and the text encoding detected. */
  csv?: { delimiter: string; encoding: string };
}

export interface LoadOptions {
  /** Force exceljs's streaming reader (used automatically above {@link STREAMING_THRESHOLD_BYTES}). */
  streaming?: boolean;
}

/**
 * Files larger than this are read with exceljs's streaming reader: about a third of the memory
 * of the document reader, somewhat slower (100,000 rows x 9 columns, 9 MB: 6.7 s / 590 MB RSS
 * with the document reader, 9.2 s / 200 MB streaming, measured on the dev machine).
 */
export const STREAMING_THRESHOLD_BYTES = 16 * 1024 * 1024;

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const CSV_EXT = new Set([".csv", ".tsv", ".txt"]);

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** What a file's first bytes say it is, for the error message of a "not a workbook". */
function describeBytes(head: Uint8Array): string {
  if (head.length === 0) return "the file is empty";
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47])) return "it is a PNG image";
  if (startsWith(head, [0xff, 0xd8, 0xff])) return "it is a JPEG image";
  if (startsWith(head, [0x25, 0x50, 0x44, 0x46])) return "it is a PDF document";
  if (startsWith(head, ZIP_MAGIC)) return "it is a zip archive but not an Excel workbook";
  let binary = false;
  for (let i = 0; i < Math.min(head.length, 512); i++) if (head[i] === 0) binary = true;
  return binary
    ? "its content is not a workbook"
    : "it is a text file, not an .xlsx workbook (rename it .csv if it is a CSV)";
}

/**
 * Loads an .xlsx or .csv file.
 *
 * @param file Path of the file. Extensions .csv, .tsv and .txt are read as delimited text;
 *   anything else is sniffed: a zip is read as .xlsx.
 * @param options See {@link LoadOptions}.
 * @returns The workbook in memory, its formulas and the format read. Selection is on A1 of
 *   the first sheet (callers pick the list).
 * @throws {WorkbookFileError} "notFound" for a missing file, "encrypted" for a
 *   password-protected or legacy .xls workbook (an OLE compound file), "notWorkbook" for
 *   anything that is not an .xlsx or a text CSV, "unreadable" for a damaged .xlsx.
 * @example
 * const { data } = await loadWorkbook("customers.xlsx");
 * data.sheets[0].cells[0] // ["客户名称", "渠道", ...]
 * Cost: O(cells); about 7 s and 600 MB for 100,000 rows x 9 columns (document reader).
 */
export async function loadWorkbook(
  file: string,
  options: LoadOptions = {}
): Promise<LoadedWorkbook> {
  let handle: import("fs").promises.FileHandle;
  try {
    handle = await fsp.open(file, "r");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new WorkbookFileError("notFound", `file not found: ${file}`);
    if (code === "EISDIR")
      throw new WorkbookFileError("notWorkbook", `${file} is a folder, not a workbook`);
    throw new WorkbookFileError("unreadable", `cannot open ${file}: ${(e as Error).message}`);
  }
  let size: number;
  const head = new Uint8Array(8);
  try {
    const st = await handle.stat();
    if (st.isDirectory())
      throw new WorkbookFileError("notWorkbook", `${file} is a folder, not a workbook`);
    size = st.size;
    await handle.read(head, 0, 8, 0);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR")
      throw new WorkbookFileError("notWorkbook", `${file} is a folder, not a workbook`);
    throw new WorkbookFileError("unreadable", `cannot read ${file}: ${(e as Error).message}`);
  } finally {
    await handle.close();
  }
  const bytes = size >= 8 ? head : head.subarray(0, size);
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new WorkbookFileError(
      "encrypted",
      `${file} is a password-protected or legacy .xls workbook: remove the password (or save it as .xlsx) in Excel and try again`
    );
  }
  const ext = path.extname(file).toLowerCase();
  if (startsWith(bytes, ZIP_MAGIC)) {
    const streaming = options.streaming ?? size > STREAMING_THRESHOLD_BYTES;
    return streaming ? loadXlsxStreaming(file) : loadXlsx(file);
  }
  if (CSV_EXT.has(ext)) return loadCsv(file, await fsp.readFile(file));
  throw new WorkbookFileError(
    "notWorkbook",
    `${file} is not an .xlsx workbook: ${describeBytes(bytes)}`
  );
}

/** The 0-based key of a cell in the number-format and formula maps. */
const key = (r: number, c: number) => `${r},${c}`;

/** An exceljs cell value as a plain CellValue (formulas handled by the caller). */
function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.richText))
      return (o.richText as { text: string }[]).map((t) => t.text).join("");
    if ("error" in o) return String(o.error);
    if ("result" in o) return plainValue(o.result);
    if ("formula" in o || "sharedFormula" in o) return null; // a formula never computed: no value
    if ("text" in o) return plainValue(o.text);
  }
  return String(v);
}

function formulaOf(v: unknown, cell?: ExcelJS.Cell): string | null {
  if (v === null || typeof v !== "object" || v instanceof Date) return null;
  const o = v as Record<string, unknown>;
  // A shared formula's other cells: the cell's `formula` getter translates it to this cell.
  const f =
    typeof o.formula === "string" ? o.formula : "sharedFormula" in o && cell ? cell.formula : null;
  if (!f) return null;
  return f.startsWith("=") ? f : `=${f}`;
}

function emptyData(): MemoryWorkbookData {
  return { sheets: [], selection: { sheet: "", row: 0, col: 0, rows: 1, cols: 1 }, settings: {} };
}

function finish(data: MemoryWorkbookData): MemoryWorkbookData {
  if (data.sheets.length === 0) data.sheets.push(newSheet("Sheet1"));
  data.selection = { sheet: data.sheets[0].name, row: 0, col: 0, rows: 1, cols: 1 };
  return data;
}

function isDefaultFormat(fmt: string | undefined): boolean {
  return !fmt || fmt === "General";
}

function putCell(
  sheet: MemorySheet,
  formulas: Map<string, { formula: string; value: CellValue }>,
  r: number,
  c: number,
  raw: unknown,
  numFmt: string | undefined,
  cell?: ExcelJS.Cell
) {
  const value = plainValue(raw);
  const f = formulaOf(raw, cell);
  if (f) formulas.set(key(r, c), { formula: f, value });
  if (value === null && !f) return;
  const row = sheet.cells[r] ?? (sheet.cells[r] = []);
  row[c] = value;
  if (!isDefaultFormat(numFmt)) sheet.numberFormats.set(key(r, c), numFmt!);
}

/** Fills holes of sparse rows with null (the host and the core expect dense arrays). */
function densify(sheet: MemorySheet) {
  for (let r = 0; r < sheet.cells.length; r++) {
    const row = sheet.cells[r];
    if (!row) {
      sheet.cells[r] = [];
      continue;
    }
    for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
  }
}

async function loadXlsx(file: string): Promise<LoadedWorkbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch (e) {
    throw new WorkbookFileError(
      "unreadable",
      `${file} could not be read as an .xlsx workbook (${firstLine(e)})`
    );
  }
  const data = emptyData();
  const formulas: FormulaMap = new Map();
  wb.eachSheet((ws) => {
    const sheet = newSheet(ws.name);
    const fm = new Map<string, { formula: string; value: CellValue }>();
    formulas.set(ws.name, fm);
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
        if (cell.type === ExcelJS.ValueType.Merge) return; // not the top-left cell of a merge
        putCell(sheet, fm, rowNumber - 1, colNumber - 1, cell.value, cell.numFmt, cell);
      });
    });
    densify(sheet);
    const view = (ws.views ?? []).find((v) => v.state === "frozen") as
      { xSplit?: number; ySplit?: number } | undefined;
    if (view) {
      sheet.frozenRows = view.ySplit ?? 0;
      sheet.frozenCols = view.xSplit ?? 0;
    }
    for (const t of Object.values(
      (ws as unknown as { tables: Record<string, { table?: TableModel; model?: TableModel }> })
        .tables ?? {}
    )) {
      const model = t.table ?? t.model;
      if (!model?.tableRef) continue;
      const rect = parseRef(model.tableRef);
      if (rect)
        sheet.tables.push({
          name: model.name ?? model.displayName ?? `Table${sheet.tables.length + 1}`,
          ...rect,
        });
    }
    data.sheets.push(sheet);
  });
  return { data: finish(data), formulas, format: "xlsx" };
}

interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
}

async function loadXlsxStreaming(file: string): Promise<LoadedWorkbook> {
  const data = emptyData();
  const formulas: FormulaMap = new Map();
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(file, {
      sharedStrings: "cache",
      styles: "cache", // needed to see date formats
      hyperlinks: "ignore",
      worksheets: "emit",
      entries: "ignore",
    });
    for await (const ws of reader) {
      const name = (ws as unknown as { name: string }).name;
      const sheet = newSheet(name);
      const fm = new Map<string, { formula: string; value: CellValue }>();
      formulas.set(name, fm);
      // The streaming reader does not expand merges: the other cells of a merge are simply empty.
      for await (const row of ws as unknown as AsyncIterable<ExcelJS.Row>) {
        row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
          putCell(sheet, fm, row.number - 1, colNumber - 1, cell.value, cell.numFmt, cell);
        });
      }
      densify(sheet);
      data.sheets.push(sheet);
    }
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    throw new WorkbookFileError(
      "unreadable",
      `${file} could not be read as an .xlsx workbook (${firstLine(e)})`
    );
  }
  return { data: finish(data), formulas, format: "xlsx" };
}

function firstLine(e: unknown): string {
  return String((e as Error)?.message ?? e).split("\n")[0];
}

// ---------------------------------------------------------------------------------------------
// CSV

/** Decodes a CSV's bytes: BOM first, then strict UTF-8, then GB18030 (Chinese Windows "CSV"). */
function decodeText(buf: Buffer): { text: string; encoding: string } {
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf)
    return { text: buf.subarray(3).toString("utf8"), encoding: "utf-8 (BOM)" };
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: new TextDecoder("utf-16le").decode(buf.subarray(2)), encoding: "utf-16le" };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: new TextDecoder("utf-16be").decode(buf.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(buf), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(buf), encoding: "gb18030" };
  }
}

/** The separator of the header line: the most frequent of , ; and tab outside quotes. */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  let best = ",";
  for (const d of ["\t", ";"]) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Splits delimited text into rows of fields (RFC 4180: quoted fields, "" inside quotes, line
 * breaks inside quotes, CRLF or LF). Cost: O(length).
 */
export function parseDelimited(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text[i];
    if (ch === '"' && field === "") {
      // quoted field
      i++;
      while (i < n) {
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          field += q;
          i++;
        }
      }
      continue;
    }
    if (ch === delimiter) {
      row.push(field);
      field = "";
      i++;
    } else if (ch === "\n" || ch === "\r") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += ch === "\r" && text[i + 1] === "\n" ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const NUMBER_RE = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const THOUSANDS_RE = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
const DATE_RE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/** A CSV field as a typed cell: numbers, ISO-like dates (as UTC Dates), booleans, else text. */
export function typeCsvField(s: string): CellValue {
  const t = s.trim();
  if (t === "") return null;
  if (NUMBER_RE.test(t)) {
    // Codes such as "00123" keep their leading zeros as text.
    if (/^[+-]?0\d/.test(t)) return s;
    return Number(t);
  }
  if (THOUSANDS_RE.test(t)) return Number(t.replace(/,/g, ""));
  const m = DATE_RE.exec(t);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const date = new Date(
      Date.UTC(y, mo - 1, d, Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0))
    );
    if (date.getUTCMonth() === mo - 1 && date.getUTCDate() === d) return date;
  }
  const lower = t.toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return s;
}

function loadCsv(file: string, buf: Buffer): LoadedWorkbook {
  for (let i = 0; i < Math.min(buf.length, 4096); i++) {
    // NUL bytes outside UTF-16: a binary file with a .csv name
    if (
      buf[i] === 0 &&
      !(buf[0] === 0xff && buf[1] === 0xfe) &&
      !(buf[0] === 0xfe && buf[1] === 0xff)
    ) {
      throw new WorkbookFileError(
        "notWorkbook",
        `${file} is not a CSV text file: ${describeBytes(buf.subarray(0, 8))}`
      );
    }
  }
  const { text, encoding } = decodeText(buf);
  const delimiter = detectDelimiter(text);
  const base =
    path
      .basename(file, path.extname(file))
      .replace(/[:\\/?*[\]]/g, "-")
      .slice(0, 31) || "Sheet1";
  const sheet = newSheet(base);
  const rows = parseDelimited(text, delimiter);
  sheet.cells = rows.map((r) => {
    const out = r.map(typeCsvField);
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (sheet.cells.length > 0 && sheet.cells[sheet.cells.length - 1].length === 0)
    sheet.cells.pop();
  sheet.cells.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v instanceof Date) sheet.numberFormats.set(key(r, c), DATE_FORMAT);
    })
  );
  const data = finish({ ...emptyData(), sheets: [sheet] });
  return { data, formulas: new Map(), format: "csv", csv: { delimiter, encoding } };
}

// ---------------------------------------------------------------------------------------------
// Save

/** The number format given to Date cells that have none. */
export const DATE_FORMAT = "yyyy-mm-dd";

export interface SaveOptions {
  /** Formulas from {@link loadWorkbook}: written back where the cell still holds the loaded value. */
  formulas?: FormulaMap;
}

export interface SaveReport {
  /** Charts in the data that were not written (exceljs cannot write charts). */
  skippedCharts: number;
}

/** "A1"-style address of 0-based row/col. */
function a1(r: number, c: number): string {
  let s = "";
  let n = c + 1;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return `${s}${r + 1}`;
}

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** "B3:D10" (or "B3") as 0-based rectangle without sheet. */
function parseRef(ref: string): Omit<Rect, "sheet"> | null {
  const m = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/i.exec(ref.trim());
  if (!m) return null;
  const c1 = colNumber(m[1]);
  const r1 = Number(m[2]) - 1;
  const c2 = m[3] ? colNumber(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) - 1 : r1;
  return { row: r1, col: c1, rows: r2 - r1 + 1, cols: c2 - c1 + 1 };
}

function sameValue(a: CellInput | undefined, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === b;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

/** Display width of a value in characters (CJK characters count double). */
function textWidth(v: CellInput | undefined): number {
  if (v === null || v === undefined) return 0;
  if (v instanceof Date) return 10;
  if (typeof v === "object") return 8;
  const s = typeof v === "number" ? (Number.isInteger(v) ? String(v) : v.toFixed(2)) : String(v);
  let w = 0;
  for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) ? 2 : 1;
  return w;
}

function toExcelValue(v: CellInput | undefined): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "object" && !(v instanceof Date)) {
    // Extra fields a caller may set on a formula cell: the cached `result`, and an array
    // formula's `shareType: "array"` with its `ref` (a spilling formula written without Excel).
    const { formula, result, shareType, ref } = v as {
      formula: string;
      result?: unknown;
      shareType?: string;
      ref?: string;
    };
    return {
      formula: formula.replace(/^=/, ""),
      ...(result !== undefined ? { result } : {}),
      ...(shareType === "array" && ref ? { shareType, ref } : {}),
    } as ExcelJS.CellFormulaValue;
  }
  return v;
}

/** Builds the exceljs workbook of `data` (exported for tests and for callers that stream). */
export function toExcelWorkbook(
  data: MemoryWorkbookData,
  options: SaveOptions = {}
): { workbook: ExcelJS.Workbook; report: SaveReport } {
  const wb = new ExcelJS.Workbook();
  wb.creator = "crm";
  wb.created = new Date(0);
  let skippedCharts = 0;
  for (const sheet of data.sheets) {
    const views: Partial<ExcelJS.WorksheetView>[] = [];
    if (sheet.frozenRows > 0 || sheet.frozenCols > 0) {
      views.push({ state: "frozen", xSplit: sheet.frozenCols, ySplit: sheet.frozenRows });
    }
    const ws = wb.addWorksheet(sheet.name, { views });
    const fm = options.formulas?.get(sheet.name);
    const widths: number[] = [];
    for (let r = 0; r < sheet.cells.length; r++) {
      const row = sheet.cells[r];
      if (!row || row.length === 0) continue;
      const xrow = ws.getRow(r + 1);
      for (let c = 0; c < row.length; c++) {
        let v: CellInput | undefined = row[c];
        const f = fm?.get(key(r, c));
        if (f && sameValue(v, f.value))
          v = { formula: f.formula, result: f.value } as unknown as CellInput;
        if (v === null || v === undefined || v === "") continue;
        const cell = xrow.getCell(c + 1);
        cell.value = toExcelValue(v);
        const fmt = sheet.numberFormats.get(key(r, c));
        if (fmt) cell.numFmt = fmt;
        else if (v instanceof Date) cell.numFmt = DATE_FORMAT;
        if (r < 500) widths[c] = Math.max(widths[c] ?? 0, textWidth(v));
      }
    }
    for (let c = 0; c < widths.length; c++) {
      if (widths[c]) ws.getColumn(c + 1).width = Math.min(50, Math.max(8, widths[c] + 2));
    }
    for (const t of sheet.tables) addTable(ws, sheet, t);
    for (const cf of sheet.conditionalFormats) {
      const ref = `${a1(cf.range.row, cf.range.col)}:${a1(cf.range.row + cf.range.rows - 1, cf.range.col + cf.range.cols - 1)}`;
      const anchor = a1(cf.range.row, cf.range.col).replace(/^([A-Z]+)(\d+)$/, "$$$1$2");
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [`${anchor}="${cf.text.replace(/"/g, '""')}"`],
            style: {
              fill: {
                type: "pattern",
                pattern: "solid",
                bgColor: { argb: argb(cf.fill) },
                fgColor: { argb: argb(cf.fill) },
              },
            },
          },
        ],
      });
    }
    for (const dv of sheet.validations) {
      const ref = `${a1(dv.range.row, dv.range.col)}:${a1(dv.range.row + dv.range.rows - 1, dv.range.col + dv.range.cols - 1)}`;
      const list = dv.list.map((s) => s.replace(/"/g, '""')).join(",");
      (
        ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(ref, {
        type: "list",
        allowBlank: true,
        formulae: [`"${list}"`],
      });
    }
    skippedCharts += sheet.charts.length;
  }
  if (wb.worksheets.length === 0) wb.addWorksheet("Sheet1");
  return { workbook: wb, report: { skippedCharts } };
}

/** Adds an Excel table (with its filter buttons) over cells already written. */
function addTable(ws: ExcelJS.Worksheet, sheet: MemorySheet, t: MemorySheet["tables"][number]) {
  const headerRow = sheet.cells[t.row] ?? [];
  const used = new Set<string>();
  const columns = Array.from({ length: t.cols }, (_, j) => {
    // Excel needs distinct, non-empty column names.
    let name = String(headerRow[t.col + j] ?? "").trim() || `Column${j + 1}`;
    let k = 2;
    const base = name;
    while (used.has(name.toLowerCase())) name = `${base}${k++}`;
    used.add(name.toLowerCase());
    return { name, filterButton: true };
  });
  const rows: ExcelJS.CellValue[][] = [];
  for (let r = t.row + 1; r < t.row + t.rows; r++) {
    const src = sheet.cells[r] ?? [];
    rows.push(Array.from({ length: t.cols }, (_, j) => toExcelValue(src[t.col + j])));
  }
  if (rows.length === 0) rows.push(Array.from({ length: t.cols }, () => null));
  ws.addTable({
    name: t.name.replace(/[^A-Za-z0-9_.]/g, "_").replace(/^([^A-Za-z_])/, "_$1"),
    ref: a1(t.row, t.col),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns,
    rows,
  });
  // addTable rewrites the cells' values; the number formats set before stay on the cells.
}

/**
 * Saves `data` as an .xlsx file, atomically: written to a temporary file in the same folder,
 * then renamed over `file`, so a failure leaves nothing (and never a half-written file).
 *
 * @param data The workbook in memory.
 * @param file Destination path (overwritten if it exists: callers check first).
 * @param options Formulas to restore (see {@link SaveOptions}).
 * @returns What could not be written (charts).
 * @throws {WorkbookFileError} "writeFailed" when the file cannot be written.
 * @example
 * const { data, formulas } = await loadWorkbook("in.xlsx");
 * await saveWorkbook(data, "out.xlsx", { formulas });
 * Cost: O(cells).
 */
export async function saveWorkbook(
  data: MemoryWorkbookData,
  file: string,
  options: SaveOptions = {}
): Promise<SaveReport> {
  const { workbook, report } = toExcelWorkbook(data, options);
  const dir = path.dirname(path.resolve(file));
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    // Fast deflate: the XML of a big list compresses well anyway, and level 6 costs ~3x the time.
    await workbook.xlsx.writeFile(tmp, {
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    } as Partial<ExcelJS.XlsxWriteOptions>);
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw new WorkbookFileError("writeFailed", `cannot write ${file}: ${firstLine(e)}`);
  }
  return report;
}

/** True when `file` exists (any type). */
export async function fileExists(file: string): Promise<boolean> {
  try {
    await fsp.access(file, fsc.F_OK);
    return true;
  } catch {
    return false;
  }
}
