/**
 * The package writer carries out every op the hosts support, on an existing sheet (patched as
 * it streams) and on a new one (rendered), and the result is read back by exceljs (an
 * independent reader). Also: the reader on XML written with a namespace prefix, shared
 * formulas, inline and rich text with phonetic runs, 1904 dates, hidden rows and sheet states.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MemoryHost } from "../../src/host/memoryHost";
import type { WriteOp } from "../../src/host/types";
import { loadWorkbook, saveResult } from "../../src/host/xlsx";
import { outputDir, readBack, writeXlsx } from "./helpers";

const p = outputDir("crm-writer-");

/** The user's list: a formula cell, a note and a table of its own beside it. */
const source = (file: string): Promise<void> =>
  writeXlsx(
    file,
    [
      ["Customer", "Sales", "Note"],
      ["Ann", 10, "keep"],
      ["Bob", 20, null],
      ["Cy", 30, "x"],
    ],
    (ws) => {
      ws.getCell("E2").value = { formula: "B2*2", result: 20 };
      ws.getCell("F1").value = "old table";
      ws.addTable({
        name: "Old",
        ref: "H1",
        columns: [{ name: "K" }, { name: "V" }],
        rows: [
          ["a", 1],
          ["b", 2],
        ],
      });
    },
    "List"
  );

