/**
 * The in-workbook test suite: CRM functions calculated by the workbook and a pane job (tiering)
 * run end to end, through nothing but the WorkbookHost the pane uses. The SAME code runs
 *   - inside Excel (`npm run test:excel`: src/excelTests/excel.ts on OfficeHost, results posted
 *     to office-addin-test-server), where Excel itself calculates the formulas; and
 *   - in the browser preview (dist/preview.html?selftest=1 on the in-memory host, run by
 *     test/browser/selfTest.test.ts in headless Chromium from `npm test`), so the harness and
 *     the expectations are exercised on every test run.
 * Every case writes to its own new sheet and never touches the user's cells.
 */
import { analyzeList, buildTierWrite } from "../app/tiering";
import { isListProblem, uniqueSheetName, type CellInput, type WorkbookHost } from "../host/types";

/** One result, in the shape office-addin-test-helpers posts ({ Name, Value }). */
export interface SelfTestResult {
  Name: string;
  /** "pass", or "fail: <what differed>". */
  Value: string;
}

/** How long to wait for the workbook to finish calculating custom functions (ms). */
const CALC_TIMEOUT = 30_000;
/** Values Excel shows while a custom function has not returned yet. */
const PENDING = new Set(["#BUSY!", "#GETTING_DATA"]);

class Mismatch extends Error {}

