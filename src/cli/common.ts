/**
 * What the `crm` commands share: loading the input, finding the list as the pane does (the
 * in-memory host's `readList`, i.e. the same table/current-region/header rules), resolving
 * column options, output paths, errors and progress.
 */
import * as path from "path";
import { SingleBar } from "cli-progress";
import { guessColumns, type ColumnGuess } from "../core/list/columns";
import { isEmptyCell } from "../core/excel/cell";
import { columnLetter, columnOfRef } from "../core/excel/a1";
import { MemoryHost } from "../host/memoryHost";
import { snapshotFromGrid } from "../host/listSnapshot";
import type { LeftOutReason } from "../core/list/extent";
import { isListProblem, type ListProblem, type ListSnapshot } from "../host/types";
import type { MemorySheet } from "../host/memoryWorkbook";
import { fileExists, loadWorkbook, WorkbookFileError, type LoadedWorkbook } from "../host/xlsx";
import { isLocale, LOCALES, type Locale } from "../i18n/locale";
import { formatList, messages } from "../i18n/messages";

/** A user-facing failure: printed as one line `crm: error: <message>`, exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1
  ) {
    super(message);
    this.name = "CliError";
  }
}

/** Where the command writes: stdout for results, stderr for progress and errors. */
export interface CliIO {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  /** "Today" as yyyy-mm-dd (the plan's default start is the next Monday after it). */
  today?: string;
}

/** Progress on stderr: a bar when stderr is a terminal, nothing otherwise (never on stdout). */
export class Progress {
  private bar: SingleBar | null = null;
  constructor(io: CliIO, label: string) {
    if (io.stderr.isTTY) {
      this.bar = new SingleBar(
        {
          format: `${label} [{bar}] {percentage}% {stage}`,
          stream: io.stderr as NodeJS.WritableStream,
          hideCursor: true,
          clearOnComplete: true,
        },
        undefined
      );
      this.bar.start(100, 0, { stage: "" });
    }
  }
  /** Sets the fraction done (0..1) and the stage shown. */
  update(fraction: number, stage: string): void {
    this.bar?.update(Math.round(Math.max(0, Math.min(1, fraction)) * 100), { stage });
  }
  stop(): void {
    this.bar?.stop();
    this.bar = null;
  }
}

/** Loads the input, turning file errors into one-line CLI errors; `onProgress` gets 0..1. */
export async function loadInput(
  input: string,
  onProgress?: (fraction: number) => void
): Promise<LoadedWorkbook> {
  try {
    return await loadWorkbook(input, { onProgress });
  } catch (e) {
    if (e instanceof WorkbookFileError) throw new CliError(e.message);
    throw e;
  }
}

/**
 * Where the list is, for messages about the user's file, in `locale`: `sheet "客户"` in a
 * workbook; for a CSV, which has no sheets (the one we load it into is named after the file, a
 * name the user never chose), `the CSV file`; `where(true)` with its preposition. And the hint
 * for messages where the sheet may be the problem: " (other sheets: ...; choose one with
 * --sheet)", "" when the workbook has no other sheet.
 */
export function placeIn(
  loaded: Pick<LoadedWorkbook, "format" | "data">,
  sheet: string,
  locale: Locale = "en"
): { where(on?: boolean): string; hint: string } {
  const m = messages(locale).cli;
  const others = loaded.data.sheets.filter((s) => s.name !== sheet);
  const names = formatList(
    locale,
    others.map(
      (s) => m.quoted({ name: s.name }) + (s.state && s.state !== "visible" ? m.hidden : "")
    )
  );
  return {
    where: (on = false) => (loaded.format === "csv" ? m.csvFile({ on }) : m.sheet({ sheet, on })),
    hint: others.length === 0 ? "" : m.otherSheets({ sheets: names }),
  };
}

/** {@link placeIn}'s place in English (the command line's own messages). */
export function placeOf(
  loaded: Pick<LoadedWorkbook, "format" | "data">,
  sheet: string,
  o: { on?: boolean } = {}
): string {
  return placeIn(loaded, sheet).where(o.on);
}

/** Names of the sheets, quoted, for messages ("Sheet1", "客户" (hidden)). */
export function sheetList(sheets: readonly MemorySheet[]): string {
  return sheets
    .map((x) => `"${x.name}"${x.state && x.state !== "visible" ? " (hidden)" : ""}`)
    .join(", ");
}

const isVisible = (s: MemorySheet): boolean => (s.state ?? "visible") === "visible";

/**
 * The sheet's list as the memory host reads it with the command's selection, read once per
 * loaded sheet: `chooseSheet` reads it to judge the sheet and `readList` needs it again (on
 * 100,000 rows a second read was ~2 s of `crm tier`). The cells do not change in between:
 * nothing is written before the list is read.
 */