describe("every op on an existing and a new sheet", () => {
  test("values, table, freeze, tierFormat, listValidation, clear, autofit, addSheet, chart", async () => {
    await source(p("ops.xlsx"));
    const loaded = await loadWorkbook(p("ops.xlsx"));
    expect(loaded.data.sheets[0].tables.map((t) => t.name)).toEqual(["Old"]);
    const host = new MemoryHost(loaded.data);
    const ops: WriteOp[] = [
      { kind: "values", sheet: "List", row: 0, col: 3, values: [["Tier"], ["A"], ["B"], ["C"]] },
      {
        kind: "values",
        sheet: "List",
        row: 5,
        col: 0,
        values: [[new Date(Date.UTC(2025, 0, 31))]],
      },
      { kind: "values", sheet: "List", row: 5, col: 1, values: [[0.25]], numberFormat: "0.0%" },
      {
        kind: "tierFormat",
        sheet: "List",
        row: 1,
        col: 3,
        rows: 3,
        labels: ["A", "B", "C"],
        colors: ["#C6EFCE", "#FFEB9C", "#FFC7CE"],
      },
      { kind: "listValidation", sheet: "List", row: 1, col: 3, rows: 3, source: ["A", "B", "C"] },
      { kind: "freeze", sheet: "List", rows: 1, cols: 1 },
      { kind: "autofit", sheet: "List", col: 3, cols: 1 },
      // Clears the old table (H1:I3) entirely and the formula cell E2.
      { kind: "clear", sheet: "List", row: 0, col: 4, rows: 3, cols: 5 },
      {
        kind: "table",
        sheet: "List",
        row: 6,
        col: 0,
        header: ["Key", "Key"],
        rows: [["x", 1]],
        name: "Fresh",
        numberFormats: [null, "#,##0.00"],
      },
      { kind: "addSheet", name: "Summary", activate: true },
      {
        kind: "values",
        sheet: "Summary",
        row: 0,
        col: 0,
        values: [["Title 标题"], [null], [{ formula: "=SUM(List!B2:B4)" }]],
      },
      {
        kind: "table",
        sheet: "Summary",
        row: 4,
        col: 0,
        header: ["Tier", "Customers"],
        rows: [
          ["A", 1],
          ["B", 2],
        ],
        numberFormats: [null, "#,##0"],
      },
      { kind: "freeze", sheet: "Summary", rows: 5 },
      {
        kind: "tierFormat",
        sheet: "Summary",
        row: 5,
        col: 0,
        rows: 2,
        labels: ["A", "B"],
        colors: ["#C6EFCE", "#FFEB9C"],
      },
      { kind: "listValidation", sheet: "Summary", row: 5, col: 0, rows: 2, source: ["A", "B"] },
      {
        kind: "chart",
        sheet: "Summary",
        spec: {
          type: "column",
          title: "t",
          anchor: { sheet: "Summary", row: 0, col: 4, rows: 5, cols: 5 },
          series: [{ name: "s", x: "Summary!A6:A7", y: "Summary!B6:B7" }],
        },
      },
      { kind: "setting", key: "k", value: 1 },
    ];
    await host.apply(ops);
    const report = await saveResult(loaded, host, p("ops.out.xlsx"));
    expect(report.skippedCharts).toBe(1);

    const wb = await readBack(p("ops.out.xlsx"));
    const ws = wb.getWorksheet("List")!;
    expect([1, 2, 3, 4].map((r) => ws.getCell(r, 4).value)).toEqual(["Tier", "A", "B", "C"]);
    expect(ws.getCell("C2").value).toBe("keep"); // untouched neighbours stay
    expect(ws.getCell("E2").value).toBeNull(); // cleared
    expect(ws.getCell("F1").value).toBeNull();
    expect(ws.getCell("H2").value).toBeNull(); // the old table's cells
    expect((ws.getCell("A6").value as Date).toISOString()).toBe("2025-01-31T00:00:00.000Z");
    expect(ws.getCell("A6").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("B6").value).toBe(0.25);
    expect(ws.getCell("B6").numFmt).toBe("0.0%");
    const tables = (
      ws as unknown as {
        tables: Record<string, { table: { tableRef: string; columns: { name: string }[] } }>;
      }
    ).tables;
    expect(Object.keys(tables)).toEqual(["Fresh"]);
    expect(tables.Fresh.table.tableRef).toBe("A7:B8");
    // Excel needs distinct column names: the repeated header became "Key2", in the cell too.
    expect(tables.Fresh.table.columns.map((c) => c.name)).toEqual(["Key", "Key2"]);
    expect(ws.getCell("B7").value).toBe("Key2");
    expect(ws.getCell("B8").numFmt).toBe("#,##0.00");
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 1 });
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(8);
    expect(ws.getCell("D2").dataValidation?.formulae).toEqual(['"A,B,C"']);
    const cf = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules.map((r) => r.formulae[0])])).toEqual([
      ["D2:D4", ['$D2="A"', '$D2="B"', '$D2="C"']],
    ]);

    const sum = wb.getWorksheet("Summary")!;
    expect(sum.getCell("A1").value).toBe("Title 标题");
    expect((sum.getCell("A3").value as ExcelJS.CellFormulaValue).formula).toBe("SUM(List!B2:B4)");
    expect(sum.getCell("B6").numFmt).toBe("#,##0");
    expect(sum.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    const st = (sum as unknown as { tables: Record<string, { table: { tableRef: string } }> })
      .tables;
    expect(Object.values(st).map((t) => t.table.tableRef)).toEqual(["A5:B7"]);
    expect(sum.getCell("A6").dataValidation?.formulae).toEqual(['"A,B"']);

    // The old table's part and the calculation chain entry of the cleared formula are gone.
    const zip = await JSZip.loadAsync(fs.readFileSync(p("ops.out.xlsx")));
    const ct = await zip.file("[Content_Types].xml")!.async("string");
    for (const name of Object.keys(zip.files).filter(
      (n) => !zip.files[n].dir && n !== "[Content_Types].xml" && !n.endsWith(".rels")
    ))
      expect({
        name,
        listed:
          ct.includes(`/${name}"`) ||
          /\.(png|jpeg|vml)$/.test(name) ||
          ct.includes(`Extension="${name.split(".").pop()}"`),
      }).toEqual({ name, listed: true });
    const again = await loadWorkbook(p("ops.out.xlsx"));
    expect(again.data.sheets.map((s) => s.name)).toEqual(["List", "Summary"]);
    expect(again.data.sheets[0].tables.map((t) => t.name)).toEqual(["Fresh"]);
  });
});

