/**
 * CRM.CLV / SEGMENT / SCORE / VISITS as Excel calls them: 2-D arrays, null for blanks,
 * undefined for omitted arguments. Each call goes through `guard`, exactly as functions.ts does.
 */
import fc from "fast-check";
import { guard, OutCell } from "../../src/functions/args";
import { clvImpl, scoreImpl, segmentImpl, visitsImpl } from "../../src/functions/value";

type Err = { code: string; message: string };
const clv = (m: unknown, r?: unknown, i?: unknown, T?: unknown, ac?: unknown) =>
  guard(() => clvImpl(m, r, i, T, ac));
const segment = (x: unknown, y: unknown, mx?: unknown, xc?: unknown, yc?: unknown, labels?: unknown) =>
  guard(() => segmentImpl(x, y, mx, xc, yc, labels));
const score = (ind: unknown, w?: unknown, d?: unknown) => guard(() => scoreImpl(ind, w, d));
const visits = (t: unknown, p?: unknown) => guard(() => visitsImpl(t, p));
const col = (out: OutCell[][]) => out.map((r) => r[0]);
const err = (c: OutCell): Err => c as unknown as Err;
const expectError = (out: OutCell[][], code: string, message?: RegExp) => {
  expect(out).toHaveLength(1);
  expect(err(out[0][0]).code).toBe(code);
  if (message) expect(err(out[0][0]).message).toMatch(message);
};

describe("CRM.CLV", () => {
  test("one column of margins, scalar retention, infinite horizon (textbook multiples at 10%)", () => {
    // m * r / (1.1 - r): 0.6 -> 1.2, 0.7 -> 1.75, 0.8 -> 2.667, 0.9 -> 4.5 times the margin
    const rates = [0.6, 0.7, 0.8, 0.9];
    const got = rates.map((r) => col(clv([[100]], [[r]], 0.1, 0))[0] as number);
    expect(got[0]).toBeCloseTo(120, 9);
    expect(got[1]).toBeCloseTo(175, 9);
    expect(got[2]).toBeCloseTo(266.667, 3);
    expect(got[3]).toBeCloseTo(450, 9);
  });

  test("defaults: retention 1, discount 10%, horizon 5, no acquisition cost", () => {
    // 100 * (1/1.1 + 1/1.21 + 1/1.331 + 1/1.4641 + 1/1.61051) = 100 * 3.790787 = 379.0787
    expect(col(clv([[100]]))[0]).toBeCloseTo(379.0787, 3);
  });

  test("per-period margin columns (n x T) and a per-period retention row (1 x T)", () => {
    // customer 1: margins 100, 200; rates 0.9, 0.5 -> S = 0.9, 0.45; i = 0: 90 + 90 = 180
    // customer 2: margins 10, 10 -> 9 + 4.5 = 13.5
    expect(
      col(
        clv(
          [
            [100, 200],
            [10, 10],
          ],
          [[0.9, 0.5]],
          0
        )
      )
    ).toEqual([180, 13.5]);
  });

  test("per-customer retention (n x 1) and acquisition cost (n x 1); periods given", () => {
    // 50 * (0.5 + 0.25) - 10 = 27.5 ; 50 * (1 + 1) - 0 = 100
    expect(col(clv([[50], [50]], [[0.5], [1]], 0, 2, [[10], [null]]))).toEqual([27.5, 100]);
  });

  test("retention n x T: both per customer and per period", () => {
    // c1: 10*1 + 10*1*0.5 = 15 ; c2: 10*0.5 + 10*0.5*1 = 10
    expect(
      col(
        clv(
          [[10], [10]],
          [
            [1, 0.5],
            [0.5, 1],
          ],
          0
        )
      )
    ).toEqual([15, 10]);
  });

  test("a single customer, scalar arguments as Excel passes them (numbers or 1x1 arrays)", () => {
    expect(col(clv([[100]], 0.5, [[0]], [[2]], 25))).toEqual([100 * 0.5 + 100 * 0.25 - 25]);
  });

  test("blank margin row -> blank; text -> #VALUE! in that row only; blank inside a row is 0", () => {
    const out = col(
      clv(
        [
          [100, 100],
          [null, ""],
          ["abc", 5],
          [null, 100],
        ],
        1,
        0
      )
    );
    expect(out[0]).toBe(200);
    expect(out[1]).toBe("");
    expect(err(out[2]).code).toBe("#VALUE!");
    expect(err(out[2]).message).toMatch(/Margin \(period 1\) must be a number, got text "abc"/);
    expect(out[3]).toBe(100);
  });

  test("a blank row stays blank even when its retention cell is blank too (the end of a list)", () => {
    expect(col(clv([[100], [null]], [[0.5], [null]], 0, 1))).toEqual([50, ""]);
  });

  test("a customer's own retention out of 0..1 or blank is an error in that row", () => {
    const out = col(clv([[1], [1], [1]], [[0.5], [1.5], [null]], 0, 1));
    expect(out[0]).toBe(0.5);
    expect(err(out[1]).code).toBe("#VALUE!");
    expect(err(out[1]).message).toMatch(/outside 0..1/);
    expect(err(out[2]).code).toBe("#VALUE!");
  });

  test("argument errors: shared retention out of range, discount <= -1, bad periods, shapes", () => {
    expectError(clv([[100]], 1.2), "#VALUE!", /Retention 1.2 is outside 0..1/);
    expectError(clv([[100]], [[0.9, -0.1]]), "#VALUE!", /outside 0..1/);
    expectError(clv([[100]], 0.8, -1), "#VALUE!", /Discount rate/);
    expectError(clv([[100]], 0.8, -1.5), "#VALUE!");
    expectError(clv([[100]], 0.8, 0.1, 1.5), "#VALUE!", /whole number/);
    expectError(clv([[1], [2], [3]], [[0.5], [0.5]]), "#VALUE!", /Retention has 2 rows/);
    expectError(clv([[1], [2]], 0.5, 0.1, 3, [[1], [2], [3]]), "#VALUE!", /Acquisition cost/);
    expectError(clv([[100]], "high"), "#VALUE!", /Retention must be a number/);
    expectError(clv(null), "#VALUE!", /Margin is required/);
  });

  test("infinite horizon needs a constant margin and rate, and r < 1 + i", () => {
    expectError(clv([[1]], [[0.8, 0.9]], 0.1, 0), "#VALUE!", /constant retention/);
    const out = col(
      clv(
        [
          [1, 2],
          [3, 3],
        ],
        0.8,
        0.1,
        0
      )
    );
    expect(err(out[0]).code).toBe("#VALUE!");
    expect(err(out[0]).message).toMatch(/constant margin/);
    expect(out[1]).toBeCloseTo(8, 9); // 3 * 0.8 / 0.3
    expectError(clv([[1]], 1, 0, 0), "#VALUE!", /diverges/);
  });

  test("permuting customer rows permutes the results", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -100, max: 1000 }), fc.integer({ min: 0, max: 100 })), {
          minLength: 1,
          maxLength: 20,
        }),
        (rows) => {
          const a = col(
            clv(
              rows.map((r) => [r[0]]),
              rows.map((r) => [r[1] / 100]),
              0.1,
              4
            )
          );
          const rev = rows.slice().reverse();
          const b = col(
            clv(
              rev.map((r) => [r[0]]),
              rev.map((r) => [r[1] / 100]),
              0.1,
              4
            )
          );
          expect(b).toEqual(a.slice().reverse());
        }
      )
    );
  });
});

