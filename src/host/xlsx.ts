/**
 * Workbook files for the command line (Node only): loads .xlsx and .csv files into
 * {@link MemoryWorkbookData}; {@link saveResult} writes the job's result as the input package
 * plus what the job added (xlsx/write.ts), and {@link saveWorkbook} writes a workbook from
 * scratch with exceljs (for a CSV input, which has no package to keep).
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
 * Not written: charts (neither exceljs nor our package writer draws them): both savers count
 * them in {@link SaveReport.skippedCharts} so the caller can say so. Charts already in the
 * user's workbook are kept, as every other part of it.
 */
import { promises as fsp, constants as fsc } from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";

/**
 * exceljs, loaded on first use: only a CSV input's save needs it, and loading it costs ~0.5 s
 * of the command's start-up.
 */
function excel(): typeof ExcelJS {
  return require("exceljs") as typeof ExcelJS;
}
import { isArrayFormulaInput, isFormulaInput, type CellInput, type CellValue } from "./types";
import { newSheet, type MemorySheet, type MemoryWorkbookData } from "./memoryWorkbook";
import type { MemoryHost } from "./memoryHost";
import { loadPackage } from "./xlsx/load";
import type { XlsxPackage } from "./xlsx/pkg";
import { writePackage } from "./xlsx/write";
import { ZipError } from "./xlsx/zip";
import { trackTemp, untrackTemp, tempPathFor } from "./xlsx/tempFiles";
import { cellWidthChars, columnWidthFor } from "../core/columnWidth";
import { arrayFormulaRef, DATE_FORMAT } from "./xlsx/cells";
import { a1, columnLetter } from "../core/excel/a1";
import { formulaString } from "../core/excel/formula";

export { DATE_FORMAT };

/** Why a file could not be loaded or saved; `message` is one plain sentence for the user. */
export class WorkbookFileError extends Error {
  constructor(
    public readonly code:
      "notFound" | "notWorkbook" | "encrypted" | "unreadable" | "tooLarge" | "writeFailed",
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
  /** For .xlsx: the source package, kept open so {@link saveResult} copies what it does not change. */
  source?: XlsxPackage;
}

export interface LoadOptions {
  /** Fraction read so far (0..1), for a progress bar. */
  onProgress?: (fraction: number) => void;
}

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
  return isText(head)
    ? "it is a text file, not an .xlsx workbook (rename it .csv if it is a CSV)"
    : "its content is neither a workbook nor text";
}

/**
 * True when bytes read as text: no control characters but tab/CR/LF/FF/ESC, and valid UTF-8
 * or GB18030 (what Chinese Windows saves). A cut multi-byte character at the end is allowed.
 */
function isText(head: Uint8Array): boolean {
  for (const b of head) if (b < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(b)) return false;
  for (let cut = 0; cut < 4 && cut < head.length; cut++) {
    const part = head.subarray(0, head.length - cut);
    for (const enc of ["utf-8", "gb18030"]) {
      try {
        new TextDecoder(enc, { fatal: true }).decode(part);
        return true;
      } catch {
        // not this encoding
      }
    }
  }
  return false;
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
 * Cost: O(cells), streaming: the parts are inflated and scanned chunk by chunk.
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
  const head = new Uint8Array(512);
  try {
    const st = await handle.stat();
    if (st.isDirectory())
      throw new WorkbookFileError("notWorkbook", `${file} is a folder, not a workbook`);
    size = st.size;
    await handle.read(head, 0, 512, 0);
  } catch (e) {
    if (e instanceof WorkbookFileError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "EISDIR")
      throw new WorkbookFileError("notWorkbook", `${file} is a folder, not a workbook`);
    throw new WorkbookFileError("unreadable", `cannot read ${file}: ${(e as Error).message}`);
  } finally {
    await handle.close();
  }
  const bytes = head.subarray(0, Math.min(size, head.length));
  if (startsWith(bytes, CFB_MAGIC)) {
    throw new WorkbookFileError(
      "encrypted",
      `${file} is a password-protected or legacy .xls workbook: remove the password (or save it as .xlsx) in Excel and try again`
    );
  }
  const ext = path.extname(file).toLowerCase();
  if (startsWith(bytes, ZIP_MAGIC)) {
    return loadXlsx(file, options.onProgress);
  }
  if (CSV_EXT.has(ext)) return loadCsv(file, await fsp.readFile(file));
  throw new WorkbookFileError(
    "notWorkbook",
    `${file} is not an .xlsx workbook: ${describeBytes(bytes)}`
  );
}

