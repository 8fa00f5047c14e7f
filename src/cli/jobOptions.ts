/**
 * What the list commands share beyond common.ts: option values
 * (rates, numbers, days, optional columns), the notes on how the list was read (rows left out,
 * another list below) as printed lines and `--json` warnings, and a column as JSON.
 */
import { toSerialDay } from "../core/excel/dates";
import type { ListSnapshot } from "../host/types";
import type { LeftOutReason } from "../core/list/extent";
import { leftOutRows, putBackRows } from "../app/customerRows";
import type { SaveReport } from "../host/xlsx";
import type { Locale } from "../i18n/locale";
import { messages } from "../i18n/messages";
import { CliError, leftOutSentence, nextListSentence, resolveColumn } from "./common";
import { columnLetter } from "../core/excel/a1";
import { putBackNote } from "./rowOptions";

/** One entry of `--json`'s warnings[] (the same shape as `crm tier`'s). */
export interface JsonWarning {
  code: string;
  count: number;
  rows: number[];
  message: string;
}

/**
 * A rate option: "80%" or "0.8" -> 0.8, within [min, max].
 *
 * @throws {CliError} (usage, exit 2) naming the option.
 */
export function parseRate(v: string, option: string, min = 0, max = 1): number {
  const t = v.trim();
  const x = /%$/.test(t) ? Number(t.slice(0, -1)) / 100 : Number(t);
  if (t === "" || !Number.isFinite(x) || x < min || x > max)
    throw new CliError(
      `${option} must be a rate from ${min * 100}% to ${max * 100}% (e.g. 0.8 or 80%), got "${v}"`,
      2
    );
  return x;
}

/**
 * A number option ("1,200" allowed), optionally a whole number, within [min, max].
 *
 * @throws {CliError} (usage, exit 2) naming the option.
 */
export function parseNumber(
  v: string,
  option: string,
  o: { min?: number; max?: number; integer?: boolean } = {}
): number {
  const x = Number(v.trim().replace(/,/g, ""));
  const bad =
    v.trim() === "" ||
    !Number.isFinite(x) ||
    (o.integer && !Number.isInteger(x)) ||
    (o.min !== undefined && x < o.min) ||
    (o.max !== undefined && x > o.max);
  if (bad) {
    const range =
      o.min !== undefined && o.max !== undefined
        ? ` from ${o.min} to ${o.max}`
        : o.min !== undefined
          ? ` of at least ${o.min}`
          : "";
    throw new CliError(
      `${option} must be ${o.integer ? "a whole number" : "a number"}${range}, got "${v}"`,
      2
    );
  }
  return x;
}

/**
 * A day option, yyyy-mm-dd (or any date text the lists accept), as an Excel serial day.
 *
 * @throws {CliError} (usage, exit 2) naming the option.
 */
export function parseDay(v: string, option: string): number {
  const d = toSerialDay(v.trim());
  if (d === undefined) throw new CliError(`${option} must be a date yyyy-mm-dd, got "${v}"`, 2);
  return d;
}

/** A column option that may be "none": undefined for none, else the list column. */
export function optionalColumn(
  spec: string | undefined,
  snapshot: ListSnapshot,
  option: string,
  fallback: number | undefined,
  locale: Locale = "en"
): number | undefined {
  if (spec === undefined) return fallback;
  if (spec.trim().toLowerCase() === "none") return undefined;
  return resolveColumn(spec, snapshot, option, locale);
}

/** A list column as JSON: its header and sheet letter (null when none). */
export function columnJson(
  snapshot: ListSnapshot,
  index: number | undefined
): { header: string; column: string } | null {
  if (index === undefined) return null;
  return { header: snapshot.header[index] ?? "", column: columnLetter(snapshot.col + index) };
}

/** Where the list is, as `--json`'s list field (the same as `crm tier`'s). */
export function listJson(snapshot: ListSnapshot) {
  return {
    headerRow: snapshot.row + 1,
    firstColumn: columnLetter(snapshot.col),
    rows: snapshot.rows.length,
    table: snapshot.tableName ?? null,
  };
}

/**
 * What the reader decided on its own: the rows left out (not customers) and another list below
 * the one read. Printed as lines and given in `--json` as warnings[].
 * @param left The rows left out (default: the reader's; tiering and planning add total rows only the sales tell apart).
 */
export function readNotes(
  snapshot: ListSnapshot,
  left: ReadonlyArray<{ row: number; reason: LeftOutReason }> = leftOutRows(snapshot),
  locale: Locale = "en"
): JsonWarning[] {
  const notes: JsonWarning[] = [];
  const text = leftOutSentence(left, locale);
  if (text)
    notes.push({
      code: "rowsLeftOut",
      count: left.length,
      rows: left.map((l) => l.row).slice(0, 100),
      message: text,
    });
  const back = putBackNote(snapshot, locale);
  if (back) notes.push(back);
  const next = nextListSentence(snapshot, locale);
  if (next)
    notes.push({ code: "anotherList", count: 1, rows: [snapshot.nextListRow! + 1], message: next });
  return notes;
}

/** A note as a printed line in `locale` (the left-out sentence is already one). */
export function noteLine(n: JsonWarning, locale: Locale = "en"): string {
  return n.code === "rowsLeftOut" || n.code === "rowsPutBack"
    ? n.message
    : messages(locale).cli.notes.warning({ message: n.message });
}

/** Rows of the list left out, as `--json`'s leftOut[]: 1-based sheet rows with the reason. */
type LeftOutJson = ReadonlyArray<{ row: number; reason: LeftOutReason }>;

/**
 * The end of a list command's `--json` (`crm tier`, `plan`, `value`, `churn`): its notes, how
 * the list was read (rows left out, rows put back) and the charts the save could not draw.
 * @param left The rows left out (default: the reader's; tiering and planning add total rows only the sales tell apart).
 */
export function readJson(
  snapshot: ListSnapshot,
  warnings: readonly JsonWarning[],
  report: Pick<SaveReport, "skippedCharts">,
  left: LeftOutJson = leftOutRows(snapshot)
): {
  warnings: readonly JsonWarning[];
  leftOut: LeftOutJson;
  putBack: number[];
  chartsSkipped: number;
} {
  return {
    warnings,
    leftOut: left,
    putBack: putBackRows(snapshot),
    chartsSkipped: report.skippedCharts,
  };
}
