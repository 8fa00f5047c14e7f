/**
 * The rows of a list that are customers. The list reader marks the rows that are not
 * (`snapshot.leftOut`: blank, total/subtotal, repeated header, note rows); tiering and planning
 * skip them, and so must every job that reads all rows (value columns, the churn check): a
 * 合计 row would otherwise be a customer with the largest sales of all. The user corrects the
 * reader (`withRowOverride`: rows put back, rows left out), remembered per sheet.
 */
import type { ListSnapshot } from "../host/types";
import type { LeftOutReason } from "../core/list/extent";
import type { Locale } from "../i18n/locale";
import { formatList, messages } from "../i18n/messages";
import {
  applyRowOverride,
  isEmptyOverride,
  NO_ROW_OVERRIDE,
  rowOverrideProblems,
  rowSpecParts,
  type ListRowSpan,
  type RowOverride,
  type RowOverrideProblem,
} from "../core/list/rowOverride";
import { firstDataRow } from "./tiering";

/**
 * The list with its left-out rows blanked (every cell null), so a job reading it leaves them out
 * (a blank row gets a blank result) while row i stays sheet row `firstDataRow + i`.
 *
 * @param snapshot The list as read.
 * @returns The same snapshot when nothing is left out, else a copy (rows and formulas blanked).
 * @example withoutLeftOut(s).rows[8] // [null, null, ...] where row 8 was a 合计 row
 * Cost: O(rows) (only left-out rows are copied).
 */
export function withoutLeftOut(snapshot: ListSnapshot): ListSnapshot {
  const out = snapshot.leftOut ?? [];
  if (out.length === 0) return snapshot;
  const rows = snapshot.rows.slice();
  const formulas = snapshot.formulas?.slice();
  for (const l of out) {
    rows[l.index] = new Array(snapshot.header.length).fill(null);
    if (formulas) formulas[l.index] = new Array(snapshot.header.length).fill(null);
  }
  const copy: ListSnapshot = { ...snapshot, rows };
  if (formulas) copy.formulas = formulas;
  return copy;
}

/**
 * The left-out rows as the user sees them: 1-based sheet rows with the reason.
 *
 * @param snapshot The list as read.
 * @returns One entry per left-out row, in sheet order.
 * @example leftOutRows(s) // [{ row: 9, reason: "total" }]
 */
export function leftOutRows(snapshot: ListSnapshot): Array<{ row: number; reason: LeftOutReason }> {
  const first = firstDataRow(snapshot);
  return (snapshot.leftOut ?? []).map((l) => ({ row: first + 1 + l.index, reason: l.reason }));
}

/**
 * The rows the user put back (`withRowOverride`), as 1-based sheet rows.
 *
 * @example putBackRows(s) // [14, 30]
 */
export function putBackRows(snapshot: ListSnapshot): number[] {
  const first = firstDataRow(snapshot);
  return (snapshot.putBack ?? []).map((i) => first + 1 + i);
}

/**
 * Whether a left-out row holds anything (a total row does, a blank row does not): then a live
 * formula over the whole column would count it, so the jobs write values instead.
 *
 * @param snapshot The list as read.
 * @returns True when some left-out row is not blank.
 */
export function leftOutHoldsValues(snapshot: ListSnapshot): boolean {
  return (snapshot.leftOut ?? []).some((l) => l.reason !== "blank");
}

/**
 * The list's rows as the user sees them (1-based sheet rows): header, first data row, count.
 *
 * @example rowSpan(s) // { headerRow: 1, firstRow: 2, count: 50 }
 */
export function rowSpan(snapshot: ListSnapshot): ListRowSpan {
  const span: ListRowSpan = { firstRow: firstDataRow(snapshot) + 1, count: snapshot.rows.length };
  if (!snapshot.headerless) span.headerRow = snapshot.row + 1;
  return span;
}

/**
 * The list with the user's correction of its rows (issue 11): rows put back are customers for
 * every job (left out of `leftOut`, named in `putBack`), rows left out join `leftOut` with reason
 * "user". The one place the override meets the list: the pane (`useListJob`) and the command
 * line (`readList`) both call it on the list as read.
 *
 * @param snapshot The list as read (by the host, without any override).
 * @param o The override (absent or empty: the snapshot as is).
 * @returns The corrected snapshot, or the same snapshot with the problems that stopped it
 *   (a header row, rows outside the list, a row both put back and left out).
 * @example withRowOverride(s, { include: [14], exclude: [9] }).snapshot.leftOut // [{ index: 7, reason: "user" }]
 * Cost: O(rows left out + override).
 */
export function withRowOverride(
  snapshot: ListSnapshot,
  o: RowOverride | undefined
): { snapshot: ListSnapshot; problems: RowOverrideProblem[] } {
  if (!o || isEmptyOverride(o)) return { snapshot, problems: [] };
  const span = rowSpan(snapshot);
  const problems = rowOverrideProblems(o, span);
  if (problems.length > 0) return { snapshot, problems };
  const applied = applyRowOverride(snapshot.leftOut ?? [], span, o);
  const copy: ListSnapshot = { ...snapshot };
  if (applied.leftOut.length > 0) copy.leftOut = applied.leftOut;
  else delete copy.leftOut;
  if (applied.putBack.length > 0) copy.putBack = applied.putBack;
  return { snapshot: copy, problems: [] };
}

