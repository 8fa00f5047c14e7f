/**
 * A messy list in the pane, in headless chromium (issue 11: "every case gives the right result
 * or a clear, actionable message, in the pane"). The preview starts on `?list=messy`
 * (src/preview/messyLists.ts): a title block, a phone column, money written as text (¥, 万, 元),
 * a blank row inside the list, a 合计/Total row, and no header naming the sales. The pane must
 * say what it read (range, customers), which rows it left out and why, ask for the sales column
 * (the phone column never offered) with its cue, and, once the user chooses, write tiers that
 * leave the total row out and include the rows after the blank row. Screenshots, also at 320 px:
 * test-output/messy-*.png.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { OUT, previewSuite } from "../../testkit/browser";

jest.setTimeout(300_000);

/**
 * The tiers of sheet rows 6..17 by hand (PRODUCT 2.1 rank rule on "This month"/本月, the text
 * amounts read as money: 1,234.50; 12,000; 5,600; 3,000; 800; 45,000 | blank | 2,100; 8,000;
 * 450; 26,000 | total). Ten customers: A = the top 20% (45,000, 26,000), B = the next 40%
 * (12,000, 8,000, 5,600, 3,000), C = the rest. Row 12 (blank) and row 17 (total) get none.
 */
const EXPECTED: Record<number, string> = {
  6: "C",
  7: "B",
  8: "B",
  9: "B",
  10: "C",
  11: "A",
  12: "",
  13: "C",
  14: "B",
  15: "C",
  16: "A",
  17: "",
};

const cellText = (page: Page, a1: string) =>
  page.locator(`[data-testid="sheet-grid"] [data-cell="${a1}"]`).textContent();

const cases = [
  {
    lang: "en",
    line: "10 customers in A5:E17 on sheet Customers",
    leftOut:
      /2 rows are not customers and were left out: 1 blank \(row 12\), 1 total\/subtotal \(row 17\)/,
    ask: /No header names the sales column: choose it above \(it could be D: This month, E: Last month\)/,
    prompt: "Choose the sales column",
    please: "Please choose",
    customerCue: "matched the header “Customer”",
    salesOption: "D: This month",
    chosen: "Chosen by you",
    tierHeader: "Tier",
    values: "Values",
    replace: "Replace",
    putBack: /1 row put back by you is read as a customer: row 17/i,
    written: /Tier column written in column F for 10 rows \(values\)\. Total rows inside the list/,
  },
  {
    lang: "zh",
    line: "工作表「客户清单」 A5:E17：共 10 个客户",
    leftOut: /2 行不是客户，未计入：1 行空行（第 12 行），1 行合计\/小计（第 17 行）/,
    ask: /没有列标题表明哪一列是销售额：请在上方选择（可能是 D: 本月、E: 上月）/,
    prompt: "请选择销售额列",
    please: "请选择",
    customerCue: "匹配标题“客户名称”",
    salesOption: "D: 本月",
    chosen: "由您选择",
    tierHeader: "等级",
    values: "数值",
    replace: "替换",
    putBack: /您恢复的 1 行按客户计入：第 17 行/,
    written: /已在 F 列写入 10 行等级（数值）。清单中的合计行含有数字/,
  },
] as const;

