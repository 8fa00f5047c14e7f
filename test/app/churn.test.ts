import {
  buildChurnWatch,
  CHURN_WATCH_SETTING,
  churnCustomersFromList,
  findChurnWatchSheet,
  readChurnWatch,
  type ChurnWatchOptions,
} from "../../src/app/churn";
import { findLapsed, type ChurnCustomer } from "../../src/core/churn";
import type { ChurnReasonId } from "../../src/core/churn/reasons";
import { messages } from "../../src/i18n/messages";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { isListProblem, type CellInput, type WriteOp } from "../../src/host/types";

const ASOF = 45100;

const customers = (): ChurnCustomer[] => [
  { row: 0, name: "Ace", rep: "Wang", lastOrder: ASOF - 90, value: 5000 },
  { row: 1, name: "Bee", rep: "Li", lastOrder: ASOF - 70, value: 20000 },
  { row: 2, name: "Cid", rep: "Li", lastOrder: ASOF - 10, value: 90000 },
  { row: 3, name: "Dot", rep: "Wang", lastOrder: ASOF - 200, value: 800 },
  { row: 4, name: "Eve", rep: "Zhao", lastOrder: ASOF - 30, value: 100 },
];

const opts = (o: Partial<ChurnWatchOptions> = {}): ChurnWatchOptions => ({
  locale: "en",
  sheetNames: ["Data"],
  successProbability: 0.3,
  defaultCost: 500,
  ...o,
});

/** The table rows on the sheet as { header: value } records. */
function tableRecords(host: MemoryHost, sheet: string): Record<string, CellInput>[] {
  const s = host.sheet(sheet)!;
  expect(s.tables).toHaveLength(1);
  const t = s.tables[0];
  const header = s.cells[t.row].slice(t.col, t.col + t.cols) as string[];
  const out: Record<string, CellInput>[] = [];
  for (let r = t.row + 1; r < t.row + t.rows; r++) {
    const rec: Record<string, CellInput> = {};
    header.forEach((h, c) => (rec[h] = s.cells[r]?.[t.col + c] ?? null));
    out.push(rec);
  }
  return out;
}

function setCell(
  host: MemoryHost,
  sheet: string,
  name: string,
  header: string,
  v: CellInput
): void {
  const s = host.sheet(sheet)!;
  const c = (s.cells[0] as string[]).indexOf(header);
  const r = s.cells.findIndex((row) => row?.[0] === name);
  expect(c).toBeGreaterThanOrEqual(0);
  expect(r).toBeGreaterThan(0);
  s.cells[r][c] = v;
}

