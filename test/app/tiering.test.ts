import { analyzeList, buildSummarySheet, buildTierWrite, listRowRect, restoreColumns, settingsKey, TIER_COLORS, tierFormula } from "../../src/app/tiering";
import { tierImpl } from "../../src/functions/tier";
import type { ListSnapshot, WriteOp } from "../../src/host/types";
import type { CellValue } from "../../src/core/excel/cell";

// The hand-worked list of test/core/list/summary.test.ts plus a non-numeric row: ten customers
// with sales summing to 350; default rank tiers by hand: A = 100, 80; B = 60, 40, 30, 20; C = the rest.
const DATA: CellValue[][] = [
  ["c1", "KA", "Li", 100],
  ["c2", "KA", "Li", 80],
  ["c3", "Shop", "Wu", 60],
  ["c4", "Shop", "Wu", 40],
  ["c5", "KA", "Li", 30],
  ["c6", "Shop", "Wu", 20],
  ["c7", "KA", "Li", 10],
  ["c8", "Shop", "Wu", 5],
  ["c9", "KA", "Li", 3],
  ["c10", "Shop", "Wu", 2],
  ["c11", "Shop", null, "n/a"],
];
const HAND = ["A", "A", "B", "B", "B", "B", "C", "C", "C", "C", null];

function snap(over: Partial<ListSnapshot> = {}): ListSnapshot {
  return {
    sheet: "Sheet1",
    row: 0,
    col: 0,
    header: ["Customer", "Channel", "Rep", "Sales"],
    rows: DATA.map((r) => r.slice()),
    rightColumn: new Array(DATA.length + 1).fill(null),
    ...over,
  };
}

const valuesOp = (ops: WriteOp[]) => ops.find((o) => o.kind === "values") as Extract<WriteOp, { kind: "values" }>;

