/**
 * The user's correction of which rows of a list are customers (issue 11): rows put back that the
 * reader left out (a customer it took for a total), and rows left out that it read as customers
 * (a test customer, a total row it did not recognise). Rows are 1-based sheet rows, as the user
 * sees them in Excel; the reader's decisions (`classifyRows`) are 0-based indices into the data
 * rows, and {@link applyRowOverride} maps one onto the other.
 */
import type { LeftOutRow } from "./extent";

/** Rows the user put back (read as customers) and left out, 1-based sheet rows. */
export interface RowOverride {
  include: readonly number[];
  exclude: readonly number[];
}

/** No correction. */
export const NO_ROW_OVERRIDE: RowOverride = Object.freeze({
  include: Object.freeze([]) as readonly number[],
  exclude: Object.freeze([]) as readonly number[],
});

/** Excel's last row: no row number above it names a row. */
export const MAX_SHEET_ROW = 1_048_576;

/** True when the override changes nothing (absent, or both lists empty). */
export function isEmptyOverride(o: RowOverride | undefined): boolean {
  return !o || (o.include.length === 0 && o.exclude.length === 0);
}

/** Ascending, without repeats. */
function sortedUnique(rows: Iterable<number>): number[] {
  return [...new Set(rows)].sort((a, b) => a - b);
}

/**
 * Row numbers typed by a user: "14", "9-12", "9-12, 14, 30" (also full-width digits and
 * commas, "9–12", "9~12"), ascending without repeats.
 *
 * @param spec The text.
 * @returns The rows, or `bad`: the part that is not a row number or range (empty text is no rows).
 * @example parseRowSpec("9-11, 14") // { rows: [9, 10, 11, 14] }
 * @example parseRowSpec("9-x") // { bad: "9-x" }
 * Cost: O(rows named).
 */
export function parseRowSpec(spec: string): { rows: number[] } | { bad: string } {
  // Ranges may be typed with spaces around the dash ("9 - 12"): join them first.
  const tokens = spec
    .normalize("NFKC")
    .replace(/\s*([-–—~])\s*/g, "$1")
    .split(/[,;、\s]+/)
    .filter((p) => p !== "");
  const rows = new Set<number>();
  for (const t of tokens) {
    const m = /^(\d{1,7})(?:[-–—~](\d{1,7}))?$/.exec(t);
    if (!m) return { bad: t };
    const a = Number(m[1]);
    const b = m[2] === undefined ? a : Number(m[2]);
    if (a < 1 || b < a || b > MAX_SHEET_ROW) return { bad: t };
    for (let r = a; r <= b; r++) rows.add(r);
  }
  return { rows: sortedUnique(rows) };
}

/**
 * Rows as the parts of a short text: runs of three or more as ranges (a message lists the parts
 * the language's way, `formatList` in src/i18n).
 *
 * @example rowSpecParts([9, 10, 11, 14, 15]) // ["9-11", "14", "15"]
 */
export function rowSpecParts(rows: readonly number[]): string[] {
  const s = sortedUnique(rows);
  const out: string[] = [];
  for (let i = 0; i < s.length;) {
    let j = i;
    while (j + 1 < s.length && s[j + 1] === s[j] + 1) j++;
    if (j - i >= 2) out.push(`${s[i]}-${s[j]}`);
    else for (let k = i; k <= j; k++) out.push(String(s[k]));
    i = j + 1;
  }
  return out;
}

/**
 * Rows as short text, as `parseRowSpec` reads it back: runs of three or more as ranges.
 *
 * @example formatRowSpec([9, 10, 11, 14, 15]) // "9-11, 14, 15"
 */
export function formatRowSpec(rows: readonly number[]): string {
  return rowSpecParts(rows).join(", ");
}

/** Where a list's rows are, as the user sees them. */
export interface ListRowSpan {
  /** 1-based sheet row of the header (absent for a list without one). */
  headerRow?: number;
  /** 1-based sheet row of the first data row. */
  firstRow: number;
  /** Data rows. */
  count: number;
}

/** Why an override cannot be applied: the rows named (1-based sheet rows). */
export interface RowOverrideProblem {
  /** "header": the header row; "outside": not a row of the list; "both": put back and left out. */
  code: "header" | "outside" | "both";
  rows: number[];
}

/**
 * What is wrong with an override for a list: rows that are its header, rows outside it, rows
 * both put back and left out. An override with problems must change nothing.
 *
 * @param o The override.
 * @param span The list's rows.
 * @returns The problems, none when it can be applied.
 * @example rowOverrideProblems({ include: [1], exclude: [] }, { headerRow: 1, firstRow: 2, count: 9 }) // [{ code: "header", rows: [1] }]
 */
