/**
 * The typed array-formula cell (`ArrayFormulaInput`): every host takes it without casts. The
 * in-memory host keeps it, the batch check refuses what Excel refuses (a block leaving the grid,
 * any array formula in a table: "Excel tables don't support dynamic array formulas", Microsoft
 * support, "Dynamic array formulas and spilled array behavior"), Office.js gets the formula alone
 * (Excel spills it), and both xlsx writers store `<f t="array" ref="...">` with the cached value.
 */
import * as fs from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { toExcelInput } from "../../src/host/officeWrite";
import {
  isArrayFormulaInput,
  isFormulaInput,
  type ArrayFormulaInput,
  type WriteOp,
} from "../../src/host/types";
import { validateBatch } from "../../src/host/validateBatch";
import { loadWorkbook, saveResult, saveWorkbook } from "../../src/host/xlsx";
import { tempDir } from "../cli/helpers";

const dir = tempDir("crm-array-");
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
const p = (name: string) => path.join(dir, name);

const SPILL: ArrayFormulaInput = {
  formula: "=CRM.TIER(B2:B4)",
  result: "A",
  array: { rows: 3, cols: 1 },
};

const host = () =>
  new MemoryHost(
    workbookFromCells("List", [
      ["Customer", "Sales"],
      ["Ann", 10],
      ["Bob", 20],
      ["Cy", 30],
    ])
  );

describe("ArrayFormulaInput", () => {
  test("the guards tell plain values, formulas and array formulas apart", () => {
    expect([1, "x", null, new Date(0), { formula: "=1" }, SPILL].map(isFormulaInput)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
    ]);
    expect([{ formula: "=1" }, SPILL].map(isArrayFormulaInput)).toEqual([false, true]);
  });

  test("the in-memory host keeps the block and the cached value; a plain formula stays { formula }", async () => {
    const h = host();
    await h.apply([
      { kind: "values", sheet: "List", row: 0, col: 2, values: [["Tier"], [SPILL], ["B"], ["C"]] },
      { kind: "values", sheet: "List", row: 5, col: 0, values: [[{ formula: "=SUM(B2:B4)" }]] },
    ]);
    const cells = h.sheet("List")!.cells;
    expect(cells[1][2]).toEqual(SPILL);
    expect(cells[1][2]).not.toBe(SPILL); // a copy: the caller's object is not shared
    expect(cells[5][0]).toEqual({ formula: "=SUM(B2:B4)" });
  });

  test("the batch check refuses an array formula in a table, of no size, or leaving the grid", () => {
    const values = (v: ArrayFormulaInput, row = 0): WriteOp => ({
      kind: "values",
      sheet: "S",
      row,
      col: 0,
      values: [[v]],
    });
    expect(() => validateBatch([values(SPILL)])).not.toThrow();
    expect(() =>
      validateBatch([
        { kind: "table", sheet: "S", row: 0, col: 0, header: ["Tier"], rows: [[SPILL]] },
      ])
    ).toThrow(/table/);
    expect(() => validateBatch([values({ ...SPILL, array: { rows: 0, cols: 1 } })])).toThrow(
      /size/
    );
    expect(() => validateBatch([values({ ...SPILL, array: { rows: 1.5, cols: 1 } })])).toThrow(
      /size/
    );
    expect(() => validateBatch([values(SPILL, 1_048_574)])).toThrow(/beyond the grid/);
    expect(() => validateBatch([values(SPILL, 1_048_573)])).not.toThrow();
  });

  test("Office.js gets the formula alone (Excel spills it from the cell)", () => {
    expect(toExcelInput(SPILL)).toBe("=CRM.TIER(B2:B4)");
  });

  test('the package writer (existing sheet) stores <f t="array"> over the block with the cached value', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("List");
    [
      ["Customer", "Sales"],
      ["Ann", 10],
      ["Bob", 20],
      ["Cy", 30],
    ].forEach((r) => ws.addRow(r));
    await wb.xlsx.writeFile(p("in.xlsx"));
    const loaded = await loadWorkbook(p("in.xlsx"));
    const h = new MemoryHost(loaded.data);
    await h.apply([
      { kind: "values", sheet: "List", row: 0, col: 2, values: [["Tier"], [SPILL], ["B"], ["C"]] },
    ]);
    await saveResult(loaded, h, p("out.xlsx"));
    const zip = await JSZip.loadAsync(fs.readFileSync(p("out.xlsx")));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(
      /<c r="C2"[^>]*t="str"><f t="array" ref="C2:C4">CRM\.TIER\(B2:B4\)<\/f><v>A<\/v><\/c>/
    );
    const back = await loadWorkbook(p("out.xlsx"));
    expect(back.data.sheets[0].cells.slice(1).map((r) => r[2])).toEqual(["A", "B", "C"]);
    expect(back.formulas.get("List")?.get("1,2")).toEqual({
      formula: "=CRM.TIER(B2:B4)",
      value: "A",
    });
  });

  test("the exceljs writer (a new workbook) stores the array formula too", async () => {
    const h = host();
    await h.apply([
      {
        kind: "values",
        sheet: "List",
        row: 0,
        col: 2,
        values: [["Tier"], [{ ...SPILL, array: { rows: 3, cols: 2 } }], ["B"], ["C"]],
      },
    ]);
    await saveWorkbook(h.data, p("new.xlsx"));
    const zip = await JSZip.loadAsync(fs.readFileSync(p("new.xlsx")));
    const xml = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(xml).toMatch(
      /<c r="C2"[^>]*><f t="array" ref="C2:D4">CRM\.TIER\(B2:B4\)<\/f><v>A<\/v><\/c>/
    );
  });
});
