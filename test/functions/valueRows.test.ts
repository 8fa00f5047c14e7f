/**
 * CRM.CCV / CPV / VALUECLASS / TREND / MIGRATION as Excel calls them (2-D arrays, null blanks,
 * undefined omitted arguments), through the exported functions of functions.ts.
 */
import { ccv, cpv, migration, trend, valueclass } from "../../src/functions/functions";

type Err = { code: string; message: string };
const col = (out: unknown[][]) => out.map((r) => r[0]);
const err = (c: unknown): Err => c as Err;
const expectArgError = (out: unknown[][], message: RegExp) => {
  expect(out).toHaveLength(1);
  expect(err(out[0][0]).code).toBe("#VALUE!");
  expect(err(out[0][0]).message).toMatch(message);
};

describe("CRM.CCV", () => {
  test("defaults 5 periods at 10%; blanks blank; text a #VALUE! in its row", () => {
    const out = col(ccv([[100], [null], ["abc"], ["1,000"]]));
    expect(out[0]).toBeCloseTo(379.0787, 3); // 100 x 3.790787
    expect(out[1]).toBe("");
    expect(err(out[2]).code).toBe("#VALUE!");
    expect(err(out[2]).message).toMatch(/Profit must be a number, got text "abc"/);
    expect(out[3]).toBeCloseTo(3790.787, 2);
  });

  test("periods and discount rate: 100/1.1 + 100/1.21 = 173.55", () => {
    expect(col(ccv([[100]], 2, 0.1))[0]).toBeCloseTo(173.5537, 3);
  });

  test("invalid arguments give #VALUE! with the reason", () => {
    expectArgError(ccv([[1]], 0), /Periods 0 must be a whole number >= 1/);
    expectArgError(ccv([[1]], 5, -2), /greater than -1/);
    expectArgError(ccv([[1, 2]]), /single column/);
    expectArgError(ccv([[1]], "x" as unknown as number), /Periods must be a number/);
  });
});

describe("CRM.CPV", () => {
  test("(150 - 100) x 1.735537 - 20 = 66.78; investment per customer; blank rows blank", () => {
    const out = col(
      cpv([[150], [150], [null]], [[100], [100], [100]], 2, 0.1, [[20], [null], [5]])
    );
    expect(out[0]).toBeCloseTo(66.7769, 3);
    expect(out[1]).toBeCloseTo(86.7769, 3); // a blank investment is 0
    expect(out[2]).toBe("");
  });

  test("one investment for everyone; potential = profit gives -investment", () => {
    expect(col(cpv([[80], [5]], [[80], [5]], undefined, undefined, [[300]]))).toEqual([-300, -300]);
  });

  test("text in either column is that row's #VALUE! (even when the other is blank)", () => {
    const out = col(cpv([["n/a"], [null]], [[1], ["x"]]));
    expect(err(out[0]).message).toMatch(/Potential profit/);
    expect(err(out[1]).message).toMatch(/Profit must be a number/);
  });

  test("shape problems give #VALUE! with the reason", () => {
    expectArgError(cpv([[1], [2]], [[1]]), /Profit has 1 rows but Potential profit has 2/);
    expectArgError(
      cpv([[1], [2]], [[1], [2]], 5, 0.1, [[1], [2], [3]]),
      /Investment must be one value or one column/
    );
  });
});

describe("CRM.VALUECLASS", () => {
  const values = [[100], [80], [60], [-10], [30], [null], ["abc"]];
  test("hand example: the four classes, blanks blank, text #VALUE!", () => {
    const out = col(
      valueclass(
        values,
        [[null], [90], [null], [null], [10], [null], [null]],
        [[null], [null], [70], [null], [null], [null], [null]],
        0.2
      )
    );
    expect(out.slice(0, 6)).toEqual([
      "Most valuable",
      "Negative",
      "Secondary",
      "Negative",
      "Ordinary",
      "",
    ]);
    expect(err(out[6]).code).toBe("#VALUE!");
  });

  test("labels in another language; default top share 5% of 5 customers is the largest only", () => {
    const out = col(
      valueclass(values.slice(0, 5), undefined, undefined, undefined, [
        ["核心", "潜力", "普通", "负值"],
      ])
    );
    expect(out).toEqual(["核心", "普通", "普通", "负值", "普通"]);
  });

  test("invalid arguments give #VALUE! with the reason", () => {
    expectArgError(valueclass([[1]], undefined, undefined, 0), /top share/);
    expectArgError(valueclass([[1]], undefined, undefined, undefined, [["a", "b"]]), /four texts/);
    expectArgError(valueclass([[1], [2]], [[1]]), /Cost to serve has 1 rows/);
  });
});

describe("CRM.TREND", () => {
  test("window 3 by default; -0.5 is down 50%; too short or no earlier sales: blank", () => {
    const out = col(
      trend([
        [10, 10, 10, 5, 5, 5],
        [0, 0, 0, 1, 1, 1],
        [null, null, null, null, null, null],
        [2, null, 2, 2, 2, 2],
        [1, 1, 1, "x", 1, 1],
      ])
    );
    expect(out[0]).toBe(-0.5);
    expect(out[1]).toBe("");
    expect(out[2]).toBe("");
    expect(out[3]).toBeCloseTo(6 / 4 - 1, 12); // the blank period counts as no sales
    expect(err(out[4]).message).toMatch(/Sales \(period 4\) must be a number/);
    expect(col(trend([[1, 2, 3, 4, 5]]))).toEqual([""]);
  });

  test("window 1 compares the last two periods; a bad window is #VALUE!", () => {
    expect(col(trend([[5, 4, 8]], 1))).toEqual([1]);
    expectArgError(trend([[1, 2]], 0), /Window must be a whole number/);
  });
});

describe("CRM.MIGRATION", () => {
  test("spills the matrix with a header row and column, (new) and (gone)", () => {
    const out = migration(
      [["A"], ["B"], [null], ["C"], ["A"], [null]],
      [["A"], ["A"], ["B"], [""], ["B"], [null]]
    );
    expect(out).toEqual([
      ["", "A", "B", "(gone)"],
      ["A", 1, 1, 0],
      ["B", 1, 0, 0],
      ["C", 0, 0, 1],
      ["(new)", 0, 1, 0],
    ]);
  });

  test("labels other than A, B, C keep their first appearance; an error cell is no tier", () => {
    const e = new CustomFunctions.Error("#VALUE!" as CustomFunctions.ErrorCode, "text sales");
    const out = migration([["Key"], ["Small"]], [["Small"], [e]]);
    expect(out).toEqual([
      ["", "Small", "(gone)"],
      ["Key", 1, 0],
      ["Small", 0, 1],
      ["(new)", 0, 0],
    ]);
  });

  test("columns of different lengths give #VALUE! with the reason", () => {
    expectArgError(migration([["A"]], [["A"], ["B"]]), /Tiers has 2 rows but Previous tiers has 1/);
  });
});
