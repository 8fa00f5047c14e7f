/**
 * Excel shows the message of a custom function's error only for #VALUE! and #N/A
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-errors: "You can only
 * return a custom error message with the #VALUE! and #N/A errors"). src/functions/args.ts
 * holds that rule; these tests check that no CRM function can get round it: by reading the
 * sources, by calling every function with the invalid arguments each one rejects, and by
 * calling every function with random arguments.
 */
import fs from "fs";
import path from "path";
import fc from "fast-check";
import * as functions from "../../src/functions/functions";
import { SHOWN_ERROR_CODES } from "../../src/functions/args";

type Err = { code: string; message?: string };
type Fn = (...args: unknown[]) => unknown[][];

const SHOWN = new Set(["#VALUE!", "#N/A"]);
const DIR = path.join(__dirname, "../../src/functions");

function isError(c: unknown): c is Err {
  return c instanceof (CustomFunctions.Error as unknown as new () => object);
}

/** Every error cell of a result that carries a message whose code Excel would not show it with. */
function hiddenMessages(out: unknown[][]): Err[] {
  return out.flat().filter((c): c is Err => isError(c) && !!c.message && !SHOWN.has(c.code));
}

describe("only #VALUE! and #N/A carry messages", () => {
  test("args.ts offers exactly the two codes whose message Excel shows", () => {
    expect(new Set(Object.values(SHOWN_ERROR_CODES))).toEqual(SHOWN);
  });

  test("no adapter builds an error itself or names another error code (all go through args.ts)", () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".ts") && f !== "args.ts");
    expect(files).toContain("functions.ts");
    const offences: string[] = [];
    for (const f of files) {
      const text = fs.readFileSync(path.join(DIR, f), "utf8");
      // Code only: the why-comments may name #NUM! when they explain the rule.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/\/\/.*$/gm, "");
      const patterns = [
        /new\s+CustomFunctions\.Error\s*\(/,
        /ErrorCode\./,
        /"#(NUM!|DIV\/0!|NULL!|REF!|NAME\?|GETTING_DATA|BUSY!)"/,
      ];
      for (const p of patterns) if (p.test(code)) offences.push(`${f}: ${p}`);
    }
    expect(offences).toEqual([]);
  });

  // One call per invalid argument each function rejects (the places that used to say #NUM! or
  // #DIV/0!): each gives #VALUE! (or #N/A for missing data) with a message saying what is wrong.
  const f = functions as unknown as Record<string, Fn>;
  const col = [[5], [3], [1]];
  const bg = [[0.24, 4.41, 0.79, 2.43]];
  const gg = [[6.25, 3.74, 15.44]];
  const cases: Array<[string, () => unknown[][], string, RegExp]> = [
    ["TIER cuts not increasing", () => f.tier(col, "rank", [[0.6, 0.2]]), "#VALUE!", /increasing/],
    ["TIER cut above 1", () => f.tier(col, "rank", [[0.5, 1.5]]), "#VALUE!", /1\.5/],
    ["PARETO topShare 0", () => f.pareto(col, 0), "#VALUE!", /topShare/],
    ["PARETO no positive value", () => f.pareto([[0], [-1]]), "#N/A", /No positive/],
    ["CLV retention above 1", () => f.clv([[100]], 1.2), "#VALUE!", /Retention 1\.2/],
    ["CLV discount -1", () => f.clv([[100]], 0.8, -1), "#VALUE!", /Discount rate/],
    ["CLV fractional periods", () => f.clv([[100]], 0.8, 0.1, 1.5), "#VALUE!", /whole/],
    ["CLV diverging", () => f.clv([[1]], 1, 0, 0), "#VALUE!", /diverges/],
    ["SCORE negative weight", () => f.score([[1, 2]], [[1, -1]]), "#VALUE!", /negative/],
    ["VISITS fractional visits", () => f.visits([["A"]], [["A", 1.5]]), "#VALUE!", /whole/],
    ["VISITS unknown tier", () => f.visits([["Z"]]), "#N/A", /No visit policy/],
    ["RFM periodDays 0", () => f.rfm([["c"]], [[35000]], [[1]], 35010, 0), "#VALUE!", /periodDays/],
    [
      "RFM holdout before asOf",
      () => f.rfm([["c"]], [[35000]], [[1]], 35010, 7, 35001),
      "#VALUE!",
      /holdoutEnd/,
    ],
    ["BGNBD negative penalty", () => f.bgnbd(col, col, col, -1), "#VALUE!", /penalty/],
    ["BGNBD impossible row", () => f.bgnbd([[1]], [[5]], [[2]]), "#VALUE!", /Row 1/],
    ["PALIVE bad params", () => f.palive(col, col, col, [[-1, 1, 1, 1]]), "#VALUE!", /params/],
    ["PALIVE recency > age", () => f.palive([[1]], [[5]], [[2]], bg), "#VALUE!", /./],
    ["PURCHASES negative t", () => f.purchases(-1, col, col, col, bg), "#VALUE!", /t must/],
    ["SPEND q <= 1", () => f.spend([[1]], [[1]], [[1, 0.5, 1]]), "#VALUE!", /q must exceed 1/],
    ["SPEND fractional frequency", () => f.spend([[1.5]], [[1]], gg), "#VALUE!", /whole/],
    ["CLVHIST months", () => f.clvhist(col, col, col, col, bg, gg, 1.5), "#VALUE!", /months/],
    [
      "CLVHIST margin above 1",
      () => f.clvhist(col, col, col, col, bg, gg, 12, 0.01, 2),
      "#VALUE!",
      /margin/,
    ],
    [
      "CLVHIST periodDays 0",
      () => f.clvhist(col, col, col, col, bg, gg, 12, 0.01, 1, 0),
      "#VALUE!",
      /periodDays/,
    ],
  ];
  test.each(cases)("%s", (_name, call, code, message) => {
    const out = call();
    const e = out.flat().find(isError);
    expect(e).toBeDefined();
    expect(e!.code).toBe(code);
    expect(e!.message).toMatch(message);
  });

  // Random arguments of every shape Excel can pass (scalars, blanks, text, booleans, extreme
  // numbers, ranges), to every exported CRM function, new ones included.
  const cell = fc.oneof(
    fc.constantFrom(null, "", " ", "abc", "1,200", "-", "1997-01-31", true, false),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -3, max: 40000 }),
    fc.double({ min: -2, max: 2, noNaN: true })
  );
  const grid = fc
    .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }))
    .chain(([r, c]) =>
      fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r })
    );
  const arg = fc.oneof(fc.constant(undefined), cell, grid);
  const names = Object.keys(functions).filter((k) => typeof f[k] === "function");

  test.each(names)("CRM.%s never returns a message Excel would hide", (name) => {
    const fn = f[name];
    fc.assert(
      fc.property(fc.array(arg, { minLength: fn.length, maxLength: fn.length }), (args) => {
        expect(hiddenMessages(fn(...args))).toEqual([]);
      }),
      { numRuns: 60 }
    );
  });
});
