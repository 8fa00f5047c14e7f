/**
 * Cell text as Excel shows it for the number formats the pane writes: dates (`yyyy-mm-dd` and
 * other y/m/d patterns), percentages (`0%`, `0.0%`), fixed decimals (`0.0`, `0.000000`) and
 * thousands separators (`#,##0`, `#,##0.00`). Other formats fall back to a General-like text.
 */
import { dateFromSerial } from "../core/excel/dates";
import type { CellValue } from "../core/excel/cell";

/** Decimals of a numeric format: the zeros after its ".". */
function decimals(format: string): number {
  const m = /\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

/** A date pattern (y, m, d tokens; quoted text and times not supported) applied to a UTC day. */
function formatDate(d: Date, format: string): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return format.replace(/yyyy|yy|mm|m|dd|d/gi, (t) => {
    switch (t.toLowerCase()) {
      case "yyyy":
        return String(d.getUTCFullYear());
      case "yy":
        return two(d.getUTCFullYear() % 100);
      case "mm":
        return two(d.getUTCMonth() + 1);
      case "m":
        return String(d.getUTCMonth() + 1);
      case "dd":
        return two(d.getUTCDate());
      default:
        return String(d.getUTCDate());
    }
  });
}

const isDateFormat = (f: string): boolean => /[yd]/i.test(f) && !/[0#]/.test(f);

/**
 * The text a cell shows.
 * @param v The cell value (dates as Date or as Excel serial numbers).
 * @param format The cell's number format, if any.
 * @returns The displayed text: "" for an empty cell, TRUE/FALSE for booleans.
 * @example formatCell(46356, "yyyy-mm-dd") // "2026-11-30"
 * @example formatCell(0.1234, "0.0%") // "12.3%"
 */
export function formatCell(v: CellValue, format?: string): string {
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const f = format?.trim() ?? "";
  if (v instanceof Date) return formatDate(v, f && isDateFormat(f) ? f : "yyyy-mm-dd");
  if (!Number.isFinite(v)) return String(v);
  if (f && isDateFormat(f)) {
    // The time of day is not shown.
    return formatDate(dateFromSerial(Math.floor(v)), f);
  }
  if (f.endsWith("%")) return `${(v * 100).toFixed(decimals(f))}%`;
  if (/^#,##0(\.0+)?$/.test(f)) {
    const n = decimals(f);
    return v.toLocaleString("en-US", { minimumFractionDigits: n, maximumFractionDigits: n });
  }
  if (/^0(\.0+)?$/.test(f)) return v.toFixed(decimals(f));
  // General: integers as they are, other numbers with a few decimals.
  return Number.isInteger(v) ? String(v) : v.toFixed(Math.abs(v) < 1 ? 3 : 2);
}