describe("CRM.SEGMENT", () => {
  test("value x loyalty with median cuts; ties at the median are high", () => {
    // x median of 10,10,1,1,5 = 5 ; y median of 5,1,5,1,3 = 3; the last customer (5, 3) is on both cuts
    expect(col(segment([[10], [10], [1], [1], [5]], [[5], [1], [5], [1], [3]]))).toEqual([
      "Core",
      "At risk",
      "Grow",
      "Phase out",
      "Core",
    ]);
  });

  test("margin x cost with given cuts; ties at the cut are high", () => {
    expect(col(segment([[9], [9], [1], [5]], [[1], [9], [1], [5]], "Cost", 5, 5))).toEqual([
      "Protect",
      "Costly",
      "Passive",
      "Costly",
    ]);
  });

  test("blank x or y -> blank and not in the medians; text -> #VALUE! in that row", () => {
    // medians over rows with both numbers only: x 1,3 -> 2 ; y 1,3 -> 2
    const out = col(segment([[1], [3], [100], [null], ["n/a"]], [[1], [3], [null], [50], [2]]));
    expect(out.slice(0, 4)).toEqual(["Phase out", "Core", "", ""]);
    expect(err(out[4]).code).toBe("#VALUE!");
    expect(err(out[4]).message).toMatch(/x must be a number/);
  });

  test("labels name the matrix's four segments in the documented order", () => {
    const zh = [["核心", "风险", "成长", "淘汰"]];
    expect(col(segment([[10], [10], [1], [1]], [[5], [1], [5], [1]], "loyalty", 5, 3, zh))).toEqual([
      "核心",
      "风险",
      "成长",
      "淘汰",
    ]);
    const cost = [["P", "C", "Pa", "Ch"]];
    expect(col(segment([[9], [9], [1], [1]], [[1], [9], [1], [9]], "cost", 5, 5, cost))).toEqual([
      "P",
      "C",
      "Pa",
      "Ch",
    ]);
    expectError(segment([[1]], [[1]], "loyalty", 1, 1, [["a", "b"]]), "#VALUE!", /four texts/);
  });

  test("a single customer is Core (it sits on both medians)", () => {
    expect(col(segment([[7]], [[0.2]]))).toEqual(["Core"]);
  });

  test("argument errors", () => {
    expectError(segment([[1], [2]], [[1]]), "#VALUE!", /y has 1 rows but x has 2/);
    expectError(segment([[1, 2]], [[1]]), "#VALUE!", /single column/);
    expectError(segment([[1]], [[1]], "value"), "#VALUE!", /"loyalty".*"cost"/);
  });
});

