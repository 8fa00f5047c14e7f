/**
 * A batch is not atomic in Excel (strictExcel.ts rule 2). The Churn watch re-run clears the old
 * table and writes the new one: whatever Excel refuses, what the user typed is never lost. What
 * can be checked is checked before the first write; what cannot (a refused write after the
 * clear) is put back from the copy made before the clear (src/host/officeBackup.ts).
 */
import { OfficeHost } from "../../src/host/officeHost";
import { findLapsed, type ChurnCustomer } from "../../src/core/churn";
import type { WriteOp } from "../../src/host/types";
import { runChurnWatch } from "../support/churnWatch";
import { FakeBook, excelError, type FakeSheet } from "./fakeExcel";

const ASOF = 45900;
const customers = (): ChurnCustomer[] => [
  { row: 0, name: "Ace", id: "00123", rep: "Wang", lastOrder: ASOF - 90, value: 5000 },
  { row: 1, name: "Bee", id: "B-2", rep: "Li", lastOrder: ASOF - 70, value: 20000 },
  { row: 2, name: "Dot", id: "D-4", rep: "Wang", lastOrder: ASOF - 200, value: 800 },
];

const churn = (host: OfficeHost) => runChurnWatch(host, findLapsed(customers(), { asOf: ASOF }));

/** Everything of a sheet the user could have typed or we wrote, to compare before/after. */
const state = (s: FakeSheet) =>
  JSON.stringify({
    cells: s.cells,
    formulas: [...s.formulas].sort(),
    formats: [...s.numberFormats].sort(),
    tables: s.tables,
  });

describe("Churn watch re-run when Excel refuses a write", () => {
  let book: FakeBook;
  let host: OfficeHost;
  let notesCol: number;
  let before: string;
  beforeEach(async () => {
    book = new FakeBook();
    book.addSheet("Customers", [["Customer"]]);
    book.install();
    host = new OfficeHost();
    await churn(host);
    const s = book.sheet("Churn watch");
    const header = s.cells[0] as string[];
    notesCol = header.indexOf("Notes");
    const reasonCol = header.indexOf("Churn reason");
    // The user types a reason and notes (one of them looks like a formula to Excel).
    book.set(s, 1, reasonCol, "Moved");
    book.set(s, 2, notesCol, "- called twice");
    book.set(s, 3, notesCol, "shop closed for renovation");
    before = state(s);
  });

  /** Refuses the first write of cells on the Churn watch sheet (the new table after the clear). */
  const refuseNewTable = (times: number) => {
    let left = times;
    book.rejectWrite = (d) =>
      d.sheet === "Churn watch" && left-- > 0
        ? excelError("GeneralException", "the connection was lost")
        : undefined;
  };

  test("the write after the clear fails: the sheet is put back as it was, the copy removed", async () => {
    refuseNewTable(1);
    await expect(churn(host)).rejects.toThrow(/put back as it was/);
    const s = book.sheet("Churn watch");
    expect(state(s)).toBe(before);
    expect(s.cells[2][notesCol]).toBe("- called twice");
    expect(book.sheets.map((x) => x.name)).toEqual(["Customers", "Churn watch"]);
    // The next run (Excel answering again) keeps what was typed.
    book.rejectWrite = undefined;
    const plan = await churn(host);
    expect(plan.rows.map((r) => r.notes).sort()).toEqual([
      "",
      "- called twice",
      "shop closed for renovation",
    ]);
  });

  test("putting back fails too: the copy stays, visible, and the message names it", async () => {
    refuseNewTable(2); // the new table, then the restore's write
    const err = (await churn(host).catch((e: Error) => e)) as Error;
    expect(err.message).toMatch(/could not be put back/);
    const backup = book.sheets.find((x) => x.name.startsWith("CRM backup"))!;
    expect(err.message).toContain(`"${backup.name}"`);
    expect(backup.visibility).toBe("Visible");
    expect(backup.cells.flat()).toEqual(
      expect.arrayContaining(["Moved", "- called twice", "shop closed for renovation"])
    );
  });

  test("a failure while making the copy changes nothing (the clear never ran) and leaves no copy", async () => {
    book.rejectWrite = (d) =>
      d.sheet.startsWith("CRM backup") ? excelError("GeneralException", "lost") : undefined;
    await expect(churn(host)).rejects.toThrow(/lost/);
    expect(state(book.sheet("Churn watch"))).toBe(before);
    expect(book.sheets.map((x) => x.name)).toEqual(["Customers", "Churn watch"]);
  });
});

describe("what Excel would refuse is refused before the first write", () => {
  let book: FakeBook;
  beforeEach(() => {
    book = new FakeBook();
    const s = book.addSheet("S", [["H1", "H2"], [1, 2], [], [], ["", "", "", "Far"]]);
    s.tables.push(
      { name: "Old", row: 0, col: 0, rows: 2, cols: 2 },
      { name: "Far", row: 4, col: 3, rows: 1, cols: 1 }
    );
    book.install();
  });
  const clear: WriteOp = { kind: "clear", sheet: "S", row: 0, col: 0, rows: 2, cols: 2 };
  const table = (rows: number, name?: string): WriteOp => ({
    kind: "table",
    sheet: "S",
    row: 0,
    col: 0,
    header: ["A", "B", "C", "D"],
    rows: Array.from({ length: rows }, () => ["x", "y", "z", "w"]),
    ...(name ? { name } : {}),
  });
  const unchanged = (before: string) => expect(state(book.sheet("S"))).toBe(before);

  test("a new table overlapping a table the batch keeps", async () => {
    const before = state(book.sheet("S"));
    await expect(new OfficeHost().apply([clear, table(5)])).rejects.toThrow(
      /overlap the table "Far"/
    );
    unchanged(before);
    // Where the clear deletes the table, the new one may take its place and its name.
    await new OfficeHost().apply([clear, table(2, "Old")]);
    expect(
      book
        .sheet("S")
        .tables.map((t) => t.name)
        .sort()
    ).toEqual(["Far", "Old"]);
  });

  test("a table name in use elsewhere, a protected sheet, a number that is not finite", async () => {
    book.addSheet("T").tables.push({ name: "Taken", row: 0, col: 0, rows: 1, cols: 1 });
    const before = state(book.sheet("S"));
    await expect(new OfficeHost().apply([clear, table(1, "taken")])).rejects.toThrow(
      /"taken" already exists/
    );
    unchanged(before);
    book.sheet("S").protected = true;
    await expect(new OfficeHost().apply([clear, table(1)])).rejects.toThrow(/protected/);
    unchanged(before);
    book.sheet("S").protected = false;
    const syncs = book.syncs;
    await expect(
      new OfficeHost().apply([
        clear,
        { kind: "values", sheet: "S", row: 9, col: 0, values: [[NaN]] },
      ])
    ).rejects.toThrow(/not a finite number/);
    expect(book.syncs).toBe(syncs); // refused before Excel was asked anything
    unchanged(before);
  });
});
