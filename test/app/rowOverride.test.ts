/**
 * The user's row correction (issue 11) as every job sees it: one `withRowOverride` on the list as
 * read, then tiering, planning and the value/churn jobs' `withoutLeftOut` agree on the customers;
 * the correction is remembered per sheet only for rows that still hold what they held.
 */
import { snapshotFromGrid } from "../../src/host/listSnapshot";
import {
  leftOutRows,
  putBackRows,
  rowOverrideSetting,
  rowProblemLines,
  rowsSettingsKey,
  savedRowOverride,
  withoutLeftOut,
  withRowOverride,
} from "../../src/app/customerRows";
import { analyzeList } from "../../src/app/tiering";
import { planCustomers } from "../../src/app/planning";
import type { ListSnapshot } from "../../src/host/types";

// Sheet rows: 1 title, 2 header, 3..9 data. Row 6 is a 合计 of rows 3..5, row 8 a customer
// named like a total ("Total Petroleum" is kept by the rules; "小计" here is a real shop's name
// the user puts back), row 9 a test customer.
const GRID = [
  ["2026 customers"],
  ["Customer", "Rep", "Sales"],
  ["Ann", "Li", 100],
  ["Bob", "Li", 50],
  ["Cat", "Wu", 30],
  ["合计", null, 180],
  ["Dan", "Wu", 20],
  ["小计", "Wu", 400],
  ["TEST customer", "Li", 999],
];

function read(): ListSnapshot {
  const s = snapshotFromGrid("Customers", GRID, 1, 0);
  if ("problem" in s) throw new Error(s.problem);
  return s;
}

const cols = { customer: 0, rep: 1, sales: 2 };

describe("withRowOverride", () => {
  it("the reader alone leaves out the two total-looking rows", () => {
    expect(leftOutRows(read())).toEqual([
      { row: 6, reason: "total" },
      { row: 8, reason: "total" },
    ]);
  });

  it("puts row 8 back and leaves row 9 out for tiering and planning alike", () => {
    const { snapshot, problems } = withRowOverride(read(), { include: [8], exclude: [9] });
    expect(problems).toEqual([]);
    expect(leftOutRows(snapshot)).toEqual([
      { row: 6, reason: "total" },
      { row: 9, reason: "user" },
    ]);
    expect(putBackRows(snapshot)).toEqual([8]);

    const tiered = analyzeList(snapshot, cols);
    expect(tiered.leftOut).toEqual(leftOutRows(snapshot));
    expect(tiered.summary.tiered).toBe(5);
    expect(tiered.summary.totalSales).toBe(600);
    expect(tiered.tiers[5]).toBe("A"); // 小计 (400) is the top customer
    expect(tiered.tiers[6]).toBeNull();

    const planned = planCustomers(snapshot, { customer: 0, rep: 1, sales: 2 });
    expect(planned.customers.map((c) => c.name)).toEqual(["Ann", "Bob", "Cat", "Dan", "小计"]);

    // The value and churn jobs read the list with its left-out rows blanked.
    const blanked = withoutLeftOut(snapshot);
    expect(blanked.rows[6]).toEqual([null, null, null]);
    expect(blanked.rows[5]).toEqual(["小计", "Wu", 400]);
  });

  it("a row put back stays a customer even where the sales say it is a sum", () => {
    // Row 6's 180 is the sum of the rows above: without its label the rule would still find it.
    const grid = GRID.map((r) => r.slice());
    grid[5] = [null, null, 180];
    const s = snapshotFromGrid("Customers", grid, 1, 0) as ListSnapshot;
    expect(analyzeList(s, cols).leftOut).toContainEqual({ row: 6, reason: "total" });
    const back = withRowOverride(s, { include: [6], exclude: [] }).snapshot;
    expect(analyzeList(back, cols).leftOut).not.toContainEqual({ row: 6, reason: "total" });
    expect(planCustomers(back, { customer: 0, sales: 2 }).customers.map((c) => c.id)).toContain(3);
  });

  it("refuses the header row and rows outside the list, changing nothing", () => {
    const s = read();
    const r = withRowOverride(s, { include: [2, 30], exclude: [1] });
    expect(r.snapshot).toBe(s);
    expect(rowProblemLines(r.problems, s, "en")).toEqual([
      "row 2 is the list's header row, not a row of customers",
      "rows 1, 30 are not in the list (its rows are 3-9)",
    ]);
    expect(rowProblemLines(r.problems, s, "zh")[0]).toBe("第 2 行是清单的标题行，不是客户行");
  });
});

describe("the correction remembered per sheet", () => {
  it("restores the rows that still hold what they held", () => {
    const s = read();
    const op = rowOverrideSetting(s, { include: [8], exclude: [9] });
    expect(op.key).toBe(rowsSettingsKey("Customers"));
    expect(savedRowOverride(op.value, s)).toEqual({ include: [8], exclude: [9] });
  });

  it("still fits after a run added its Tier column at the right", () => {
    const s = read();
    const saved = rowOverrideSetting(s, { include: [8], exclude: [9] }).value;
    const grid = GRID.map((r, i) => (i === 0 ? r : [...r, i === 1 ? "Tier" : "A"]));
    const tiered = snapshotFromGrid("Customers", grid, 1, 0) as ListSnapshot;
    expect(tiered.header).toHaveLength(4);
    expect(savedRowOverride(saved, tiered)).toEqual({ include: [8], exclude: [9] });
  });

  it("drops a row that moved (a row inserted above) and a list elsewhere", () => {
    const s = read();
    const saved = rowOverrideSetting(s, { include: [8], exclude: [9] }).value;
    const grid = [...GRID.slice(0, 3), ["Eve", "Li", 10], ...GRID.slice(3)];
    const moved = snapshotFromGrid("Customers", grid, 1, 0) as ListSnapshot;
    expect(savedRowOverride(saved, moved)).toEqual({ include: [], exclude: [] });
    expect(savedRowOverride(saved, { ...s, col: 2 })).toEqual({ include: [], exclude: [] });
    expect(savedRowOverride({ version: 2 }, s)).toEqual({ include: [], exclude: [] });
    expect(savedRowOverride("junk", s)).toEqual({ include: [], exclude: [] });
  });

  it("an empty correction removes the setting", () => {
    expect(rowOverrideSetting(read(), { include: [], exclude: [] }).value).toBeUndefined();
  });
});
