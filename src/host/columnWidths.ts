/**
 * The widths an `autofit` op sets, from what the batch wrote before it (the rule of
 * src/core/columnWidth.ts): the Office.js host sets these instead of Excel's own autofit, so
 * the pane and the command line size columns alike. Excel's autofit is also unreliable where
 * our users are: on the web it ignores number formats with bold text and, with a non-English
 * display language, bold headers (office-js #1754, #3404), and it measures a live CRM formula
 * while it still shows #BUSY!.
 */
import { cellWidthChars, columnWidthFor } from "../core/columnWidth";
import type { CellInput, WriteOp } from "./types";

type AutofitOp = Extract<WriteOp, { kind: "autofit" }>;

/**
 * Width per column (Excel characters; NaN where the batch wrote nothing) of each autofit op:
 * the widest value written to that column by the ops before it in the batch, shown under its
 * number format. Like Excel's autofit, what is written after the op does not count.
 *
 * @param ops A batch, in order.
 * @returns For each autofit op of the batch, one width per column it names.
 * @example autofitWidths([{ kind: "values", sheet: "S", row: 0, col: 0, values: [[13222068]],
 *   numberFormat: "#,##0.00" }, { kind: "autofit", sheet: "S", col: 0, cols: 1 }]) // => [15]
 * Cost: O(cells written).
 */
export function autofitWidths(ops: readonly WriteOp[]): Map<AutofitOp, number[]> {
  const widest = new Map<string, Map<number, number>>();
  const note = (sheet: string, col: number, chars: number) => {
    const key = sheet.toLowerCase();
    let cols = widest.get(key);
    if (!cols) widest.set(key, (cols = new Map()));
    if (chars > (cols.get(col) ?? 0)) cols.set(col, chars);
  };
  const grid = (
    sheet: string,
    col: number,
    rows: readonly (readonly CellInput[])[],
    format: (c: number) => string | null | undefined
  ) => {
    for (const row of rows)
      for (let c = 0; c < row.length; c++) note(sheet, col + c, cellWidthChars(row[c], format(c)));
  };
  const out = new Map<AutofitOp, number[]>();
  for (const op of ops) {
    if (op.kind === "values") grid(op.sheet, op.col, op.values, () => op.numberFormat);
    else if (op.kind === "table") {
      grid(op.sheet, op.col, [op.header], () => null);
      grid(op.sheet, op.col, op.rows, (c) => op.numberFormats?.[c]);
    } else if (op.kind === "autofit") {
      const cols = widest.get(op.sheet.toLowerCase());
      out.set(
        op,
        Array.from({ length: op.cols }, (_, k) => {
          const chars = cols?.get(op.col + k) ?? 0;
          return chars > 0 ? columnWidthFor(chars) : NaN;
        })
      );
    }
  }
  return out;
}
