/**
 * The one rule for reading a number from a list cell, the same as CRM.TIER's (`numberCell` in
 * src/functions/args.ts): numbers pass, numeric text is accepted ("1,234.5", as users paste
 * numbers as text), anything else is not a number. Keeping the rule identical is what makes
 * tiers written as values equal to tiers written as `=CRM.TIER(...)` formulas.
 */
import { isEmptyCell } from "../cell";

/**
 * The number in a cell, or NaN for a blank or non-numeric cell.
 *
 * @param v The cell (number, text, boolean, Date, null ...).
 * @returns The finite number, or NaN (blank, text, boolean, Date, infinite, error text).
 * @example cellNumber("1,234.5") // 1234.5
 * @example cellNumber("n/a") // NaN
 */
export function cellNumber(v: unknown): number {
  if (typeof v === "number") return Number.isFinite(v) ? v : NaN;
  if (typeof v === "string") {
    if (v.trim() === "") return NaN;
    const n = Number(v.trim().replace(/,/g, ""));
    return Number.isFinite(n) ? n : NaN;
  }
  return NaN;
}

/** A numeric column read from list rows. */
export interface NumericColumn {
  /** One value per data row; NaN where blank or invalid. */
  values: Float64Array;
  /** 0-based data-row indices of blank cells. */
  blankRows: number[];
  /** 0-based data-row indices of non-blank cells that are not numbers. */
  invalidRows: number[];
}

/**
 * Reads column `col` of `rows` as numbers (see {@link cellNumber}), recording which rows were
 * blank and which held something that is not a number.
 *
 * @param rows Data rows.
 * @param col 0-based column inside the rows.
 * @returns Values (NaN for blank/invalid) and the blank and invalid row indices.
 * @example readNumericColumn([[1], [null], ["x"]], 0) // values [1, NaN, NaN], blankRows [1], invalidRows [2]
 * Cost: O(n).
 */
export function readNumericColumn(
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  col: number
): NumericColumn {
  const n = rows.length;
  const values = new Float64Array(n);
  const blankRows: number[] = [];
  const invalidRows: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = rows[i] ? rows[i][col] : null;
    if (isEmptyCell(v)) {
      values[i] = NaN;
      blankRows.push(i);
      continue;
    }
    const x = cellNumber(v);
    values[i] = x;
    if (x !== x) invalidRows.push(i);
  }
  return { values, blankRows, invalidRows };
}