describe("buildChurnWatch: first run", () => {
  it("creates the sheet with the table, the reason dropdown and live return/decision formulas", () => {
    const lapsed = findLapsed(customers(), { asOf: ASOF });
    expect(lapsed.map((c) => c.name)).toEqual(["Bee", "Ace", "Dot"]); // 20000, 5000, 800
    const plan = buildChurnWatch(lapsed, opts());
    expect(plan.created).toBe(true);
    expect(plan.sheet).toBe("Churn watch");
    expect(plan.ops.map((o) => o.kind)).toEqual([
      "addSheet",
      "table",
      "listValidation",
      "freeze",
      "autofit",
      "setting",
    ]);
    const table = plan.ops[1] as Extract<WriteOp, { kind: "table" }>;
    expect(table.header).toEqual([
      "Customer",
      "Rep",
      "Last order",
      "Days since",
      "Value at stake",
      "Flagged by",
      "Status",
      "Churn reason",
      "Win-back cost",
      "Success probability",
      "Expected return",
      "Decision",
      "Notes",
    ]);
    expect(table.rows[0]).toEqual([
      "Bee",
      "Li",
      ASOF - 70,
      70,
      20000,
      "No order for over 60 days",
      "Lapsed",
      "",
      500,
      0.3,
      { formula: "=E2*J2-I2" },
      { formula: '=IF(K2>0,"Win back","Let go")' },
      "",
    ]);
    expect(table.rows[2][10]).toEqual({ formula: "=E4*J4-I4" });
    expect(plan.ops[2]).toEqual({
      kind: "listValidation",
      sheet: "Churn watch",
      row: 1,
      col: 7,
      rows: 3,
      source: [
        "Rep's attitude",
        "Product dissatisfaction",
        "Competitor",
        "Other supplier relationship",
        "Moved",
        "Closed",
        "Other",
      ],
    });
    // The pane's numbers follow the core rule: 20000*0.3-500 = 5500, 5000*0.3-500 = 1000, 800*0.3-500 = -260.
    expect(plan.rows.map((r) => [r.name, r.expectedReturn, r.decision])).toEqual(
      [
        ["Bee", 5500, "winBack"],
        ["Ace", 1000, "winBack"],
        ["Dot", -260, "letGo"],
      ].map(([n, e, d]) => [n, expect.closeTo(e as number, 9), d])
    );
    expect(plan.summary).toMatchObject({
      lapsed: 3,
      noLongerLapsed: 0,
      winBack: 2,
      letGo: 1,
      valueAtStake: 25800,
    });
    expect(plan.summary.expectedReturn).toBeCloseTo(6500, 9);
  });

  it("uses a unique name when a sheet already has the name, and Chinese texts", () => {
    const plan = buildChurnWatch(
      findLapsed(customers(), { asOf: ASOF, pAliveThreshold: 0.5 }),
      opts({ locale: "zh", sheetNames: ["Data", "流失预警"] })
    );
    expect(plan.sheet).toBe("流失预警 (2)");
    const table = plan.ops[1] as Extract<WriteOp, { kind: "table" }>;
    expect(table.header[0]).toBe("客户");
    expect(table.rows[0][11]).toEqual({ formula: '=IF(K2>0,"挽回","放弃")' });
    expect((plan.ops[2] as { source: string[] }).source).toEqual(
      ["repAttitude", "product", "competitor", "otherSupplier", "moved", "closed", "other"].map(
        (id) => messages("zh").churn.sheet.reasons[id as ChurnReasonId]
      )
    );
  });

  it("adds the P(alive) and ID columns when known", () => {
    const cs = customers().map((c, i) => ({ ...c, id: `C${i}`, pAlive: i === 2 ? 0.1 : 0.9 }));
    const plan = buildChurnWatch(
      findLapsed(cs, { asOf: ASOF, pAliveThreshold: 0.2 }),
      opts({ pAliveThreshold: 0.2 })
    );
    const table = plan.ops[1] as Extract<WriteOp, { kind: "table" }>;
    expect(table.header.slice(0, 8)).toEqual([
      "Customer",
      "Customer ID",
      "Rep",
      "Last order",
      "Days since",
      "Value at stake",
      "P(alive)",
      "Flagged by",
    ]);
    expect(table.rows[0].slice(0, 8)).toEqual([
      "Cid",
      "C2",
      "Li",
      ASOF - 10,
      10,
      90000,
      0.1,
      "P(alive) below 20%",
    ]);
    // A..N: value at stake F, cost K, probability L, expected return M: the formulas follow.
    expect(table.rows[0][12]).toEqual({ formula: "=F2*L2-K2" });
    expect(table.rows[0][13]).toEqual({ formula: '=IF(M2>0,"Win back","Let go")' });
    // Without the rule's threshold the flag still reads sensibly.
    const bare = buildChurnWatch(findLapsed(cs, { asOf: ASOF, pAliveThreshold: 0.2 }), opts());
    expect((bare.ops[1] as Extract<WriteOp, { kind: "table" }>).rows[0][7]).toBe("Low P(alive)");
  });
});