describe("analyzeList", () => {
  const r = analyzeList(snap(), { sales: 3, customer: 0, rep: 2 }, {});
  it("counts only customers as untiered: a blank row and a total row left out are not", () => {
    // The list with a blank row inside and a 合计 row under it, as the reader leaves them out.
    const rows = [...DATA.slice(0, 5), [], ...DATA.slice(5), ["合计", null, null, 350]];
    const left = analyzeList(
      snap({ rows, leftOut: [{ index: 5, reason: "blank" }, { index: 12, reason: "total" }] }),
      { sales: 3, customer: 0, rep: 2 },
      {}
    );
    expect(left.tiers).toEqual([...HAND.slice(0, 5), null, ...HAND.slice(5), null]);
    expect(left.leftOut).toEqual([{ row: 7, reason: "blank" }, { row: 14, reason: "total" }]);
    expect(left.summary.untiered).toBe(1); // c11's "n/a" only
    expect(left.summary.tiered).toBe(10);
  });
  it("tiers by the rank rule (hand-computed) and leaves bad sales untiered", () => {
    expect(r.tiers).toEqual(HAND);
    expect(r.summary.rows.map((x) => x.customers)).toEqual([2, 4, 4]);
    expect(r.summary.untiered).toBe(1);
    expect(r.concentration.share).toBeCloseTo(180 / 350, 12);
    expect(r.salesRange).toBe("D2:D12");
    expect(r.salesColumnLetter).toBe("D");
    expect(r.tierColumn).toEqual({ col: 4, inList: false, existing: "none", nonEmpty: 0 });
    expect(r.checks.ok).toBe(true);
    expect(r.checks.issues.map((i) => [i.code, i.rows])).toEqual([
      ["salesNotNumeric", [12]],
      ["missingRep", [12]],
    ]);
    expect(r.comparison).toBeUndefined();
  });
  it("gives the same tiers as CRM.TIER over the same cells", () => {
    const excelArgs = DATA.map((row) => [row[3]]); // the sales column as Excel passes it
    const formulaTiers = tierImpl(excelArgs).map((row) => (typeof row[0] === "string" && row[0] !== "" ? row[0] : null));
    expect(r.tiers).toEqual(formulaTiers);
    const groups = DATA.map((row) => [row[1]]);
    const g = analyzeList(snap(), { sales: 3, group: 1 }, { method: "pareto" });
    const fg = tierImpl(excelArgs, "pareto", null, null, groups).map((row) => (typeof row[0] === "string" && row[0] !== "" ? row[0] : null));
    expect(g.tiers).toEqual(fg);
    expect(g.groupRange).toBe("B2:B12");
  });
  it("compares with a previous tier column", () => {
    const rows = DATA.map((row, i) => [...row, ["B", "A", "B", "C", "A", "B", null, "C", "D", "C", "A"][i]]);
    const c = analyzeList(snap({ header: ["Customer", "Channel", "Rep", "Sales", "Grade"], rows }), { sales: 3, previousTier: 4 });
    // by hand, prev -> now: B>A up, A>A same, B>B same, C>B up, A>B down, B>B same, null>C new,
    // C>C same, D>C up, C>C same, A>untiered gone
    expect(c.comparison!.counts).toEqual({ up: 3, down: 1, same: 5, new: 1, gone: 1, unknown: 0 });
    expect(c.comparison!.source).toBe("column");
    expect(c.comparison!.rows.down).toEqual([4]);
    // The migration matrix of the same pairs, with the sales moved (rows A, B, C, D, new; columns A, B, C, gone).
    const m = c.comparison!.migration;
    expect(m.from).toEqual(["A", "B", "C", "D"]);
    expect(m.to).toEqual(["A", "B", "C"]);
    expect(m.counts).toEqual([
      [1, 1, 0, 1], // A>A c2, A>B c5, A>gone c11
      [1, 2, 0, 0], // B>A c1, B>B c3 c6
      [0, 1, 2, 0], // C>B c4, C>C c8 c10
      [0, 0, 1, 0], // D>C c9
      [0, 0, 1, 0], // new>C c7
    ]);
    expect(m.values[1]).toEqual([100, 80, 0, 0]);
    expect(m.total).toBe(11);
  });
  it("rejects columns outside the list and bad options", () => {
    expect(() => analyzeList(snap(), { sales: 4 })).toThrow(RangeError);
    expect(() => analyzeList(snap(), { sales: 3, group: -1 })).toThrow(RangeError);
    expect(() => analyzeList(snap(), { sales: 3 }, { cuts: [0.6, 0.2] })).toThrow(RangeError);
    expect(() => analyzeList(snap(), { sales: 3 }, { labels: ["A", "B"] })).toThrow(TypeError);
  });
  it("reports a list without sales values and tiers nobody", () => {
    const bad = analyzeList(snap({ rows: [["a", "KA", "Li", "x"]], rightColumn: [null, null] }), { sales: 3 });
    expect(bad.checks.ok).toBe(false);
    expect(bad.checks.issues[0].code).toBe("noSalesValues");
    expect(bad.tiers).toEqual([null]);
    expect(() => buildTierWrite(snap(), bad, { output: "values", locale: "en", replaceExisting: false })).toThrow();
    expect(() => buildSummarySheet(bad, [], "en")).toThrow();
  });
});

