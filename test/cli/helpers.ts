/**
 * Helpers of the command-line tests: the bundled samples, a temp folder per test file, the
 * command run in-process with its output captured (and its --json parsed), and hostile/sample
 * files written and read back with exceljs directly (not with our own loader and saver), so the
 * command is tested against an independent writer and reader.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import ExcelJS from "exceljs";
import { main } from "../../src/cli/main";

export const ROOT = path.join(__dirname, "..", "..");
/** The bundled sample (Chinese headers; a customer sheet and an order-lines sheet). */
export const SAMPLE = path.join(ROOT, "assets", "sample-customers.xlsx");
/** The same sample with English headers. */
export const SAMPLE_EN = path.join(ROOT, "assets", "sample-customers-en.xlsx");
/** The messy-list fixtures (test/fixtures/messy). */
export const MESSY = path.join(ROOT, "test", "fixtures", "messy");

export function tempDir(prefix = "crm-cli-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/**
 * A temp folder for a test file, removed after its tests: `out("x.xlsx")` is a path in it.
 * Call at the top level of the test file.
 */
export function outputDir(prefix: string): (name: string) => string {
  const dir = tempDir(prefix);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return (name: string) => path.join(dir, name);
}

export interface CrmRun {
  code: number;
  out: string;
  err: string;
}

/**
 * A `crm` runner in-process, stdout and stderr captured (stderr not a terminal: no progress bar).
 * @param today "Today" of the commands (default 2025-10-29, the sample's day); null: the real one.
 */
export function crmRunner(today: string | null = "2025-10-29") {
  return async (...argv: string[]): Promise<CrmRun> => {
    let out = "";
    let err = "";
    const code = await main(argv, {
      stdout: { write: (s: string) => (out += s) },
      stderr: { write: (s: string) => (err += s), isTTY: false },
      ...(today === null ? {} : { today }),
    });
    return { code, out, err };
  };
}

/** `crm ... --json` that must succeed: its parsed summary (the error text when it failed). */
export async function crmJson(
  crm: (...argv: string[]) => Promise<CrmRun>,
  ...argv: string[]
): Promise<any> {
  const r = await crm(...argv, "--json");
  if (r.code !== 0) throw new Error(`crm ${argv.join(" ")} exited ${r.code}: ${r.err}`);
  return JSON.parse(r.out);
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
