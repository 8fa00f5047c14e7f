/** The Value jobs' role schema (VALUE_ROLES): first choices of the value-class and current/potential value jobs. */
import { VALUE_ROLES, valueGuesses, valueList } from "../../src/app/valueGuess";
import { messages } from "../../src/i18n/messages";
import type { ListSnapshot } from "../../src/host/types";
import type { CellValue } from "../../src/core/excel/cell";

const snap = (header: string[], rows: CellValue[][]): ListSnapshot => ({
  sheet: "S",
  row: 0,
  col: 0,
  header,
  rows,
  rightColumn: [],
});
const rows: CellValue[][] = [
  ["甲", 120, 30, 500, 900, 40],
  ["乙", 80, 10, 300, 700, 20],
  ["丙", 60, 15, 200, 400, 25],
];

describe("valueGuesses", () => {
  it("a written CLV column is the value, a written CPV column the class potential (never a new potential or a profit)", () => {
    for (const l of ["en", "zh"] as const) {
      const v = messages(l).value.sheet;
      const g = valueGuesses(
        valueList(snap(["Customer", "Sales", "Cost", v.clv, v.cpv, "Margin"], rows))
      );
      expect(g.classes).toEqual({ value: 3, cost: 2, potential: 4 });
      expect(g.current).toEqual({ profit: 5, potential: undefined });
    }
  });
  it("a 'Potential profit' column is the current job's potential, not its profit; without CLV the value is the sales", () => {
    const g = valueGuesses(
      valueList(snap(["客户", "销售额", "成本", "x", "Potential profit", "利润"], rows))
    );
    expect(g.classes.value).toBe(1);
    expect(g.current).toEqual({ profit: 5, potential: 4 });
  });
  it("shows its roles", () => {
    expect(VALUE_ROLES.shown).toEqual([
      "clv",
      "sales",
      "margin",
      "cost",
      "loyalty",
      "cpv",
      "potential",
    ]);
  });
});
