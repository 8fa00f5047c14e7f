/**
 * One width rule for every writer (issue 11 item 8): the widths an autofit op sets come from
 * what the batch wrote before it, under its number formats; the Office.js host sets them on
 * the strict Excel fake (RangeFormat.columnWidth, in points), and the .xlsx writer writes the
 * same widths into <col>: a big number or a date never shows as ####.
 */
import { autofitWidths } from "../../src/host/columnWidths";
import { OfficeHost } from "../../src/host/officeHost";
import { analyzeList, buildSummarySheet } from "../../src/app/tiering";
import { columnWidthFor, shownChars, widthInPoints } from "../../src/core/columnWidth";
import type { ListSnapshot, WriteOp } from "../../src/host/types";
import { FakeBook } from "./fakeExcel";

/** A list whose largest customer sells 13,222,068: its sales show as "13,222,068.00". */
function bigList(): ListSnapshot {
  const sales = [13222068, 9_800_000, 450_000.5, 120_000, 3_000, 2_500, 800, 10, 5, 1];
  return {
    sheet: "List",
    row: 0,
    col: 0,
    header: ["Customer", "Sales"],
    rows: sales.map((v, i) => [`Customer ${i + 1}`, v]),
    rightColumn: new Array(sales.length + 1).fill(null),
  };
}

describe("autofitWidths", () => {
  test("the widest value written before the op, as shown under its format; later writes ignored", () => {
    const ops: WriteOp[] = [
      {
        kind: "values",
        sheet: "S",
        row: 0,
        col: 0,
        values: [[13222068], [5]],
        numberFormat: "#,##0.00",
      },
      {
        kind: "table",
        sheet: "S",
        row: 0,
        col: 1,
        header: ["Date"],
        rows: [[45962]],
        numberFormats: ["yyyy-mm-dd"],
      },
      { kind: "autofit", sheet: "S", col: 0, cols: 3 },
      {
        kind: "values",
        sheet: "S",
        row: 9,
        col: 0,
        values: [["a long title that overflows ".repeat(3)]],
      },
    ];
    const [w] = [...autofitWidths(ops).values()];
    expect(w[0]).toBe(columnWidthFor("13,222,068.00".length));
    expect(w[1]).toBe(columnWidthFor("2025-11-01".length));
    expect(w[2]).toBeNaN(); // nothing written there: left as it is
  });

  test("the tier summary sheet: every number column fits its widest number", () => {
    const ops = buildSummarySheet(analyzeList(bigList(), { sales: 1, customer: 0 }), [], "en");
    const widths = [...autofitWidths(ops).entries()];
    const width = (col: number) => {
      for (const [op, w] of widths)
        if (col >= op.col && col < op.col + op.cols) return w[col - op.col];
      return NaN;
    };
    for (const op of ops) {
      const cells: [number, unknown, string | null | undefined][] =
        op.kind === "values"
          ? op.values.flatMap((r) =>
              r.map(
                (v, c) => [op.col + c, v, op.numberFormat] as [number, unknown, string | undefined]
              )
            )
          : op.kind === "table"
            ? op.rows.flatMap((r) =>
                r.map(
                  (v, c) =>
                    [op.col + c, v, op.numberFormats?.[c]] as [
                      number,
                      unknown,
                      string | null | undefined,
                    ]
                )
              )
            : [];
      for (const [col, v, fmt] of cells)
        if (typeof v === "number")
          expect(width(col)).toBeGreaterThanOrEqual(shownChars(v, fmt) + 2);
    }
    expect(width(3)).toBe(columnWidthFor("23,593,383.50".length)); // the total of sales
  });
});

describe("through the Office.js host (strict fake)", () => {
  test("the summary sheet's columns get the rule's widths in points, in the same sync as the cells", async () => {
    const book = new FakeBook();
    book.addSheet("List", [["Customer", "Sales"]]);
    book.install();
    const ops = buildSummarySheet(
      analyzeList(bigList(), { sales: 1, customer: 0 }),
      ["List"],
      "en"
    );
    const expected = [...autofitWidths(ops).entries()];
    book.syncs = 0;
    await new OfficeHost().apply(ops);
    const s = book.sheet("Tier summary");
    for (const [op, w] of expected)
      w.forEach((chars, k) => {
        if (chars === chars) expect(s.columnWidths.get(op.col + k)).toBe(widthInPoints(chars));
        else expect(s.columnWidths.has(op.col + k)).toBe(false);
      });
    expect(s.columnWidths.get(3)).toBe(widthInPoints(columnWidthFor(13)));
    expect(s.columnWidths.has(0)).toBe(false); // column A: titles overflow, no width set
    expect(book.syncs).toBe(2);
  });
});
