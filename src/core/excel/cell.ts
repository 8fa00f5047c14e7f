/**
 * A worksheet cell's value as the core sees it, whatever the host (Office.js, .xlsx, .csv):
 * numbers, text, booleans, dates (hosts that know a cell is a date may pass a Date; Excel
 * itself passes serial numbers) and `null` for an empty cell.
 */
export type CellValue = string | number | boolean | Date | null;

/** True for an empty cell: `null`, `undefined`, or text that is empty or only spaces. */
export function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
