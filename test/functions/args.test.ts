import {
  asGrid,
  guard,
  isBlank,
  numberCell,
  optionalNumber,
  vector,
  ArgError,
} from "../../src/functions/args";

describe("args", () => {
  test("blanks are null, undefined, empty or whitespace text", () => {
    expect([null, undefined, "", "  "].map(isBlank)).toEqual([true, true, true, true]);
    expect([0, "a", false].map(isBlank)).toEqual([false, false, false]);
  });
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