describe("CRM.SCORE", () => {
  test("worked example with weights and a reversed indicator", () => {
    // sales 100, 300, 200 -> 0, 1, 0.5 ; days overdue (lower better) 0, 30, 60 -> 1, 0.5, 0
    // weights 3:1 -> 0.75, 0.25: 100*(0 + 0.25) = 25 ; 100*(0.75 + 0.125) = 87.5 ; 100*(0.375 + 0) = 37.5
    expect(
      col(
        score(
          [
            [100, 0],
            [300, 30],
            [200, 60],
          ],
          [[3, 1]],
          [[1, -1]]
        )
      )
    ).toEqual([25, 87.5, 37.5]);
  });

  test("constant indicator, blank indicator (worst), blank row, text row", () => {
    // col 1 constant 5 -> 0.5 each (blank -> 0); col 2: 0, 10 -> 0, 1 (blank -> 0)
    const out = col(
      score([
        [5, 0],
        [5, 10],
        [null, 10],
        [null, null],
        [5, "x"],
      ])
    );
    expect(out.slice(0, 4)).toEqual([25, 75, 50, ""]);
    expect(err(out[4]).code).toBe("#VALUE!");
    expect(err(out[4]).message).toMatch(/Indicator 2 must be a number/);
  });

  test("a single customer scores 50", () => {
    expect(col(score([[1, 2, 3]]))).toEqual([50]);
  });

  test("argument errors", () => {
    expectError(score([[1, 2]], [[1, -1]]), "#VALUE!", /negative/);
    expectError(score([[1, 2]], [[0, 0]]), "#VALUE!", /zero/);
    expectError(score([[1, 2]], [[1, 2, 3]]), "#VALUE!", /one weight per indicator/);
    expectError(score([[1, 2]], undefined, [[1, 2]]), "#VALUE!", /Direction 2/);
  });

  test("scores stay within 0..100 (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(fc.oneof(fc.integer(), fc.constant(null)), { minLength: 2, maxLength: 2 }),
          { minLength: 1, maxLength: 30 }
        ),
        (rows) => {
          for (const c of col(score(rows)))
            if (c !== "") expect((c as number) >= 0 && (c as number) <= 100).toBe(true);
        }
      )
    );
  });
});

describe("CRM.VISITS", () => {
  test("default policy A 4, B 2, C 1; case and spaces ignored; blank -> blank", () => {
    expect(col(visits([["A"], [" b "], ["C"], [null], [""]]))).toEqual([4, 2, 1, "", ""]);
  });

  test("a tier not in the policy -> #N/A in that cell with a message", () => {
    const out = col(visits([["A"], ["D"]]));
    expect(out[0]).toBe(4);
    expect(err(out[1]).code).toBe("#N/A");
    expect(err(out[1]).message).toBe('No visit policy for tier "D"');
  });

  test("a custom policy range, with a header row and numeric tier labels", () => {
    const policy = [
      ["Tier", "Visits"],
      ["A", 8],
      ["B", 4],
      [null, null],
      [1, 2],
    ];
    expect(col(visits([["A"], ["B"], [1], ["C"]], policy)).slice(0, 3)).toEqual([8, 4, 2]);
    expect(err(col(visits([["C"]], policy))[0]).code).toBe("#N/A");
  });

  test("policy errors: non-integer or negative visits and bad shape -> #VALUE!", () => {
    expectError(visits([["A"]], [["A", 1.5]]), "#VALUE!", /whole number/);
    expectError(visits([["A"]], [["A", -1]]), "#VALUE!");
    expectError(visits([["A"]], [["A", 1, 2]]), "#VALUE!", /two columns/);
    expectError(
      visits(
        [["A"]],
        [
          ["A", 1],
          ["a", 2],
        ]
      ),
      "#VALUE!",
      /twice/
    );
    expectError(visits([["A", "B"]]), "#VALUE!", /single column/);
  });
});

describe("functions.ts wiring", () => {
  test("CRM.CLV, SEGMENT, SCORE and VISITS delegate to these implementations and never throw", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const f = require("../../src/functions/functions");
    expect(f.clv([[100]], [[0.8]], 0.1, 0)[0][0]).toBeCloseTo(266.667, 3);
    expect(f.segment([[1], [3]], [[1], [3]])).toEqual([["Phase out"], ["Core"]]);
    expect(f.score([[1], [3]])).toEqual([[0], [100]]);
    expect(f.visits([["A"], ["C"]])).toEqual([[4], [1]]);
    expect(err(f.clv([[100]], [[2]])[0][0]).code).toBe("#VALUE!");
  });
});
