import { BatchError, MemoryHost } from "../../src/host/memoryHost";
import { newSheet, workbookFromCells } from "../../src/host/memoryWorkbook";
import { isListProblem, type ListSnapshot, type WriteOp } from "../../src/host/types";

function host(cells: (string | number | null)[][], sel = { row: 0, col: 0, rows: 1, cols: 1 }) {
  const data = workbookFromCells("Sheet1", cells);
  data.selection = { sheet: "Sheet1", ...sel };
  return new MemoryHost(data);
}

const list = [
  ["Customer", "Sales", "Region"],
  ["a", 10, "N"],
  ["b", 20, "S"],
  ["c", 30, "N"],
];

describe("MemoryHost.readList", () => {
  test("current region around the selection, header and rows", async () => {
    // The list sits at C3 with a note far away at A1 that is not part of the region.
    const cells: (string | number | null)[][] = [["note"], [], []];
    for (const r of list) cells.push([null, null, ...r]);
    const h = host(cells, { row: 4, col: 3, rows: 1, cols: 1 });
    const snap = (await h.readList()) as ListSnapshot;
    expect(isListProblem(snap)).toBe(false);
    expect(snap.row).toBe(3);
    expect(snap.col).toBe(2);
    expect(snap.header).toEqual(["Customer", "Sales", "Region"]);
    expect(snap.rows).toEqual(list.slice(1));
    expect(snap.rightColumn).toEqual([null, null, null, null]);
    expect(snap.tableName).toBeUndefined();
  });

  test("region joins diagonal neighbours and gaps inside the block", async () => {
    const h = host([["A", "B"], [1, null], [null, 2], [3, 4]], { row: 0, col: 0, rows: 1, cols: 1 });
    const snap = (await h.readList()) as ListSnapshot;
    expect(snap.rows.length).toBe(3);
    expect(snap.header).toEqual(["A", "B"]);
  });

  test("an Excel table under the selection wins over the region", async () => {
    const cells = list.map((r) => [...r, "x"]); // a column right of the table touching it
    const h = host(cells, { row: 2, col: 1, rows: 1, cols: 1 });
    h.data.sheets[0].tables.push({ name: "T1", row: 0, col: 0, rows: 4, cols: 3 });
    const snap = (await h.readList()) as ListSnapshot;
    expect(snap.tableName).toBe("T1");
    expect(snap.header.length).toBe(3);
    expect(snap.rightColumn).toEqual(["x", "x", "x", "x"]);
  });

  test("an empty selection and a header-only list are problems", async () => {
    const empty = host([["a"]], { row: 10, col: 10, rows: 1, cols: 1 });
    expect(await empty.readList()).toEqual({ problem: "emptySelection" });
    const headerOnly = host([["Customer", "Sales"]]);
    expect(await headerOnly.readList()).toEqual({ problem: "noData" });
  });

  test("formula cells: null with the formula text, or the evaluator's value", async () => {
    const cells = [["A", "T"], [1, { formula: "=X()" } as never]];
    const plain = (await new MemoryHost(workbookFromCells("S", cells)).readList()) as ListSnapshot;
    expect(plain.rows[0]).toEqual([1, null]);
    expect(plain.formulas?.[0]).toEqual([null, "=X()"]);
    const evaluated = (await new MemoryHost(workbookFromCells("S", cells), { evaluate: () => "A" }).readList()) as ListSnapshot;
    expect(evaluated.rows[0]).toEqual([1, "A"]);
  });

  test("a 2-D evaluator result spills down over empty cells, as a dynamic array", async () => {
    const cells = [["A", "T"], [1, { formula: "=SPILL()" } as never], [2, ""], [3, null]];
    const h = new MemoryHost(workbookFromCells("S", cells), { evaluate: () => [["x"], ["y"], ["z"]] });
    const snap = (await h.readList()) as ListSnapshot;
    expect(snap.rows.map((r) => r[1])).toEqual(["x", "y", "z"]);
    expect(await h.readRect({ sheet: "S", row: 3, col: 1, rows: 1, cols: 1 })).toEqual([["z"]]);
  });

  test("a title row above the header is left out", async () => {
    const h = host([["Customer list 2024"], ...list]);
    const snap = (await h.readList()) as ListSnapshot;
    expect(snap.row).toBe(1);
    expect(snap.header).toEqual(["Customer", "Sales", "Region"]);
    expect(snap.rows).toHaveLength(3);
  });
});

