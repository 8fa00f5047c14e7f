/**
 * The pane in a real headless browser: builds the preview page (the real App on the in-memory
 * host with the sample list) with webpack into a temp folder, serves it on 127.0.0.1, drives
 * Debian's chromium with playwright-core, clicks Tier, checks the summary and the written
 * column, and saves screenshots in both languages under test-output/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { OUT, previewSuite } from "../../testkit/browser";

jest.setTimeout(240_000);

/** Tiers by the rank rule of PRODUCT 2.1, written independently here: A if (count strictly greater)/n < 0.2, B if < 0.6. */
function expectedTiers(sales: unknown[]): (string | null)[] {
  const nums = sales.map((v) => (typeof v === "number" ? v : NaN));
  const valid = nums.filter((x) => !Number.isNaN(x)).sort((a, b) => b - a);
  const n = valid.length;
  return nums.map((x) => {
    if (Number.isNaN(x)) return null;
    const above = valid.filter((y) => y > x).length / n;
    return above < 0.2 ? "A" : above < 0.6 ? "B" : "C";
  });
}

interface HostView {
  sales: unknown[];
  tiers: unknown[];
  header: unknown;
  sheets: string[];
}

async function hostView(page: Page): Promise<HostView> {
  return page.evaluate(async () => {
    const host = (window as unknown as { __crmHost: any }).__crmHost; // eslint-disable-line @typescript-eslint/no-explicit-any
    const sheet = host.data.sheets[0].name;
    const col = async (c: number) =>
      (await host.readRect({ sheet, row: 1, col: c, rows: 600, cols: 1 })).map(
        (r: unknown[]) => r[0]
      );
    const header = (await host.readRect({ sheet, row: 0, col: 9, rows: 1, cols: 1 }))[0][0];
    return { sales: await col(4), tiers: await col(9), header, sheets: await host.sheetNames() };
  });
}

describe("the pane in headless chromium", () => {
  const preview = previewSuite();

  const cases = [
    {
      lang: "en",
      tier: "Tier",
      tierHeader: "Tier",
      customers: /customers in A1:I601 on sheet Customers/,
      a: "A",
      replace: "Replace",
      summary: "Insert summary sheet",
    },
    {
      lang: "zh",
      tier: "分级",
      tierHeader: "等级",
      customers: /共 600 个客户/,
      a: "A",
      replace: "替换",
      summary: "插入汇总工作表",
    },
  ] as const;

  for (const c of cases) {
    test(`tiers the sample list (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang);
      await page.getByTestId("list-line").waitFor();
      expect(await page.getByTestId("list-line").textContent()).toMatch(c.customers);
      // The column guesses from the Chinese headers are shown in the dropdowns.
      expect(await page.locator('[data-role="sales"]').textContent()).toContain("E: 月销售额");
      expect(await page.locator('[data-role="customer"]').textContent()).toContain("A: 客户名称");
      expect(await page.locator('[data-role="rep"]').textContent()).toContain("D: 业务员");

      await page.getByTestId("tier-button").click();
      await page.getByTestId("summary").waitFor();
      await page.getByTestId("pareto-chart").waitFor();

      // The written column (live formula, spilled by the preview's evaluator) against the rule computed here.
      const view = await hostView(page);
      expect(view.header).toBe(c.tierHeader);
      const expected = expectedTiers(view.sales);
      // As a live formula, CRM.TIER shows #VALUE! in the row whose sales cell is text (the checks report it).
      const shown = expected.map((t, i) => (typeof view.sales[i] === "string" ? "#VALUE!" : t));
      expect(view.tiers.map((t) => (t === "" ? null : t))).toEqual(shown);
      // The summary's customer counts match the column.
      for (const label of ["A", "B", "C"]) {
        const n = expected.filter((t) => t === label).length;
        const row = page.locator(`[data-tier="${label}"]`);
        expect(await row.locator("td").nth(1).textContent()).toBe(n.toLocaleString("en-US"));
      }
      // Checks in plain words with row numbers: row 13 blank sales, row 28 text sales.
      const checks = await page.getByTestId("checks").textContent();
      expect(checks).toMatch(/13/);
      expect(checks).toMatch(/28/);
      // The analysis ran in the compute worker (dist/compute.js), not on the pane's thread.
      const compute = await page.evaluate(
        () =>
          (window as unknown as { __crmCompute: { worker: number; mainThread: number } })
            .__crmCompute
      );
      expect(compute).toEqual({ worker: 1, mainThread: 0 });
      expect(errors).toEqual([]);
      await page.screenshot({ path: path.join(OUT, `pane-${c.lang}.png`), fullPage: true });
      await page
        .getByTestId("pareto-chart")
        .screenshot({ path: path.join(OUT, `pareto-${c.lang}.png`) });

      // A second run asks before replacing; after Replace the comparison shows everyone in the same tier.
      await page.getByTestId("tier-button").click();
      await page.getByRole("button", { name: c.replace }).waitFor();
      await page.screenshot({ path: path.join(OUT, `pane-confirm-${c.lang}.png`) });
      await page.getByRole("button", { name: c.replace }).click();
      await page.getByTestId("comparison").waitFor();
      const same = await page.locator('[data-move="same"]').textContent();
      expect(same).toContain(String(expected.filter((t) => t !== null).length));

      // The summary sheet with its native chart.
      await page.getByRole("button", { name: c.summary }).click();
      await page.getByTestId("message").waitFor();
      const after = await hostView(page);
      expect(after.sheets).toHaveLength(2);
      await page.screenshot({ path: path.join(OUT, `pane-summary-${c.lang}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