describe("buildChurnWatch: re-runs keep what the user typed", () => {
  it("rewrites the same table, keeping reasons, costs and notes, and keeps recovered customers with a reason", async () => {
    const host = new MemoryHost(workbookFromCells("Data", [["Customer"], ["Ace"]]));
    const first = buildChurnWatch(
      findLapsed(customers(), { asOf: ASOF }),
      opts({ sheetNames: await host.sheetNames() })
    );
    await host.apply(first.ops);
    expect(host.data.settings[CHURN_WATCH_SETTING]).toMatchObject({
      sheet: "Churn watch",
      rows: 4,
      cols: 13,
    });

    // The user records why Bee left, types a cost for Ace and a note on Dot.
    setCell(host, "Churn watch", "Bee", "Churn reason", "Competitor");
    setCell(host, "Churn watch", "Ace", "Win-back cost", 9000);
    setCell(host, "Churn watch", "Dot", "Notes", "owner retired");

    // A month later: Bee ordered again, Eve lapsed.
    const later = customers();
    later[1].lastOrder = ASOF + 20;
    const asOf2 = ASOF + 31; // Eve: 61 days
    const existing = await readChurnWatch(host);
    expect(existing?.sheet).toBe("Churn watch");
    const second = buildChurnWatch(
      findLapsed(later, { asOf: asOf2 }),
      opts({ existing, sheetNames: await host.sheetNames() })
    );
    expect(second.created).toBe(false);
    expect(second.ops[0]).toEqual({
      kind: "clear",
      sheet: "Churn watch",
      row: 0,
      col: 0,
      rows: 4,
      cols: 13,
    });
    await host.apply(second.ops);

    expect(host.data.sheets.map((s) => s.name)).toEqual(["Data", "Churn watch"]);
    const recs = tableRecords(host, "Churn watch");
    expect(
      recs.map((r) => [
        r["Customer"],
        r["Status"],
        r["Churn reason"],
        r["Win-back cost"],
        r["Notes"],
      ])
    ).toEqual([
      ["Ace", "Lapsed", "", 9000, ""],
      ["Dot", "Lapsed", "", 500, "owner retired"],
      ["Eve", "Lapsed", "", 500, ""],
      ["Bee", "No longer lapsed", "Competitor", 500, ""],
    ]);
    expect(recs[0]["Days since"]).toBe(121);
    // One dropdown, over the four rows of the new table.
    expect(host.sheet("Churn watch")!.validations).toEqual([
      {
        range: { sheet: "Churn watch", row: 1, col: 7, rows: 4, cols: 1 },
        list: expect.any(Array),
      },
    ]);
    expect(second.summary).toMatchObject({ lapsed: 3, noLongerLapsed: 1 });
    expect(second.summary.reasons.competitor).toBe(1);

    // A third run in Chinese: the reason is shown in Chinese, the sheet is still found.
    const third = buildChurnWatch(
      findLapsed(later, { asOf: asOf2 }),
      opts({
        locale: "zh",
        existing: await readChurnWatch(host),
        sheetNames: await host.sheetNames(),
      })
    );
    await host.apply(third.ops);
    expect(third.sheet).toBe("Churn watch");
    const zh = tableRecords(host, "Churn watch");
    expect(zh.find((r) => r["客户"] === "Bee")).toMatchObject({
      流失原因: "竞争对手",
      状态: "已恢复",
    });
    expect(zh.find((r) => r["客户"] === "Dot")).toMatchObject({ 备注: "owner retired" });
  });

  it("drops a recovered customer the user never touched, and new defaults replace untouched inputs", async () => {
    const host = new MemoryHost(workbookFromCells("Data", [["x"]]));
    await host.apply(buildChurnWatch(findLapsed(customers(), { asOf: ASOF }), opts()).ops);
    setCell(host, "Churn watch", "Ace", "Success probability", 0.6);
    const later = customers();
    later[1].lastOrder = ASOF; // Bee recovered, nothing typed on its row
    const plan = buildChurnWatch(
      findLapsed(later, { asOf: ASOF }),
      opts({ existing: await readChurnWatch(host), successProbability: 0.4, defaultCost: 100 })
    );
    await host.apply(plan.ops);
    const recs = tableRecords(host, "Churn watch");
    expect(recs.map((r) => [r["Customer"], r["Success probability"], r["Win-back cost"]])).toEqual([
      ["Ace", 0.6, 100],
      ["Dot", 0.4, 100],
    ]);
  });

  it("keeps columns the user added to the table", async () => {
    const host = new MemoryHost(workbookFromCells("Data", [["x"]]));
    await host.apply(buildChurnWatch(findLapsed(customers(), { asOf: ASOF }), opts()).ops);
    const s = host.sheet("Churn watch")!;
    s.cells[0][13] = "Visited on";
    s.cells[1][13] = "2023-06-01";
    s.tables[0].cols = 14; // Excel grows the table when a column is typed next to it
    const plan = buildChurnWatch(
      findLapsed(customers(), { asOf: ASOF }),
      opts({ existing: await readChurnWatch(host) })
    );
    await host.apply(plan.ops);
    const recs = tableRecords(host, "Churn watch");
    expect(recs[0]).toMatchObject({ Customer: "Bee", "Visited on": "2023-06-01" });
  });

  it("matches by customer id when both runs have one, even after a rename", async () => {
    const host = new MemoryHost(workbookFromCells("Data", [["x"]]));
    const cs = customers().map((c, i) => ({ ...c, id: `C${i}` }));
    await host.apply(buildChurnWatch(findLapsed(cs, { asOf: ASOF }), opts()).ops);
    setCell(host, "Churn watch", "Ace", "Churn reason", "Moved");
    cs[0].name = "Ace Trading Co.";
    const plan = buildChurnWatch(
      findLapsed(cs, { asOf: ASOF }),
      opts({ existing: await readChurnWatch(host) })
    );
    expect(plan.rows.find((r) => r.id === "C0")).toMatchObject({
      name: "Ace Trading Co.",
      reasonId: "moved",
      lapsed: true,
    });
    expect(plan.rows).toHaveLength(3);
  });

  it("never rewrites a sheet that is not a Churn watch table", async () => {
    const host = new MemoryHost(workbookFromCells("Data", [["x"]]));
    await host.apply([
      { kind: "addSheet", name: "Churn watch" },
      { kind: "values", sheet: "Churn watch", row: 0, col: 0, values: [["My own plan"]] },
    ]);
    const existing = await readChurnWatch(host);
    expect(existing?.sheet).toBe("Churn watch");
    const plan = buildChurnWatch(
      findLapsed(customers(), { asOf: ASOF }),
      opts({ existing, sheetNames: await host.sheetNames() })
    );
    expect(plan.created).toBe(true);
    expect(plan.sheet).toBe("Churn watch (2)");
    await host.apply(plan.ops);
    expect(host.sheet("Churn watch")!.cells[0][0]).toBe("My own plan");
  });
});

