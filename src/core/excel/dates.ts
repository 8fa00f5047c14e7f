/**
 * Excel serial dates, the one place that knows them. Excel stores a date as a serial number:
 * days since 1899-12-30 (so 1 = 1900-01-01 in Excel's display, 25569 = 1970-01-01), with the
 * time of day as the fraction. Workbooks in the 1904 date system count from 1904-01-01, 1462
 * days later. (Excel's 1900 leap-year bug only shifts serials before 1900-03-01, which no list
 * here holds.) Dates a host hands over as `Date` are UTC midnights, as exceljs and our .xlsx
 * reader make them.
 */

/** Excel serial of 1970-01-01 (1900 date system). */
export const EXCEL_EPOCH_OFFSET = 25569;
/** Largest serial Excel shows as a date (9999-12-31). */
export const MAX_EXCEL_SERIAL = 2958465;
/** Milliseconds in a (UTC) day. */
export const MS_PER_DAY = 86_400_000;
/** Days from the 1900 system's serial 0 to the 1904 system's. */
const DATE1904_DAYS = 1462;

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
 * The Excel serial (fraction = time of day) of a UTC instant, as Excel passes a date cell.
 * @param d The date.
 * @param date1904 The workbook uses the 1904 date system.
 * @example serialFromDate(new Date(Date.UTC(1970, 0, 1, 12))) // 25569.5
 */
export function serialFromDate(d: Date, date1904 = false): number {
  return d.getTime() / MS_PER_DAY + EXCEL_EPOCH_OFFSET - (date1904 ? DATE1904_DAYS : 0);
}

/**
 * The UTC instant of an Excel serial, rounded to the millisecond (as exceljs converts it).
 * @param serial The serial (fraction = time of day).
 * @param date1904 The workbook uses the 1904 date system.
 * @example dateFromSerial(25569.5).toISOString() // "1970-01-01T12:00:00.000Z"
 */
export function dateFromSerial(serial: number, date1904 = false): Date {
  const days = serial + (date1904 ? DATE1904_DAYS : 0) - EXCEL_EPOCH_OFFSET;
  return new Date(Math.round(days * MS_PER_DAY));
}

/**
 * ISO date text (yyyy-mm-dd) of a serial; the time of day is dropped.
 * @example isoFromSerial(35703.75) // "1997-09-30"
 */
export function isoFromSerial(serial: number): string {
  return new Date((Math.floor(serial) - EXCEL_EPOCH_OFFSET) * MS_PER_DAY)
    .toISOString()
    .slice(0, 10);
}

/**
 * The Excel serial of an ISO date, for writing a real date to a sheet.
 * @param iso The date, exactly `yyyy-mm-dd`, on or after 1900-03-01.
 * @throws {RangeError} When the text is not a calendar date in that form.
 * @example serialFromIso("2024-01-01") // 45292
 */
export function serialFromIso(iso: string): number {
  const serial = /^\d{4}-\d{2}-\d{2}$/.test(iso.trim()) ? toSerialDay(iso) : undefined;
  if (serial === undefined) throw new RangeError(`"${iso}" is not a date in the form yyyy-mm-dd.`);
  return serial;
}

/**
 * Reads a date cell as a whole Excel serial day: a serial number (time of day dropped), a Date
 * (its UTC day) or ISO text "yyyy-mm-dd" (optionally followed by a time, which is dropped too).
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
    return serialFromYmd(v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate());
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
