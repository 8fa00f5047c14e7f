import { checkList } from "../../../src/core/list/checks";

describe("checkList", () => {
  // Header in sheet row 1, so data row i is worksheet row i + 2.
  const rows = [
    ["Ann", 10, "Li", "East"], // row 2
    ["Bob", "n/a", "Li", "East"], // row 3: non-numeric sales
    [" ann ", 5, null, "West"], // row 4: duplicate of Ann (spaces, case), no rep
    [null, null, null, null], // row 5: blank row, ignored by every check
    ["Cid", null, "Wu", ""], // row 6: blank sales, no area
    ["Dee", "1,200", "Wu", "West"], // row 7: numeric text is a number
  ];
  const r = checkList(rows, { customer: 0, sales: 1, rep: 2, area: 3 }, 2);
  const by = (code: string) => r.issues.find((i) => i.code === code);

  it("reports each problem with 1-based worksheet rows", () => {
    expect(r.ok).toBe(true);
    expect(by("salesNotNumeric")).toMatchObject({ severity: "warning", count: 1, rows: [3] });
    expect(by("salesBlank")).toMatchObject({ count: 1, rows: [6] });
    expect(by("duplicateCustomer")).toMatchObject({ count: 2, rows: [2, 4], duplicates: [{ name: "Ann", rows: [2, 4] }] });
    expect(by("missingRep")).toMatchObject({ count: 1, rows: [4] });
    expect(by("missingArea")).toMatchObject({ count: 1, rows: [6] });
    expect(r.issues.map((i) => i.code)).toEqual(["salesNotNumeric", "salesBlank", "duplicateCustomer", "missingRep", "missingArea"]);
  });
  it("checks only the columns given", () => {
    const s = checkList(rows, { sales: 1 }, 2);
    expect(s.issues.map((i) => i.code)).toEqual(["salesNotNumeric", "salesBlank"]);
  });
  it("stops on an empty list, a missing sales column or no numbers", () => {
    expect(checkList([], { sales: 0 }, 2)).toEqual({ ok: false, issues: [{ code: "emptyList", severity: "error", count: 0, rows: [] }] });
    expect(checkList([[null], [""]], { sales: 0 }, 2).issues[0].code).toBe("emptyList");
    expect(checkList([["a"]], {}, 2).issues[0].code).toBe("noNumericColumn");
    const t = checkList([["a", "x"], ["b", "y"]], { sales: 1 }, 5);
    expect(t.ok).toBe(false);
    expect(t.issues[0].code).toBe("noSalesValues");
    expect(t.issues[1]).toMatchObject({ code: "salesNotNumeric", rows: [5, 6] });
  });
  it("checks 100,000 rows", () => {
    const big = Array.from({ length: 100000 }, (_, i) => [`c${i % 90000}`, i % 7 === 0 ? "x" : i, i % 5 ? "r" : null, "a"]);
    const s = checkList(big, { customer: 0, sales: 1, rep: 2, area: 3 }, 2);
    expect(s.issues.find((i) => i.code === "duplicateCustomer")!.count).toBe(20000);
  });
});
