/**
 * Loads an .xlsx package into the in-memory workbook the command line works on, streaming:
 * the zip directory is checked against the size limits first, then the shared strings and each
 * worksheet are inflated and scanned chunk by chunk. The package stays open (`source`) so the
 * writer can copy every part it does not change.
 */
import { newSheet, type MemorySheet, type MemoryWorkbookData } from "../memoryWorkbook";
import type { CellValue } from "../types";
import { readPackage, type XlsxPackage } from "./pkg";
import { parseCellRef } from "../../core/excel/a1";
import { dateStyles, readSharedStrings, readSheetCells } from "./readSheet";
import { ZipReader } from "./zip";

export type FormulaMap = Map<string, Map<string, { formula: string; value: CellValue }>>;

export interface LoadedPackage {
  data: MemoryWorkbookData;
  formulas: FormulaMap;
  source: XlsxPackage;
}

/** "B3:D10" as a 0-based rectangle (a single cell for "B3"). */
export function parseRange(
  ref: string
): { row: number; col: number; rows: number; cols: number } | null {
  const [a, b] = ref.split(":");
  const p = parseCellRef(a.replace(/\$/g, ""));
  const q = b ? parseCellRef(b.replace(/\$/g, "")) : p;
  if (!p || !q) return null;
  return { row: p[0], col: p[1], rows: q[0] - p[0] + 1, cols: q[1] - p[1] + 1 };
}

/**
 * Reads the package `file` (already known to start like a zip).
 * @param onProgress Fraction read, 0..1 (by inflated bytes of the parts read).
 * @throws {ZipError} For a damaged, encrypted or oversized package (see zip.ts limits).
 */
export async function loadPackage(
  file: string,
  onProgress?: (fraction: number) => void
): Promise<LoadedPackage> {
  const zip = await ZipReader.open(file);
  {
    const source = await readPackage(zip);
    const sizeOf = (part?: string) => (part ? (zip.entries.get(part)?.size ?? 0) : 0);
    const sheetParts = source.sheets.filter((s) => s.kind === "worksheet" && zip.has(s.part));
    const total =
      sizeOf(source.sharedStringsPart) + sheetParts.reduce((n, s) => n + sizeOf(s.part), 0) || 1;
    let done = 0;
    const sharedStrings = source.sharedStringsPart
      ? await readSharedStrings(zip, source.sharedStringsPart)
      : [];
    done += sizeOf(source.sharedStringsPart);
    onProgress?.(done / total);
    const ctx = { sharedStrings, dateStyle: dateStyles(source.styles), date1904: source.date1904 };
    const data: MemoryWorkbookData = {
      sheets: [],
      selection: { sheet: "", row: 0, col: 0, rows: 1, cols: 1 },
      settings: {},
    };
    const formulas: FormulaMap = new Map();
    for (const info of source.sheets) {
      const sheet: MemorySheet = newSheet(info.name);
      sheet.state = info.state;
      if (info.kind === "worksheet" && zip.has(info.part)) {
        const size = sizeOf(info.part);
        const read = await readSheetCells(zip, info.part, ctx, (f) =>
          onProgress?.((done + f * size) / total)
        );
        done += size;
        sheet.cells = read.cells;
        sheet.frozenRows = read.frozen.rows;
        sheet.frozenCols = read.frozen.cols;
        if (read.hiddenRows.length > 0) sheet.hiddenRows = read.hiddenRows;
        formulas.set(info.name, read.formulas);
      }
      for (const t of info.tables) {
        const rect = parseRange(t.ref);
        if (!rect) continue;
        sheet.tables.push({
          name: t.name,
          ...rect,
          ...(t.totalsRowCount > 0 ? { totalsRow: true } : {}),
        });
      }
      data.sheets.push(sheet);
    }
    if (data.sheets.length === 0) data.sheets.push(newSheet("Sheet1"));
    data.selection = { sheet: data.sheets[0].name, row: 0, col: 0, rows: 1, cols: 1 };
    return { data, formulas, source };
  }
}
