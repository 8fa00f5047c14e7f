/**
 * @jest-environment node
 *
 * The pane and the command line choose the same columns on the same list: `crm tier --json`
 * and `crm plan --json` name the columns the Tiering and Visit plan tabs guess
 * (`tieringJob.prepare`, `planningJob.prepare` + `planColumnsOf`), on the list as the pane reads
 * it (the in-memory host's `readList` with the cell a user would click selected), for the
 * bundled sample, messy fixtures and lists with a Tier column, a previous tier, or no sales.
 */
import * as path from "path";
import { tieringJob } from "../../src/app/tieringJob";
import { planColumnsOf, planningJob } from "../../src/app/planningJob";
import { pickSelection } from "../../src/cli/common";
import { MemoryHost } from "../../src/host/memoryHost";
import { isListProblem, type ListSnapshot } from "../../src/host/types";
import { loadWorkbook } from "../../src/host/xlsx";
import { crmJson, crmRunner, MESSY, outputDir, SAMPLE_EN, writeXlsx } from "./helpers";

const out = outputDir("crm-same-guess-");
const crm = crmRunner();

/** The list of a sheet as the pane reads it: the host's readList with a cell of the list selected. */
async function paneList(file: string, sheetName: string): Promise<ListSnapshot> {
  const loaded = await loadWorkbook(file);
  const sheet = loaded.data.sheets.find((s) => s.name === sheetName)!;
  const host = new MemoryHost(loaded.data);
  const at = pickSelection(sheet);
  host.setSelection({ sheet: sheet.name, row: at.row, col: at.col, rows: 1, cols: 1 });
  const snap = await host.readList();
  if (isListProblem(snap)) throw new Error(`no list on ${sheetName}: ${snap.problem}`);
  return snap;
}

/** Role -> header text of a column choice (absent roles left out). */
function headers(snapshot: ListSnapshot, cols: object): Record<string, string> {
  return Object.fromEntries(
    Object.entries(cols)
      .filter(([, c]) => typeof c === "number")
      .map(([k, c]) => [k, snapshot.header[c as number]])
  );
}

const lists: Record<string, unknown[][]> = {
  "tier-and-previous-zh.xlsx": [
    ["客户名称", "月销售额", "业务员", "片区", "上期等级", "等级"],
    ["甲店", 5200, "王伟", "东区", "B", "A"],
    ["乙店", 3100, "李娜", "西区", "A", "B"],
    ["丙店", 900, "王伟", "东区", "C", "C"],
    ["丁店", 450, "李娜", "西区", "C", "C"],
  ],
  "previous-only-en.xlsx": [
    ["Customer", "Sales", "Rep", "Region", "Last tier"],
    ["Ace", 5200, "Ann", "North", "B"],
    ["Bolt", 3100, "Bob", "South", "A"],
    ["Crest", 900, "Ann", "North", "C"],
    ["Dune", 450, "Bob", "South", "C"],
  ],
  // A Tier column whatever its case (the role schema's header words), not only "Tier" / "等级".
  "upper-tier-en.xlsx": [
    ["Customer", "Sales", "Rep", "TIER"],
    ["Ace", 5200, "Ann", "A"],
    ["Bolt", 3100, "Bob", "B"],
    ["Crest", 900, "Ann", "C"],
  ],
  "no-sales-en.xlsx": [
    ["Customer", "Rep", "Tier last year", "Address"],
    ["Ace", "Ann", "A", "1 Main St"],
    ["Bolt", "Bob", "B", "2 Main St"],
    ["Crest", "Ann", "C", "3 Main St"],
  ],
};

beforeAll(async () => {
  for (const [name, rows] of Object.entries(lists)) await writeXlsx(out(name), rows);
});

const files = () => [
  ...Object.keys(lists).map((n) => out(n)),
  path.join(MESSY, "money-text-zh.csv"),
  path.join(MESSY, "subtotals-zh.xlsx"),
  path.join(MESSY, "title-block-zh.xlsx"),
];

describe("the command line chooses the pane's columns", () => {
  test("crm plan: the Visit plan tab's guess (tier column, else the sales, else last period's tiers)", async () => {
    for (const file of files()) {
      const json = await crmJson(crm, "plan", file, "--weeks", "1", "-o", out("p.xlsx"), "--force");
      const snap = await paneList(file, json.sheet);
      const pane = planColumnsOf(snap, planningJob.prepare(snap, undefined).columns);
      expect({ file, columns: json.columns }).toEqual({ file, columns: headers(snap, pane) });
    }
    // The lists above exercise each way to the tier: a Tier column, the sales, a previous tier.
    const sources = [];
    for (const n of Object.keys(lists))
      sources.push(
        (await crmJson(crm, "plan", out(n), "--weeks", "1", "-o", out("p.xlsx"), "--force")).columns
      );
    expect(sources.map((c) => [c.tier ?? null, c.sales ?? null])).toEqual([
      ["等级", null],
      [null, "Sales"],
      ["TIER", null],
      ["Tier last year", null],
    ]);
  }, 120_000);

  test("crm tier: the Tiering tab's guess (sales, customer, rep, area, previous tier)", async () => {
    for (const file of [...files().filter((f) => !f.includes("no-sales")), SAMPLE_EN]) {
      const json = await crmJson(crm, "tier", file, "-o", out("t.xlsx"), "--force");
      const snap = await paneList(file, json.sheet);
      const pane = headers(snap, tieringJob.prepare(snap, undefined).columns);
      const cli = Object.fromEntries(
        Object.entries(json.columns as Record<string, { header: string }>).map(([k, v]) => [
          k,
          v.header,
        ])
      );
      expect({ file, columns: cli }).toEqual({ file, columns: pane });
    }
  }, 120_000);
});
