import { checkTarget, needsConsent } from "../../src/app/layout/conflicts";

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
});
