/**
 * A worksheet cell's value as the core sees it, whatever the host (Office.js, .xlsx, .csv):
 * numbers, text, booleans, dates (hosts that know a cell is a date may pass a Date; Excel
 * itself passes serial numbers) and `null` for an empty cell.
 */
export type CellValue = string | number | boolean | Date | null;

/**
 * A cell as text for names, reps, areas and labels: "" for an empty cell, a Date as its UTC
 * day (yyyy-mm-dd), anything else as written, trimmed.
 * @example cellText(" Acme ") // "Acme"
 * @example cellText(new Date(Date.UTC(2024, 0, 5))) // "2024-01-05"
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** True for an empty cell: `null`, `undefined`, or text that is empty or only spaces. */
export function isEmptyCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}
