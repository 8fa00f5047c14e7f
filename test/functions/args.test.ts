import {
  asGrid,
  guard,
  numberCell,
  optionalNumber,
  vector,
  ArgError,
  isErrorCell,
  plainCell,
  plainRows,
} from "../../src/functions/args";
import { clv, tier } from "../../src/functions/functions";

describe("args", () => {
  test("numberCell accepts numbers and numeric text, flags other text per cell", () => {
    expect(numberCell(3, "x")).toBe(3);
    expect(numberCell(" 1,200.5 ", "x")).toBe(1200.5);
    expect(numberCell("", "x")).toBeNull();
    const e = numberCell("abc", "Sales") as CustomFunctions.Error;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toContain("Sales");
  });
  test("optional scalars come as number, 1x1 array or nothing", () => {
    expect(optionalNumber(undefined, 5, "n")).toBe(5);
    expect(optionalNumber([[2]], 5, "n")).toBe(2);
    expect(optionalNumber(null, 5, "n")).toBe(5);
    expect(() => optionalNumber("x", 5, "n")).toThrow(ArgError);
  });
  test("vector flattens a row or a column and rejects blocks", () => {
    expect(vector([[0.2, 0.6]], "cuts")).toEqual([0.2, 0.6]);
    expect(vector([[0.2], [0.6], [null]], "cuts")).toEqual([0.2, 0.6]);
    expect(() =>
      vector(
        [
          [1, 2],
          [3, 4],
        ],
        "cuts"
      )
    ).toThrow(/single row or column/);
    expect(asGrid(7, "v")).toEqual([[7]]);
  });
  test("guard turns thrown errors into a 1x1 error result", () => {
    const r = guard(() => {
      throw new ArgError("value", "bad cuts");
    });
    expect((r[0][0] as CustomFunctions.Error).code).toBe("#VALUE!");
    expect((r[0][0] as CustomFunctions.Error).message).toBe("bad cuts");
  });
});

/**
 * What Excel passes once functions.json allows errors and rich values for `any` parameters
 * (https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts):
 * errors as CustomFunctions.Error or as a data-type error object, numbers with a format as
 * `{type: "FormattedNumber" | "Double", basicValue}`, entities and images as objects.
 */
describe("error cells and rich values as Excel passes them", () => {
  type Err = { code: string; message?: string };
  const formatted = { type: "FormattedNumber", basicValue: 1200.5, numberFormat: "#,##0.00" };
  const double = { type: "Double", basicValue: 7, numberFormat: "0%" };
  const entity = {
    type: "Entity",
    text: "Contoso",
    properties: { Sales: { type: "Double", basicValue: 5 } },
  };
  const div0 = new CustomFunctions.Error("#DIV/0!" as CustomFunctions.ErrorCode);

  test("a formatted number is its basic value; text and booleans as data types too", () => {
    expect(plainCell(formatted)).toBe(1200.5);
    expect(plainCell(double)).toBe(7);
    expect(plainCell({ type: "String", basicValue: "A" })).toBe("A");
    expect(plainCell({ type: "Boolean", basicValue: true })).toBe(true);
    expect(plainCell(3)).toBe(3);
    expect(plainCell(null)).toBeNull();
  });

  test("an entity or an image is a #VALUE! that says what it is", () => {
    const e = plainCell(entity) as unknown as Err;
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/rich value \(Entity\)/);
    expect((plainCell({ type: "WebImage", address: "x" }) as unknown as Err).code).toBe("#VALUE!");
    expect(isErrorCell(plainCell(entity))).toBe(true);
  });

  test("errors keep their code when Excel can return it; #REF! and data-type errors are made returnable", () => {
    expect(plainCell(div0)).toBe(div0);
    const dt = plainCell({
      type: "Error",
      errorType: "Div0",
      basicValue: "#DIV/0!",
    }) as unknown as Err;
    expect(dt.code).toBe("#DIV/0!");
    const ref = plainCell(
      new CustomFunctions.Error("#REF!" as CustomFunctions.ErrorCode)
    ) as unknown as Err;
    expect(ref.code).toBe("#VALUE!");
    expect(ref.message).toMatch(/#REF!/);
    const spill = plainCell({
      type: "Error",
      errorType: "Spill",
      basicValue: "#SPILL!",
    }) as unknown as Err;
    expect(spill.code).toBe("#VALUE!");
    // A plain object that is not an error is not taken for one.
    expect(isErrorCell({ type: "Entity" })).toBe(false);
  });

  test("plainRows copies only the rows holding objects; scalars and grids go through it", () => {
    const grid: unknown[][] = [[1], [formatted], [3]];
    const out = plainRows(grid);
    expect(out).toEqual([[1], [1200.5], [3]]);
    expect(out[0]).toBe(grid[0]);
    const clean = [[1], [2]];
    expect(plainRows(clean)).toBe(clean);
    expect(asGrid([[double, "x"]], "v")).toEqual([[7, "x"]]);
    expect(optionalNumber([[formatted]], 0, "n")).toBe(1200.5);
  });

  test("CRM.TIER and CRM.CLV give per-cell results for error cells and use formatted numbers", () => {
    const out = tier([
      [100],
      [div0],
      [formatted],
      [{ type: "Error", basicValue: "#N/A" }],
      [entity],
      [50],
    ]);
    expect(out.map((r) => r[0])).toEqual([
      "B",
      div0,
      "A",
      expect.objectContaining({ code: "#N/A" }),
      expect.objectContaining({ code: "#VALUE!", message: expect.stringMatching(/Entity/) }),
      "C",
    ]);
    const v = clv([[formatted], [div0], [100]], [[0.8]], 0.1, 0);
    expect(v[0][0]).toBeCloseTo((1200.5 * 0.8) / 0.3, 6);
    expect(v[1][0]).toBe(div0);
    expect(typeof v[2][0]).toBe("number");
  });
});
