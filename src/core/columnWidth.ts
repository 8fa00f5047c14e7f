/**
 * Column widths for what we write (issue 11 item 8): one rule for every writer (the pane's
 * Office.js host, the .xlsx package writer, the exceljs writer of a CSV's output) so a number
 * or a date is never shown as `####`. Excel shows `####` when a number or date, formatted,
 * is wider than its column; text merely overflows. The rule: a column is as wide as the
 * widest value it shows, measured as Excel would display it under its number format
 * (`yyyy-mm-dd` is 10 characters, 13222068 under `#,##0.00` is "13,222,068.00", 13), plus
 * two characters of padding, at least Excel's default width; text counts only up to
 * {@link MAX_TEXT_CHARS} (a long sentence overflows instead of making a huge column).
 *
 * Widths are in Excel's character units (the width of "0" in the default font, as in the
 * file format's `<col width>`); {@link widthInPoints} converts for Office.js.
 */

/** Excel's default column width in characters (8.43 shown in Excel's width dialog). */
export const DEFAULT_WIDTH = 8.43;
/** Text wider than this overflows into the next cell rather than widening its column. */
export const MAX_TEXT_CHARS = 48;
/** Padding added to the widest value (Excel's autofit leaves about this much). */
const PADDING = 2;

/** A wide (CJK, full-width) character takes about two digit widths in Excel's fonts. */
function charsOf(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      w += 2; // a surrogate pair: an ideograph outside the BMP (or an emoji); counted once
      i++;
    } else w += c >= 0x1100 ? 2 : 1;
  }
  return w;
}

/** The first section of a number format (the positive one), without colour/condition tags. */
function firstSection(format: string): string {
  let out = "";
  let quoted = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === ";" && !quoted) break;
    out += ch;
  }
  return out.replace(/\[(?!h\]|hh\]|m\]|mm\]|s\]|ss\])[^\]]*\]/gi, "");
}

/** Literal characters of a format section: quoted text, escaped characters, other symbols. */
function splitLiterals(section: string): { code: string; literal: string } {
  let code = "";
  let literal = "";
  for (let i = 0; i < section.length; i++) {
    const ch = section[i];
    if (ch === '"') {
      const end = section.indexOf('"', i + 1);
      const stop = end < 0 ? section.length : end;
      literal += section.slice(i + 1, stop);
      i = stop;
    } else if (ch === "\\" && i + 1 < section.length) literal += section[++i];
    else if (ch === "_" && i + 1 < section.length) {
      literal += " "; // "_)" leaves the width of ")"
      i++;
    } else if (ch === "*" && i + 1 < section.length)
      i++; // fill: takes no width of its own
    else code += ch;
  }
  return { code, literal };
}