const listOfSheet = new WeakMap<MemorySheet, ListSnapshot | ListProblem>();
function listOf(sheet: MemorySheet): ListSnapshot | ListProblem {
  let snap = listOfSheet.get(sheet);
  if (snap === undefined) {
    const sel = pickSelection(sheet);
    snap = snapshotFromGrid(sheet.name, sheet.cells, sel.row, sel.col, { tables: sheet.tables });
    listOfSheet.set(sheet, snap);
  }
  return snap;
}

/**
 * Whether a sheet holds a customer list: read as the pane would, it has data rows, two columns
 * or more, and a column of numbers or of tiers (a cover page or a notes sheet has neither).
 */
export function holdsList(sheet: MemorySheet): boolean {
  const snap = listOf(sheet);
  if (isListProblem(snap) || snap.header.length < 2) return false;
  const g = guessColumns(snap.header, snap.rows.slice(0, 500));
  return g.numericColumns.length > 0 || g.roles.previousTier !== undefined;
}

/**
 * The sheet to read: `--sheet` (case-insensitive), else the first visible sheet that holds a
 * list (hidden sheets, cover pages and notes are passed over), else the first visible sheet
 * holding any value (its messages then say what is missing and name `--sheet`).
 *
 * @throws {CliError} For an unknown `--sheet`, naming the sheets.
 */
export function chooseSheet(loaded: LoadedWorkbook, name?: string): MemorySheet {
  const sheets = loaded.data.sheets;
  if (name !== undefined) {
    const s = sheets.find((x) => x.name.toLowerCase() === name.trim().toLowerCase());
    if (!s) throw new CliError(`--sheet: no sheet named "${name}" (sheets: ${sheetList(sheets)})`);
    return s;
  }
  const visible = sheets.filter(isVisible);
  const hasValues = (s: MemorySheet) =>
    s.cells.some((r) => r && r.some((v) => !isEmptyCell(v as unknown)));
  return (
    visible.find(holdsList) ??
    visible.find(hasValues) ??
    sheets.find((s) => hasValues(s) && holdsList(s)) ??
    visible[0] ??
    sheets[0]
  );
}

/** {@link placeIn}'s hint naming the other sheets, in English. */
export function sheetHint(loaded: LoadedWorkbook, sheet: MemorySheet): string {
  return placeIn(loaded, sheet.name).hint;
}

/**
 * The cell the command "selects" (a user would click in the list): the first table's corner
 * if the sheet has one, else the first cell of the widest of the first 50 rows (the header row
 * of a typical list, below any title line).
 */
export function pickSelection(sheet: MemorySheet): { row: number; col: number } {
  if (sheet.tables.length > 0) return { row: sheet.tables[0].row, col: sheet.tables[0].col };
  let best = { row: 0, col: 0, count: 0 };
  for (let r = 0; r < Math.min(50, sheet.cells.length); r++) {
    const row = sheet.cells[r] ?? [];
    let count = 0;
    let first = -1;
    row.forEach((v, c) => {
      if (!isEmptyCell(v as unknown)) {
        count++;
        if (first < 0) first = c;
      }
    });
    if (count > best.count) best = { row: r, col: first, count };
  }
  return { row: best.row, col: best.col };
}

/** The list of a sheet, read by the in-memory host exactly as the pane reads it in Excel. */
export async function readList(
  loaded: LoadedWorkbook,
  sheet: MemorySheet
): Promise<{ host: MemoryHost; snapshot: ListSnapshot }> {
  const host = new MemoryHost(loaded.data);
  const sel = pickSelection(sheet);
  host.setSelection({ sheet: sheet.name, row: sel.row, col: sel.col, rows: 1, cols: 1 });
  // The memory host reads exactly this (no formula evaluator, the same selection and tables).
  const snap = listOf(sheet);
  if (isListProblem(snap)) {
    const hint = sheetHint(loaded, sheet);
    const place = placeOf(loaded, sheet.name);
    if (snap.problem === "emptySelection")
      throw new CliError(`${place} is empty: no customer list found${hint}`);
    if (snap.problem === "noData")
      throw new CliError(`${place} has a header row but no data rows${hint}`);
    throw new CliError(
      `the list ${placeOf(loaded, sheet.name, { on: true })} is too large (${snap.detail ?? ""})`
    );
  }
  return { host, snapshot: snap };
}

/** "月销售额" (H) style description of a list column, in `locale`. */
export function describeColumn(
  snapshot: ListSnapshot,
  index: number,
  locale: Locale = "en"
): string {
  const m = messages(locale).cli;
  const h = snapshot.header[index];
  const letter = columnLetter(snapshot.col + index);
  return h ? m.column({ header: h, letter }) : m.columnLetter({ letter });
}

/**
 * A column option to a list column index (0-based within the list): the header text first
 * (exact, then ignoring case and spaces), else a column letter of the sheet (e.g. "D").
 *
 * @throws {CliError} Naming the option, what was asked and the list's columns.
 */
