/**
 * The `clear` write op (host/types.ts): every table intersecting the rectangle is deleted whole,
 * then the rectangle's contents, number formats, conditional formats and validations are
 * cleared; nothing else changes. Checked on the in-memory host and on the Office.js host
 * against office-addin-mock (test/host/fakeExcel.ts), with and without ExcelApi 1.9.
 */
import { MemoryHost, BatchError } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { OfficeHost } from "../../src/host/officeHost";
import { validateBatch } from "../../src/host/validateBatch";
import type { WriteOp } from "../../src/host/types";
import { FakeBook } from "./fakeExcel";

/**
 * The layout used throughout (0-based): a 3x2 table at B2:C4 (rows 1-3, cols 1-2) with a
 * validation on C3:C4 and a number format on C3; a note in E1 and one in A6 (outside
 * everything); the clear covers A1:B2 (rows 0-1, cols 0-1), which intersects the table only in B2.
 */
const CLEAR: WriteOp = { kind: "clear", sheet: "S", row: 0, col: 0, rows: 2, cols: 2 };

function memoryBook(): MemoryHost {
  const data = workbookFromCells("S", [
    ["a1", "b1", null, null, "note E1"],
    [null, "H1", "H2"],
    [null, 1, 2],
    [null, 3, 4],
    [],
    ["note A6"],
  ]);
  const s = data.sheets[0];
  s.tables.push({ name: "Old", row: 1, col: 1, rows: 3, cols: 2 });
  s.numberFormats.set("2,2", "0%");
  s.numberFormats.set("0,0", "0.0");
  s.validations.push({ range: { sheet: "S", row: 2, col: 2, rows: 2, cols: 1 }, list: ["x"] });
  // A conditional format on A1:A3: its part below the clear (A3) stays.
  s.conditionalFormats.push({
    kind: "textEquals",
    range: { sheet: "S", row: 0, col: 0, rows: 3, cols: 1 },
    text: "A",
    fill: "#FF0000",
  });
  return new MemoryHost(data);
}

describe("clear on the in-memory host", () => {
  test("deletes the intersecting table whole, clears the rectangle, leaves the rest", async () => {
    const host = memoryBook();
    await host.apply([CLEAR]);
    const s = host.sheet("S")!;
    expect(s.tables).toEqual([]);
    const v = (r: number, c: number) => host.value(s, r, c);
    // The rectangle A1:B2 and the whole table B2:C4 are empty.
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [3, 1],
      [3, 2],
    ])
      expect(v(r, c)).toBeNull();
    // Outside both: untouched.
    expect(v(0, 4)).toBe("note E1");
    expect(v(5, 0)).toBe("note A6");
    expect([...s.numberFormats.keys()]).toEqual([]);
    // The validation lay inside the deleted table: gone. The conditional format keeps A3 only.
    expect(s.validations).toEqual([]);
    expect(s.conditionalFormats.map((f) => f.range)).toEqual([
      { sheet: "S", row: 2, col: 0, rows: 1, cols: 1 },
    ]);
  });

  test("a table may be rewritten where a clear in the same batch deleted one (same name too)", async () => {
    const host = memoryBook();
    const table: WriteOp = {
      kind: "table",
      sheet: "S",
      row: 1,
      col: 1,
      header: ["X"],
      rows: [[9]],
      name: "Old",
    };
    // Without the clear, the new table would overlap the old one and reuse its name.
    await expect(host.apply([table])).rejects.toBeInstanceOf(BatchError);
    await host.apply([CLEAR, table]);
    const s = host.sheet("S")!;
    expect(s.tables).toEqual([{ name: "Old", row: 1, col: 1, rows: 2, cols: 1 }]);
    expect(host.value(s, 2, 1)).toBe(9);
  });

  test("a clear of a missing sheet or a negative size fails validation and changes nothing", async () => {
    const host = memoryBook();
    const before = JSON.stringify(host.data.sheets[0].cells);
    await expect(host.apply([{ ...CLEAR, sheet: "Nope" }])).rejects.toBeInstanceOf(BatchError);
    await expect(
      host.apply([
        { kind: "values", sheet: "S", row: 0, col: 0, values: [["x"]] },
        { ...CLEAR, rows: -1 },
      ])
    ).rejects.toBeInstanceOf(BatchError);
    expect(JSON.stringify(host.data.sheets[0].cells)).toBe(before);
    expect(host.sheet("S")!.tables).toHaveLength(1);
  });

  test("validateBatch without table extents keeps the old overlap check", () => {
    const table: WriteOp = { kind: "table", sheet: "S", row: 0, col: 0, header: ["X"], rows: [] };
    const state = { sheets: ["S"], tables: [], overlapsTable: () => true };
    expect(() => validateBatch([CLEAR, table], state)).toThrow(BatchError);
    expect(() =>
      validateBatch([CLEAR, table], {
        ...state,
        tableRects: [{ sheet: "S", name: "T", row: 0, col: 0, rows: 1, cols: 1 }],
      })
    ).not.toThrow();
  });
});

