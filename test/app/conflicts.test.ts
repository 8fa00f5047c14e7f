import { checkTarget, listColumnCells, needsConsent } from "../../src/app/layout/conflicts";
import type { ListSnapshot } from "../../src/host/types";

describe("the one rule of writing into existing cells", () => {
  test("empty cells are written; own output, the user's cells and unread cells need consent", () => {
    const cases = [
      checkTarget([null, "", undefined], false),
      checkTarget([null, "", undefined], true),
      checkTarget(["Tier", "A", null], true),
      checkTarget([null, 0, "note"], false),
      checkTarget(undefined, false),
    ];
    expect(cases).toEqual([
      { content: "empty", nonEmpty: 0 },
      { content: "empty", nonEmpty: 0 },
      { content: "own", nonEmpty: 2 },
      { content: "user", nonEmpty: 2 },
      { content: "unread", nonEmpty: 0 },
    ]);
    expect(cases.map(needsConsent)).toEqual([false, false, true, true, true]);
  });

  test("a list column's cells count a formula cell that reads as nothing (Tier, Value columns)", () => {
    const list: ListSnapshot = {
      sheet: "S",
      row: 0,
      col: 0,
      header: ["Sales", "Tier"],
      rows: [
        [5, null],
        [3, ""],
        [1, "B"],
      ],
      formulas: [
        [null, "=CRM.TIER(A2:A4)"],
        [null, null],
        [null, null],
      ],
      rightColumn: [null, null, null, null],
    };
    expect(listColumnCells(list, 1)).toEqual(["Tier", "=CRM.TIER(A2:A4)", "", "B"]);
    expect(checkTarget(listColumnCells(list, 1), true)).toEqual({ content: "own", nonEmpty: 3 });
    // Headerless: no header cell; a formula stored without "=" still reads as one.
    const bare = {
      ...list,
      headerless: true,
      formulas: [
        [null, "1+1"],
        [null, null],
        [null, null],
      ],
    };
    expect(listColumnCells(bare, 1)).toEqual(["=1+1", "", "B"]);
  });
});
