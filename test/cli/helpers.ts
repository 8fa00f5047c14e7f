/**
 * Helpers of the command-line tests: the bundled samples, a temp folder per test file, the
 * command run in-process with its output captured (and its --json parsed), and hostile/sample
 * files written and read back with exceljs directly (not with our own loader and saver), so the
 * command is tested against an independent writer and reader.
 */
import { execFileSync, spawnSync } from "child_process";
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

/** A path in a test file's temp folder (`out("x.xlsx")`); `out.dir` is the folder itself. */
export type OutPath = ((name: string) => string) & { dir: string };

/**
 * A temp folder for a test file, removed after its tests: `out("x.xlsx")` is a path in it.
 * Call at the top level of the test file.
 */
export function outputDir(prefix: string): OutPath {
  const dir = tempDir(prefix);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  return Object.assign((name: string) => path.join(dir, name), { dir });
}

/** The temporary files (`*.tmp`) a write left in `dir`: none once a write is over. */
export const tmpFiles = (dir: string): string[] =>
  fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"));

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

/** The installed command, bin/crm.js (it runs lib/, which `buildCli` compiles). */
export const CRM_BIN = path.join(ROOT, "bin", "crm.js");

/** Compiles the command to lib/ as `npm install` does (prepare -> build:cli). */
export function buildCli(): void {
  execFileSync(
    process.execPath,
    [
      path.join(ROOT, "node_modules", "typescript", "bin", "tsc"),
      "-p",
      path.join(ROOT, "tsconfig.cli.json"),
    ],
    { cwd: ROOT, stdio: "pipe" }
  );
}

/** `node bin/crm.js ...argv` in a child process (after `buildCli`): exit status and output. */
export function crmBin(...argv: string[]): {
  status: number | null;
  stdout: string;
  stderr: string;
} {
  const res = spawnSync(process.execPath, [CRM_BIN, ...argv], { encoding: "utf8" });
  return { status: res.status, stdout: res.stdout, stderr: res.stderr };
}

/**
 * A workbook converted to CSV by LibreOffice headless (an independent reader of the files we
 * write), as its lines; `work` is a folder for the output and LibreOffice's profile. Fails the
 * test when LibreOffice is missing or the conversion does.
 * @param filter LibreOffice's export filter ("csv": its defaults).
 */
export function libreOfficeCsv(file: string, work: string, filter = "csv"): string[] {
  const soffice = ["soffice", "libreoffice"].find((b) => spawnSync("which", [b]).status === 0);
  if (!soffice)
    throw new Error("LibreOffice is not installed: apt-get install -y libreoffice-calc-nogui");
  const outDir = path.join(work, "lo");
  fs.mkdirSync(outDir, { recursive: true });
  const res = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${path.join(work, "lo-profile")}`,
      "--headless",
      "--convert-to",
      filter,
      "--outdir",
      outDir,
      file,
    ],
    { encoding: "utf8", timeout: 120_000 }
  );
  expect(res.status).toBe(0);
  const csv = path.join(outDir, `${path.basename(file, path.extname(file))}.csv`);
  return fs.readFileSync(csv, "utf8").trim().split(/\r?\n/);
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
