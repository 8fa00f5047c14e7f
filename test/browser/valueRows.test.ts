/**
 * Issue 15's pane parts in headless chromium on the preview (the real pane, in-memory host, the
 * sample list), in both languages: the Tiering comparison's migration matrix after a re-run, the
 * Churn tab's declining customers (monthly columns added to the sample here, trends worked out
 * here), the Value tab's value classes (the top-5% share computed here) and the Value class
 * column written. Screenshots under test-output/ (migration-*, declining-*, classes-*).
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { OUT, previewSuite } from "../../testkit/browser";

jest.setTimeout(300_000);

type Host = {
  data: { sheets: { name: string; cells: unknown[][] }[] };
  readRect(r: object): Promise<unknown[][]>;
};

/** Column c of the first sheet, header included. */
async function column(page: Page, c: number): Promise<unknown[]> {
  return page.evaluate(async (col) => {
    const host = (window as unknown as { __crmHost: Host }).__crmHost;
    const sheet = host.data.sheets[0].name;
    return (await host.readRect({ sheet, row: 0, col, rows: 601, cols: 1 })).map((r) => r[0]);
  }, c);
}

/** Monthly sales added right of the Tier column (K:P): customer i keeps [0.4, 0.9, 1.2, 0.6][i % 4] of its sales. */
const FACTORS = [0.4, 0.9, 1.2, 0.6];
async function addMonths(page: Page, months: string[]): Promise<void> {
  await page.evaluate(
    ({ months, factors }) => {
      const host = (window as unknown as { __crmHost: Host }).__crmHost;
      const cells = host.data.sheets[0].cells;
      // Cells by index (a row may be shorter than the list when its last cells are empty).
      const put = (r: number, values: unknown[]) => {
        const row = (cells[r] ??= []);
        while (row.length < 10) row.push(null);
        values.forEach((v, k) => (row[10 + k] = v));
      };
      put(0, months);
      for (let r = 1; r <= 600; r++) {
        const base = ((r - 1) % 7) * 100 + 100;
        const f = factors[(r - 1) % 4];
        put(r, [base, base, base, base * f, base * f, base * f]);
      }
    },
    { months, factors: FACTORS }
  );
}

describe("issue 15 pane parts in headless chromium", () => {
  const preview = previewSuite();
  const cases = [
    {
      lang: "en",
      replace: "Replace",
      churn: "Churn",
      value: "Value",
      values: "Values",
      top: "The top 5%",
      declining: "customers declining",
      classHeader: "Value class",
      mostValuable: "Most valuable",
      ordinary: "Ordinary",
    },
    {
      lang: "zh",
      replace: "替换",
      churn: "流失",
      value: "价值",
      values: "数值",
      top: "前 5% 的客户",
      declining: "个客户销售下滑",
      classHeader: "客户价值类别",
      mostValuable: "最有价值客户",
      ordinary: "普通客户",
    },
  ] as const;

  for (const c of cases) {
    test(`migration matrix, declining customers and value classes (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang);

      // Tiering twice: the second run compares with the first; nobody moved, so the matrix is
      // diagonal and its diagonal holds every tiered customer.
      await page.getByTestId("list-line").waitFor();
      await page.getByTestId("tier-button").click();
      await page.getByTestId("summary").waitFor();
      await page.getByTestId("tier-button").click();
      await page.getByRole("button", { name: c.replace }).click();
      const matrix = page.getByTestId("migration-matrix");
      await matrix.waitFor();
      const same = Number(
        ((await page.locator('[data-move="same"]').textContent()) ?? "").replace(/\D+/g, "")
      );
      const diag = [0, 1, 2].map((i) => matrix.locator(`[data-cell="${i},${i}"]`));
      let onDiagonal = 0;
      for (const d of diag) onDiagonal += Number(await d.getAttribute("data-count"));
      expect(same).toBeGreaterThan(500);
      expect(onDiagonal).toBe(same);
      expect(await matrix.locator('[data-cell="0,1"]').getAttribute("data-count")).toBe("0");
      await matrix.screenshot({ path: path.join(OUT, `migration-${c.lang}.png`) });

      // Declining: six months added; by hand, customers with factor 0.4 or 0.6 (trend -60%, -40%).
      await addMonths(page, ["2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09"]);
      const names = await column(page, 0);
      const want = names.slice(1).filter((n, i) => n !== null && n !== "" && FACTORS[i % 4] < 0.7);
      await page.getByRole("tab", { name: c.churn }).click();
      const summary = page.getByTestId("decline-summary");
      await summary.waitFor();
      expect(await summary.textContent()).toContain(`${want.length} ${c.declining}`);
      const tiers = await page
        .getByTestId("decline-table")
        .locator("tbody tr td:nth-child(2)")
        .allTextContents();
      // A customers first.
      const firstNonA = tiers.findIndex((t) => t !== "A");
      expect(tiers.slice(firstNonA === -1 ? tiers.length : firstNonA)).not.toContain("A");
      await page.screenshot({ path: path.join(OUT, `declining-${c.lang}.png`), fullPage: true });

      // Value classes on sales (E): the top 5% share computed here.
      await page.getByRole("tab", { name: c.value }).click();
      await page.getByTestId("class-table").waitFor();
      const sales = (await column(page, 4)).slice(1).map((v) => (typeof v === "number" ? v : NaN));
      const valid = sales.filter((x) => !Number.isNaN(x));
      const top = valid.filter((x) => valid.filter((y) => y > x).length / valid.length < 0.05);
      const positive = valid.filter((x) => x > 0).reduce((a, b) => a + b, 0);
      const share = ((top.reduce((a, b) => a + b, 0) / positive) * 100).toFixed(1);
      const headline = (await page.getByTestId("class-headline").textContent()) ?? "";
      expect(headline).toContain(c.top);
      expect(headline).toContain(`${share}%`);
      expect(headline).toContain(String(top.length));
      await page
        .getByTestId("class-table")
        .screenshot({ path: path.join(OUT, `classes-${c.lang}.png`) });

      await page.getByLabel(c.values, { exact: true }).check();
      await page.getByTestId("write-class").click();
      await page.getByTestId("value-message").waitFor();
      const written = await column(page, 16);
      expect(written[0]).toBe(c.classHeader);
      const labels = written.slice(1);
      expect(labels.filter((l) => l === c.mostValuable)).toHaveLength(top.length);
      expect(labels.filter((l) => l === c.ordinary).length).toBe(valid.length - top.length);
      await page.screenshot({
        path: path.join(OUT, `classes-written-${c.lang}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