describe("an output of ours as input", () => {
  test("relationship ids stay unique: every sheet keeps its own part", async () => {
    // Each save adds one sheet without tables, so both would take the first free id; a
    // duplicate id once made a plan's sheet disappear when crm compliance re-read it.
    await source(p("twice.xlsx"));
    let file = p("twice.xlsx");
    for (const name of ["One", "Two"]) {
      const loaded = await loadWorkbook(file);
      const host = new MemoryHost(loaded.data);
      await host.apply([
        { kind: "addSheet", name },
        { kind: "values", sheet: name, row: 0, col: 0, values: [[`sheet ${name}`]] },
      ]);
      const out = p(`twice.${name}.xlsx`);
      await saveResult(loaded, host, out);
      file = out;
    }
    const back = await loadWorkbook(file);
    expect(back.data.sheets.map((s) => [s.name, s.cells[0]?.[0]])).toEqual([
      ["List", "Customer"],
      ["One", "sheet One"],
      ["Two", "sheet Two"],
    ]);
  });
});

describe("a column of 300,000 rows", () => {
  test("is written (sizes are computed with loops, never by spreading the rows into a call)", async () => {
    // Math.max(...rows) threw "Maximum call stack size exceeded" above ~120,000 rows.
    await source(p("tall.xlsx"));
    const loaded = await loadWorkbook(p("tall.xlsx"));
    const host = new MemoryHost(loaded.data);
    const n = 300_000;
    const values = Array.from({ length: n }, (_, i) => [i % 3 === 0 ? "A" : "C"]);
    await host.apply([{ kind: "values", sheet: "List", row: 0, col: 10, values }]);
    await saveResult(loaded, host, p("tall.out.xlsx"));
    const back = await loadWorkbook(p("tall.out.xlsx"));
    const cells = back.data.sheets[0].cells;
    expect(cells.length).toBe(n);
    expect(cells[n - 1][10]).toBe((n - 1) % 3 === 0 ? "A" : "C");
    expect(cells[0][0]).toBe("Customer");
  }, 120_000);
});

describe("reader", () => {
  const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  async function handMade(file: string): Promise<void> {
    const zip = new JSZip();
    zip.file(
      "[Content_Types].xml",
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`
    );
    zip.file(
      "_rels/.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="r1" Type="${REL}/officeDocument" Target="/xl/workbook.xml"/></Relationships>`
    );
    zip.file(
      "xl/workbook.xml",
      `<?xml version="1.0"?><x:workbook xmlns:x="${MAIN}" xmlns:rel="${REL}"><x:workbookPr date1904="1"/><x:sheets><x:sheet name="Hidden" sheetId="7" state="hidden" rel:id="s2"/><x:sheet name="客户" sheetId="3" rel:id="s1"/></x:sheets></x:workbook>`
    );
    zip.file(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="s2" Type="${REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="ss" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="st" Type="${REL}/styles" Target="styles.xml"/></Relationships>`
    );
    zip.file(
      "xl/sharedStrings.xml",
      `<?xml version="1.0"?><x:sst xmlns:x="${MAIN}"><x:si><x:t>名称</x:t></x:si><x:si><x:r><x:t>东</x:t></x:r><x:r><x:rPr><x:b/></x:rPr><x:t xml:space="preserve">方 &amp; Co</x:t></x:r><x:rPh sb="0" eb="1"><x:t>ドン</x:t></x:rPh></x:si><x:si><x:t>Sales_x000D_</x:t></x:si><x:si/></x:sst>`
    );
    zip.file(
      "xl/styles.xml",
      `<?xml version="1.0"?><x:styleSheet xmlns:x="${MAIN}"><x:numFmts count="1"><x:numFmt numFmtId="170" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="170"/><x:xf numFmtId="4"/></x:cellXfs></x:styleSheet>`
    );
    zip.file(
      "xl/worksheets/sheet1.xml",
      `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData>` +
        `<x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" t="s"><x:v>2</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Since</x:t></x:is></x:c><x:c r="D1" t="s"><x:v>3</x:v></x:c></x:row>` +
        `<x:row r="2" hidden="1"><x:c r="A2" t="s"><x:v>1</x:v></x:c><x:c r="B2" s="2"><x:v>1234.5</x:v></x:c><x:c r="C2" s="1"><x:v>0</x:v></x:c><x:c r="D2"><x:f t="shared" ref="D2:D3" si="0">B2*2</x:f><x:v>2469</x:v></x:c></x:row>` +
        `<x:row><x:c t="str"><x:v>x&lt;y</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c r="D3"><x:f t="shared" si="0"/><x:v>4</x:v></x:c></x:row>` +
        `</x:sheetData></x:worksheet>`
    );
    zip.file(
      "xl/worksheets/sheet2.xml",
      `<?xml version="1.0"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`
    );
    fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  }

  test("prefixed XML, shared formulas, rich and inline text, 1904 dates, hidden rows and sheets", async () => {
    await handMade(p("hand.xlsx"));
    const { data, formulas } = await loadWorkbook(p("hand.xlsx"));
    expect(data.sheets.map((s) => [s.name, s.state])).toEqual([
      ["Hidden", "hidden"],
      ["客户", "visible"],
    ]);
    const s = data.sheets[1];
    expect(s.cells[0]).toEqual(["名称", "Sales\r", "Since"]); // D1: an empty shared string
    // Rich text joined, the phonetic run (ドン) left out; 1904 serial 0 is 1904-01-01.
    expect(s.cells[1]).toEqual(["东方 & Co", 1234.5, new Date(Date.UTC(1904, 0, 1)), 2469]);
    expect(s.cells[2]).toEqual(["x<y", true, "#N/A", 4]);
    expect(s.hiddenRows).toEqual([1]);
    expect(formulas.get("客户")?.get("2,3")).toEqual({ formula: "=B3*2", value: 4 });

    // The writer patches the prefixed part: our cells carry the prefix too.
    const before = s.cells[1].slice();
    const host = new MemoryHost(data);
    await host.apply([
      { kind: "values", sheet: "客户", row: 0, col: 4, values: [["Tier"], ["A"], ["B"]] },
    ]);
    await saveResult(
      { data, formulas, format: "xlsx", source: (await loadWorkbook(p("hand.xlsx"))).source },
      host,
      p("hand.out.xlsx")
    );
    const back = await loadWorkbook(p("hand.out.xlsx"));
    expect(back.data.sheets[1].cells.map((r) => r[4])).toEqual(["Tier", "A", "B"]);
    expect(back.data.sheets[1].cells[1].slice(0, 4)).toEqual(before);
    const xml = await (
      await JSZip.loadAsync(fs.readFileSync(p("hand.out.xlsx")))
    )
      .file("xl/worksheets/sheet1.xml")!
      .async("string");
    expect(xml).toContain(
      '<x:c r="E2" t="inlineStr"><x:is><x:t xml:space="preserve">A</x:t></x:is></x:c>'
    );
  });
});

