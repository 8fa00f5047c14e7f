/**
 * The Visit plan tab in headless chromium on the preview (600 sample customers with
 * coordinates): opens the tab, generates a plan, checks the new sheet in window.__crmHost,
 * saves screenshots in both languages and a dump of the plan under test-output/.
 */
import * as fs from "fs";
import * as path from "path";
import { OUT as TEST_OUTPUT, previewSuite } from "../../testkit/browser";

jest.setTimeout(240_000);

interface PlanDump {
  sheets: string[];
  header: unknown[];
  rows: unknown[][];
  frozen: number;
  charts: number;
}

describe("the Visit plan tab in headless chromium", () => {
  const preview = previewSuite();

  const cases = [
    {
      lang: "en",
      tab: "Visit plan",
      generate: "Generate plan",
      sheet: "Visit plan",
      route: "Route map",
      startLabel: "Start date",
      weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri"],
    },
    {
      lang: "zh",
      tab: "拜访计划",
      generate: "生成拜访计划",
      sheet: "拜访计划",
      route: "路线图",
      startLabel: "开始日期",
      weekdays: ["周一", "周二", "周三", "周四", "周五"],
    },
  ] as const;

  for (const c of cases) {
    test(`plans the sample list (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang);
      await page.getByRole("tab", { name: c.tab }).click();
      await page.getByTestId("plan-list-line").waitFor();
      // The guesses from the sample's Chinese headers.
      expect(await page.locator('[data-role="customer"]').textContent()).toContain("A: 客户名称");
      expect(await page.locator('[data-role="rep"]').textContent()).toContain("D: 业务员");
      expect(await page.locator('[data-role="lat"]').textContent()).toContain("纬度");
      expect(await page.locator('[data-role="lng"]').textContent()).toContain("经度");
      // The tab has several date fields (start, compliance as-of, re-plan from): take the start by its label.
      const start = await page.getByLabel(c.startLabel, { exact: true }).inputValue();
      expect(start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      await page.screenshot({
        path: path.join(TEST_OUTPUT, `plan-form-${c.lang}.png`),
        fullPage: true,
      });

      await page.getByRole("button", { name: c.generate }).click();
      await page.getByTestId("plan-result").waitFor({ timeout: 60_000 });
      const expectedSheet = `${c.sheet} ${start}`;
      const expectedRoute = `${c.route} ${start}`;
      const dump: PlanDump = await page.evaluate(
        ([name, routeName]) => {
          const host = (window as unknown as { __crmHost: any }).__crmHost;
          const s = host.sheet(name);
          const t = s.tables.find((x: { row: number; col: number }) => x.row === 0 && x.col === 0);
          const rows = s.cells.slice(1, t.rows).map((r: unknown[]) => r.slice(0, 12));
          // Rep sheets follow the plan too, so the route map is found by its name.
          const route = host.sheet(routeName);
          return {
            sheets: host.data.sheets.map((x: { name: string }) => x.name),
            header: s.cells[0].slice(0, 12),
            rows,
            frozen: s.frozenRows,
            charts: route.charts.length,
          };
        },
        [expectedSheet, expectedRoute] as const
      );
      fs.writeFileSync(
        path.join(TEST_OUTPUT, `plan-${c.lang}.json`),
        JSON.stringify(dump, null, 1)
      );
      await page.screenshot({
        path: path.join(TEST_OUTPUT, `plan-result-${c.lang}.png`),
        fullPage: true,
      });
      await page
        .getByTestId("plan-result")
        .screenshot({ path: path.join(TEST_OUTPUT, `plan-totals-${c.lang}.png`) });
      expect(dump.sheets).toContain(expectedSheet);
      expect(dump.frozen).toBe(1);
      const planned = Number(
        (await page.getByTestId("total-visits").textContent())!.replace(/[^\d]/g, "")
      );
      expect(dump.rows).toHaveLength(planned);
      expect(planned).toBeGreaterThan(600);
      for (const r of dump.rows) expect(c.weekdays).toContain(r[1]);
      // Never more than 8 stops per rep and day.
      const perDay = new Map<string, number>();
      for (const r of dump.rows)
        perDay.set(`${r[3]}|${r[0]}`, (perDay.get(`${r[3]}|${r[0]}`) ?? 0) + 1);
      expect(Math.max(...perDay.values())).toBeLessThanOrEqual(8);
      // One route chart per rep (the sample's 8 reps plus "(no rep)" for its customer without one).
      expect(dump.charts).toBe(new Set(dump.rows.map((r) => r[3])).size);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
