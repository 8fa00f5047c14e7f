/**
 * Argument handling shared by every custom function: how Excel passes ranges, blanks and
 * scalars, and how errors are reported per cell. One place, so every CRM.* function treats
 * a blank, a text cell or a bad argument the same way.
 *
 * Excel passes a range as a 2-D array (rows of columns); a blank cell arrives as `null` or
 * `""` depending on the host; an omitted optional argument as `null` or `undefined`. Because
 * functions.json declares `allowErrorForDataTypeAny` and `allowCustomDataForDataTypeAny`
 * (webpack.config.js adds the first), error cells and rich values (data types) reach the
 * functions cell by cell instead of failing the whole call: {@link plainCell} turns them into
 * the plain cells the adapters handle.
 */

import { isEmptyCell } from "../core/excel/cell";
import { cellNumber } from "../core/excel/number";

/** A cell as Excel passes it to a custom function. */
export type Cell = number | string | boolean | null | undefined | CustomFunctions.Error;
/** A result cell: a value, blank (`""`) or a per-cell error. */
export type OutCell = number | string | boolean | CustomFunctions.Error;

/**
 * The kinds of error a CRM function may report with a message. Excel shows the message of a
 * `CustomFunctions.Error` only for `#VALUE!` and `#N/A` (in the cell's error menu); a `#NUM!` or
 * `#DIV/0!` shows its code alone, so a user would never learn what is wrong. Hence the rule,
 * kept here and nowhere else: a bad argument or cell is `#VALUE!`, missing data (nothing to
 * compute from, a lookup that finds nothing, a fit with no answer) is `#N/A`.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 * (test/functions/errorCodes.test.ts checks that no other code can carry a message).
 */
export type ErrorKind = "value" | "na";

/** The codes of {@link ErrorKind}, the only ones whose message Excel shows. */
export const SHOWN_ERROR_CODES: Readonly<Record<ErrorKind, string>> = {
  value: "#VALUE!",
  na: "#N/A",
};

/** Makes a per-cell error whose message Excel shows (see {@link ErrorKind}). */
export function cfError(kind: ErrorKind, message: string): CustomFunctions.Error {
  return new CustomFunctions.Error(SHOWN_ERROR_CODES[kind] as CustomFunctions.ErrorCode, message);
}

/** Thrown inside an implementation for a bad argument; {@link guard} turns it into a result. */
export class ArgError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string
  ) {
    super(message);
    this.name = "ArgError";
  }
}

/**
 * Runs an implementation so that the custom function never throws: an {@link ArgError}
 * becomes a 1 x 1 error result carrying its message, anything unexpected a `#VALUE!` with the
 * exception's message.
 */
export function guard(run: () => OutCell[][]): OutCell[][] {
  try {
    return run();
  } catch (e) {
    if (e instanceof ArgError) return [[cfError(e.kind, e.message)]];
    const message = e instanceof Error ? e.message : String(e);
    return [[cfError("value", `Unexpected error: ${message}`)]];
  }
}

/** True for an error value coming from the sheet (e.g. a `#DIV/0!` in the input range). */
export function isErrorCell(v: unknown): v is CustomFunctions.Error {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { code?: unknown }).code === "string" &&
    (v as { code: string }).code.startsWith("#")
  );
}

/**
 * Error codes a custom function may return (CustomFunctions.ErrorCode). `#REF!` and `#NAME?`
 * are accepted as inputs but not as results, and the newer codes (`#SPILL!`, `#CALC!`, ...)
 * have no ErrorCode at all.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors
 */
const RETURNABLE = new Set(["#DIV/0!", "#N/A", "#NULL!", "#NUM!", "#VALUE!"]);

/** A sheet error of `code` as a result cell: the same error when Excel can return it. */
function sheetError(code: string): CustomFunctions.Error {
  if (RETURNABLE.has(code)) return new CustomFunctions.Error(code as CustomFunctions.ErrorCode);
  return cfError("value", `The cell holds ${code}.`);
}

/** Rich value types whose basic value is a plain number, text or boolean (Excel.CellValueType). */
const BASIC_TYPES = new Set(["Double", "FormattedNumber", "String", "Boolean"]);

/**
 * One input cell as the adapters expect it. Plain values pass unchanged (the hot path: one
 * `typeof`). With `allowErrorForDataTypeAny` an error cell arrives as a `CustomFunctions.Error`
 * or, as a data type, `{type: "Error", basicValue: "#DIV/0!"}`; both become the same error (or
 * a #VALUE! naming it when Excel cannot return that code). With
 * `allowCustomDataForDataTypeAny` a number formatted as a data type arrives as
 * `{type: "FormattedNumber" | "Double", basicValue: 12.5, numberFormat}`: its basic value is
 * the number. Other rich values (entities, images, arrays) are not numbers or labels: a
 * #VALUE! saying so.
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts
 */
export function plainCell(v: unknown): Cell {
  if (typeof v !== "object" || v === null) return v as Cell;
  if (isErrorCell(v)) return RETURNABLE.has(v.code) ? v : sheetError(v.code);
  const rich = v as { type?: unknown; basicValue?: unknown };
  if (rich.type === "Error" && typeof rich.basicValue === "string")
    return sheetError(rich.basicValue);
  if (typeof rich.type === "string" && BASIC_TYPES.has(rich.type)) {
    const b = rich.basicValue;
    if (typeof b === "number" || typeof b === "string" || typeof b === "boolean") return b;
  }
  const kind = typeof rich.type === "string" ? ` (${rich.type})` : "";
  return cfError(
    "value",
    `The cell holds a rich value${kind}, not a number or text: use its value, e.g. =A2.Price.`
  );
}

