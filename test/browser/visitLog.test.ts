/**
 * The Visit plan tab's "Visits done" section in headless chromium on the preview (issue 13
 * part 3): generate a plan of the sample, put a visit log made from it on a new sheet of the
 * preview workbook and select it, read it, check compliance; the "Visit compliance" sheet is in
 * window.__crmHost and the per-rep table is shown. Screenshots in both languages under
 * test-output/.
 */
import * as path from "path";
import { OUT as TEST_OUTPUT, previewSuite } from "../../testkit/browser";

jest.setTimeout(240_000);

describe("Visits done in headless chromium", () => {
  const preview = previewSuite();
  const cases = [
    {
      lang: "en",
      tab: "Visit plan",
      generate: "Generate plan",
      read: "Read the visit log at the selection",
      check: "Check compliance",
      sheet: "Visit compliance",
    },
    {
      lang: "zh",
      tab: "拜访计划",
      generate: "生成拜访计划",
      read: "读取所选位置的拜访记录",
      check: "检查执行情况",
      sheet: "拜访执行",
    },
  ] as const;

  for (const c of cases) {
    test(`checks a log against the plan (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang);
      await page.getByRole("tab", { name: c.tab }).click();
      await page.getByTestId("plan-list-line").waitFor();
      await page.getByRole("button", { name: c.generate }).click();
      await page.getByTestId("plan-result").waitFor({ timeout: 60_000 });
      // A log from the plan's first 10 days: two visits in three done on their day.
      const logged = await page.evaluate(() => {
        const host = (window as unknown as { __crmHost: any }).__crmHost;
        const plan = host.data.sheets.find((s: { name: string }) =>
          /^(Visit plan|拜访计划)/.test(s.name)
        );
        const h = plan.cells[0] as unknown[];
        const [d, r, cu] = [0, h.indexOf(plan.cells[0][3]), h.indexOf(plan.cells[0][5])];
        const first = plan.cells[1][d] as number;
        const rows: unknown[][] = [["业务员", "客户名称", "拜访日期"]];
        plan.cells.slice(1).forEach((row: unknown[], i: number) => {
          if (typeof row?.[d] === "number" && (row[d] as number) < first + 10 && i % 3 !== 0)
            rows.push([row[r], row[cu], row[d]]);
        });
        // The in-memory sheet shape (memoryWorkbook.ts newSheet).
        host.data.sheets.push({
          name: "Log",
          cells: rows,
          numberFormats: new Map(),
          tables: [],
          charts: [],
          conditionalFormats: [],
          validations: [],
          frozenRows: 0,
          frozenCols: 0,
        });
        host.setSelection({ sheet: "Log", row: 0, col: 0, rows: 1, cols: 1 });
        return {
          visits: rows.length - 1,
          asOf: new Date((first + 9 - 25569) * 86_400_000).toISOString().slice(0, 10),
        };
      });
      expect(logged.visits).toBeGreaterThan(50);
      // As of the log's last day, so the figures are not all zero.
      await page.getByLabel(c.lang === "en" ? "As of" : "统计截至").fill(logged.asOf);
      await page.getByRole("button", { name: c.read }).click();
      await page.getByTestId("log-line").waitFor();
      await page.getByRole("button", { name: c.check }).click();
      await page.getByTestId("compliance-table").waitFor({ timeout: 30_000 });
      // Two in three due visits were logged on their day: the total rate says so.
      const total = await page.getByTestId("compliance-table").locator("tr").last().textContent();
      expect(total).toMatch(/6\d\.\d%|7\d\.\d%/);
      const sheets: string[] = await page.evaluate(() =>
        (window as unknown as { __crmHost: any }).__crmHost.data.sheets.map(
          (s: { name: string }) => s.name
        )
      );
      expect(sheets).toContain(c.sheet);
      await page
        .getByTestId("visit-log-section")
        .screenshot({ path: path.join(TEST_OUTPUT, `visit-log-${c.lang}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
