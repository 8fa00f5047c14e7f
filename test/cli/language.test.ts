/**
 * @jest-environment node
 *
 * A message that carries a pane message (in the list's language, or --lang's) is in that
 * language from end to end: the command line's words around it (where the list is, the other
 * sheets, which options to use) follow it, in `crm churn`, `crm value` and `crm history`.
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { crmRunner, outputDir } from "./helpers";

const out = outputDir("crm-language-");
const crm = crmRunner();

/** A workbook of sheets (name -> rows, row 0 the header), written with exceljs. */
async function workbook(file: string, sheets: Record<string, unknown[][]>): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets))
    wb.addWorksheet(name).addRows(rows as ExcelJS.CellValue[][]);
  await wb.xlsx.writeFile(file);
  return file;
}

/** The error's words: option names (--last-order) and quoted names ("Sheet1", “说明”) taken out. */
function words(err: string): string {
  return err
    .replace(/^crm: error: /, "")
    .replace(/--[a-z-]+/g, "")
    .replace(/"[^"]*"|“[^”]*”/g, "");
}

const CJK = /[\u4e00-\u9fff]/;
const LATIN_WORD = /[A-Za-z]{2,}/;

/** A failed run: exit 1, one line, nothing written; its error's words. */
async function failure(...argv: string[]): Promise<string> {
  const target = out("never.xlsx");
  const r = await crm(...argv, "-o", target);
  expect({ code: r.code, lines: r.err.trim().split("\n").length }).toEqual({ code: 1, lines: 1 });
  expect(fs.existsSync(target)).toBe(false);
  return words(r.err);
}

describe("messages in the list's language, end to end", () => {
  test("crm churn without a last-order, P(alive) or period column", async () => {
    const zh = await workbook(out("churn-zh.xlsx"), {
      客户: [
        ["客户名称", "月销售额"],
        ["甲店", 10],
        ["乙店", 20],
      ],
      说明: [["本表说明"]],
    });
    const said = await failure("churn", zh, "--sheet", "客户");
    expect(said).toMatch(CJK);
    expect(said).not.toMatch(LATIN_WORD);
    expect(said).toMatch(/工作表.*其他工作表/);
    // --lang en: the same message in English throughout.
    const en = await failure("churn", zh, "--sheet", "客户", "--lang", "en");
    expect(en).not.toMatch(CJK);
    expect(en).toMatch(/sheet .*other sheets: .*choose one with/);
  });

  test("crm value without a column of numbers", async () => {
    const zh = await workbook(out("value-zh.xlsx"), {
      客户: [
        ["客户名称", "片区"],
        ["甲店", "东区"],
        ["乙店", "西区"],
      ],
    });
    const said = await failure("value", zh);
    expect(said).toMatch(CJK);
    expect(said).not.toMatch(LATIN_WORD);
    const en = await failure("value", zh, "--lang", "en");
    expect(en).not.toMatch(CJK);
  });

  test("crm history with an order line it cannot read", async () => {
    const zh = await workbook(out("history-zh.xlsx"), {
      订单: [
        ["客户", "订单日期", "金额"],
        ["甲店", new Date("2025-01-03T00:00:00Z"), 10],
        ["甲店", "某天", 12],
        ["乙店", new Date("2025-01-05T00:00:00Z"), 7],
      ],
    });
    const said = await failure("history", zh);
    expect(said).toMatch(CJK);
    expect(said).not.toMatch(LATIN_WORD);
    const en = await failure("history", zh, "--lang", "en");
    expect(en).not.toMatch(CJK);
    expect(en).toMatch(/^sheet : .*cannot be read/);
  });
});