/** The rows of a 2-D argument with every cell made plain; rows without objects are kept as they are. */
export function plainRows(grid: unknown[][]): Cell[][] {
  let out: unknown[][] | undefined;
  for (let r = 0; r < grid.length; r++) {
    const row = grid[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v === "object" && v !== null) {
        out ??= grid.slice();
        out[r] = row.map(plainCell);
        break;
      }
    }
  }
  return (out ?? grid) as Cell[][];
}

/** A scalar argument, which Excel may pass as a value or a 1 x 1 array, made plain. */
export function scalarArg(arg: unknown): Cell {
  return plainCell(Array.isArray(arg) ? (arg[0] as unknown[] | undefined)?.[0] : arg);
}

/** True when an optional argument was omitted (or given as an empty cell). */
export function isOmitted(arg: unknown): boolean {
  if (isEmptyCell(arg)) return true;
  if (Array.isArray(arg)) {
    return (
      arg.length === 0 ||
      arg.every((row) => !Array.isArray(row) || row.every((c) => isEmptyCell(c)))
    );
  }
  return false;
}

/** Rows x columns of a 2-D argument. */
export function shapeOf(grid: unknown[][]): [number, number] {
  return [grid.length, grid.length > 0 ? grid[0].length : 0];
}

/**
 * Makes sure a range argument is a non-empty rectangular 2-D array (a scalar becomes 1 x 1),
 * so implementations can index it without checks.
 */
export function asGrid(arg: unknown, name: string): Cell[][] {
  if (isEmptyCell(arg) && !Array.isArray(arg)) throw new ArgError("value", `${name} is required.`);
  const grid: Cell[][] = plainRows(
    Array.isArray(arg)
      ? (arg as unknown[]).map((row) => (Array.isArray(row) ? (row as unknown[]) : [row]))
      : [[arg]]
  );
  if (grid.length === 0 || grid[0].length === 0) throw new ArgError("value", `${name} is empty.`);
  const width = grid[0].length;
  if (grid.some((row) => row.length !== width)) {
    throw new ArgError("value", `${name} must be a rectangular range.`);
  }
  return grid;
}

/**
 * Reads a numeric cell. Numbers pass; blanks give `null`; text is read by the list rule
 * (`cellNumber`: "12.5", "¥1,234.50", "1.2万", "(500)" ...) as users paste money as text;
 * anything else gives a per-cell `#VALUE!` naming what was expected.
 */
export function numberCell(v: Cell, what: string): number | null | CustomFunctions.Error {
  if (typeof v === "number")
    return Number.isFinite(v) ? v : cfError("value", `${what} is not a finite number.`);
  if (isEmptyCell(v)) return null;
  if (isErrorCell(v)) return v;
  if (typeof v === "string") {
    const n = cellNumber(v);
    if (Number.isFinite(n)) return n;
    return cfError("value", `${what} must be a number, got text "${truncate(v)}".`);
  }
  if (typeof v === "boolean")
    return cfError("value", `${what} must be a number, got ${v ? "TRUE" : "FALSE"}.`);
  return cfError("value", `${what} must be a number.`);
}

/**
 * Reads an optional scalar argument, which Excel may pass as a number, a 1 x 1 array, null or
 * undefined. Returns `fallback` when omitted; throws {@link ArgError} for a non-number.
 */
export function optionalNumber(arg: unknown, fallback: number, name: string): number {
  const v = scalarArg(arg);
  if (isEmptyCell(v)) return fallback;
  const n = numberCell(v, name);
  if (typeof n !== "number") throw new ArgError("value", `${name} must be a number.`);
  return n;
}

/** Reads an optional text argument (case kept); `fallback` when omitted. */
export function optionalText(arg: unknown, fallback: string, name: string): string {
  const v = scalarArg(arg);
  if (isEmptyCell(v)) return fallback;
  if (typeof v !== "string" && typeof v !== "number")
    throw new ArgError("value", `${name} must be text.`);
  return String(v).trim();
}

/**
 * Flattens a one-row or one-column range (or an array constant such as {0.2,0.6}) to a list,
 * dropping blanks. Throws {@link ArgError} for a block with several rows and columns.
 */
export function vector(arg: unknown, name: string): Cell[] {
  const grid = asGrid(arg, name);
  const [rows, cols] = shapeOf(grid);
  if (rows > 1 && cols > 1) throw new ArgError("value", `${name} must be a single row or column.`);
  return grid.flat().filter((c) => !isEmptyCell(c));
}

/** Reads a vector of numbers; any non-number is an {@link ArgError}. */
export function numberVector(arg: unknown, name: string): number[] {
  return vector(arg, name).map((c, i) => {
    const n = numberCell(c, `${name} item ${i + 1}`);
    if (typeof n !== "number")
      throw new ArgError("value", `${name} item ${i + 1} must be a number.`);
    return n;
  });
}

/** Builds a rows x cols grid filled with `value`. */
export function fillGrid<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => new Array<T>(cols).fill(value));
}

function truncate(s: string): string {
  return s.length > 30 ? `${s.slice(0, 27)}...` : s;
}