/** Document-settings key of the row correction remembered for a sheet's list (shared by all jobs). */
export function rowsSettingsKey(sheet: string): string {
  return `crm.rows.${sheet}`;
}

/** One remembered row: its sheet row and what it held (so a row that moved is not mistaken). */
interface SavedRow {
  row: number;
  text: string;
}

/** What the settings remember of a row correction (version 1). */
export interface SavedRowOverride {
  version: 1;
  /** 0-based sheet position of the list (header row, first column). */
  listRow: number;
  listCol: number;
  /** Columns of the list then: a row is compared on these (a run adds its Tier column right). */
  width: number;
  include: SavedRow[];
  exclude: SavedRow[];
}

/** What a data row holds in its first `width` cells, as one text (the check that it is the same row). */
function rowText(snapshot: ListSnapshot, row: number, width: number): string {
  const r = snapshot.rows[row - rowSpan(snapshot).firstRow];
  if (!r) return "";
  return r
    .slice(0, width)
    .map((v) => (v === null || v === undefined ? "" : String(v)))
    .join("\t")
    .slice(0, 200);
}

/**
 * The setting that remembers a row correction for the snapshot's sheet.
 *
 * @param snapshot The list as read.
 * @param o The override (empty: the value is undefined, which removes the setting).
 * @returns The write op.
 */
export function rowOverrideSetting(
  snapshot: ListSnapshot,
  o: RowOverride | undefined
): { kind: "setting"; key: string; value: SavedRowOverride | undefined } {
  const key = rowsSettingsKey(snapshot.sheet);
  if (!o || isEmptyOverride(o)) return { kind: "setting", key, value: undefined };
  return { kind: "setting", key, value: rememberedRows(snapshot, o) };
}

/**
 * A row correction as it is remembered (the settings' value; the pane session's too, see
 * rowCorrectionSession.ts): where the list is, and what each row held.
 *
 * @param snapshot The list as read.
 * @param o The override (may be empty: then it remembers that the rows are as read).
 * @returns The value `savedRowOverride` reads back.
 */
export function rememberedRows(snapshot: ListSnapshot, o: RowOverride): SavedRowOverride {
  const saved = (rows: readonly number[]) =>
    rows.map((row) => ({ row, text: rowText(snapshot, row, snapshot.header.length) }));
  return {
    version: 1,
    listRow: snapshot.row,
    listCol: snapshot.col,
    width: snapshot.header.length,
    include: saved(o.include),
    exclude: saved(o.exclude),
  };
}

/**
 * Whether a remembered correction is of the list at this place (its header row and first
 * column), whatever its rows: one of another list on the same sheet is not.
 *
 * @param saved The remembered value (anything).
 * @param snapshot The list as read.
 */
export function isOfList(saved: unknown, snapshot: ListSnapshot): boolean {
  const sv = saved as Partial<SavedRowOverride> | undefined;
  return (
    !!sv &&
    typeof sv === "object" &&
    sv.version === 1 &&
    sv.listRow === snapshot.row &&
    sv.listCol === snapshot.col &&
    typeof sv.width === "number"
  );
}

/**
 * The remembered correction that still fits the list read now: only for the list at the same
 * place, and only the rows that still hold what they held (rows inserted above would otherwise
 * move a "leave out row 9" onto another customer).
 *
 * @param saved The settings value (anything: validated here).
 * @param snapshot The list as read.
 * @returns The override (empty when nothing fits).
 */
export function savedRowOverride(saved: unknown, snapshot: ListSnapshot): RowOverride {
  if (!isOfList(saved, snapshot)) return NO_ROW_OVERRIDE;
  const sv = saved as SavedRowOverride;
  const span = rowSpan(snapshot);
  const fits = (x: unknown): x is SavedRow => {
    const s = x as SavedRow;
    return (
      !!s &&
      Number.isInteger(s.row) &&
      s.row >= span.firstRow &&
      s.row < span.firstRow + span.count &&
      rowText(snapshot, s.row, sv.width) === s.text
    );
  };
  const rows = (list: unknown) => (Array.isArray(list) ? list.filter(fits).map((s) => s.row) : []);
  const include = rows(sv.include);
  const excluded = new Set(include);
  return { include, exclude: rows(sv.exclude).filter((r) => !excluded.has(r)) };
}

/**
 * The problems of a row correction as sentences (without a final full stop: the command line
 * prefixes the option, the pane adds its own punctuation).
 *
 * @param problems From `withRowOverride` / `rowOverrideProblems`.
 * @param snapshot The list the correction was for.
 * @param locale The language.
 * @example rowProblemLines([{ code: "outside", rows: [90] }], s, "en") // ["row 90 is not in the list (its rows are 2-51)"]
 */
export function rowProblemLines(
  problems: readonly RowOverrideProblem[],
  snapshot: ListSnapshot,
  locale: Locale
): string[] {
  const t = messages(locale).rows.problems;
  const span = rowSpan(snapshot);
  return problems.map((p) => {
    const rows = formatList(locale, rowSpecParts(p.rows));
    const count = p.rows.length;
    if (p.code === "header") return t.header({ rows });
    if (p.code === "both") return t.both({ count, rows });
    return t.outside({ count, rows, first: span.firstRow, last: span.firstRow + span.count - 1 });
  });
}