describe("MemoryHost.apply", () => {
  test("writes values, formats, tables, charts, settings; records the batch", async () => {
    const h = host(list);
    let progress = 0;
    const ops: WriteOp[] = [
      { kind: "values", sheet: "Sheet1", row: 0, col: 3, values: [["Tier"], ["C"], ["B"], ["A"]] },
      { kind: "tierFormat", sheet: "Sheet1", row: 1, col: 3, rows: 3, labels: ["A", "B", "C"], colors: ["#C6EFCE", "#FFEB9C", "#F2F2F2"] },
      { kind: "addSheet", name: "Tier summary" },
      { kind: "table", sheet: "Tier summary", row: 0, col: 0, header: ["Tier", "Customers"], rows: [["A", 1]], name: "TierSummary" },
      {
        kind: "chart",
        sheet: "Tier summary",
        spec: { type: "paretoCombo", title: "t", anchor: { sheet: "Tier summary", row: 0, col: 4, rows: 10, cols: 6 }, series: [{ name: "s", x: "A2:A2", y: "B2:B2" }] },
      },
      { kind: "freeze", sheet: "Tier summary", rows: 1 },
      { kind: "listValidation", sheet: "Sheet1", row: 1, col: 4, rows: 3, source: ["x", "y"] },
      { kind: "setting", key: "k", value: { sales: 1 } },
      { kind: "select", rect: { sheet: "Sheet1", row: 2, col: 0, rows: 1, cols: 4 } },
    ];
    await h.apply(ops, (f) => (progress = f));
    expect(progress).toBe(1);
    expect(h.batches).toHaveLength(1);
    const s = h.sheet("Sheet1")!;
    expect(s.cells.map((r) => r[3])).toEqual(["Tier", "C", "B", "A"]);
    expect(s.cells.map((r) => r.slice(0, 3))).toEqual(list); // nothing else changed
    expect(s.conditionalFormats.map((f) => f.text)).toEqual(["A", "B", "C"]);
    expect(s.validations[0].list).toEqual(["x", "y"]);
    const sum = h.sheet("Tier summary")!;
    expect(sum.tables[0]).toEqual({ name: "TierSummary", row: 0, col: 0, rows: 2, cols: 2 });
    expect(sum.charts).toHaveLength(1);
    expect(sum.frozenRows).toBe(1);
    expect(await h.getSetting("k")).toEqual({ sales: 1 });
    expect(h.data.selection.row).toBe(2);
    expect(await h.sheetNames()).toEqual(["Sheet1", "Tier summary"]);
  });

  test("a bad op anywhere in the batch changes nothing", async () => {
    const h = host(list);
    const before = JSON.stringify(h.data.sheets[0].cells);
    const bad: WriteOp[][] = [
      [{ kind: "values", sheet: "Sheet1", row: 0, col: 3, values: [["Tier"]] }, { kind: "values", sheet: "Nope", row: 0, col: 0, values: [[1]] }],
      [{ kind: "values", sheet: "Sheet1", row: -1, col: 0, values: [[1]] }],
      [{ kind: "addSheet", name: "sheet1" }],
      [{ kind: "addSheet", name: "a/b" }],
      [{ kind: "values", sheet: "Sheet1", row: 0, col: 0, values: [[1, 2], [3]] }],
      [{ kind: "tierFormat", sheet: "Sheet1", row: 1, col: 3, rows: 3, labels: ["A", "B"], colors: ["#000000"] }],
    ];
    for (const ops of bad) await expect(h.apply(ops)).rejects.toBeInstanceOf(BatchError);
    expect(JSON.stringify(h.data.sheets[0].cells)).toBe(before);
    expect(h.data.sheets).toHaveLength(1);
    expect(h.batches).toHaveLength(0);
  });

  test("a sheet added earlier in the batch can be written to", async () => {
    const h = host(list);
    await h.apply([
      { kind: "addSheet", name: "New" },
      { kind: "values", sheet: "New", row: 1, col: 1, values: [[5]] },
    ]);
    expect(h.sheet("New")!.cells).toEqual([[], [null, 5]]);
  });

  test("subscribers hear about batches and selection changes", async () => {
    const h = host(list);
    let n = 0;
    const off = h.subscribe(() => n++);
    await h.apply([{ kind: "setting", key: "a", value: 1 }]);
    await h.select({ sheet: "Sheet1", row: 1, col: 0, rows: 1, cols: 1 });
    off();
    await h.apply([{ kind: "setting", key: "a", value: 2 }]);
    expect(n).toBe(2);
  });

  test("newSheet is empty", () => {
    expect(newSheet("x").cells).toEqual([]);
  });
});
