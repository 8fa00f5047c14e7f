/**
 * The Churn watch sheet through the Office.js host against office-addin-mock
 * (test/host/fakeExcel.ts): the first run adds the sheet, a table and the reason dropdown
 * (data validation); after the user types reasons and notes in Excel, a second run clears and
 * rewrites the table (one `clear` op: the old table deleted) and keeps what was typed, with one
 * table and one dropdown, not two.
 */
import { OfficeHost } from "../../src/host/officeHost";
import { CHURN_WATCH_SETTING } from "../../src/app/churn";
import { findLapsed, type ChurnCustomer } from "../../src/core/churn";
import { runChurnWatch } from "../support/churnWatch";
import { FakeBook } from "./fakeExcel";

const ASOF = 45900;
/** Days since: Ace 90, Bee 70, Cid 10 (not lapsed), Dot 200; by value: Bee, Ace, Dot. */
const customers = (): ChurnCustomer[] => [
  { row: 0, name: "Ace", rep: "Wang", lastOrder: ASOF - 90, value: 5000 },
  { row: 1, name: "Bee", rep: "Li", lastOrder: ASOF - 70, value: 20000 },
  { row: 2, name: "Cid", rep: "Li", lastOrder: ASOF - 10, value: 90000 },
  { row: 3, name: "Dot", rep: "Wang", lastOrder: ASOF - 200, value: 800 },
];

const run = (host: OfficeHost) => runChurnWatch(host, findLapsed(customers(), { asOf: ASOF }));

describe("Churn watch on the Office.js host", () => {
  let book: FakeBook;
  beforeEach(() => {
    book = new FakeBook();
    book.addSheet("Customers", [["Customer"]]);
    book.install();
  });

  test("first run: sheet, table, reason dropdown, setting saved", async () => {
    const plan = await run(new OfficeHost());
    expect(plan.created).toBe(true);
    const s = book.sheet("Churn watch");
    const header = s.cells[0] as string[];
    const reasonCol = header.indexOf("Churn reason");
    expect(s.cells.slice(1, 4).map((r) => r[0])).toEqual(["Bee", "Ace", "Dot"]);
    expect(s.tables).toHaveLength(1);
    expect(s.tables[0]).toMatchObject({ row: 0, col: 0, rows: 4, cols: header.length });
    expect(s.validations).toEqual([
      {
        row: 1,
        col: reasonCol,
        rows: 3,
        source:
          "Rep's attitude,Product dissatisfaction,Competitor,Other supplier relationship,Moved,Closed,Other",
      },
    ]);
    expect(book.settings[CHURN_WATCH_SETTING]).toMatchObject({
      sheet: "Churn watch",
      rows: 4,
      cols: header.length,
    });
  });

  test("second run keeps typed reasons and notes, rewrites one table with one dropdown", async () => {
    const host = new OfficeHost();
    await run(host);
    const s = book.sheet("Churn watch");
    const header = s.cells[0] as string[];
    const reasonCol = header.indexOf("Churn reason");
    const notesCol = header.indexOf("Notes");
    // The user types in Excel: Ace's reason (row 3) and a note on Dot (row 4).
    book.set(s, 2, reasonCol, "Moved");
    book.set(s, 3, notesCol, "shop closed for renovation");

    const plan = await run(host);
    expect(plan.created).toBe(false);
    expect(plan.summary.reasons.moved).toBe(1);
    const t = book.sheet("Churn watch");
    expect(book.sheets.map((x) => x.name)).toEqual(["Customers", "Churn watch"]);
    const row = (name: string) => t.cells.find((r) => r[0] === name)!;
    expect(row("Ace")[reasonCol]).toBe("Moved");
    expect(row("Dot")[notesCol]).toBe("shop closed for renovation");
    expect(row("Bee")[reasonCol]).toBe("");
    expect(t.tables).toHaveLength(1);
    expect(t.validations).toHaveLength(1);
    // The live formulas of the rewritten rows (expected return and decision) are there again.
    const exp = header.indexOf("Expected return");
    expect(t.formulas.get(`1,${exp}`)).toMatch(/^=[A-Z]+2\*[A-Z]+2-[A-Z]+2$/);
  });
});
