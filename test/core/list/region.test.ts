import { cellKind, currentRegion, detectHeaderRow, locateList } from "../../../src/core/list/region";

describe("currentRegion", () => {
  // Grid (rows 0-5, cols 0-4):
  //   . . . . .
  //   . a b . .
  //   . c . . .
  //   . . d . x      <- d touches c diagonally: same region; x is separated by an empty column
  //   . . . . .
  const g = [[], [null, "a", "b"], [null, "c"], [null, null, "d", null, "x"]];
  it("grows through diagonal neighbours, like Excel", () => {
    expect(currentRegion(g, 1, 1)).toEqual({ row: 1, col: 1, rows: 3, cols: 2 });
    expect(currentRegion(g, 3, 2)).toEqual({ row: 1, col: 1, rows: 3, cols: 2 });
  });
  it("starts from an empty cell next to data", () => {
    expect(currentRegion(g, 0, 0)).toEqual({ row: 0, col: 0, rows: 4, cols: 3 });
  });
  it("keeps separate blocks apart and returns null for an isolated empty cell", () => {
    expect(currentRegion(g, 3, 4)).toEqual({ row: 3, col: 4, rows: 1, cols: 1 });
    expect(currentRegion(g, 5, 0)).toBeNull();
    expect(currentRegion([], 0, 0)).toBeNull();
  });
  it("treats whitespace-only text as empty", () => {
    expect(currentRegion([["a", "  ", "b"]], 0, 0)).toEqual({ row: 0, col: 0, rows: 1, cols: 1 });
  });
  it("finds a 100,000-row list", () => {
    const big: unknown[][] = [["Customer", "Sales"]];
    for (let i = 0; i < 100000; i++) big.push([`c${i}`, i]);
    expect(currentRegion(big, 50000, 1)).toEqual({ row: 0, col: 0, rows: 100001, cols: 2 });
  });
});

describe("header detection", () => {
  it("finds English and Chinese header rows", () => {
    expect(detectHeaderRow([["Customer", "Sales"], ["Ann", 10], ["Bob", 20]])).toBe(0);
    expect(detectHeaderRow([["客户名称", "渠道", "销售额"], ["甲店", "KA", "1,200"]])).toBe(0);
  });
  it("skips a title row above the header", () => {
    expect(detectHeaderRow([["March report", null, null], ["Customer", "Channel", "Sales"], ["Ann", "KA", 10]])).toBe(1);
  });
  it("says -1 for a headerless list", () => {
    expect(detectHeaderRow([["Ann", "KA", 10], ["Bob", "KA", 20]])).toBe(-1);
  });
  it("takes an all-text first row as header when nothing is numeric", () => {
    expect(detectHeaderRow([["Customer", "Rep"], ["Ann", "Li"]])).toBe(0);
  });
  it("classifies cells", () => {
    expect(cellKind(" 1,234.5 ")).toBe("number");
    expect(cellKind("A")).toBe("text");
    expect(cellKind(new Date(2024, 0, 1))).toBe("date");
    expect(cellKind("")).toBe("empty");
    expect(cellKind(true)).toBe("bool");
  });
  it("locates a list under a title separated by a blank row", () => {
    const g = [["Title"], [], ["Customer", "Sales"], ["a", 1], ["b", 2]];
    expect(locateList(g, 3, 1)).toMatchObject({ headerRow: 2, firstDataRow: 3, dataRows: 2, col: 0, cols: 2 });
    expect(locateList([["a", 1], ["b", 2]], 0, 0)).toMatchObject({ headerRow: null, firstDataRow: 0, dataRows: 2 });
  });
});
