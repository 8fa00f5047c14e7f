/**
 * CRM.TIER and CRM.PARETO as Excel calls them: 2-D arrays, null/"" blanks, omitted optional
 * arguments as undefined/null. Called through guard + Impl exactly as functions.ts does.
 * Expected labels are derived by hand in the comments (PRODUCT 2.1-2.2).
 */
import { guard, type OutCell } from "../../src/functions/args";
import * as cf from "../../src/functions/functions";
import { paretoImpl, tierImpl } from "../../src/functions/tier";

const tier = (...a: unknown[]): OutCell[][] => guard(() => tierImpl(a[0], a[1], a[2], a[3], a[4]));
const pareto = (...a: unknown[]): OutCell[][] => guard(() => paretoImpl(a[0], a[1]));
const err = (c: OutCell): CustomFunctions.Error => {
  expect(typeof c).toBe("object");
  return c as CustomFunctions.Error;
};
/** A 1 x 1 error result with that code, whose message matches. */
function expectArgError(r: OutCell[][], code: string, message: RegExp): void {
  expect(r.length).toBe(1);
  expect(r[0].length).toBe(1);
  expect(err(r[0][0]).code).toBe(code);
  expect(err(r[0][0]).message).toMatch(message);
}

describe("CRM.TIER", () => {
  test("a column, defaults: 1..10 gives A for 10, 9; B for 8..5; C for 4..1", () => {
    const col = [[3], [10], [1], [8], [5], [9], [2], [7], [4], [6]];
    expect(tier(col)).toEqual([
      ["C"],
      ["A"],
      ["C"],
      ["B"],
      ["B"],
      ["A"],
      ["C"],
      ["B"],
      ["C"],
      ["B"],
    ]);
  });
  test("blanks stay blank and are not counted; text gets #VALUE! naming the row; numeric text counts", () => {
    // customers: 500, 300, 1200 (text "1,200"), 100, 50 -> n = 5.
    // 1200 A (0/5); 500: 1/5 = 0.2 -> B; 300: 0.4 B; 100: 0.6 -> C; 50 C.
    const r = tier([[500], [null], [300], ["abc"], ["1,200"], [""], [100], [true], [50]]);
    expect(r.map((row) => (typeof row[0] === "object" ? "#ERR" : row[0]))).toEqual([
      "B",
      "",
      "B",
      "#ERR",
      "A",
      "",
      "C",
      "#ERR",
      "C",
    ]);
    expect(err(r[3][0]).code).toBe("#VALUE!");
    expect(err(r[3][0]).message).toBe('Row 4: expected a number (sales), got text "abc".');
    expect(err(r[7][0]).message).toBe("Row 8: expected a number (sales), got TRUE.");
  });
  test("error cells from the sheet pass through", () => {
    const div0 = new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);
    const r = tier([[5], [div0], [1]]);
    // n = 2: 5 A; 1: 1/2 = 0.5 -> B.
    expect(r[0][0]).toBe("A");
    expect(r[1][0]).toBe(div0);
    expect(r[2][0]).toBe("B");
  });
  test("a horizontal range gives a row; a block gives a block (row-major, all cells ranked together)", () => {
    // 5 values: 50 A, 40 B (0.2), 30 B (0.4), 20 C (0.6), 10 C.
    expect(tier([[10, 50, 30, 20, 40]])).toEqual([["C", "A", "B", "C", "B"]]);
    // block of 6: 60 A (0); 50: 1/6 = 0.167 A; 40: 2/6 B; 30: 0.5 B; 20: 4/6 C; 10 C.
    expect(
      tier([
        [10, 60],
        [50, 20],
        [30, 40],
      ])
    ).toEqual([
      ["C", "A"],
      ["A", "C"],
      ["B", "B"],
    ]);
    const r = tier([
      [1, "x"],
      [2, 3],
    ]);
    expect(err(r[0][1]).message).toBe('Row 1, column 2: expected a number (sales), got text "x".');
    expect(err(tier([["x", 1]])[0][0]).message).toMatch(/^Column 1: /);
  });
  test("ties at the cut, all equal, a single customer, zero and negative sales", () => {
    // 10, 9, 9: 0 and 1/10 above -> A A A; 8: 0.3 B ... 5: 0.6 -> C.
    expect(tier([[10], [9], [9], [8], [7], [6], [5], [4], [3], [2]]).flat()).toEqual([
      "A",
      "A",
      "A",
      "B",
      "B",
      "B",
      "C",
      "C",
      "C",
      "C",
    ]);
    expect(tier([[7], [7], [7]]).flat()).toEqual(["A", "A", "A"]);
    expect(tier([[42]])).toEqual([["A"]]);
    expect(tier(42)).toEqual([["A"]]);
    // -5, 0, 10, 3, 0: 10 A; 3: 0.2 B; 0s: 0.4 B; -5: 0.8 C.
    expect(tier([[-5], [0], [10], [3], [0]]).flat()).toEqual(["C", "B", "A", "B", "B"]);
  });
  test("four tiers with cuts as a row, a column or an array constant; labels default A..D", () => {
    // 1..20 with 0.1/0.3/0.6: A 20, 19; B 18..15; C 14..9; D 8..1.
    const col = Array.from({ length: 20 }, (_, i) => [20 - i]);
    const want = [
      ...Array(2).fill("A"),
      ...Array(4).fill("B"),
      ...Array(6).fill("C"),
      ...Array(8).fill("D"),
    ];
    expect(tier(col, "rank", [[0.1, 0.3, 0.6]], [["A", "B", "C", "D"]]).flat()).toEqual(want);
    expect(tier(col, undefined, [[0.1], [0.3], [0.6]]).flat()).toEqual(want);
    expect(tier(col, null, [[0.1, 0.3, 0.6, null]], [["A"], ["B"], ["C"], ["D"]]).flat()).toEqual(
      want
    );
    expect(
      tier(col, "rank", [["0.1", "0.3", "0.6"]], [["Key", "Big", "Mid", "Small"]]).flat()[0]
    ).toBe("Key");
  });
  test("pareto method, case-insensitive, with zero and negative values", () => {
    // total positive 100: 50 A (0), 30 A (0.5), 10s B (0.8), 0 and -5 C.
    expect(tier([[10], [50], [0], [30], [-5], [10]], "Pareto").flat()).toEqual([
      "B",
      "A",
      "C",
      "A",
      "C",
      "B",
    ]);
    // no positive value: all last tier.
    expect(tier([[0], [-1]], "pareto").flat()).toEqual(["C", "C"]);
  });
  test("groups: tiers within each group; text keys trimmed and case-insensitive; blank keys one group", () => {
    // North = {10, 20, 30}: 30 A, 20 B (1/3), 10 C (2/3); South = {1, 2}: 2 A, 1 B (1/2).
    const values = [[10], [1], [20], [2], [30]];
    const groups = [["North"], ["South"], ["north "], ["SOUTH"], ["North"]];
    expect(tier(values, undefined, undefined, undefined, groups).flat()).toEqual([
      "C",
      "B",
      "B",
      "A",
      "A",
    ]);
    // the number 7 and the text "7" are one group; blank keys form one group of their own.
    expect(tier([[1], [2], [3], [4]], null, null, null, [[7], ["7"], [null], [""]]).flat()).toEqual(
      ["B", "A", "B", "A"]
    );
  });
  test("an error in groups makes that cell the error", () => {
    const na = new CustomFunctions.Error("#N/A" as CustomFunctions.ErrorCode);
    const r = tier([[1], [2], [3]], null, null, null, [["a"], [na], ["a"]]);
    expect(r[0][0]).toBe("B");
    expect(r[1][0]).toBe(na);
    expect(r[2][0]).toBe("A");
  });
  test("bad arguments give a 1 x 1 error that says what is wrong", () => {
    const col = [[1], [2], [3]];
    expectArgError(tier(col, "abc"), "#VALUE!", /method must be "rank" or "pareto", got "abc"/);
    expectArgError(tier(col, "rank", [[0.6, 0.2]]), "#VALUE!", /strictly increasing/);
    expectArgError(tier(col, "rank", [[0, 0.5]]), "#VALUE!", /between 0 and 1/);
    expectArgError(tier(col, "rank", [[0.5, 1.5]]), "#VALUE!", /item 2 is 1.5/);
    expectArgError(
      tier(col, "rank", [["x", 0.5]]),
      "#VALUE!",
      /cuts item 1 must be a number, got text "x"/
    );
    expectArgError(
      tier(col, "rank", undefined, [["A", "B"]]),
      "#VALUE!",
      /2 cuts need 3 labels, got 2/
    );
    expectArgError(
      tier(col, "rank", [[0.5]], [["A", "B", "C"]]),
      "#VALUE!",
      /1 cut needs 2 labels, got 3/
    );
    expectArgError(tier(col, "rank", undefined, [["A", "a ", "A"]]), "#VALUE!", /distinct/);
    expectArgError(
      tier(col, "rank", [
        [0.2, 0.6],
        [0.1, 0.3],
      ]),
      "#VALUE!",
      /single row or column/
    );
    expectArgError(
      tier(col, null, null, null, [["a"], ["b"]]),
      "#VALUE!",
      /same shape as values \(3 x 1\), got 2 x 1/
    );
    expectArgError(tier(undefined), "#VALUE!", /values is required/);
  });
  test("a million-row column comes back in the same shape with the right counts", () => {
    const n = 1_048_576;
    const col = Array.from({ length: n }, (_, i) => [i]);
    const r = tier(col);
    expect(r.length).toBe(n);
    const count: Record<string, number> = {};
    for (const row of r) count[row[0] as string] = (count[row[0] as string] ?? 0) + 1;
    // distinct values: A = ceil(0.2 n) = 209716 (n = 1048576 = 5 * 209715 + 1), A + B = ceil(0.6 n) = 629146.
    expect(count).toEqual({ A: 209716, B: 629146 - 209716, C: n - 629146 });
  });
});