/** The 0-based key of a cell in the number-format and formula maps. */
const key = (r: number, c: number) => `${r},${c}`;

function emptyData(): MemoryWorkbookData {
  return { sheets: [], selection: { sheet: "", row: 0, col: 0, rows: 1, cols: 1 }, settings: {} };
}

function finish(data: MemoryWorkbookData): MemoryWorkbookData {
  if (data.sheets.length === 0) data.sheets.push(newSheet("Sheet1"));
  data.selection = { sheet: data.sheets[0].name, row: 0, col: 0, rows: 1, cols: 1 };
  return data;
}

/** Reads an .xlsx package (streaming, see xlsx/load.ts); zip problems become file errors. */
async function loadXlsx(file: string, onProgress?: (f: number) => void): Promise<LoadedWorkbook> {
  try {
    const { data, formulas, source } = await loadPackage(file, onProgress);
    return { data, formulas, format: "xlsx", source };
  } catch (e) {
    if (e instanceof ZipError)
      throw new WorkbookFileError(
        e.code === "tooLarge" ? "tooLarge" : e.code === "unsupported" ? "encrypted" : "unreadable",
        e.code === "damaged"
          ? `${file} could not be read as an .xlsx workbook (${e.message.replace(/^.*?: /, "")})`
          : e.message
      );
    throw new WorkbookFileError(
      "unreadable",
      `${file} could not be read as an .xlsx workbook (${firstLine(e)})`
    );
  }
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
        `${file} is not a CSV text file: ${describeBytes(buf.subarray(0, 512))}`
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

export interface SaveOptions {
  /** Formulas from {@link loadWorkbook}: written back where the cell still holds the loaded value. */
  formulas?: FormulaMap;
}

export interface SaveReport {
  /** Chart ops that were not carried out: the xlsx writer keeps existing charts but draws no new ones. */
  skippedCharts: number;
}

function sameValue(a: CellInput | undefined, b: CellValue): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  return (a ?? null) === b;
}

