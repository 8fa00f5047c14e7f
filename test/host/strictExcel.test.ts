/* eslint-disable office-addins/call-sync-after-load, office-addins/call-sync-before-read --
   these tests read properties before a sync on purpose, or after one the rule cannot see. */
/**
 * The strict Excel fake enforces Excel's rules (so that it can fail a host that breaks them), and
 * the Office.js host keeps every string it writes as exactly that text, in every write path.
 */
import { OfficeHost, toExcelInput } from "../../src/host/officeHost";
import { analyzeList, buildSummarySheet, buildTierWrite } from "../../src/app/tiering";
import { findLapsed, type ChurnCustomer } from "../../src/core/churn";
import type { ListSnapshot, WriteOp } from "../../src/host/types";
import { runChurnWatch } from "../support/churnWatch";
import { FakeBook, PAYLOAD_LIMIT, serialOfDate } from "./fakeExcel";

/** Strings Excel would turn into something else when written as typed. */
const TRICKY = [
  "1-4",
  "00123",
  "- note",
  "=x",
  "TRUE",
  "12%",
  "2024-01-05",
  "+x",
  "#N/A",
  "'quoted",
  "5-8",
];

type Ctx = { workbook: Record<string, any>; sync: () => Promise<void> };
async function run<T>(cb: (ctx: Ctx) => Promise<T>): Promise<T> {
  return (
    globalThis as unknown as { Excel: { run: (cb: (ctx: Ctx) => Promise<T>) => Promise<T> } }
  ).Excel.run(cb);
}

describe("the strict fake models Excel's rules", () => {
  let book: FakeBook;
  beforeEach(() => {
    book = new FakeBook();
    book.addSheet("S");
    book.install();
  });

  test("strings written through values are parsed as typed", async () => {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRangeByIndexes(0, 0, 1, 9).values = [
        ["1-4", "00123", "12%", "TRUE", "2024-01-05", "=x", "- note", "#N/A", "plain"],
      ];
      await ctx.sync();
    });
    const s = book.sheet("S");
    expect(s.cells[0]).toEqual([
      serialOfDate(book.year, 1, 4),
      123,
      0.12,
      true,
      serialOfDate(2024, 1, 5),
      "",
      "",
      { error: "#N/A" },
      "plain",
    ]);
    expect(s.formulas.get("0,5")).toBe("=x");
    expect(s.formulas.get("0,6")).toBe("=- note");
  });

  test("an apostrophe through formulas, or the Text format set BEFORE the values, keeps the text", async () => {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRangeByIndexes(0, 0, 1, 2).formulas = [["'00123", "'=x"]];
      ws.getRangeByIndexes(1, 0, 1, 1).numberFormat = [["@"]];
      ws.getRangeByIndexes(1, 0, 1, 1).values = [["00123"]];
      ws.getRangeByIndexes(2, 0, 1, 1).values = [["00123"]];
      ws.getRangeByIndexes(2, 0, 1, 1).numberFormat = [["@"]]; // too late
      await ctx.sync();
    });
    expect(book.sheet("S").cells.slice(0, 3)).toEqual([["00123", "=x"], ["00123"], [123]]);
  });

  test("text Excel cannot parse as the formula it looks like fails the write, and stops the rest of the batch", async () => {
    await expect(
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.getRangeByIndexes(0, 0, 1, 1).values = [["kept"]];
        ws.getRangeByIndexes(1, 0, 1, 1).values = [["- called twice"]];
        ws.getRangeByIndexes(2, 0, 1, 1).values = [["never"]];
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    // Not a transaction: what ran before the failing action stays.
    expect(book.sheet("S").cells).toEqual([["kept"]]);
  });

  test("requests and responses above 5 MB fail with Excel's codes; 5 million cells read back null", async () => {
    const big = "x".repeat(1000);
    const grid = Array.from({ length: 6000 }, () => [big]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 6000, 1).values = grid;
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(book.sheet("S").cells).toEqual([]); // nothing of that request ran
    expect(book.requestBytes[0]).toBeGreaterThan(PAYLOAD_LIMIT);

    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      for (let i = 0; i < 2; i++) {
        ws.getRangeByIndexes(i * 3000, 0, 3000, 1).values = grid.slice(0, 3000);
        await ctx.sync();
      }
    });
    await expect(
      run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 6000, 1);
        r.load("values");
        await ctx.sync();
        return r.values;
      })
    ).rejects.toMatchObject({ code: "ResponsePayloadSizeLimitExceeded" });
    const huge = await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 5001, 1000);
      r.load("values");
      await ctx.sync();
      return r.values;
    });
    expect(huge).toBeNull();
  });

  test("a property read before load + sync throws PropertyNotLoaded; an API it does not model throws", async () => {
    await expect(
      run(async (ctx) => {
        const r = ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1);
        r.load("values");
        return r.values; // loaded but not synced
      })
    ).rejects.toMatchObject({ code: "PropertyNotLoaded" });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("S").getRangeByIndexes(0, 0, 1, 1).getCell(0, 0);
      })
    ).rejects.toThrow(/not modelled by the strict Excel fake/);
    await expect(run(async (ctx) => ctx.workbook.names)).rejects.toThrow(/not modelled/);
  });

  test("a table's header cells become unique texts; tables cannot overlap; names are unique", async () => {
    await run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem("S");
      ws.getRangeByIndexes(0, 0, 2, 3).values = [
        ["Notes", "Notes", ""],
        [1, 2, 3],
      ];
      ws.tables.add(ws.getRangeByIndexes(0, 0, 2, 3), true).name = "T";
      await ctx.sync();
    });
    expect(book.sheet("S").cells[0]).toEqual(["Notes", "Notes2", "Column3"]);
    await expect(
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.tables.add(ws.getRangeByIndexes(1, 1, 2, 2), true);
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidOperation" });
    await expect(
      run(async (ctx) => {
        const ws = ctx.workbook.worksheets.getItem("S");
        ws.tables.add(ws.getRangeByIndexes(5, 5, 2, 1), true).name = "t";
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });
});