describe("a messy list in the pane", () => {
  const preview = previewSuite();

  for (const c of cases) {
    test(`reads it, asks for the sales column, tiers the customers only (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang, "&list=messy");
      const line = page.getByTestId("list-line");
      await line.waitFor();
      // What was read: the list under the title block, across the blank row, down to the total.
      expect(await line.textContent()).toContain(c.line);
      expect(await page.getByTestId("read-leftOut").textContent()).toMatch(c.leftOut);
      // No header names the sales: the pane asks, offering the two month columns, never the phone.
      const ask = await page.getByTestId("read-sales").textContent();
      expect(ask).toMatch(c.ask);
      expect(ask).not.toMatch(/B: /);
      const sales = page.locator('[data-role="sales"]');
      expect(await sales.textContent()).toContain(c.prompt);
      const salesCue = page.getByTestId("column-cue-sales");
      expect(await salesCue.getAttribute("data-cue")).toBe("ask");
      expect(await salesCue.textContent()).toContain(c.please);
      expect(await page.getByTestId("column-cue-customer").getAttribute("data-cue")).toBe("header");
      expect(await page.getByTestId("column-cue-customer").textContent()).toContain(c.customerCue);
      await page.screenshot({ path: path.join(OUT, `messy-read-${c.lang}.png`), fullPage: true });

      // The user chooses "This month": the cue says so and the question goes away.
      await sales.click();
      await page.getByRole("option", { name: c.salesOption }).click();
      expect(await sales.textContent()).toContain(c.salesOption);
      expect(await salesCue.getAttribute("data-cue")).toBe("user");
      expect(await salesCue.textContent()).toContain(c.chosen);
      expect(await page.getByTestId("read-sales").count()).toBe(0);

      await page.getByTestId("tier-button").click();
      const message = page.getByTestId("message");
      await message.waitFor();
      expect(await message.textContent()).toMatch(c.written);
      // The tiers in the preview's grid: the total row and the blank row have none, the rows
      // after the blank row are tiered.
      expect(await cellText(page, "F5")).toBe(c.tierHeader);
      const shown: Record<number, string> = {};
      for (const row of Object.keys(EXPECTED).map(Number))
        shown[row] = ((await cellText(page, `F${row}`)) ?? "").trim();
      expect(shown).toEqual(EXPECTED);
      // The summary counts the ten customers; the rows left out are not "untiered customers".
      const summary = await page.getByTestId("summary").textContent();
      expect(summary).not.toMatch(/untiered|未分级/);
      expect(await page.locator('[data-tier="A"] td').nth(1).textContent()).toBe("2");
      // The title block is untouched.
      expect(await cellText(page, "F1")).toBe("");
      // The rows left out are still named after the run.
      expect(await page.getByTestId("read-leftOut").textContent()).toMatch(c.leftOut);
      await page.screenshot({ path: path.join(OUT, `messy-tiered-${c.lang}.png`), fullPage: true });

      // The user puts the total row back (the Put back control of ListReadNotes): it is read as
      // a customer. By hand, eleven customers on "This month": A = the top 20% = rows 17
      // (104,184.50), 11, 16 (2/11 above the third < 0.2); B = rows 7, 14, 8, 9; C = the rest.
      await page.getByTestId("put-back-17").click();
      expect(await page.getByTestId("read-putBack").textContent()).toMatch(c.putBack);
      expect(await page.getByTestId("list-line").textContent()).toContain(
        c.line.replace("10", "11")
      );
      await page.getByLabel(c.values, { exact: true }).check();
      await page.getByTestId("tier-button").click();
      await page.getByRole("button", { name: c.replace }).click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="sheet-grid"] [data-cell="F17"]')?.textContent ===
          "A"
      );
      const after: Record<number, string> = {};
      for (const row of Object.keys(EXPECTED).map(Number))
        after[row] = ((await cellText(page, `F${row}`)) ?? "").trim();
      expect(after).toEqual({ ...EXPECTED, 17: "A" });
      await page.screenshot({
        path: path.join(OUT, `messy-putback-${c.lang}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    });

    test(`fits a 320 px pane (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang, "&list=messy&pane=320");
      await page.getByTestId("list-line").waitFor();
      const pane = await page.getByTestId("pane").boundingBox();
      // Each cue and note stays inside the pane.
      for (const id of ["column-cue-sales", "column-cue-customer", "read-sales", "read-leftOut"]) {
        const box = await page.getByTestId(id).boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(pane!.x);
        expect(box!.x + box!.width).toBeLessThanOrEqual(pane!.x + pane!.width + 1);
      }
      await page
        .getByTestId("pane")
        .screenshot({ path: path.join(OUT, `messy-320-${c.lang}.png`) });
      await page.locator('[data-role="sales"]').click();
      await page.getByRole("option", { name: c.salesOption }).click();
      await page
        .getByTestId("pane")
        .screenshot({ path: path.join(OUT, `messy-320-chosen-${c.lang}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