export function resolveColumn(
  spec: string,
  snapshot: ListSnapshot,
  option: string,
  locale: Locale = "en"
): number {
  const want = spec.trim();
  const norm = (s: string) => s.replace(/\s+/g, "").toLowerCase();
  let i = snapshot.header.indexOf(want);
  if (i < 0) i = snapshot.header.findIndex((h) => norm(h) === norm(want) && want !== "");
  if (i >= 0) return i;
  if (/^[A-Za-z]{1,3}$/.test(want)) {
    const idx = columnOfRef(want) - snapshot.col;
    if (idx >= 0 && idx < snapshot.header.length) return idx;
  }
  const m = messages(locale).cli;
  const names = formatList(
    locale,
    snapshot.header.map((h, k) => (h ? m.quoted({ name: h }) : columnLetter(snapshot.col + k)))
  );
  throw new CliError(m.noColumn({ option, spec, columns: names }));
}

/** The column guess of the list (the pane's guess: English and Chinese headers, contents). */
export function guess(snapshot: ListSnapshot): ColumnGuess {
  return guessColumns(snapshot.header, snapshot.rows);
}

/** Default output name next to the input: customers.xlsx -> customers.<suffix>.xlsx. */
export function defaultOutput(input: string, suffix: string): string {
  const dir = path.dirname(input);
  const base = path.basename(input, path.extname(input));
  return path.join(dir, `${base}.${suffix}.xlsx`);
}

/** Checks the output path: not the input, .xlsx, not existing unless `force`. */
export async function checkOutput(input: string, output: string, force: boolean): Promise<void> {
  if (path.resolve(input) === path.resolve(output))
    throw new CliError(
      `the output ${output} is the input: the input is never modified; choose another -o`
    );
  if (path.extname(output).toLowerCase() !== ".xlsx")
    throw new CliError(`the output must be an .xlsx file, got ${output}`);
  if (!(await fileExists(path.dirname(path.resolve(output)))))
    throw new CliError(`the output folder ${path.dirname(output)} does not exist`);
  if (!force && (await fileExists(output)))
    throw new CliError(`${output} already exists: use --force to overwrite it`);
}

/** `--lang` to a locale. */
export function parseLocale(v: string | undefined, fallback: Locale): Locale {
  if (v === undefined) return fallback;
  const l = v
    .trim()
    .toLowerCase()
    .replace(/[-_].*$/, "");
  if (!isLocale(l)) throw new CliError(`--lang must be ${LOCALES.join(" or ")}, got "${v}"`, 2);
  return l;
}

/** The sheet language from the headers when --lang is not given: Chinese headers give zh. */
export function localeOfHeaders(header: readonly string[]): Locale {
  return header.some((h) => /[\u4e00-\u9fff]/.test(h)) ? "zh" : "en";
}

/** "1,234,567" */
export function num(v: number, decimals = 0): string {
  return Number.isFinite(v)
    ? v.toLocaleString("en-US", {
        minimumFractionDigits: decimals,
        maximumFractionDigits: decimals,
      })
    : "-";
}

/** "20.0%" */
export function pct(v: number): string {
  return Number.isFinite(v) ? `${(v * 100).toFixed(1)}%` : "-";
}

/** At most `max` row numbers, then "...", in `locale`. */
export function rowList(rows: readonly number[], max = 10, locale: Locale = "en"): string {
  const m = messages(locale).cli;
  return m.notes.rowList({
    rows: formatList(locale, rows.slice(0, max)),
    count: rows.length,
    more: rows.length > max,
  });
}

/** Today as the jobs see it (one source for the pane and the command line). */
export { localToday } from "../app/today";

const LEFT_OUT_REASONS: readonly LeftOutReason[] = ["blank", "total", "header", "note", "user"];

/**
 * The sentence naming the rows left out of a list, by reason with their sheet row numbers, or
 * null when none: "Left out 3 rows that are not customers: 2 total/subtotal rows (rows 8, 15),
 * 1 blank row (row 5)."
 */
export function leftOutSentence(
  leftOut: ReadonlyArray<{ row: number; reason: LeftOutReason }>,
  locale: Locale = "en"
): string | null {
  if (leftOut.length === 0) return null;
  const m = messages(locale).cli;
  const parts = LEFT_OUT_REASONS.flatMap((reason) => {
    const rows = leftOut.filter((l) => l.reason === reason).map((l) => l.row);
    if (rows.length === 0) return [];
    return [m.notes.leftOutReason[reason]({ count: rows.length, rows: rowList(rows, 10, locale) })];
  });
  return m.notes.leftOut({ count: leftOut.length, reasons: formatList(locale, parts) });
}

/** The warning for a second list found below the one read, or null. */
export function nextListSentence(snapshot: ListSnapshot, locale: Locale = "en"): string | null {
  if (snapshot.nextListRow === undefined) return null;
  return messages(locale).cli.notes.anotherList({ row: snapshot.nextListRow + 1 });
}
