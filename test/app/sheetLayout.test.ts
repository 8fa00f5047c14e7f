import { SheetLayout, SheetNames } from "../../src/app/layout/sheetLayout";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { WriteOp } from "../../src/host/types";

type Values = Extract<WriteOp, { kind: "values" }>;

describe("SheetNames and new sheets", () => {
  test("names are unique among the workbook's and those claimed in the same batch", () => {
    const names = new SheetNames(["Plan", "plan (2)"]);
    expect(names.claim("Plan")).toBe("Plan (3)");
    expect(names.claim("Plan")).toBe("Plan (4)");
    expect(names.claim("Map")).toBe("Map");
    const a = SheetLayout.newSheet("Map", names, { activate: true });
    expect(a.name).toBe("Map (2)");
    expect(a.ops()).toEqual([{ kind: "addSheet", name: "Map (2)", activate: true }]);
    expect(SheetLayout.newSheet("Map", ["Sheet1"]).ops()).toEqual([
      { kind: "addSheet", name: "Map" },
    ]);
  });
});

describe("flows", () => {
  test("down: blocks under each other, gaps between them (not before the first), per-block gaps", () => {
    const s = SheetLayout.existingSheet("S");
    const f = s.down({ row: 1, col: 2 });
    const title = f.title("Title");
    const t = f.table({
      header: ["a", "b", "c"],
      rows: [
        [1, 2, 3],
        [4, 5, 6],
      ],
    });
    const l = f.lines(["x", "y"], { gap: 0 });
    const r = f.reserve(4, 5, { gap: 2 });
    expect([title.row, title.col, title.rows, title.cols]).toEqual([1, 2, 1, 1]);
    expect([t.row, t.col, t.rows, t.cols, t.dataRow, t.dataRows]).toEqual([3, 2, 3, 3, 4, 2]);
    expect([l.row, l.rows]).toEqual([6, 2]);
    expect([r.row, r.col, r.bottom, r.right]).toEqual([10, 2, 14, 7]);
    expect([f.rows, f.cols, f.bottom, f.right]).toEqual([13, 5, 14, 7]);
    // The reserved area writes nothing.
    expect(s.ops().map((o) => o.kind)).toEqual(["values", "table", "values"]);
  });

  test("right: blocks beside each other, top-aligned; the flow's height is the tallest block", () => {
    const s = SheetLayout.existingSheet("S");
    const f = s.right({ row: 0, col: 0 });
    const a = f.table({ header: ["a", "b"], rows: [[1, 2]] });
    const b = f.values([[1], [2], [3], [4]]);
    const c = f.title("note", { gap: 3 });
    expect([a.col, b.col, c.col]).toEqual([0, 3, 7]);
    expect([a.row, b.row, c.row]).toEqual([0, 0, 0]);
    expect([f.rows, f.cols]).toEqual([4, 8]);
  });

  test("A1 references of what was placed", () => {
    const s = SheetLayout.existingSheet("It's");
    const t = s.down({ row: 2, col: 7 }).table({
      header: ["k", "v"],
      rows: [
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ],
    });
    expect(t.cell()).toBe("H3");
    expect(t.dataCell(0, 1)).toBe("I4");
    expect(t.dataCell(2, 1, true)).toBe("$I$6");
    expect(t.range()).toBe("H3:I6");
    expect(t.columnRange(1)).toBe("'It''s'!$I$4:$I$6");
    expect(t.rect()).toEqual({ sheet: "It's", row: 2, col: 7, rows: 4, cols: 2 });
  });
});