export function rowOverrideProblems(o: RowOverride, span: ListRowSpan): RowOverrideProblem[] {
  const last = span.firstRow + span.count - 1;
  const named = sortedUnique([...o.include, ...o.exclude]);
  const header = named.filter((r) => r === span.headerRow);
  const outside = named.filter((r) => r !== span.headerRow && (r < span.firstRow || r > last));
  const exclude = new Set(o.exclude);
  const both = sortedUnique(o.include.filter((r) => exclude.has(r)));
  const out: RowOverrideProblem[] = [];
  if (header.length > 0) out.push({ code: "header", rows: header });
  if (outside.length > 0) out.push({ code: "outside", rows: outside });
  if (both.length > 0) out.push({ code: "both", rows: both });
  return out;
}

/**
 * The part of an override that fits a list: rows of its data only, none named both ways. For a
 * correction carried over to the list read again (which may have shrunk): what no longer fits
 * is dropped instead of refused.
 *
 * @example fitRowOverride({ include: [1, 5], exclude: [5, 9] }, { headerRow: 1, firstRow: 2, count: 7 }) // { include: [], exclude: [] }
 */
export function fitRowOverride(o: RowOverride, span: ListRowSpan): RowOverride {
  const inList = (r: number) => r >= span.firstRow && r < span.firstRow + span.count;
  const both = new Set(o.include.filter((r) => o.exclude.includes(r)));
  const keep = (rows: readonly number[]) =>
    sortedUnique(rows.filter((r) => inList(r) && !both.has(r)));
  return { include: keep(o.include), exclude: keep(o.exclude) };
}

/**
 * The reader's left-out rows corrected by the user: rows put back leave the list of left-out
 * rows (and are named in `putBack`, so no later rule, e.g. `findSumRows`, leaves them out
 * again); rows left out join it with reason "user" (a row the reader already left out keeps its
 * reason). Rows outside the list are ignored: check with {@link rowOverrideProblems} first.
 *
 * @param leftOut The reader's left-out rows (0-based data-row indices).
 * @param span The list's rows.
 * @param o The override.
 * @returns The left-out rows (ascending) and the indices put back (ascending).
 * @example applyRowOverride([{ index: 8, reason: "total" }], { firstRow: 2, count: 20 }, { include: [10], exclude: [5] })
 * // { leftOut: [{ index: 3, reason: "user" }], putBack: [8] }
 * Cost: O(left out + override).
 */
export function applyRowOverride(
  leftOut: readonly LeftOutRow[],
  span: ListRowSpan,
  o: RowOverride
): { leftOut: LeftOutRow[]; putBack: number[] } {
  const inList = (r: number) => r >= span.firstRow && r < span.firstRow + span.count;
  const putBack = sortedUnique(o.include.filter(inList).map((r) => r - span.firstRow));
  const back = new Set(putBack);
  const byIndex = new Map<number, LeftOutRow>();
  for (const l of leftOut) if (!back.has(l.index)) byIndex.set(l.index, l);
  for (const r of o.exclude) {
    const i = r - span.firstRow;
    if (inList(r) && !back.has(i) && !byIndex.has(i)) byIndex.set(i, { index: i, reason: "user" });
  }
  const out = [...byIndex.values()].sort((a, b) => a.index - b.index);
  return { leftOut: out, putBack };
}

/**
 * The override after the user puts a row back: a row they left out themselves is simply no
 * longer left out; any other row is named in `include`.
 *
 * @example putBackRow({ include: [], exclude: [9] }, 9) // { include: [], exclude: [] }
 */
export function putBackRow(o: RowOverride, row: number): RowOverride {
  if (o.exclude.includes(row)) return { ...o, exclude: o.exclude.filter((r) => r !== row) };
  return { ...o, include: sortedUnique([...o.include, row]) };
}

/**
 * The override after the user leaves a row out: a row they put back themselves is simply no
 * longer put back; any other row is named in `exclude`.
 *
 * @example leaveOutRow({ include: [14], exclude: [] }, 14) // { include: [], exclude: [] }
 */
export function leaveOutRow(o: RowOverride, row: number): RowOverride {
  if (o.include.includes(row)) return { ...o, include: o.include.filter((r) => r !== row) };
  return { ...o, exclude: sortedUnique([...o.exclude, row]) };
}

/**
 * Rows a later rule found (e.g. totals by their sales, `findSumRows`) without those the user
 * put back: the user's word stands over every rule.
 *
 * @param found Data-row indices the rule would leave out.
 * @param putBack Data-row indices the user put back (absent: none).
 * @example notPutBack([8, 20], [8]) // [20]
 */
export function notPutBack(found: number[], putBack: readonly number[] | undefined): number[] {
  if (!putBack || putBack.length === 0) return found;
  const back = new Set(putBack);
  return found.filter((i) => !back.has(i));
}
