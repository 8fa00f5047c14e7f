/** The Value jobs' role schema (VALUE_ROLES): first choices of the value-class and current/potential value jobs. */
import { VALUE_ROLES, valueGuesses, valueList } from "../../src/app/valueGuess";
import { messages } from "../../src/i18n/messages";
import type { CellValue } from "../../src/core/excel/cell";
import { snapshotOf } from "../support/memoryList";

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
        valueList(snapshotOf(["Customer", "Sales", "Cost", v.clv, v.cpv, "Margin"], rows))
      );
      expect(g.classes).toEqual({ value: 3, cost: 2, potential: 4 });
      expect(g.current).toEqual({ profit: 5, potential: undefined });
    }
  });
  it("a 'Potential profit' column is the current job's potential, not its profit; without CLV the value is the sales", () => {
    const g = valueGuesses(
      valueList(snapshotOf(["客户", "销售额", "成本", "x", "Potential profit", "利润"], rows))
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

describe("valueList", () => {
  it("phones, postcodes and years are never value axes; sales and order counts are", () => {
    const list = valueList(
      snapshotOf(
        ["Customer", "Mobile", "Postcode", "Since", "Sales", "Orders"],
        [
          ["Acme", 13916323500, 369624, 2024, 12500, 12],
          ["Bright", 13921425557, 805230, 2021, 830, 3],
          ["Corner", 13927891697, 594310, 2012, 46000, 25],
          ["Delta", 13812345678, 100080, 2019, 2100, 7],
        ]
      )
    );
    expect(list.numeric).toEqual([4, 5]);
    // With no header to go by, ids shaped like phone numbers are still left out.
    const unnamed = valueList(
      snapshotOf(
        ["Customer", "A", "B"],
        [
          ["Acme", 13916323500, 12500],
          ["Bright", 13921425557, 830],
          ["Corner", 13927891697, 46000],
        ]
      )
    );
    expect(unnamed.numeric).toEqual([2]);
  });
});
