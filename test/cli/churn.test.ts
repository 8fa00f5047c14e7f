/**
 * @jest-environment node
 *
 * End to end tests of `crm churn` on the bundled sample and on hand-made lists. Outputs are
 * read back with exceljs; the lapsed customers are recomputed here from the input's dates by
 * the rule written out plainly (more than 60 whole days before the as-of day), the declining
 * ones by the trend rule (mean of the last 3 periods against the 3 before, below -30%).
 */
import * as fs from "fs";
import ExcelJS from "exceljs";
import { messages } from "../../src/i18n/messages";
import { crmRunner, grid, outputDir, readBack, SAMPLE, writeXlsx } from "./helpers";

const p = outputDir("crm-churn-");

const crm = crmRunner();

const DAY = 86_400_000;
const utcDay = (d: Date) => Math.floor(d.getTime() / DAY);

describe("crm churn on the bundled sample", () => {
  test("the lapsed customers by value at stake on a Churn watch sheet; a re-run keeps what was typed", async () => {
    const out = p("sample.churn.xlsx");
    const r = await crm("churn", SAMPLE, "-o", out, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.asOf).toBe("2025-10-29");
    expect(json.columns.lastOrder.header).toBe("最近下单日期");
    expect(json.columns.value.header).toBe("月销售额");

    // The rule, by hand: more than 60 days between the last order and 2025-10-29.
    const input = grid((await readBack(SAMPLE)).worksheets[0]);
    const h = input[0];
    const asOf = utcDay(new Date("2025-10-29T00:00:00Z"));
    const want = input
      .slice(1)
      .filter((row) => asOf - utcDay(row[h.indexOf("最近下单日期")] as Date) > 60)
      .map((row) => ({ name: row[0] as string, value: row[h.indexOf("月销售额")] as number }))
      .sort((a, b) => b.value - a.value);
    expect(want.length).toBeGreaterThan(10);
    expect(json.lapsed).toBe(want.length);
    expect(json.valueAtStake).toBeCloseTo(
      want.reduce((s, x) => s + x.value, 0),
      6
    );
    expect(json.top.map((x: { name: string }) => x.name)).toEqual(
      want.slice(0, 10).map((x) => x.name)
    );
    expect(json.top[0].expectedReturn).toBeCloseTo(want[0].value * 0.3, 6);

    const wb = await readBack(out);
    const t = messages("zh").churn.sheet;
    expect(wb.worksheets.map((w) => w.name)).toEqual(["客户清单", "订单明细", t.sheetName]);
    const watch = grid(wb.worksheets[2]);
    const H = watch[0];
    expect(H.slice(0, 3)).toEqual([t.headers.customer, t.headers.rep, t.headers.lastOrder]);
    const rows = watch.slice(1).filter((row) => row[0]);
    expect(rows.map((row) => row[0])).toEqual(want.map((x) => x.name));
    expect(rows.map((row) => row[H.indexOf(t.headers.valueAtStake)])).toEqual(
      want.map((x) => x.value)
    );
    // The expected return and the decision are live formulas on the row.
    const ws = wb.worksheets[2];
    const er = ws.getCell(2, H.indexOf(t.headers.expectedReturn) + 1).value as { formula: string };
    expect(er.formula).toMatch(/^[A-Z]+2\*[A-Z]+2-[A-Z]+2$/);
    // The original sheet is unchanged.
    expect(grid(wb.worksheets[0])).toEqual(input);

    // The user types a reason and a note on the first row; a re-run on that file keeps them.
    const edited = p("edited.xlsx");
    const ew = new ExcelJS.Workbook();
    await ew.xlsx.readFile(out);
    const sheet = ew.worksheets[2];
    sheet.getCell(2, H.indexOf(t.headers.reason) + 1).value = t.reasons.competitor;
    sheet.getCell(2, H.indexOf(t.headers.notes) + 1).value = "回访 11 月";
    await ew.xlsx.writeFile(edited);
    const again = p("again.xlsx");
    const r2 = await crm("churn", edited, "-o", again, "--json");
    expect(r2.code).toBe(0);
    const j2 = JSON.parse(r2.out);
    expect(j2.watch.created).toBe(false);
    expect(j2.watch.sheet).toBe(t.sheetName);
    const wb2 = await readBack(again);
    expect(wb2.worksheets.map((w) => w.name)).toEqual(["客户清单", "订单明细", t.sheetName]);
    const w2 = grid(wb2.worksheets[2]);
    expect(w2[1][0]).toBe(want[0].name);
    expect(w2[1][H.indexOf(t.headers.reason)]).toBe(t.reasons.competitor);
    expect(w2[1][H.indexOf(t.headers.notes)]).toBe("回访 11 月");
  });
});

describe("crm churn on hand-made lists", () => {
  test("declining customers from sales per period; the total row is left out; English sheet", async () => {
    const file = p("periods.xlsx");
    const rows: unknown[][] = [
      ["Customer", "Tier", "Jan", "Feb", "Mar", "Apr", "May", "Jun"],
      ["Falling", "A", 100, 100, 100, 50, 40, 30],
      ["Steady", "B", 50, 50, 50, 50, 50, 50],
      ["Slipping", "C", 20, 20, 20, 13, 13, 13],
      ["Growing", "B", 10, 10, 10, 20, 20, 20],
      ["Total", "", 180, 180, 180, 133, 123, 113],
    ];
    await writeXlsx(file, rows);
    const out = p("periods.churn.xlsx");
    const r = await crm("churn", file, "-o", out, "--json");
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    // Trend = mean(last 3) / mean(3 before) - 1: Falling -60%, Slipping -35%; Total is not a customer.
    expect(json.declining.customers).toBe(2);
    expect(json.declining.periods.map((c: { header: string }) => c.header)).toEqual(["Jan", "Jun"]);
    expect(json.warnings.map((w: { code: string }) => w.code)).toContain("rowsLeftOut");
    expect(json.leftOut).toEqual([{ row: 6, reason: "total" }]);
    const watch = grid((await readBack(out)).worksheets[1]);
    expect(watch[0][0]).toBe(messages("en").churn.sheet.headers.customer);
    expect(watch.slice(1).map((row) => row[0])).toEqual(["Falling", "Slipping"]);
    const status = watch[0].indexOf(messages("en").churn.sheet.headers.status);
    expect(watch[1][status]).toBe(messages("en").churn.sheet.status.declining);
  });

  test("errors: one line, exit code, nothing written", async () => {
    const out = p("never.xlsx");
    const file = p("nodates.xlsx");
    await writeXlsx(file, [
      ["Customer", "Sales"],
      ["A", 10],
      ["B", 20],
    ]);
    let r = await crm("churn", file, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^crm: error: .*--last-order/);
    expect(r.err.trim().split("\n")).toHaveLength(1);
    r = await crm("churn", SAMPLE, "-o", out, "--days", "-3");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--days must be a whole number of at least 0/);
    r = await crm("churn", SAMPLE, "-o", out, "--as-of", "someday");
    expect(r.code).toBe(2);
    r = await crm("churn", SAMPLE, "-o", out, "--last-order", "Nope");
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/--last-order：清单中没有“Nope”列/); // the Chinese list speaks Chinese
    expect(fs.existsSync(out)).toBe(false);
  });
});