describe("the Office.js host writes text as text in every write path", () => {
  let book: FakeBook;
  beforeEach(() => {
    book = new FakeBook();
    book.addSheet("S");
    book.install();
  });

  test("toExcelInput: strings get the apostrophe; numbers, booleans, dates and formulas do not", () => {
    expect(toExcelInput("00123")).toBe("'00123");
    expect(toExcelInput("")).toBe("");
    expect(toExcelInput(null)).toBe("");
    expect(toExcelInput(12)).toBe(12);
    expect(toExcelInput(false)).toBe(false);
    expect(toExcelInput(new Date(Date.UTC(2024, 0, 5)))).toBe(serialOfDate(2024, 1, 5));
    expect(toExcelInput({ formula: "=SUM(A1:A3)" })).toBe("=SUM(A1:A3)");
  });

  test("values op: tricky strings stay text, numbers, dates and formulas stay what they are", async () => {
    const host = new OfficeHost();
    const row = [...TRICKY, 42, new Date(Date.UTC(2024, 0, 5)), { formula: "=A1&B1" }, true];
    await host.apply([{ kind: "values", sheet: "S", row: 0, col: 0, values: [row] }]);
    const s = book.sheet("S");
    expect(s.cells[0].slice(0, TRICKY.length)).toEqual(TRICKY);
    expect(s.cells[0].slice(TRICKY.length)).toEqual([42, serialOfDate(2024, 1, 5), "", true]);
    expect(s.formulas.get(`0,${TRICKY.length + 2}`)).toBe("=A1&B1");
    expect(s.formulas.size).toBe(1);
    // Read back through the host: the same strings.
    const back = await host.readRect({ sheet: "S", row: 0, col: 0, rows: 1, cols: TRICKY.length });
    expect(back).toEqual([TRICKY]);
  });

  test("table op: tricky header and row texts stay text (headers unique), numeric tier labels stay text", async () => {
    const ops: WriteOp[] = [
      {
        kind: "table",
        sheet: "S",
        row: 0,
        col: 0,
        header: ["00123", "1-4", "TRUE"],
        rows: [TRICKY.slice(0, 3), TRICKY.slice(3, 6), ["1", "2", "3"]],
        name: "Tricky",
      },
      {
        kind: "tierFormat",
        sheet: "S",
        row: 1,
        col: 0,
        rows: 3,
        labels: ["1", "2", "3"],
        colors: ["#FF0000", "#00FF00", "#0000FF"],
      },
    ];
    await new OfficeHost().apply(ops);
    const s = book.sheet("S");
    expect(s.cells.slice(0, 4)).toEqual([
      ["00123", "1-4", "TRUE"],
      TRICKY.slice(0, 3),
      TRICKY.slice(3, 6),
      ["1", "2", "3"],
    ]);
    expect(s.tables).toMatchObject([{ name: "Tricky", rows: 4, cols: 3 }]);
    // The text rule ="1" matches the text "1" that is in the cell.
    expect(s.conditionalFormats.map((f) => f.formula1)).toEqual(['="1"', '="2"', '="3"']);
  });

  test("the summary sheet and the Tier column write their labels as text (Pareto ranks such as 1-3 are not dates)", async () => {
    const N = 600;
    book.addSheet("Customers", [
      ["Customer", "Sales"],
      ...Array.from({ length: N }, (_, i) => [`C${i}`, 10_000 - i]),
    ]);
    book.selection = { sheet: "Customers", row: 1, col: 0, rows: 1, cols: 1 };
    const host = new OfficeHost();
    const snap = (await host.readList()) as ListSnapshot;
    const result = analyzeList(snap, { sales: 1, customer: 0 }, { labels: ["1", "2", "3"] });
    await host.apply(buildSummarySheet(result, ["S", "Customers"], "en"));
    const tier = buildTierWrite(snap, result, {
      output: "values",
      locale: "en",
      replaceExisting: false,
    });
    await host.apply(tier.ops);
    const sum = book.sheets[2];
    const pareto = sum.cells
      .slice(3, 3 + result.paretoSeries.points.length)
      .map((r) => [r[7], r[10]]);
    expect(pareto.length).toBeGreaterThan(100);
    expect(pareto[0]).toEqual(["1-3", "1"]);
    for (const [ranks, label] of pareto) {
      expect(ranks).toMatch(/^\d+-\d+$/);
      expect(["1", "2", "3"]).toContain(label);
    }
    // The tier table's labels and the Tier column of the list.
    expect(sum.cells.slice(3, 6).map((r) => r[0])).toEqual(["1", "2", "3"]);
    const col = book
      .sheet("Customers")
      .cells.slice(1, N + 1)
      .map((r) => r[2]);
    expect(new Set(col)).toEqual(new Set(["1", "2", "3"]));
  });

  test("Churn watch re-run: an id such as 00123 still matches the user's row, typed notes such as '- called twice' survive", async () => {
    const ASOF = 45900;
    const customers = (): ChurnCustomer[] => [
      { row: 0, name: "Ace", id: "00123", rep: "Wang", lastOrder: ASOF - 90, value: 5000 },
      { row: 1, name: "Bee", id: "1-4", rep: "Li", lastOrder: ASOF - 70, value: 20000 },
    ];
    const host = new OfficeHost();
    const churn = () => runChurnWatch(host, findLapsed(customers(), { asOf: ASOF }));
    await churn();
    const s = book.sheet("Churn watch");
    const header = s.cells[0] as string[];
    const idCol = header.indexOf("Customer ID");
    const notes = header.indexOf("Notes");
    expect(
      s.cells
        .slice(1, 3)
        .map((r) => r[idCol])
        .sort()
    ).toEqual(["00123", "1-4"]);
    const aceRow = s.cells.findIndex((r) => r[0] === "Ace");
    // The user renames the customer in the sheet (so only the id can match) and types a note.
    book.set(s, aceRow, 0, "Ace Ltd");
    book.set(s, aceRow, notes, "- called twice");
    const plan = await churn();
    expect(plan.rows.find((r) => r.id === "00123")?.notes).toBe("- called twice");
    const t = book.sheet("Churn watch");
    const row = t.cells.find((r) => r[idCol] === "00123")!;
    expect(row[notes]).toBe("- called twice");
    expect(t.cells.filter((r) => r[idCol] === "00123")).toHaveLength(1);
  });
});