function argb(hex: string): string {
  const h = hex.replace(/^#/, "").toUpperCase();
  return h.length === 6 ? `FF${h}` : h;
}

/** exceljs writes an array formula from these two fields (its typings leave them out). */
interface ExcelArrayFormula extends ExcelJS.CellFormulaValue {
  shareType: "array";
  ref: string;
}

function toExcelValue(v: CellInput | undefined, row: number, col: number): ExcelJS.CellValue {
  if (v === undefined || v === null) return null;
  if (isFormulaInput(v)) {
    // The cached `result` shows until Excel recalculates; an array formula is stored over its
    // block (a spill written without Excel).
    const f: ExcelJS.CellFormulaValue = { formula: v.formula.replace(/^=/, "") };
    if (v.result !== undefined && v.result !== null) f.result = v.result;
    if (!isArrayFormulaInput(v)) return f;
    const array: ExcelArrayFormula = {
      ...f,
      shareType: "array",
      ref: arrayFormulaRef(row, col, v),
    };
    return array;
  }
  return v;
}

/** Builds the exceljs workbook of `data` (exported for tests and for callers that stream). */
export function toExcelWorkbook(
  data: MemoryWorkbookData,
  options: SaveOptions = {}
): { workbook: ExcelJS.Workbook; report: SaveReport } {
  const wb = new (excel().Workbook)();
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
        if (f && sameValue(v, f.value)) v = { formula: f.formula, result: f.value };
        if (v === null || v === undefined || v === "") continue;
        const cell = xrow.getCell(c + 1);
        cell.value = toExcelValue(v, r, c);
        const fmt = sheet.numberFormats.get(key(r, c));
        if (fmt) cell.numFmt = fmt;
        else if (v instanceof Date) cell.numFmt = DATE_FORMAT;
        widths[c] = Math.max(
          widths[c] ?? 0,
          cellWidthChars(v, fmt ?? (v instanceof Date ? DATE_FORMAT : null))
        );
      }
    }
    for (let c = 0; c < widths.length; c++) {
      if (widths[c]) ws.getColumn(c + 1).width = columnWidthFor(widths[c]);
    }
    for (const t of sheet.tables) addTable(ws, sheet, t);
    for (const cf of sheet.conditionalFormats) {
      const ref = `${a1(cf.range.row, cf.range.col)}:${a1(cf.range.row + cf.range.rows - 1, cf.range.col + cf.range.cols - 1)}`;
      const anchor = `$${columnLetter(cf.range.col)}${cf.range.row + 1}`;
      ws.addConditionalFormatting({
        ref,
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [`${anchor}=${formulaString(cf.text)}`],
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
      (
        ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }
      ).dataValidations.add(ref, {
        type: "list",
        allowBlank: true,
        formulae: [formulaString(dv.list.join(","))],
      });
    }
    if (sheet.pageSetup) {
      ws.pageSetup.orientation = sheet.pageSetup.landscape ? "landscape" : "portrait";
      if (sheet.pageSetup.header) ws.headerFooter.oddHeader = `&C${sheet.pageSetup.header}`;
      // exceljs breaks after a (1-based) row: after row r is before 0-based row r.
      for (const r of sheet.pageSetup.pageBreaks) ws.getRow(r).addPageBreak();
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
    rows.push(Array.from({ length: t.cols }, (_, j) => toExcelValue(src[t.col + j], r, t.col + j)));
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
  const tmp = tempPathFor(file);
  trackTemp(tmp);
  try {
    // Fast deflate: the XML of a big list compresses well anyway, and level 6 costs ~3x the time.
    await workbook.xlsx.writeFile(tmp, {
      zip: { compression: "DEFLATE", compressionOptions: { level: 1 } },
    } as Partial<ExcelJS.XlsxWriteOptions>);
    await fsp.rename(tmp, file);
  } catch (e) {
    await fsp.rm(tmp, { force: true }).catch(() => undefined);
    throw new WorkbookFileError("writeFailed", `cannot write ${file}: ${firstLine(e)}`);
  } finally {
    untrackTemp(tmp);
  }
  return report;
}

/**
 * Saves a job's result. For an .xlsx input: the input package plus the job's writes, every
 * part the job did not touch copied unchanged (charts, images, comments, names, tables ...).
 * For a CSV input (no package to keep): a new workbook of the data (exceljs).
 *
 * @param loaded What {@link loadWorkbook} returned.
 * @param host The in-memory host the job wrote through (its data and applied batches).
 * @param file Destination (written atomically; removed again on failure or interrupt).
 * @param onProgress Fraction written, 0..1.
 * @returns Charts that were asked for but not drawn.
 * @throws {WorkbookFileError} "writeFailed".
 */
export async function saveResult(
  loaded: LoadedWorkbook,
  host: MemoryHost,
  file: string,
  onProgress?: (fraction: number) => void
): Promise<SaveReport> {
  if (!loaded.source) return saveWorkbook(host.data, file, { formulas: loaded.formulas });
  try {
    return await writePackage(
      {
        source: loaded.source,
        data: host.data,
        ops: host.batches.flat(),
        formulas: loaded.formulas,
      },
      file,
      onProgress
    );
  } catch (e) {
    if (e instanceof ZipError && e.code !== "damaged")
      throw new WorkbookFileError("writeFailed", e.message);
    throw new WorkbookFileError("writeFailed", `cannot write ${file}: ${firstLine(e)}`);
  }
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