describe("buildTierWrite", () => {
  it("writes values with a header in the column right of the list, colours and settings", () => {
    const s = snap();
    const r = analyzeList(s, { sales: 3, customer: 0 });
    const plan = buildTierWrite(s, r, { output: "values", locale: "en", replaceExisting: false });
    expect(plan.needsConfirmation).toBeUndefined();
    const v = valuesOp(plan.ops);
    expect([v.sheet, v.row, v.col]).toEqual(["Sheet1", 0, 4]);
    expect(v.values.map((x) => x[0])).toEqual(["Tier", ...HAND.map((t) => t ?? "")]);
    expect(plan.ops.find((o) => o.kind === "tierFormat")).toEqual({
      kind: "tierFormat", sheet: "Sheet1", row: 1, col: 4, rows: 11, labels: ["A", "B", "C"], colors: TIER_COLORS.slice(0, 3),
    });
    const setting = plan.ops.find((o) => o.kind === "setting") as Extract<WriteOp, { kind: "setting" }>;
    expect(setting.key).toBe(settingsKey("Sheet1"));
    expect(setting.key).toBe("crm.columns.Sheet1");
    // The saved choice maps back onto a list that gained a column in front.
    expect(restoreColumns(setting.value, ["No.", "Customer", "Channel", "Rep", "Sales"])).toEqual({ sales: 4, customer: 1 });
    expect(restoreColumns({ version: 2 }, [])).toBeUndefined();
    expect(plan.target).toEqual({ sheet: "Sheet1", row: 0, col: 4, rows: 12, cols: 1 });
  });

  it("writes one spilling formula, exact text, with non-default arguments only", () => {
    const s = snap({ row: 4, col: 2 }); // list at C5: sales in F6:F16, Tier column G
    const f = (o: Parameters<typeof analyzeList>[2], cols = { sales: 3 } as Parameters<typeof analyzeList>[1]) =>
      tierFormula(analyzeList(s, cols, o));
    expect(f({})).toBe("=CRM.TIER(F6:F16)");
    expect(f({ method: "pareto" })).toBe('=CRM.TIER(F6:F16,"pareto")');
    expect(f({ cuts: [0.1, 0.3, 0.6] })).toBe("=CRM.TIER(F6:F16,,{0.1,0.3,0.6})");
    expect(f({ labels: ["Gold", "Silver", 'B"z'] })).toBe('=CRM.TIER(F6:F16,,,{"Gold","Silver","B""z"})');
    expect(f({ method: "pareto" }, { sales: 3, group: 1 })).toBe('=CRM.TIER(F6:F16,"pareto",,,D6:D16)');
    const r = analyzeList(s, { sales: 3 });
    const plan = buildTierWrite(s, r, { output: "formulas", locale: "zh", replaceExisting: false });
    const v = valuesOp(plan.ops);
    expect([v.row, v.col]).toEqual([4, 6]);
    expect(v.values[0]).toEqual(["等级"]);
    expect(v.values[1]).toEqual([{ formula: "=CRM.TIER(F6:F16)" }]);
    expect(v.values.slice(2).every((x) => x[0] === "")).toBe(true);
    expect(v.values.length).toBe(12);
    expect(plan.output).toBe("formulas");
  });

  it("asks before writing over a non-empty cell, and writes nothing", () => {
    const right: CellValue[] = new Array(12).fill(null);
    right[5] = "note";
    const s = snap({ rightColumn: right });
    const r = analyzeList(s, { sales: 3 });
    const plan = buildTierWrite(s, r, { output: "values", locale: "en", replaceExisting: false });
    expect(plan.ops).toEqual([]);
    expect(plan.needsConfirmation).toEqual({ reason: "nonEmptyTarget", col: 4, columnLetter: "E", nonEmpty: 1 });
    const ok = buildTierWrite(s, r, { output: "values", locale: "en", replaceExisting: true });
    expect(valuesOp(ok.ops).col).toBe(4);
  });

  it("finds an earlier run's Tier column inside the region, compares with it and asks before replacing", () => {
    // A first run (in Chinese) left "等级" as the list's last column; the region took it in.
    const prev = ["B", "A", "B", "C", "A", "B", null, "C", "D", "C", "A"];
    const rows = DATA.map((row, i) => [...row, prev[i]]);
    const s = snap({ header: ["Customer", "Channel", "Rep", "Sales", "等级"], rows });
    const r = analyzeList(s, { sales: 3 });
    expect(r.tierColumn).toEqual({ col: 4, inList: true, existing: "earlierRun", nonEmpty: 11 });
    expect(r.comparison!.source).toBe("earlierRun");
    expect(r.comparison!.counts).toEqual({ up: 3, down: 1, same: 5, new: 1, gone: 1, unknown: 0 });
    const plan = buildTierWrite(s, r, { output: "values", locale: "en", replaceExisting: false });
    expect(plan.ops).toEqual([]);
    expect(plan.needsConfirmation!.reason).toBe("existingTierColumn");
    const yes = buildTierWrite(s, r, { output: "values", locale: "en", replaceExisting: true });
    expect([valuesOp(yes.ops).col, valuesOp(yes.ops).values[0][0]]).toEqual([4, "Tier"]);
    // Declined: the user keeps that column and writes to the right of the list instead.
    const right = buildTierWrite(s, r, { output: "values", locale: "en", replaceExisting: false, placement: "right" });
    expect(right.needsConfirmation).toBeUndefined();
    expect(valuesOp(right.ops).col).toBe(5);
    expect(listRowRect(s, 2)).toEqual({ sheet: "Sheet1", row: 3, col: 0, rows: 1, cols: 5 });
  });

  it("finds an earlier Tier column right of the list, and one recorded in settings", () => {
    const s = snap({ rightColumn: ["Tier", "A", "A", "B", "C", "C", "B", "C", "C", "C", "C", "C"] });
    const r = analyzeList(s, { sales: 3 });
    expect(r.tierColumn).toMatchObject({ col: 4, inList: false, existing: "earlierRun" });
    // by hand: rows 3 and 4 were C, now B (up); row 10 was C, now untiered (gone); the rest unchanged.
    expect(r.comparison!.counts).toEqual({ up: 2, down: 0, same: 8, new: 0, gone: 1, unknown: 0 });
    const renamed = snap({ rightColumn: ["My tiers", "A", null, null, null, null, null, null, null, null, null, null] });
    expect(analyzeList(renamed, { sales: 3 }).tierColumn.existing).toBe("other");
    expect(analyzeList(renamed, { sales: 3 }, { recordedTierColumn: 4 }).tierColumn.existing).toBe("earlierRun");
  });

  it("writes values into a table even when formulas are asked for, with a note", () => {
    const s = snap({ tableName: "Customers" });
    const plan = buildTierWrite(s, analyzeList(s, { sales: 3 }), { output: "formulas", locale: "en", replaceExisting: false });
    expect(plan.notes).toEqual([{ code: "valuesInTable" }]);
    expect(plan.output).toBe("values");
    expect(valuesOp(plan.ops).values[1]).toEqual(["A"]);
  });

  it("writes no header cell for a headerless list", () => {
    const s = snap({ header: ["", "", "", ""], headerless: true, row: 3, rightColumn: new Array(11).fill(null) });
    const r = analyzeList(s, { sales: 3 });
    expect(r.salesRange).toBe("D4:D14");
    const v = valuesOp(buildTierWrite(s, r, { output: "formulas", locale: "en", replaceExisting: false }).ops);
    expect([v.row, v.values.length, v.values[0]]).toEqual([3, 11, [{ formula: "=CRM.TIER(D4:D14)" }]]);
  });

  it("handles 100,000 rows (speed is measured by npm run bench, not here)", () => {
    const n = 100000;
    const rows: CellValue[][] = Array.from({ length: n }, (_, i) => [`c${i}`, i % 4 ? "KA" : "Shop", "r", ((i * 7919) % 100003) + 0.5]);
    const s = snap({ rows, rightColumn: new Array(n + 1).fill(null) });
    const r = analyzeList(s, { sales: 3, customer: 0, group: 1, rep: 2 });
    const plan = buildTierWrite(s, r, { output: "values", locale: "en", replaceExisting: false });
    buildSummarySheet(r, ["Sheet1"], "en");
    expect(r.summary.tiered).toBe(n);
    expect(valuesOp(plan.ops).values.length).toBe(n + 1);
  });
});

