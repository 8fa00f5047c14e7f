/**
 * Issue 15 part 3 in the Churn view: declining customers (trend below the threshold, A first,
 * by value at risk), found from a list's period columns, and written to the Churn watch sheet
 * with the same follow-up columns as lapsed customers.
 */
import { buildChurnWatch } from "../../src/app/churn";
import { decliningFromList, guessPeriodColumns } from "../../src/app/declining";
import { findDeclining, findLapsed, mergeFlagged } from "../../src/core/churn";
import type { ListSnapshot, WriteOp } from "../../src/host/types";
import type { CellValue } from "../../src/core/excel/cell";

const HEADER = ["Customer", "Tier", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Last order"];
// Trends (window 3) by hand: Ace (90 -> 45) -0.5; Bee (300 -> 120) -0.6; Cid (30 -> 36) +0.2;
// Dot (60 -> 30) -0.5; Eve (0 -> 10) none; Fay (100 -> 75) -0.25 (above -0.3: not declining).
const ROWS: CellValue[][] = [
  ["Ace", "A", 30, 30, 30, 15, 15, 15, 45000],
  ["Bee", "B", 100, 100, 100, 40, 40, 40, 45100],
  ["Cid", "A", 10, 10, 10, 12, 12, 12, 45100],
  ["Dot", "A类", 20, 20, 20, 10, 10, 10, 45100],
  ["Eve", "C", 0, 0, 0, 5, 5, null, 45100],
  ["Fay", "B", 40, 30, 30, 25, 25, 25, 45100],
];
const snap = (rows = ROWS): ListSnapshot => ({
  sheet: "Data",
  row: 0,
  col: 0,
  header: HEADER,
  rows: rows.map((r) => r.slice()),
  rightColumn: new Array(rows.length + 1).fill(null),
});

describe("findDeclining / decliningFromList", () => {
  it("A customers first, then by value at risk (the earlier window's sales without a value column)", () => {
    const d = decliningFromList(snap(), { customer: 0, tier: 1, periods: [2, 7] });
    // A: Ace (risk 90), Dot "A类" (60); then Bee (300). Cid rises, Eve has no earlier sales, Fay -25%.
    expect(d.map((x) => x.name)).toEqual(["Ace", "Dot", "Bee"]);
    expect(d.map((x) => x.trend)).toEqual([-0.5, -0.5, -0.6]);
    expect(d.map((x) => x.value)).toEqual([90, 60, 300]);
    expect(d.map((x) => x.tier)).toEqual(["A", "A类", "B"]);
    expect(d.every((x) => x.flags.join() === "declining")).toBe(true);
  });

  it("a stricter threshold and a shorter window change who declines", () => {
    const strict = decliningFromList(
      snap(),
      { customer: 0, tier: 1, periods: [2, 7] },
      { threshold: -0.55 }
    );
    expect(strict.map((x) => x.name)).toEqual(["Bee"]);
    // window 1: Jun vs May: Eve 5 -> blank (0) is -100%, Fay 25 -> 25 flat.
    const w1 = decliningFromList(snap(), { customer: 0, tier: 1, periods: [2, 7] }, { window: 1 });
    expect(w1.map((x) => x.name)).toEqual(["Eve"]);
  });

  it("without a tier column, A is the rank rule on the value at risk", () => {
    // risks 90, 300, 60 among six customers' risks 90, 300, 30, 60, 0, 100: A (top 20%) = 300, 100.
    const d = decliningFromList(snap(), { customer: 0, periods: [2, 7] });
    expect(d.map((x) => [x.name, x.tier])).toEqual([
      ["Bee", "A"],
      ["Ace", "B"],
      ["Dot", "B"],
    ]);
  });

  it("uses a value column for the value at risk, unless it is one of the period columns", () => {
    const rows = ROWS.map((r, i) => [...r, [5, 9, 1, 7, 1, 1][i]]);
    const s = { ...snap(rows), header: [...HEADER, "CLV"] };
    const withClv = decliningFromList(s, { customer: 0, tier: 1, periods: [2, 7], value: 9 });
    expect(withClv.map((x) => [x.name, x.value])).toEqual([
      ["Dot", 7],
      ["Ace", 5],
      ["Bee", 9],
    ]);
    const month = decliningFromList(s, { customer: 0, tier: 1, periods: [2, 7], value: 2 });
    expect(month.map((x) => x.value)).toEqual([90, 60, 300]);
  });

  it("refuses a threshold that is not below 0, and periods out of order", () => {
    expect(() => findDeclining([{ row: 0, name: "x", sales: [1, 2] }], { threshold: 0.1 })).toThrow(
      /below 0/
    );
    expect(() => decliningFromList(snap(), { customer: 0, periods: [5, 2] })).toThrow(/left to right/);
  });

  it("guesses the period columns from month-like headers", () => {
    expect(guessPeriodColumns(HEADER, [1, 2, 3, 4, 5, 6, 7, 8])).toEqual([2, 7]);
    expect(
      guessPeriodColumns(["客户", "2024-01", "2024-02", "2024-03", "合计"], [1, 2, 3, 4])
    ).toEqual([1, 3]);
    expect(guessPeriodColumns(["客户", "1月", "2月", "销售额"], [1, 2, 3])).toEqual([1, 2]);
    expect(guessPeriodColumns(["Customer", "Sales", "Margin"], [1, 2])).toBeUndefined();
  });
});

describe("declining customers on the Churn watch sheet", () => {
  it("joins the lapsed list: a lapsed customer also declining gets both flags; the rest are 'Declining'", () => {
    const s = snap();
    const declining = decliningFromList(s, { customer: 0, tier: 1, periods: [2, 7] });
    const lapsed = findLapsed(
      s.rows.map((r, i) => ({
        row: i,
        name: String(r[0]),
        lastOrder: r[8] as number,
        value: 1000,
      })),
      { asOf: 45100 }
    );
    expect(lapsed.map((l) => l.name)).toEqual(["Ace"]);
    const all = mergeFlagged(lapsed, declining);
    expect(all.map((x) => [x.name, x.flags.join("+")])).toEqual([
      ["Ace", "daysSince+declining"],
      ["Dot", "declining"],
      ["Bee", "declining"],
    ]);
    const plan = buildChurnWatch(all, {
      locale: "en",
      sheetNames: ["Data"],
      successProbability: 0.5,
      window: 3,
    });
    const table = plan.ops.find((o) => o.kind === "table") as Extract<WriteOp, { kind: "table" }>;
    const col = (h: string) => table.header.indexOf(h);
    expect(table.rows.map((r) => r[col("Flagged by")])).toEqual([
      "No order for over 60 days; Sales down 50% (last 3 periods vs the 3 before)",
      "Sales down 50% (last 3 periods vs the 3 before)",
      "Sales down 60% (last 3 periods vs the 3 before)",
    ]);
    expect(table.rows.map((r) => r[col("Status")])).toEqual(["Lapsed", "Declining", "Declining"]);
    // The same follow-up: reason dropdown over all rows, expected return and decision formulas.
    expect(plan.ops.find((o) => o.kind === "listValidation")).toMatchObject({ rows: 3 });
    expect(table.rows[2][col("Expected return")]).toEqual({ formula: "=E4*J4-I4" });
    expect(plan.summary).toMatchObject({ lapsed: 3, declining: 2 });
    // Chinese texts.
    const zh = buildChurnWatch(all, { locale: "zh", sheetNames: ["Data"], window: 3 });
    const zt = zh.ops.find((o) => o.kind === "table") as Extract<WriteOp, { kind: "table" }>;
    expect(zt.rows[2]).toContain("销售额下降60%（近3期对比前3期）");
    expect(zt.rows[2]).toContain("销售下滑");
  });
});