/** True for a date/time format: it has date or time codes and no digit placeholders. */
export function isDateFormat(format: string | null | undefined): boolean {
  if (!format) return false;
  let d = dateFormats.get(format);
  if (d === undefined) {
    const { code } = splitLiterals(firstSection(format));
    d = /[ymdhs]/i.test(code) && !/[0#?]/.test(code.replace(/\.0+/g, ""));
    if (dateFormats.size < 1000) dateFormats.set(format, d);
  }
  return d;
}

const dateFormats = new Map<string, boolean>();

/** Characters of a date/time format's display (the widest month/day names assumed). */
function dateChars(format: string): number {
  let w = dateWidths.get(format);
  if (w === undefined) {
    w = measureDateFormat(format);
    if (dateWidths.size < 1000) dateWidths.set(format, w);
  }
  return w;
}

const dateWidths = new Map<string, number>();

function measureDateFormat(format: string): number {
  const { code, literal } = splitLiterals(firstSection(format));
  let w = charsOf(literal);
  const re = /(\[h+\]|\[m+\]|\[s+\]|y+|m+|d+|h+|s+|am\/pm|a\/p|\.0+|.)/gi;
  for (let m = re.exec(code); m; m = re.exec(code)) {
    const t = m[0].toLowerCase();
    if (t.startsWith("[")) w += 4;
    else if (t[0] === "y") w += t.length <= 2 ? 2 : 4;
    else if (t[0] === "m") w += t.length === 3 ? 3 : t.length >= 4 ? 9 : 2;
    else if (t[0] === "d") w += t.length === 3 ? 3 : t.length >= 4 ? 9 : 2;
    else if (t[0] === "h" || t[0] === "s") w += 2;
    else if (t === "am/pm") w += 2;
    else if (t === "a/p") w += 1;
    else w += charsOf(t);
  }
  return w;
}

/** What a numeric format section asks of a number's display, parsed once per format. */
interface NumberCode {
  percent: number;
  decimals: number;
  grouped: boolean;
  minInt: number;
  /** Characters besides the digits: % $ ¥ ( ) spaces and quoted text. */
  extra: number;
}

const numberCodes = new Map<string, NumberCode>();

function numberCode(format: string): NumberCode {
  let nc = numberCodes.get(format);
  if (nc) return nc;
  const { code, literal } = splitLiterals(firstSection(format));
  const dot = code.indexOf(".");
  const intCode = dot < 0 ? code : code.slice(0, dot);
  nc = {
    percent: (code.match(/%/g) ?? []).length,
    decimals: dot < 0 ? 0 : (code.slice(dot + 1).match(/[0#?]/g) ?? []).length,
    grouped: /[0#?],[0#?]/.test(intCode),
    minInt: (intCode.match(/0/g) ?? []).length,
    extra: charsOf(code.replace(/[0#?,.]/g, "")) + charsOf(literal),
  };
  if (numberCodes.size < 1000) numberCodes.set(format, nc);
  return nc;
}

/** Characters of a number shown under a numeric format (`#,##0.00`, `0.0%` ...). */
function numberChars(v: number, format: string): number {
  if (!Number.isFinite(v)) return 7; // #NUM!
  const nc = numberCode(format);
  const scaled = Math.abs(v) * 100 ** nc.percent;
  const rounded = Math.round(scaled * 10 ** nc.decimals) / 10 ** nc.decimals;
  const intDigits = Math.max(nc.minInt, rounded < 1 ? 1 : Math.floor(Math.log10(rounded)) + 1);
  return (
    (v < 0 ? 1 : 0) +
    intDigits +
    (nc.grouped ? Math.floor((intDigits - 1) / 3) : 0) +
    (nc.decimals > 0 ? nc.decimals + 1 : 0) +
    nc.extra
  );
}

/** Characters of a number under Excel's General format (at most 11: Excel rounds, then 1E+11). */
function generalChars(v: number): number {
  if (!Number.isFinite(v)) return 7; // #NUM!
  const s = String(v);
  return Math.min(s.length, 11);
}

/** A widest-case value for a formula cell, whose result the writer does not know. */
const FORMULA_NUMBER = 99_999_999.99;

/**
 * The characters a cell shows under its number format, CJK counted double.
 *
 * @param v The cell's value: number, text, boolean, Date, null, or a formula cell
 *   (`{ formula, result? }`; without a result a number up to 99,999,999.99 is assumed).
 * @param format The cell's number format (null/undefined/"General": General).
 * @returns Display width in characters (0 for an empty cell).
 * @example shownChars(13222068, "#,##0.00") // 13 ("13,222,068.00")
 * @example shownChars(45962, "yyyy-mm-dd") // 10
 * Cost: O(length of the value and the format).
 */
export function shownChars(v: unknown, format?: string | null): number {
  if (v === null || v === undefined || v === "") return 0;
  const fmt = format && format.toLowerCase() !== "general" ? format : null;
  if (v instanceof Date) return dateChars(fmt && isDateFormat(fmt) ? fmt : "yyyy-mm-dd");
  if (typeof v === "object") {
    const result = (v as { result?: unknown }).result;
    if (result !== undefined && result !== null) return shownChars(result, format);
    if (fmt && isDateFormat(fmt)) return dateChars(fmt);
    return fmt ? numberChars(FORMULA_NUMBER, fmt) : 10;
  }
  if (typeof v === "number") {
    if (!fmt) return generalChars(v);
    if (fmt === "@") return charsOf(String(v));
    return isDateFormat(fmt) ? dateChars(fmt) : numberChars(v, fmt);
  }
  if (typeof v === "boolean") return 5;
  return charsOf(String(v));
}

/**
 * Width of a column whose widest shown value is `chars` characters wide (text capped at
 * {@link MAX_TEXT_CHARS} by the caller, see {@link cellWidthChars}).
 *
 * @param chars Widest shown value, in characters.
 * @returns Excel width in characters: chars + 2, at least {@link DEFAULT_WIDTH}.
 * @example columnWidthFor(13) // 15
 */
export function columnWidthFor(chars: number): number {
  return Math.max(DEFAULT_WIDTH, Math.ceil(chars) + PADDING);
}

/**
 * What one cell asks of its column's width: its shown characters, text capped at
 * {@link MAX_TEXT_CHARS} (numbers and dates never capped: capping them would show ####).
 */
export function cellWidthChars(v: unknown, format?: string | null): number {
  const w = shownChars(v, format);
  return typeof v === "string" ? Math.min(w, MAX_TEXT_CHARS) : w;
}

/**
 * Office.js `RangeFormat.columnWidth` (points) for an Excel width in characters: Excel draws a
 * column of w characters (default font, 7-pixel digit) as trunc(w * 7 + 5) pixels, 0.75 pt each.
 *
 * @example widthInPoints(8.43) // 48 (64 px, Excel's default column)
 */
export function widthInPoints(width: number): number {
  return Math.trunc(width * 7 + 5) * 0.75;
}