describe("buildSummarySheet", () => {
  const r = analyzeList(snap(), { sales: 3 });
  it("adds a uniquely named sheet with the table, lines, Pareto data and chart", () => {
    const ops = buildSummarySheet(r, ["Sheet1", "Tier summary"], "en");
    expect(ops[0]).toEqual({ kind: "addSheet", name: "Tier summary (2)", activate: true });
    const tables = ops.filter((o) => o.kind === "table") as Extract<WriteOp, { kind: "table" }>[];
    expect(tables[0].header).toEqual(["Tier", "Customers", "Share of customers", "Sales", "Share of sales"]);
    // The Excel table holds the tiers only; the total row is right under it (sorting the table
    // must not move it), written cell by cell with the table's number formats.
    expect(tables[0].rows.map((x) => x.slice(0, 2))).toEqual([["A", 2], ["B", 4], ["C", 4]]);
    const under = ops.filter(
      (o): o is Extract<WriteOp, { kind: "values" }> => o.kind === "values" && o.row === 2 + 1 + 3
    );
    expect(under.map((o) => [o.col, o.values[0][0], o.numberFormat])).toEqual([
      [0, "Total", undefined],
      [1, 10, "#,##0"],
      [2, 1, "0.0%"],
      [3, 350, "#,##0.00"],
      [4, 1, "0.0%"],
    ]);
    const lines = ops.filter((o) => o.kind === "values").flatMap((o) => (o as Extract<WriteOp, { kind: "values" }>).values.map((x) => x[0]));
    expect(lines).toContain("1 row without valid sales left untiered");
    expect(lines).toContain("The top 20% of customers hold 51.4% of sales"); // 180 / 350 = 51.43%
    expect(tables[1]).toMatchObject({ row: 2, col: 7 });
    expect(tables[1].rows[0]).toEqual(["1", 100, 100 / 350, "A"]);
    const chart = ops.find((o) => o.kind === "chart") as Extract<WriteOp, { kind: "chart" }>;
    expect(chart.spec.type).toBe("paretoCombo");
    expect(chart.spec.series.map((x) => [x.x, x.y, !!x.secondary])).toEqual([
      ["'Tier summary (2)'!$H$4:$H$13", "'Tier summary (2)'!$I$4:$I$13", false],
      ["'Tier summary (2)'!$H$4:$H$13", "'Tier summary (2)'!$J$4:$J$13", true],
    ]);
  });
  it("in Chinese, with the comparison table", () => {
    const prev = ["B", "A", "B", "C", "A", "B", null, "C", "D", "C", "A"];
    const s = snap({ header: ["客户", "渠道", "业务员", "销售额", "等级"], rows: DATA.map((row, i) => [...row, prev[i]]) });
    const ops = buildSummarySheet(analyzeList(s, { sales: 3 }), [], "zh");
    expect(ops[0]).toMatchObject({ name: "分级汇总" });
    const tables = ops.filter((o) => o.kind === "table") as Extract<WriteOp, { kind: "table" }>[];
    expect(tables[1].rows).toEqual([["升级", 3], ["降级", 1], ["不变", 5], ["新增", 1], ["消失", 1]]);
    const title = valuesOp(ops).values[0][0];
    expect(title).toBe("Sheet1 分级汇总（按销售额）");
  });
  it("with negative sales: one share rule (positive sales) for tier A and the top 20%, said on the sheet", () => {
    // Ten customers, one return of -50: net 300, positive 350.
    const sales = [100, 80, 40, 40, 30, 20, 20, 10, 10, -50];
    const rows: CellValue[][] = sales.map((v, i) => [`c${i}`, "KA", "r", v]);
    const res = analyzeList(snap({ rows, rightColumn: new Array(11).fill(null) }), { sales: 3 });
    expect(res.summary.totalSales).toBe(300);
    expect(res.summary.positiveSales).toBe(350);
    expect(res.summary.rows[0].salesShare).toBeCloseTo(180 / 350, 12);
    expect(res.concentration.share).toBeCloseTo(180 / 350, 12);
    expect(res.summary.rows.reduce((a, r) => a + r.salesShare, 0)).toBeCloseTo(1, 12);
    const lines = buildSummarySheet(res, [], "en")
      .filter((o): o is Extract<WriteOp, { kind: "values" }> => o.kind === "values")
      .flatMap((o) => o.values.map((x) => x[0]));
    expect(lines).toContain("The top 20% of customers hold 51.4% of sales");
    expect(lines).toContain(
      "Shares of sales count positive sales only: 1 customer with negative sales (-50 in total) counts as 0"
    );
  });
});