function expectEqual(what: string, got: unknown, want: unknown): void {
  if (JSON.stringify(got) !== JSON.stringify(want))
    throw new Mismatch(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`);
}

function expectClose(what: string, got: unknown, want: number, digits = 6): void {
  if (typeof got !== "number" || Math.abs(got - want) > 10 ** -digits)
    throw new Mismatch(`${what}: expected ${want}, got ${JSON.stringify(got)}`);
}

/** A new sheet holding `cells` from A1; returns its name. */
async function sheetWith(host: WorkbookHost, base: string, cells: CellInput[][]): Promise<string> {
  const name = uniqueSheetName(base, await host.sheetNames());
  const width = Math.max(...cells.map((r) => r.length));
  const values = cells.map((r) => [...r, ...new Array<CellInput>(width - r.length).fill(null)]);
  await host.apply([
    { kind: "addSheet", name },
    { kind: "values", sheet: name, row: 0, col: 0, values },
  ]);
  return name;
}

/** Reads a rectangle once the workbook has calculated it (custom functions are asynchronous). */
async function calculated(
  host: WorkbookHost,
  sheet: string,
  row: number,
  col: number,
  rows: number,
  cols: number
): Promise<unknown[][]> {
  const deadline = Date.now() + CALC_TIMEOUT;
  for (;;) {
    const values = await host.readRect({ sheet, row, col, rows, cols });
    const pending = values.flat().some((v) => typeof v === "string" && PENDING.has(v));
    if (!pending || Date.now() > deadline) return values;
    await new Promise((r) => setTimeout(r, 250));
  }
}

type Case = [name: string, run: (host: WorkbookHost) => Promise<void>];

/** The cases, in order. Exported for the count check of the browser test. */
export const SELF_TESTS: readonly Case[] = [
  [
    "CRM.TIER ranks a column and passes an error cell through in its own row",
    async (host) => {
      const sheet = await sheetWith(host, "CRM test TIER", [
        [100, { formula: "=CRM.TIER(A1:A5)" }],
        [50],
        [10],
        [{ formula: "=1/0" }],
        [null],
      ]);
      const got = (await calculated(host, sheet, 0, 1, 5, 1)).map((r) => r[0]);
      // 3 customers: A (top 20%, at least one), B, C; the #DIV/0! row keeps its error; the
      // blank row stays blank. Without allowErrorForDataTypeAny the whole spill is #DIV/0!.
      expectEqual("tiers", got, ["A", "B", "C", "#DIV/0!", ""]);
    },
  ],
  [
    "an invalid argument gives #VALUE! (whose message Excel shows), never #NUM!",
    async (host) => {
      const sheet = await sheetWith(host, "CRM test errors", [
        [5, 0.6, 0.2, { formula: '=CRM.TIER(A1:A3,"rank",B1:C1)' }],
        [3, null, null, { formula: "=CRM.PARETO(A1:A3,0)" }],
        [1, null, null, { formula: "=CRM.CLV(A1,1.5)" }],
      ]);
      const got = (await calculated(host, sheet, 0, 3, 3, 1)).map((r) => r[0]);
      expectEqual("errors", got, ["#VALUE!", "#VALUE!", "#VALUE!"]);
    },
  ],
  [
    "CRM.CLV, CRM.PARETO and CRM.VISITS compute the README's values",
    async (host) => {
      const sheet = await sheetWith(host, "CRM test values", [
        [100, { formula: "=CRM.CLV(A1,0.8,0.1,0)" }, "A", { formula: "=CRM.VISITS(C1:C3)" }],
        [60, { formula: "=CRM.PARETO(A1:A4,0.25)" }, "B"],
        [30, null, "C"],
        [10],
      ]);
      const got = await calculated(host, sheet, 0, 1, 3, 3);
      // m * r / (1 + i - r) = 100 * 0.8 / 0.3; the top 25% (1 of 4) hold 100 of 200.
      expectClose("CLV", got[0][0], 266.666667, 5);
      expectClose("PARETO", got[1][0], 0.5);
      expectEqual("VISITS", [got[0][2], got[1][2], got[2][2]], [4, 2, 1]);
    },
  ],
  [
    "CRM.RFM without asOf measures up to the latest order date",
    async (host) => {
      const sheet = await sheetWith(host, "CRM test RFM", [
        ["a", "1997-01-01", 1, { formula: "=CRM.RFM(A1:A3,B1:B3,C1:C3)" }],
        ["a", "1997-01-08", 2],
        ["b", "1997-01-15", 3],
      ]);
      const got = await calculated(host, sheet, 0, 3, 2, 5);
      expectEqual("RFM table", got, [
        ["a", 1, 1, 2, 2],
        ["b", 0, 0, 0, 0],
      ]);
    },
  ],
  [
    "pane job: the tiering tab's read, analysis and write give a Tier column",
    async (host) => {
      const rows: CellInput[][] = [["Customer", "Sales"]];
      for (let i = 1; i <= 10; i++) rows.push([`Customer ${i}`, 1000 - i * 10]);
      const sheet = await sheetWith(host, "CRM test list", rows);
      await host.select({ sheet, row: 1, col: 0, rows: 1, cols: 1 });
      const snap = await host.readList();
      if (isListProblem(snap)) throw new Mismatch(`readList: ${snap.problem}`);
      expectEqual("list read", [snap.sheet, snap.rows.length], [sheet, 10]);
      const result = analyzeList(snap, { customer: 0, sales: 1 });
      for (const output of ["values", "formulas"] as const) {
        const plan = buildTierWrite(snap, result, { output, locale: "en", replaceExisting: true });
        await host.apply(plan.ops);
        const t = plan.target;
        const got = await calculated(host, t.sheet, t.row + 1, t.col, 10, 1);
        // 10 customers, rank 20/40/40: 2 A, 4 B, 4 C, in sales order.
        expectEqual(
          `tiers written as ${output}`,
          got.map((r) => r[0]),
          ["A", "A", "B", "B", "B", "B", "C", "C", "C", "C"]
        );
      }
    },
  ],
];

/**
 * Runs every case on `host`, each on its own; a failure or exception is reported, never thrown.
 * @returns One result per case, in order.
 */
export async function runSelfTests(host: WorkbookHost): Promise<SelfTestResult[]> {
  const results: SelfTestResult[] = [];
  for (const [name, run] of SELF_TESTS) {
    try {
      await run(host);
      results.push({ Name: name, Value: "pass" });
    } catch (e) {
      results.push({ Name: name, Value: `fail: ${e instanceof Error ? e.message : String(e)}` });
    }
  }
  return results;
}
