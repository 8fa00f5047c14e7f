import { compareByName, compareByRow, previousRank } from "../../../src/core/list/compare";

const L = ["A", "B", "C"];

describe("previousRank", () => {
  it("reads labels loosely and places unknown letters after the last tier", () => {
    expect(previousRank("A", L)).toBe(0);
    expect(previousRank(" b类 ", L)).toBe(1);
    expect(previousRank("C级", L)).toBe(2);
    expect(previousRank("D", L)).toBe(3);
    expect(previousRank("", L)).toBeNull();
    expect(previousRank("Gold", L)).toBeNaN();
    expect(previousRank("D", ["Gold", "Silver"])).toBeNaN();
  });
});

describe("compareByRow", () => {
  it("counts moves by hand", () => {
    // row: prev -> now
    // 0: A -> B down; 1: C -> A up; 2: blank -> C new; 3: B -> untiered gone; 4: B -> B same;
    // 5: D -> C up (D ranks below C); 6: "Gold" -> A unknown; 7: blank -> untiered (not counted)
    const prev = ["A", "C", null, "B", "B", "D", "Gold", ""];
    const cur = Int32Array.of(1, 0, 2, -1, 1, 2, 0, -1);
    const c = compareByRow(prev, cur, L);
    expect(c.counts).toEqual({ up: 2, down: 1, same: 1, new: 1, gone: 1, unknown: 1 });
    expect(c.rows).toEqual({ up: [1, 5], down: [0], same: [4], new: [2], gone: [3], unknown: [6] });
    expect(() => compareByRow(["A"], Int32Array.of(0, 1), L)).toThrow(RangeError);
  });
});

describe("compareByName", () => {
  it("matches customers across lists by name", () => {
    const c = compareByName(["x", "Y ", "z", "w"], ["A", "C", "B", null], ["y", "q", "x", "Y"], Int32Array.of(0, 2, 0, 1), L);
    // y: C -> A up (row 0); q: new (row 1); x: A -> A same (row 2); second "Y" skipped;
    // z had B and is missing now: gone (previous row 2); w had no tier: not counted.
    expect(c.counts).toEqual({ up: 1, down: 0, same: 1, new: 1, gone: 1, unknown: 0 });
    expect(c.rows.gone).toEqual([2]);
    expect(c.rows.new).toEqual([1]);
  });
});
