/**
 * Dates of order lines as day numbers. Excel stores a date as a serial number: days since
 * 1899-12-30 (so 1 = 1900-01-01 in Excel's display, 25569 = 1970-01-01), with the time of day
 * as the fraction. Order history counts purchase *days*, so the fraction is dropped.
 */

/** Excel serial of 1970-01-01. */
export const EXCEL_EPOCH_OFFSET = 25569;
/** Largest serial Excel shows as a date (9999-12-31). */
export const MAX_EXCEL_SERIAL = 2958465;

const MS_PER_DAY = 86_400_000;
const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * The Excel serial day of a calendar date.
 * @param year Four-digit year.
 * @param month 1-12.
 * @param day 1-31.
 * @returns Days since 1899-12-30.
 * @example serialFromYmd(1997, 9, 30) // 35703
 */
export function serialFromYmd(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + EXCEL_EPOCH_OFFSET;
}

/**
 * Reads a date cell as a whole Excel serial day: a serial number (time of day dropped) or ISO
 * text "yyyy-mm-dd" (optionally followed by a time, which is dropped too).
 * @param v The cell value.
 * @returns The serial day, or `undefined` when `v` is not a date (so the caller can name the row).
 * @example toSerialDay("1997-01-01") // 35431
 * @example toSerialDay(35431.75) // 35431
 */
export function toSerialDay(v: unknown): number | undefined {
  if (typeof v === "number") {
    if (!Number.isFinite(v) || v < 0 || v > MAX_EXCEL_SERIAL + 1) return undefined;
    return Math.floor(v);
  }
  if (v instanceof Date) {
    const t = v.getTime();
    if (Number.isNaN(t)) return undefined;
    return serialFromYmd(v.getFullYear(), v.getMonth() + 1, v.getDate());
  }
  if (typeof v !== "string") return undefined;
  const m = ISO_DATE.exec(v.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1) return undefined;
  const serial = serialFromYmd(year, month, day);
  // Date.UTC rolls 2023-02-30 over to March: reject instead.
  const back = new Date((serial - EXCEL_EPOCH_OFFSET) * MS_PER_DAY);
  if (back.getUTCDate() !== day || back.getUTCMonth() !== month - 1) return undefined;
  return serial;
}
