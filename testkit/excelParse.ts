/**
 * How Excel stores a string written through `Range.values` or `Range.formulas`: as if the user
 * had typed it (the strict fake's model, en-US; independent of src/ on purpose).
 *
 * Microsoft documents the behaviour and its two escapes:
 * - https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-set-get-values
 *   (values and formulas are set as typed: a string starting with "=" becomes a formula);
 * - https://support.microsoft.com/office/stop-automatically-changing-numbers-to-dates-452bd2db-cc96-47d1-81e4-72cec11c4ed8
 *   ("1-4" or "1/2" become dates; type an apostrophe first, or format the cells as Text first);
 * - https://support.microsoft.com/office/keep-leading-zeros-and-large-numbers-1bf7b935-36e1-4985-842f-5dfa51f85fe7
 *   ("00123" loses its zeros; the Text format "@" applied BEFORE typing keeps them);
 * - https://support.microsoft.com/office/format-numbers-as-percentages-de400bd0-a31e-4ec6-8c3c-cc93e0ed5b37
 *   ("12%" typed into a General cell is the number 0.12 shown as a percentage);
 * - https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3
 *   (a cell holds at most 32,767 characters; a formula at most 8,192).
 */

/** An error value in a cell (#N/A, ...). */
export interface ErrorCell {
  error: string;
}
export type Cell = string | number | boolean | ErrorCell;

/** What a typed string becomes. */
export type Parsed =
  | { kind: "value"; value: Cell }
  | { kind: "formula"; formula: string }
  | { kind: "invalid"; reason: string };

export const MAX_CELL_CHARS = 32_767;
export const MAX_FORMULA_CHARS = 8_192;

const ERRORS = ["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"];
const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Excel serial of a date (days since 1899-12-30). */
export function serialOf(y: number, m: number, d: number): number {
  return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
}

function validDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 9999) return false;
  return new Date(Date.UTC(y, m - 1, d)).getUTCDate() === d;
}

function twoDigitYear(y: number): number {
  return y < 30 ? 2000 + y : 1900 + y; // Excel's default 1930 pivot
}

/** A date or time as typed in en-US, as its serial; undefined when the text is not one. */
function parseDate(t: string, year: number): number | undefined {
  let m: RegExpExecArray | null;
  const ret = (y: number, mo: number, d: number) =>
    validDate(y, mo, d) ? serialOf(y, mo, d) : undefined;
  if ((m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(t))) return ret(+m[1], +m[2], +m[3]);
  if ((m = /^(\d{1,2})[-/](\d{1,2})(?:[-/](\d{2}|\d{4}))?$/.exec(t))) {
    const y = m[3] === undefined ? year : m[3].length === 2 ? twoDigitYear(+m[3]) : +m[3];
    return ret(y, +m[1], +m[2]);
  }
  const mon = (s: string) => MONTHS.indexOf(s.slice(0, 3).toLowerCase()) + 1;
  if ((m = /^(\d{1,2})[-/ ]([A-Za-z]{3,9})(?:[-/ ](\d{2}|\d{4}))?$/.exec(t)) && mon(m[2]) > 0) {
    const y = m[3] === undefined ? year : m[3].length === 2 ? twoDigitYear(+m[3]) : +m[3];
    return ret(y, mon(m[2]), +m[1]);
  }
  if ((m = /^([A-Za-z]{3,9})[-/ ](\d{1,2})(?:,? (\d{4}))?$/.exec(t)) && mon(m[1]) > 0)
    return ret(m[3] === undefined ? year : +m[3], mon(m[1]), +m[2]);
  if ((m = /^(\d{1,2}):(\d{2})(?::(\d{2}))?(?: ?([AaPp])[Mm])?$/.exec(t))) {
    let h = +m[1];
    if (m[4]) h = (h % 12) + (m[4].toLowerCase() === "p" ? 12 : 0);
    if (h > 23 || +m[2] > 59 || +(m[3] ?? 0) > 59) return undefined;
    return (h * 3600 + +m[2] * 60 + +(m[3] ?? 0)) / 86_400;
  }
  return undefined;
}

/** A number as typed (thousands separators, currency sign, percent, parentheses). */
function parseNumber(t: string): number | undefined {
  const m =
    /^(\()?([+-])?\$?((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+)(?:[eE]([+-]?\d+))?(%)?(\))?$/.exec(
      t
    );
  if (!m || (m[1] === "(") !== (m[6] === ")")) return undefined;
  let x = Number(m[3].replace(/,/g, "")) * (m[4] ? 10 ** Number(m[4]) : 1);
  if (m[5]) x /= 100;
  if (m[2] === "-" || m[1]) x = -x;
  return x;
}

/**
 * A minimal syntax check of a formula (enough to refuse what Excel refuses when text is typed
 * as a formula: two operands side by side, such as "=- called twice", or unbalanced brackets).
 */
export function formulaSyntaxOk(f: string): boolean {
  const body = f.slice(1);
  const tokens =
    body.match(/"(?:[^"]|"")*"|'(?:[^']|'')*'!|[A-Za-z_\\][\w.]*|\d+(?:\.\d+)?|[$!:#]|\S/g) ?? [];
  let depth = 0;
  let prevOperand = false;
  let prevEnd = 0;
  let pos = 0;
  for (const tok of tokens) {
    const at = body.indexOf(tok, pos);
    const spaced = at > prevEnd;
    pos = prevEnd = at + tok.length;
    if (tok === "(") depth++;
    else if (tok === ")") {
      if (--depth < 0) return false;
    }
    const operand = /^["A-Za-z_\\\d]/.test(tok);
    // Space between two operands is Excel's intersection operator only between references;
    // between plain words Excel reports a formula error.
    if (operand && prevOperand && spaced) return false;
    prevOperand = operand || tok === ")";
  }
  return depth === 0 && body.trim() !== "";
}

/**
 * What a string written through values/formulas becomes in a cell of the General format.
 * (Text-formatted cells, "@", keep every string as text: the caller checks that first.)
 *
 * @param s The string written.
 * @param year The current year (dates typed without a year).
 */
export function parseTyped(s: string, year: number): Parsed {
  if (s.length > MAX_CELL_CHARS) return { kind: "invalid", reason: "more than 32,767 characters" };
  if (s.startsWith("'")) return { kind: "value", value: s.slice(1) };
  if (s.startsWith("=")) {
    if (s.length > MAX_FORMULA_CHARS) return { kind: "invalid", reason: "formula too long" };
    return formulaSyntaxOk(s)
      ? { kind: "formula", formula: s }
      : { kind: "invalid", reason: `"${s}" is not a valid formula` };
  }
  const t = s.trim();
  const n = parseNumber(t);
  if (n !== undefined) return { kind: "value", value: n };
  if (/^[+\-@]/.test(t)) {
    // Typed "+x", "-x" or "@x" is taken as a formula.
    const f = "=" + (t.startsWith("@") ? t.slice(1) : t);
    return formulaSyntaxOk(f)
      ? { kind: "formula", formula: f }
      : { kind: "invalid", reason: `"${s}" is not a valid formula` };
  }
  if (/^(true|false)$/i.test(t)) return { kind: "value", value: t.toLowerCase() === "true" };
  const err = ERRORS.find((e) => e === t.toUpperCase());
  if (err) return { kind: "value", value: { error: err } };
  const d = parseDate(t, year);
  if (d !== undefined) return { kind: "value", value: d };
  return { kind: "value", value: s };
}