describe("clear on the Office.js host (office-addin-mock)", () => {
  function officeBook(): FakeBook {
    const book = new FakeBook();
    const s = book.addSheet("S", [
      ["a1", "b1", "", "", "note E1"],
      ["", "H1", "H2"],
      ["", 1, 2],
      ["", 3, 4],
      [],
      ["note A6"],
    ]);
    s.tables.push({ name: "Old", row: 1, col: 1, rows: 3, cols: 2 });
    // A second table far from the rectangle: must survive.
    s.tables.push({ name: "Far", row: 10, col: 10, rows: 2, cols: 1 });
    s.numberFormats.set("2,2", "0%");
    s.formulas.set("3,2", "=B4+1");
    s.validations.push({ row: 0, col: 1, rows: 1, source: "x,y" });
    s.conditionalFormats.push({
      row: 0,
      col: 0,
      rows: 1,
      cols: 1,
      formula1: '="A"',
      operator: "EqualTo",
      fill: "#FF0000",
    });
    book.install();
    return book;
  }

  const check = (book: FakeBook) => {
    const s = book.sheet("S");
    expect(s.tables.map((t) => t.name)).toEqual(["Far"]);
    for (const [r, c] of [
      [0, 0],
      [0, 1],
      [1, 1],
      [1, 2],
      [2, 1],
      [2, 2],
      [3, 1],
      [3, 2],
    ])
      expect(book.get("S", r, c)).toBe("");
    expect(book.get("S", 0, 4)).toBe("note E1");
    expect(book.get("S", 5, 0)).toBe("note A6");
    expect(s.formulas.size).toBe(0);
    expect(s.numberFormats.size).toBe(0);
    expect(s.validations).toEqual([]);
    expect(s.conditionalFormats).toEqual([]);
  };

  test("ExcelApi 1.9: the intersecting tables are read with the first sync; 5 syncs in all", async () => {
    const book = officeBook();
    await new OfficeHost().apply([CLEAR]);
    check(book);
    // Checks + tables, the deleted table's extent, the cleared cells (for the copy), the copy,
    // then the clear itself with the copy's deletion (officeBackup.ts).
    expect(book.syncs).toBe(5);
    expect(book.sheets.map((s) => s.name)).toEqual(["S"]); // the copy is gone
  });

  test("before ExcelApi 1.9: the sheet's tables and their ranges are read (one sync more)", async () => {
    const book = officeBook();
    book.supported.delete("ExcelApi 1.9");
    await new OfficeHost().apply([CLEAR]);
    check(book);
    expect(book.syncs).toBe(6);
  });

  test("clear then a new table in one batch; a missing sheet fails before any write", async () => {
    const book = officeBook();
    const host = new OfficeHost();
    await host.apply([
      CLEAR,
      { kind: "table", sheet: "S", row: 0, col: 0, header: ["New"], rows: [["v"]] },
    ]);
    expect(book.sheet("S").tables.map((t) => [t.row, t.col, t.rows, t.cols])).toEqual([
      [10, 10, 2, 1],
      [0, 0, 2, 1],
    ]);
    expect(book.get("S", 1, 0)).toBe("v");

    const before = JSON.stringify(book.sheets.map((s) => s.cells));
    await expect(
      host.apply([
        { kind: "values", sheet: "S", row: 0, col: 0, values: [["x"]] },
        { ...CLEAR, sheet: "Nope" },
      ])
    ).rejects.toThrow();
    expect(JSON.stringify(book.sheets.map((s) => s.cells))).toBe(before);
  });

  test("a clear on a sheet the batch adds reads nothing", async () => {
    const book = officeBook();
    await new OfficeHost().apply([
      { kind: "addSheet", name: "New" },
      { ...CLEAR, sheet: "New" },
    ]);
    expect(book.sheets.map((s) => s.name)).toEqual(["S", "New"]);
    expect(book.sheet("S").tables).toHaveLength(2);
  });
});
