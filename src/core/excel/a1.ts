/**
 * A1-style cell references (Excel's "D2", "D2:D501", "'Tier summary'!A2:A4"). Rows and
 * columns are 0-based in code and 1-based/lettered in Excel: the conversion lives here once.
 */

/** Excel's last column is XFD (16,384 columns) and last row 1,048,576. */
export const MAX_COLUMNS = 16384;
export const MAX_ROWS = 1048576;

/**
 * Column letters of a 0-based column index (bijective base 26).
 *
 * @param col 0-based column index, 0..16383.
 * @returns The letters, e.g. "A", "Z", "AA", "XFD".
 * @throws {RangeError} When `col` is not an integer in 0..16383.
 * @example columnLetter(0) // "A"
 * @example columnLetter(27) // "AB"
 */
export function columnLetter(col: number): string {
  if (!Number.isInteger(col) || col < 0 || col >= MAX_COLUMNS) {
    throw new RangeError(
      `column index must be an integer in 0..${MAX_COLUMNS - 1}, got ${String(col)}.`
    );
  }
  let s = "";
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = (n - 1 - r) / 26;
  }
  return s;
}

/**
 * 0-based column index of column letters (case-insensitive), the inverse of {@link columnLetter}.
 *
 * @param letters Column letters such as "D" or "ab".
 * @returns The 0-based index.
 * @throws {RangeError} For anything but 1-3 letters naming a column up to XFD.
 * @example columnIndex("AB") // 27
 */
export function columnIndex(letters: string): number {
  const s = String(letters).trim().toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(s)) throw new RangeError(`"${letters}" is not a column letter.`);
  const n = columnOfRef(s) + 1;
  if (n > MAX_COLUMNS) throw new RangeError(`"${letters}" is past Excel's last column XFD.`);
  return n - 1;
}

function checkRow(row: number): void {
  if (!Number.isInteger(row) || row < 0 || row >= MAX_ROWS) {
    throw new RangeError(`row index must be an integer in 0..${MAX_ROWS - 1}, got ${String(row)}.`);
  }
}

/**
 * A1 reference of one cell.
 *
 * @param row 0-based row.
 * @param col 0-based column.
 * @param absolute Write "$D$2" instead of "D2".
 * @returns The reference.
 * @throws {RangeError} For a row or column outside the sheet.
 * @example a1(1, 3) // "D2"
 * @example a1(1, 3, true) // "$D$2"
 */
export function a1(row: number, col: number, absolute = false): string {
  checkRow(row);
  const d = absolute ? "$" : "";
  return `${d}${columnLetter(col)}${d}${row + 1}`;
}

/**
 * A1 reference of a rectangle ("D2:D501"; a single cell is written "D2").
 *
 * @param row 0-based top row.
 * @param col 0-based left column.
 * @param rows Height (>= 1).
 * @param cols Width (>= 1, default 1).
 * @param absolute Use "$" anchors.
 * @returns The reference.
 * @throws {RangeError} For an empty or out-of-sheet rectangle.
 * @example rangeA1(1, 3, 500) // "D2:D501"
 */
export function rangeA1(
  row: number,
  col: number,
  rows: number,
  cols = 1,
  absolute = false
): string {
  if (!(rows >= 1 && cols >= 1))
    throw new RangeError(`a range needs at least one row and one column.`);
  const tl = a1(row, col, absolute);
  if (rows === 1 && cols === 1) return tl;
  return `${tl}:${a1(row + rows - 1, col + cols - 1, absolute)}`;
}

/**
 * A sheet name as formulas and chart series write it: always quoted (valid for every name,
 * including Chinese ones and names that look like cell references), quotes doubled.
 *
 * @param name The sheet name.
 * @returns e.g. "'Tier summary'".
 * @example quoteSheetName("It's") // "'It''s'"
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Sheet-qualified range reference, e.g. "'Tier summary'!A2:A4".
 *
 * @param sheet Sheet name.
 * @param row 0-based top row.
 * @param col 0-based left column.
 * @param rows Height.
 * @param cols Width (default 1).
 * @param absolute Use "$" anchors (default true: chart series are fixed ranges).
 * @returns The reference.
 * @throws {RangeError} As {@link rangeA1}.
 * @example sheetRangeA1("Tier summary", 1, 0, 3) // "'Tier summary'!$A$2:$A$4"
 */
export function sheetRangeA1(
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols = 1,
  absolute = true
): string {
  return `${quoteSheetName(sheet)}!${rangeA1(row, col, rows, cols, absolute)}`;
}

/**
 * The 0-based column of a cell reference, read fast for the .xlsx reader's hot loop: letters up
 * to the first digit, "$" skipped, case ignored ("AB12" -> 27, "$c$3" -> 2). No validation:
 * -1 when there are no letters.
 *
 * @param ref A reference such as "AB12".
 * @returns The 0-based column.
 * @example columnOfRef("AB12") // 27
 */
export function columnOfRef(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else if (ch !== 36) break; // "$"
  }
  return col - 1;
}

/**
 * The 0-based row and column of a cell reference such as "AB12" or "AB$12" (a "$" before the
 * letters is not read; strip it first).
 *
 * @param ref The reference.
 * @returns [row, col], or null when `ref` is not letters followed by a row number.
 * @example parseCellRef("AB12") // [11, 27]
 */
export function parseCellRef(ref: string): [number, number] | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) col = col * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) col = col * 26 + ch - 96;
    else break;
  }
  if (i === 0 || i === ref.length) return null;
  const row = Number(ref.slice(i).replace(/\$/g, ""));
  return Number.isInteger(row) && row > 0 ? [row - 1, col - 1] : null;
}
