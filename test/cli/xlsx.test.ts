/**
 * @jest-environment node
 *
 * Loading and saving workbook files (src/host/xlsx.ts): typed values, CSV dialects and
 * encodings, merged cells, formulas, tables/frozen panes/conditional formats/validations on
 * save (checked by reading the saved file back with exceljs), and the error of each kind of
 * bad file.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import {
  detectDelimiter,
  loadWorkbook,
  parseDelimited,
  saveWorkbook,
  typeCsvField,
  WorkbookFileError,
} from "../../src/host/xlsx";
import { newSheet, type MemoryWorkbookData } from "../../src/host/memoryWorkbook";
import { grid, outputDir, readBack, tmpFiles, writeXlsx } from "./helpers";

const p = outputDir("crm-xlsx-");

describe("CSV", () => {
  test("UTF-8 with BOM, Chinese headers, quoted fields, numbers, codes and dates", async () => {
    const text =
      '\uFEFF客户名称,业务员,月销售额,编码,最近下单日期\r\n"万家福(春熙路店), 一楼",张伟,"12,300.5",00123,2025-10-03\r\n"说""好""的店",王芳,800,17,2025/1/9\r\n';
    fs.writeFileSync(p("bom.csv"), text, "utf8");
    const { data, format, csv } = await loadWorkbook(p("bom.csv"));
    expect(format).toBe("csv");
    expect(csv).toEqual({ delimiter: ",", encoding: "utf-8 (BOM)" });
    const cells = data.sheets[0].cells;
    expect(data.sheets[0].name).toBe("bom");
    expect(cells[0]).toEqual(["客户名称", "业务员", "月销售额", "编码", "最近下单日期"]);
    expect(cells[1]).toEqual([
      "万家福(春熙路店), 一楼",
      "张伟",
      12300.5,
      "00123",
      new Date(Date.UTC(2025, 9, 3)),
    ]);
    expect(cells[2]).toEqual(['说"好"的店', "王芳", 800, 17, new Date(Date.UTC(2025, 0, 9))]);
    expect(cells.length).toBe(3);
  });

  test("semicolon and tab separated files are detected from the header line", () => {
    expect(detectDelimiter("a;b;c\n1,5;2;3")).toBe(";");
    expect(detectDelimiter("a\tb\tc\n1\t2\t3")).toBe("\t");
    expect(detectDelimiter('"x;y",b,c\n')).toBe(",");
    expect(parseDelimited('a;b\n1;"2\n3"', ";")).toEqual([
      ["a", "b"],
      ["1", "2\n3"],
    ]);
  });

  test("GB18030 (what Chinese Excel saves as CSV) is decoded", async () => {
    // "客户,销售额\n甲,5\n" in GB18030, bytes from the GB2312 code table.
    const bytes = Buffer.from([
      0xbf, 0xcd, 0xbb, 0xa7, 0x2c, 0xcf, 0xfa, 0xca, 0xdb, 0xb6, 0xee, 0x0a, 0xbc, 0xd7, 0x2c,
      0x35, 0x0a,
    ]);
    fs.writeFileSync(p("gbk.csv"), bytes);
    const { data, csv } = await loadWorkbook(p("gbk.csv"));
    expect(csv?.encoding).toBe("gb18030");
    expect(data.sheets[0].cells).toEqual([
      ["客户", "销售额"],
      ["甲", 5],
    ]);
  });

  test("field typing", () => {
    expect(typeCsvField(" 42 ")).toBe(42);
    expect(typeCsvField("-1.5e3")).toBe(-1500);
    expect(typeCsvField("0.25")).toBe(0.25);
    expect(typeCsvField("007")).toBe("007");
    expect(typeCsvField("2025-02-30")).toBe("2025-02-30"); // not a real date: stays text
    expect(typeCsvField("")).toBeNull();
    expect(typeCsvField("TRUE")).toBe(true);
    expect(typeCsvField("12abc")).toBe("12abc");
  });
});

describe("xlsx load", () => {
  test("numbers, dates, formulas (cached result), rich text, errors and merged header cells", async () => {
    await writeXlsx(
      p("typed.xlsx"),
      [
        ["Customer", "Sales", null, "Last order"],
        [null, "Jan", "Feb", null],
        ["Ann", 10, 5, new Date(Date.UTC(2025, 2, 4))],
        ["Bob", { formula: "B3*2", result: 20 }, { error: "#N/A" }, new Date(Date.UTC(2025, 2, 5))],
        [{ richText: [{ text: "Cl" }, { text: "ara" }] }, 1.5, 0, null],
      ],
      (ws) => {
        ws.mergeCells("B1:C1"); // "Sales" spans two month columns
        ws.mergeCells("A1:A2");
        ws.getCell("D3").numFmt = "yyyy-mm-dd";
        ws.getCell("D4").numFmt = "yyyy-mm-dd";
        ws.views = [{ state: "frozen", ySplit: 2, xSplit: 1 }];
      }
    );
    {
      const { data, formulas } = await loadWorkbook(p("typed.xlsx"));
      const cells = data.sheets[0].cells;
      expect(cells[0]).toEqual(["Customer", "Sales", null, "Last order"]);
      expect(cells[1]).toEqual([null, "Jan", "Feb"]);
      expect(cells[2]).toEqual(["Ann", 10, 5, new Date(Date.UTC(2025, 2, 4))]);
      expect(cells[3]).toEqual(["Bob", 20, "#N/A", new Date(Date.UTC(2025, 2, 5))]);
      expect(cells[4]).toEqual(["Clara", 1.5, 0]);
      expect(formulas.get("Sheet1")?.get("3,1")).toEqual({ formula: "=B3*2", value: 20 });
      expect([data.sheets[0].frozenRows, data.sheets[0].frozenCols]).toEqual([2, 1]);
    }
  });

  test("errors: missing file, not a workbook, password-protected, damaged zip", async () => {
    const expectError = async (file: string, code: string, text: RegExp) => {
      const e = await loadWorkbook(file).then(
        () => null,
        (x: unknown) => x
      );
      expect(e).toBeInstanceOf(WorkbookFileError);
      expect((e as WorkbookFileError).code).toBe(code);
      expect((e as Error).message).toMatch(text);
    };
    await expectError(p("nope.xlsx"), "notFound", /file not found: .*nope\.xlsx/);
    fs.writeFileSync(
      p("image.xlsx"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])
    );
    await expectError(p("image.xlsx"), "notWorkbook", /not an \.xlsx workbook: it is a PNG image/);
    fs.writeFileSync(p("notes.xlsx"), "just some text\n");
    await expectError(p("notes.xlsx"), "notWorkbook", /text file/);
    fs.writeFileSync(p("empty.xlsx"), "");
    await expectError(p("empty.xlsx"), "notWorkbook", /file is empty/);
    // An encrypted .xlsx is an OLE compound file: it starts with D0 CF 11 E0 A1 B1 1A E1.
    fs.writeFileSync(
      p("locked.xlsx"),
      Buffer.concat([
        Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
        Buffer.alloc(504),
      ])
    );
    await expectError(p("locked.xlsx"), "encrypted", /password-protected or legacy \.xls workbook/);
    fs.writeFileSync(
      p("broken.xlsx"),
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(100, 7)])
    );
    await expectError(p("broken.xlsx"), "unreadable", /could not be read as an \.xlsx workbook/);
    fs.writeFileSync(p("binary.csv"), Buffer.from([1, 2, 0, 4]));
    await expectError(p("binary.csv"), "notWorkbook", /not a CSV text file/);
    await expectError(p.dir, "notWorkbook", /is a folder/);
  });
});

describe("xlsx save", () => {
  test("values, dates, formulas, number formats, tables, frozen panes, conditional formats, validations", async () => {
    const sheet = newSheet("Data");
    sheet.cells = [
      ["Customer", "Sales", "Day", "Tier", "Reason"],
      ["Ann", 30, new Date(Date.UTC(2025, 10, 3)), "A", null],
      ["Bob", 20, new Date(Date.UTC(2025, 10, 4)), { formula: '=IF(B3>25,"A","B")' }, null],
    ];
    sheet.numberFormats.set("1,1", "#,##0.00");
    sheet.tables.push({ name: "Plan 1", row: 0, col: 0, rows: 3, cols: 5 });
    sheet.frozenRows = 1;
    sheet.conditionalFormats.push({
      kind: "textEquals",
      range: { sheet: "Data", row: 1, col: 3, rows: 2, cols: 1 },
      text: "A",
      fill: "#C6EFCE",
    });
    sheet.validations.push({
      range: { sheet: "Data", row: 1, col: 4, rows: 2, cols: 1 },
      list: ["moved", "closed"],
    });
    sheet.charts.push({
      type: "column",
      title: "t",
      anchor: { sheet: "Data", row: 0, col: 6, rows: 10, cols: 6 },
      series: [],
    });
    const data: MemoryWorkbookData = {
      sheets: [sheet, newSheet("Empty")],
      selection: { sheet: "Data", row: 0, col: 0, rows: 1, cols: 1 },
      settings: {},
    };
    const report = await saveWorkbook(data, p("saved.xlsx"));
    expect(report.skippedCharts).toBe(1);
    expect(tmpFiles(p.dir)).toEqual([]);

    const wb = await readBack(p("saved.xlsx"));
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Data", "Empty"]);
    const ws = wb.getWorksheet("Data")!;
    expect(grid(ws).slice(0, 2)).toEqual([
      ["Customer", "Sales", "Day", "Tier", "Reason"],
      ["Ann", 30, new Date(Date.UTC(2025, 10, 3)), "A"],
    ]);
    expect(ws.getCell("C2").type).toBe(ExcelJS.ValueType.Date);
    expect(ws.getCell("C2").numFmt).toBe("yyyy-mm-dd");
    expect(ws.getCell("B2").numFmt).toBe("#,##0.00");
    expect(ws.getCell("D3").formula).toBe('IF(B3>25,"A","B")');
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const tables = (ws as unknown as { tables: Record<string, unknown> }).tables;
    expect(Object.keys(tables)).toEqual(["Plan_1"]);
    const cf = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[];
      }
    ).conditionalFormattings;
    expect(cf.map((c) => [c.ref, c.rules[0].formulae[0]])).toEqual([["D2:D3", '$D2="A"']]);
    const dv = (
      ws as unknown as { dataValidations: { model: Record<string, { formulae: string[] }> } }
    ).dataValidations.model;
    const dvs = Object.entries(dv).filter(([, v]) => v);
    expect(dvs.length).toBeGreaterThan(0);
    expect(dvs[0][1].formulae[0]).toBe('"moved,closed"');
  });

  test("formulas loaded from a file are written back where the value was not changed", async () => {
    await writeXlsx(p("f.xlsx"), [
      ["x", "y"],
      [2, { formula: "A2*3", result: 6 }],
      [4, { formula: "A3*3", result: 12 }],
    ]);
    const { data, formulas } = await loadWorkbook(p("f.xlsx"));
    data.sheets[0].cells[2][1] = 99; // overwritten: stays a value
    await saveWorkbook(data, p("f-out.xlsx"), { formulas });
    const ws = (await readBack(p("f-out.xlsx"))).worksheets[0];
    expect(ws.getCell("B2").formula).toBe("A2*3");
    expect((ws.getCell("B2").value as ExcelJS.CellFormulaValue).result).toBe(6);
    expect(ws.getCell("B3").value).toBe(99);
  });

  test("a failed save leaves no file behind", async () => {
    const data: MemoryWorkbookData = {
      sheets: [newSheet("S")],
      selection: { sheet: "S", row: 0, col: 0, rows: 1, cols: 1 },
      settings: {},
    };
    await expect(saveWorkbook(data, p("no-such-folder/out.xlsx"))).rejects.toThrow(/cannot write/);
    expect(fs.existsSync(p("no-such-folder"))).toBe(false);
  });
});
