/**
 * @jest-environment node
 *
 * End to end tests of `crm history` on the bundled sample's order lines and on hand-made
 * tables. The order lines are read back with exceljs and counted here by hand (orders,
 * customers, repeat buyers: customers with two or more distinct purchase days up to the
 * calibration end, holdout orders); the written sheet's formula chain is read back with exceljs.
 */
import * as fs from "fs";
import { messages } from "../../src/i18n/messages";
import { crmRunner, grid, outputDir, readBack, SAMPLE, SAMPLE_EN, writeXlsx } from "./helpers";

const p = outputDir("crm-history-");

const crm = crmRunner();

const iso = (d: Date) => d.toISOString().slice(0, 10);

describe("crm history on the bundled sample", () => {
  test("finds the order lines (not the customer list), counts them as the pane does and adds the formula chain sheet", async () => {
    const out = p("sample.history.xlsx");
    const r = await crm(
      "history",
      SAMPLE,
      "-o",
      out,
      "--as-of",
      "2025-08-31",
      "--holdout-end",
      "2025-10-31",
      "--json"
    );
    expect(r.err).toBe("");
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.sheet).toBe("订单明细");
    expect(json.columns).toEqual({
      customer: { header: "客户名称", column: "A" },
      date: { header: "订单日期", column: "B" },
      amount: { header: "金额", column: "C" },
    });

    // Counted by hand from the input read by exceljs.
    const lines = grid((await readBack(SAMPLE)).getWorksheet("订单明细")!).slice(1);
    const asOf = "2025-08-31";
    const cal = lines.filter((l) => iso(l[1] as Date) <= asOf);
    const days = new Map<string, Set<string>>();
    for (const l of cal) {
      const k = l[0] as string;
      if (!days.has(k)) days.set(k, new Set());
      days.get(k)!.add(iso(l[1] as Date));
    }
    expect(json.orders).toBe(lines.length);
    expect(json.customers).toBe(new Set(lines.map((l) => l[0])).size);
    expect(json.calibrationOrders).toBe(cal.length);
    expect(json.calibrationCustomers).toBe(days.size);
    expect(json.repeatBuyers).toBe([...days.values()].filter((d) => d.size > 1).length);
    expect(json.holdoutOrders).toBe(
      lines.filter((l) => iso(l[1] as Date) > asOf && iso(l[1] as Date) <= "2025-10-31").length
    );
    expect(json.lastDate).toBe(
      lines
        .map((l) => iso(l[1] as Date))
        .sort()
        .at(-1)
    );

    // The new sheet: settings as cells, the chain referencing the order lines.
    const wb = await readBack(out);
    const name = messages("zh").history.sheet.sheetName({ date: "2025-08-31" });
    expect(json.historySheet).toBe(name);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["客户清单", "订单明细", name]);
    const ws = wb.getWorksheet(name)!;
    const a4 = ws.getCell("A4").value as { formula: string };
    const n = lines.length + 1;
    expect(a4.formula).toContain(
      `CRM.RFM('订单明细'!$A$2:$A$${n},'订单明细'!$B$2:$B$${n},'订单明细'!$C$2:$C$${n},`
    );
    expect(`=${a4.formula}`).toBe(json.formulas.rfm);
    expect(grid(ws)[2].slice(0, 5)).toEqual(
      Object.values(messages("zh").history.sheet.headers).slice(0, 5)
    );
    // The input's sheets are unchanged.
    const input = await readBack(SAMPLE);
    expect(grid(wb.worksheets[1])).toEqual(grid(input.worksheets[1]));
    expect(json.chartsSkipped).toBe(1);
  });

  test("English sample, text output: the pane's preview lines", async () => {
    const out = p("en.history.xlsx");
    const r = await crm("history", SAMPLE_EN, "-o", out, "--months", "6", "--margin", "30%");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Order table on sheet "Order lines"/);
    expect(r.out).toMatch(/6,800 orders from 660 customers/);
    expect(r.out).toMatch(/Sheet "Order history 2025-10-31" added/);
    const ws = (await readBack(out)).getWorksheet("Order history 2025-10-31")!;
    const values = grid(ws).flat();
    expect(values).toContain(6);
    expect(values).toContain(0.3);
  });
});

describe("crm history errors: one line, exit code, nothing written", () => {
  test("unreadable lines, a holdout before the calibration end, bad options, no order table", async () => {
    const out = p("never.xlsx");
    const bad = p("bad.xlsx");
    await writeXlsx(bad, [
      ["Customer", "Order date", "Amount"],
      ["A", new Date("2025-01-03T00:00:00Z"), 10],
      ["A", "someday", 12],
      ["B", new Date("2025-01-05T00:00:00Z"), 7],
    ]);
    let r = await crm("history", bad, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(
      /^crm: error: .*1 order lines cannot be read \(row 3: the date is not a date\)/
    );
    expect(r.err.trim().split("\n")).toHaveLength(1);
    r = await crm(
      "history",
      SAMPLE,
      "-o",
      out,
      "--as-of",
      "2025-09-30",
      "--holdout-end",
      "2025-09-01"
    );
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/holdout end must be after the calibration end|验证期/);
    r = await crm("history", SAMPLE, "-o", out, "--months", "0");
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--months must be a whole number from 1 to 1200/);
    const list = p("list.xlsx");
    await writeXlsx(list, [
      ["Customer", "Channel"],
      ["A", "KA"],
      ["B", "CVS"],
    ]);
    r = await crm("history", list, "-o", out);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/is not an order table.*--date, --amount/);
    expect(fs.existsSync(out)).toBe(false);
  });
});