describe("column widths (issue 11 item 8: no ####)", () => {
  test("new and patched sheets: every number and date column fits its widest value as shown", async () => {
    await source(p("widths.xlsx"));
    const loaded = await loadWorkbook(p("widths.xlsx"));
    const host = new MemoryHost(loaded.data);
    const ops: WriteOp[] = [
      // A column of ours on the user's sheet (patched), fitted by an autofit op.
      {
        kind: "values",
        sheet: "List",
        row: 0,
        col: 3,
        values: [["CLV"], [13222068], [5], [7]],
        numberFormat: "#,##0.00",
      },
      { kind: "autofit", sheet: "List", col: 3, cols: 1 },
      // A new sheet (rendered): every column fitted.
      { kind: "addSheet", name: "Plan" },
      {
        kind: "table",
        sheet: "Plan",
        row: 0,
        col: 0,
        header: ["Date", "Km", "Sales"],
        rows: [
          [45962, 1.5, 13222068],
          [45963, 12.25, 4],
        ],
        numberFormats: ["yyyy-mm-dd", "0.0", "#,##0.00"],
      },
    ];
    await host.apply(ops);
    await saveResult(loaded, host, p("widths.out.xlsx"));
    const wb = await readBack(p("widths.out.xlsx"));
    const need = (chars: number) => chars + 2;
    expect(wb.getWorksheet("List")!.getColumn(4).width).toBeGreaterThanOrEqual(
      need("13,222,068.00".length)
    );
    const plan = wb.getWorksheet("Plan")!;
    expect(plan.getColumn(1).width).toBeGreaterThanOrEqual(need("2025-11-01".length));
    expect(plan.getColumn(3).width).toBeGreaterThanOrEqual(need("13,222,068.00".length));
  });
});