describe("CRM.PARETO", () => {
  test("worked examples", () => {
    // top 20% of 5 = the one customer with nobody above: 50 of 100.
    expect(pareto([[50], [30], [10], [10], [0]])).toEqual([[0.5]]);
    // top 40%: 0 or 1 above -> 50 + 30 = 80 of 100.
    expect(pareto([[50], [30], [10], [10], [0]], 0.4)).toEqual([[0.8]]);
    expect(pareto([[50], [30], [10], [10], [0]], [[0.4]])).toEqual([[0.8]]);
    // ties at the boundary count: three 10s of 31.
    expect(pareto([[10, 10, 1, 10]], 0.25)).toEqual([[30 / 31]]);
    // negatives are customers but add nothing: n = 5, top = 10 of 25.
    expect(pareto([[10], [-100], [5], [5], [5]])).toEqual([[0.4]]);
  });
  test("blanks, text and booleans are skipped like SUM; numeric text counts; errors propagate", () => {
    // customers 3 and 1 ("1"): top 50% = 3 of 4.
    expect(pareto([[null], [3], ["Sales"], ["1"], [true], [""]], 0.5)).toEqual([[0.75]]);
    const div0 = new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);
    expect(pareto([[1], [div0]])[0][0]).toBe(div0);
    // #REF! is an input-only code for custom functions: it comes back as a #VALUE! naming it.
    const ref = new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode);
    expect(err(pareto([[1], [ref]])[0][0])).toMatchObject({
      code: "#VALUE!",
      message: "The cell holds #REF!.",
    });
  });
  test("no positive value is #N/A with the reason; a bad topShare is an argument error", () => {
    expect(err(pareto([[0], [-1]])[0][0]).code).toBe("#N/A");
    expect(err(pareto([[0], [-1]])[0][0]).message).toMatch(/No positive values/);
    expect(err(pareto([[null]])[0][0]).code).toBe("#N/A");
    expectArgError(pareto([[1]], 0), "#VALUE!", /topShare must be between 0 and 1/);
    expectArgError(pareto([[1]], 1.5), "#VALUE!", /got 1.5/);
    expectArgError(pareto([[1]], "abc"), "#VALUE!", /topShare must be a number/);
  });
});

describe("through functions.ts (the exported custom functions)", () => {
  test("tier and pareto are exported under their lower-case names and never throw", () => {
    expect(cf.tier([[1], [2], [3], [4], [5]])).toEqual([["C"], ["C"], ["B"], ["B"], ["A"]]);
    expect(cf.pareto([[3], [1]], 0.5)).toEqual([[0.75]]);
    expect(err(cf.tier([[1]], "bogus")[0][0]).code).toBe("#VALUE!");
  });
});