describe("finding the sheet and reading the list", () => {
  it("prefers the recorded sheet, else a default name in any language", () => {
    const setting = { sheet: "Lost 2024", rows: 3, cols: 13, successProbability: 0.3 };
    expect(findChurnWatchSheet(setting, ["Data", "lost 2024", "Churn watch"])).toBe("lost 2024");
    expect(findChurnWatchSheet(setting, ["Data", "流失预警"])).toBe("流失预警");
    expect(findChurnWatchSheet(undefined, ["Data"])).toBeUndefined();
  });

  it("turns list columns into customers for the lapsed check", async () => {
    const host = new MemoryHost(
      workbookFromCells("Data", [
        ["Customer", "Rep", "Last order", "Sales"],
        ["Ace", "Wang", ASOF - 90, "5,000"],
        [null, "Li", ASOF - 90, 10],
        ["Cid", null, "2023-01-01", null],
      ])
    );
    const snap = await host.readList();
    if (isListProblem(snap)) throw new Error(snap.problem);
    expect(churnCustomersFromList(snap, { customer: 0, rep: 1, lastOrder: 2, value: 3 })).toEqual([
      { row: 0, name: "Ace", rep: "Wang", lastOrder: ASOF - 90, value: 5000 },
      { row: 2, name: "Cid", lastOrder: "2023-01-01", value: NaN },
    ]);
  });
});
