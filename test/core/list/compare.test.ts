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
    const c = compareByName(
      ["x", "Y ", "z", "w"],
      ["A", "C", "B", null],
      ["y", "q", "x", "Y"],
      Int32Array.of(0, 2, 0, 1),
      L
    );
    // y: C -> A up (row 0); q: new (row 1); x: A -> A same (row 2); second "Y" skipped;
    // z had B and is missing now: gone (previous row 2); w had no tier: not counted.
    expect(c.counts).toEqual({ up: 1, down: 0, same: 1, new: 1, gone: 1, unknown: 0 });
    expect(c.rows.gone).toEqual([2]);
    expect(c.rows.new).toEqual([1]);
  });
});

describe("error values as the previous tier", () => {
  // A live =CRM.TIER column shows "#VALUE!" where the sales cell was text: that row had no tier.
  const cfError = Object.assign(new Error("bad sales"), { code: "#VALUE!" });
  const errors: unknown[] = [
    "#VALUE!",
    "#N/A",
    " #SPILL!",
    cfError,
    { code: "#N/A", message: "x" },
  ];

  it("reads an error value as no previous tier", () => {
    for (const e of errors) expect(previousRank(e, L)).toBeNull();
    // Text that merely contains "#" later is still a label (unknown, not blank).
    expect(previousRank("A#1", L)).toBeNaN();
  });

  it("by row: an error before and untiered now is not counted; tiered now is new", () => {
    // row 0: #VALUE! -> untiered: not counted (was "gone" before the rule);
    // row 1: #N/A -> B: new; row 2: error object -> untiered: not counted; row 3: A -> A same.
    const c = compareByRow(["#VALUE!", "#N/A", cfError, "A"], Int32Array.of(-1, 1, -1, 0), L);
    expect(c.counts).toEqual({ up: 0, down: 0, same: 1, new: 1, gone: 0, unknown: 0 });
    expect(c.rows.new).toEqual([1]);
  });

  it("by name: a customer missing now whose previous tier was an error is not gone", () => {
    // x had #VALUE! and is missing now: not counted; y had B and is missing: gone (row 1).
    const c = compareByName(["x", "y", "z"], ["#VALUE!", "B", "A"], ["z"], Int32Array.of(0), L);
    expect(c.counts).toEqual({ up: 0, down: 0, same: 1, new: 0, gone: 1, unknown: 0 });
    expect(c.rows.gone).toEqual([1]);
  });
});
