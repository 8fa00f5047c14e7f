import { cellText, isEmptyCell } from "../../../src/core/excel/cell";

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

describe("cellText: a cell as a name or label", () => {
  test("empty cells are empty text, text is trimmed, numbers and booleans as written", () => {
    expect([null, undefined, "  Acme Ltd ", 42, 0.5, true].map(cellText)).toEqual([
      "",
      "",
      "Acme Ltd",
      "42",
      "0.5",
      "true",
    ]);
  });
  test("a date cell is its UTC day", () => {
    expect(cellText(new Date(Date.UTC(2024, 0, 5, 23, 59)))).toBe("2024-01-05");
  });
});
