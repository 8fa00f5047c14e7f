import { snapshotFromGrid } from "../../src/host/listSnapshot";
import { isListProblem, type ListSnapshot } from "../../src/host/types";

describe("snapshotFromGrid", () => {
  const grid = [
    ["Customer report"],
    [],
    [null, "客户名称", "销售额", null, "x"],
    [null, "甲", 10, "note"],
    [null, "乙", { formula: "=1+1" }],
  ];
  it("reads the region around the selection, header detected, formulas kept", () => {
    const s = snapshotFromGrid("S", grid, 3, 1) as ListSnapshot;
    // The region is B3:D5 (the "note" in D4 and the "x" in E3 touch it) .
    expect(s.row).toBe(2);
    expect(s.col).toBe(1);
    expect(s.header).toEqual(["客户名称", "销售额", "", "x"]);
    expect(s.rows).toEqual([["甲", 10, "note", null], ["乙", null, null, null]]);
    expect(s.formulas![1][1]).toBe("=1+1");
    expect(s.rightColumn).toEqual([null, null, null]);
    expect(s.headerless).toBeUndefined();
  });
  it("reads a table under the selection", () => {
    const s = snapshotFromGrid("S", [["C", "S", "Tier"], ["a", 1, "A"]], 1, 0, { tables: [{ name: "T1", row: 0, col: 0, rows: 2, cols: 2 }] }) as ListSnapshot;
    expect(s.tableName).toBe("T1");
    expect(s.header).toEqual(["C", "S"]);
    expect(s.rightColumn).toEqual(["Tier", "A"]);
  });
  it("marks headerless lists", () => {
    const s = snapshotFromGrid("S", [["a", 1], ["b", 2]], 0, 0) as ListSnapshot;
    expect(s.headerless).toBe(true);
    expect(s.rows.length).toBe(2);
    expect(s.rightColumn.length).toBe(2);
  });
  it("reports problems", () => {
    const empty = snapshotFromGrid("S", [], 0, 0);
    expect(isListProblem(empty) && empty.problem).toBe("emptySelection");
    const headerOnly = snapshotFromGrid("S", [["Customer", "Sales"]], 0, 0);
    expect(isListProblem(headerOnly) && headerOnly.problem).toBe("noData");
    const big = snapshotFromGrid("S", [["a", 1], ["b", 2]], 0, 0, { maxCells: 3 });
    expect(isListProblem(big) && big.problem).toBe("tooLarge");
  });
});
