import { classifyRows, findSumRows, isTotalLabel, listEnd } from "../../../src/core/list/extent";
import { locateList } from "../../../src/core/list/region";

const at = (g: unknown[][]) => (r: number, c: number) => g[r]?.[c] ?? null;

describe("a list continues across blank rows while no new header starts (issue 11.1)", () => {
  const header = ["Customer", "Rep", "Sales"];
  const grid: unknown[][] = [
    header,
    ["Ann", "Li", 10],
    ["Bob", "Li", 20],
    [],
    ["Cat", "Wu", 30],
    [null, null, null],
    [],
    ["Dan", "Wu", 40],
  ];
  it("reads past two gaps to the last customer", () => {
    expect(listEnd(at(grid), 0, 3, 2, grid.length - 1, header)).toEqual({ lastRow: 7 });
    expect(locateList(grid, 1, 0)).toMatchObject({ headerRow: 0, firstDataRow: 1, dataRows: 7 });
  });
  it("stops at a second list with its own header, and says where it starts", () => {
    const two = [...grid, [], ["Store", "Area", "Revenue"], ["X", "N", 5], ["Y", "S", 6]];
    const loc = locateList(two, 1, 0);
    expect(loc).toMatchObject({ dataRows: 7, nextListRow: 9 });
    // Selecting the second list reads it alone.
    expect(locateList(two, 10, 0)).toMatchObject({ headerRow: 9, firstDataRow: 10, dataRows: 2 });
  });
  it("ends a list at a new header even with no blank row between", () => {
    const g = [header, ["Ann", "Li", 10], ["Store", "Area", "Revenue"], ["X", "N", 5]];
    expect(locateList(g, 0, 0)).toMatchObject({ dataRows: 1, nextListRow: 2 });
  });
  it("crosses a header repeated on every printed page (left out later)", () => {
    const g = [header, ["Ann", "Li", 10], [], header, ["Bob", "Wu", 20]];
    expect(locateList(g, 0, 0)).toMatchObject({ dataRows: 4 });
    expect(locateList(g, 0, 0)!.nextListRow).toBeUndefined();
  });
  it("stops at a note or a one-cell title under a gap", () => {
    const g = [header, ["Ann", "Li", 10], [], ["注：金额单位为元"], ["Bob", "Wu", 20]];
    expect(locateList(g, 0, 0)).toMatchObject({ dataRows: 1 });
  });
  it("does not take a customer row with text sales (N/A) for a new header", () => {
    const g = [header, ["Ann", "Li", 10], ["Bob", "Wu", "N/A"], ["Cat", "Wu", 5]];
    expect(locateList(g, 0, 0)).toMatchObject({ dataRows: 3 });
    expect(locateList(g, 0, 0)!.nextListRow).toBeUndefined();
  });
  it("merges a two-row header (a merged group header over sub-headers)", () => {
    const g = [
      ["客户信息", null, "销售情况", null],
      ["客户名称", "渠道", "本月", "上月"],
      ["甲店", "KA", 100, 90],
      ["乙店", "小店", 50, 40],
    ];
    const loc = locateList(g, 2, 0)!;
    expect(loc).toMatchObject({ headerRow: 1, firstDataRow: 2, dataRows: 2 });
    expect(loc.header).toEqual([
      "客户信息 客户名称",
      "客户信息 渠道",
      "销售情况 本月",
      "销售情况 上月",
    ]);
  });
});

describe("rows that are not customers (issue 11.2)", () => {
  it.each([
    "合计",
    "总计",
    "小计",
    "华东 小计",
    "华东区小计",
    "小计（华东）",
    "本月合计",
    "合计：",
    "Total",
    "TOTAL:",
    "Grand total",
    "East subtotal",
    "Sub-total",
    "Totals",
    "合 计",
    "ＴＯＴＡＬ：",
    "sub total",
    "Sum",
    "SUM:",
  ])("%s labels a total row", (t) => expect(isTotalLabel(t)).toBe(true));
  it.each([
    "Total Petroleum Ltd",
    "合计商行有限公司分店",
    "Ann",
    "",
    "Totally Fresh Market Group Co",
  ])("%s does not", (t) => expect(isTotalLabel(t)).toBe(false));
  it("names blank, total, repeated header and note rows", () => {
    const header = ["客户", "片区", "销售额"];
    const rows = [
      ["甲", "东", 10],
      [null, null, null],
      ["华东 小计", null, 10],
      ["客户", "片区", "销售额"],
      ["乙", "西", 5],
      [null, null, 15], // a =SUM row whose label cell is blank: by formula
      ["合计", null, 15],
      ["注：数据来自 ERP", null, null],
    ];
    const formulas = rows.map((_, i) =>
      i === 5 ? [null, null, "=SUM(C2:C6)"] : [null, null, null]
    );
    expect(classifyRows(header, rows, { formulas })).toEqual([
      { index: 1, reason: "blank" },
      { index: 2, reason: "total" },
      { index: 3, reason: "header" },
      { index: 5, reason: "total" },
      { index: 6, reason: "total" },
      { index: 7, reason: "note" },
    ]);
  });
  it("leaves out an Excel table's totals row", () => {
    expect(
      classifyRows(
        ["A", "B"],
        [
          ["x", 1],
          ["y", 2],
          [null, 3],
        ],
        { totalsRow: true }
      )
    ).toEqual([{ index: 2, reason: "total" }]);
  });
  it("finds a sum row by value only when it has no customer name", () => {
    const v = Float64Array.of(10, 20, 30, 5, 35, 65);
    const names = ["a", "b", null, "c", null, null];
    // Row 2 (30) sums rows 0-1: a subtotal. Row 4 (35) is the sum of all customer rows
    // (10 + 20 + 5): the grand total. Row 5 (65) sums nothing: kept (it is reported as data).
    expect(findSumRows(v, names, new Uint8Array(6))).toEqual([2, 4]);
    expect(findSumRows(Float64Array.of(1, 2, 3), ["a", "b", "c"], new Uint8Array(3))).toEqual([]);
    expect(findSumRows(Float64Array.of(1, 2, 3), undefined, new Uint8Array(3))).toEqual([]);
  });
});
