import { isEmptyCell } from "../../../src/core/excel/cell";

describe("isEmptyCell: the one blank rule (custom functions, pane, command line)", () => {
  test("blanks are null, undefined, empty or whitespace text", () => {
    expect([null, undefined, "", "  ", "\t\n", "\u3000"].map(isEmptyCell)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
  });
  test("zero, FALSE, text and dates are not blank", () => {
    expect([0, "a", false, " x ", new Date(0)].map(isEmptyCell)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});