describe("blocks", () => {
  test("content given later may refer to blocks placed after it; ops keep the order of placing", () => {
    const s = SheetLayout.existingSheet("S");
    const left = s.down({ row: 0, col: 0 });
    const right = s.down({ row: 0, col: 3 });
    let later = "";
    const g = left.grid({
      header: ["Sum"],
      rows: () => [[{ formula: `=SUM(${later})` }]],
      count: 1,
      numberFormat: "0.0",
    });
    const v = right.values([[1], [2]]);
    later = v.range(0, 0, 2, 1, true);
    s.freeze(1);
    s.autofit(g.col, g.cols);
    expect(s.ops()).toEqual([
      { kind: "values", sheet: "S", row: 0, col: 0, values: [["Sum"]] },
      {
        kind: "values",
        sheet: "S",
        row: 1,
        col: 0,
        values: [[{ formula: "=SUM($D$1:$D$2)" }]],
        numberFormat: "0.0",
      },
      { kind: "values", sheet: "S", row: 0, col: 3, values: [[1], [2]] },
      { kind: "freeze", sheet: "S", rows: 1 },
      { kind: "autofit", sheet: "S", col: 0, cols: 1 },
    ]);
  });

  test("key-value: blank rows keep their place; formatted runs write labels and values apart", () => {
    const s = SheetLayout.existingSheet("S");
    const kv = s
      .down({ row: 3, col: 10 })
      .keyValue<"from" | "to" | "n" | "m">([
        { key: "from", label: "From", value: 45000, numberFormat: "yyyy-mm-dd" },
        null,
        { key: "n", label: "N", value: 7 },
        { key: "m", label: "M", value: () => ({ formula: "=L6*2" }) },
      ]);
    expect([
      kv.rows,
      kv.cols,
      kv.valueCell("n"),
      kv.valueCell("m", false),
      kv.rowOfKey("from"),
    ]).toEqual([4, 2, "$L$6", "L7", 3]);
    expect(kv.has("to")).toBe(false);
    expect(() => kv.valueCell("to")).toThrow(RangeError);
    expect(s.ops()).toEqual([
      { kind: "values", sheet: "S", row: 3, col: 10, values: [["From"]] },
      {
        kind: "values",
        sheet: "S",
        row: 3,
        col: 11,
        values: [[45000]],
        numberFormat: "yyyy-mm-dd",
      },
      {
        kind: "values",
        sheet: "S",
        row: 5,
        col: 10,
        values: [
          ["N", 7],
          ["M", { formula: "=L6*2" }],
        ],
      },
    ]);
  });

  test("a spill covers its result; a chart sits on its placed area", () => {
    const s = SheetLayout.existingSheet("S");
    const f = s.down({ row: 0, col: 0 });
    const fit = f.spill("=CRM.BGNBD(A1:A9)", { rows: 1, cols: 5 });
    const next = f.title("after");
    f.chart(
      {
        type: "column",
        title: "t",
        series: [{ name: "n", x: fit.sheetRange(0, 0, 1, 5), y: fit.sheetRange(0, 0, 1, 5) }],
      },
      { rows: 10, cols: 4 }
    );
    expect(fit.range(0, 0, 1, 5, true)).toBe("$A$1:$E$1");
    expect(next.row).toBe(2);
    const ops = s.ops();
    expect(ops[0]).toEqual({
      kind: "values",
      sheet: "S",
      row: 0,
      col: 0,
      values: [[{ formula: "=CRM.BGNBD(A1:A9)" }]],
    });
    const chart = ops.find((o) => o.kind === "chart") as Extract<WriteOp, { kind: "chart" }>;
    expect(chart.spec.anchor).toEqual({ sheet: "S", row: 4, col: 0, rows: 10, cols: 4 });
  });

  test("a laid-out sheet is a valid batch for the in-memory host and lands where the blocks say", async () => {
    const host = new MemoryHost(workbookFromCells("Data", [["x"]]));
    const s = SheetLayout.newSheet("Report", await host.sheetNames(), { activate: true });
    const f = s.down({ row: 0, col: 0 });
    f.title("Report");
    const t = f.table({
      header: ["Tier", "N"],
      rows: [
        ["A", 2],
        ["B", 3],
      ],
      numberFormats: [null, "#,##0"],
    });
    const total = f.values(
      [["Total", { formula: `=SUM(${t.range(1, 1, 2, 1)})` }]],
      {},
      { gap: 0 }
    );
    await host.apply(s.ops());
    const sheet = host.sheet("Report")!;
    expect(sheet.cells[2]).toEqual(["Tier", "N"]);
    expect(sheet.cells[total.row]).toEqual(["Total", { formula: "=SUM(B4:B5)" }]);
    expect(sheet.tables[0]).toMatchObject({ row: 2, col: 0, rows: 3, cols: 2 });
    expect((s.ops()[1] as Values).values).toEqual([["Report"]]);
  });
});
