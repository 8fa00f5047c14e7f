/**
 * Helpers of the command-line tests: a temp folder per test file, and hostile/sample files
 * written with exceljs directly (not with our own saver) so the loader is tested against an
 * independent writer.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";

export function tempDir(prefix = "crm-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** Writes an .xlsx with one sheet of `rows` (row 0 = header) using exceljs directly. */
export async function writeXlsx(
  file: string,
  rows: unknown[][],
  setup?: (ws: ExcelJS.Worksheet) => void,
  sheetName = "Sheet1"
) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  rows.forEach((r) => ws.addRow(r as ExcelJS.CellValue[]));
  setup?.(ws);
  await wb.xlsx.writeFile(file);
}

/** Reads a saved workbook with exceljs: values by sheet as 1-based rows of 0-based cells. */
export async function readBack(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Values of a worksheet as a 0-based grid (formula cells: their result; rich text: the text). */
export function grid(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    const line: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, c) => {
      let v = cell.value as unknown;
      if (v && typeof v === "object" && !(v instanceof Date)) {
        const o = v as Record<string, unknown>;
        if ("result" in o) v = o.result;
        else if ("richText" in o)
          v = (o.richText as { text: string }[]).map((t) => t.text).join("");
      }
      line[c - 1] = v ?? null;
    });
    out[r - 1] = line;
  });
  for (let i = 0; i < out.length; i++) if (!out[i]) out[i] = [];
  return out;
}
