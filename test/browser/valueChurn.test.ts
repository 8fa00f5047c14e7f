/**
 * The Value and Churn tabs in headless chromium on the preview (the real pane on the in-memory
 * host with the sample list), in both languages: the quadrant table and scatter, the Segment
 * column written (checked against the median rule computed here), the score written; the
 * lapsed customers, the Churn watch sheet written, a reason typed into the workbook kept by the
 * next run. Screenshots under test-output/ (value-*.png, churn-*.png).
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { OUT, previewSuite } from "../../testkit/browser";

jest.setTimeout(240_000);

/** The first sheet's columns as the host reads them (header row included). */
async function columns(page: Page, cols: number[]): Promise<unknown[][]> {
  return page.evaluate(async (cs) => {
    const host = (window as unknown as { __crmHost: any }).__crmHost; // eslint-disable-line @typescript-eslint/no-explicit-any
    const sheet = host.data.sheets[0].name;
    const out: unknown[][] = [];
    for (const c of cs)
      out.push(
        (await host.readRect({ sheet, row: 0, col: c, rows: 601, cols: 1 })).map(
          (r: unknown[]) => r[0]
        )
      );
    return out;
  }, cols);
}

/** Median of the numbers, written here independently of the core (sort, middle or mean of the two middles). */
function median(xs: number[]): number {
  const s = xs.slice().sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

describe("Value and Churn tabs in headless chromium", () => {
  const preview = previewSuite();

  const cases = [
    {
      lang: "en",
      value: "Value",
      churn: "Churn",
      values: "Values",
      segment: "Segment",
      labels: { core: "Core", atRisk: "At risk", grow: "Grow", phaseOut: "Phase out" },
      sheet: "Churn watch",
      created: "Created",
      kept: "1 churn reasons entered earlier were kept",
    },
    {
      lang: "zh",
      value: "价值",
      churn: "流失",
      values: "数值",
      segment: "客户细分",
      // The Segment column follows the workbook's language.
      labels: { core: "核心客户", atRisk: "风险客户", grow: "成长客户", phaseOut: "淘汰客户" },
      sheet: "流失预警",
      created: "已新建",
      kept: "保留了之前填写的 1 条流失原因",
    },
  ] as const;

  for (const c of cases) {
    test(`Value tab (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang);
      await page.getByRole("tab", { name: c.value }).click();
      await page.getByTestId("quadrant-table").waitFor();
      await page.getByTestId("quadrant-scatter").locator("svg").first().waitFor();
      expect(await page.getByTestId("axis-x").textContent()).toContain("E: 月销售额");

      // Quadrant counts against the rule computed here: x = sales (E), y = margin (F), cuts = medians.
      const [sales, margin] = await columns(page, [4, 5]);
      const both = sales
        .slice(1)
        .map((x, i) => [x, margin[i + 1]])
        .filter(([x, y]) => typeof x === "number" && typeof y === "number") as [number, number][];
      const xc = median(both.map((p) => p[0]));
      const yc = median(both.map((p) => p[1]));
      const expected = { core: 0, atRisk: 0, grow: 0, phaseOut: 0 };
      for (const [x, y] of both)
        expected[x >= xc ? (y >= yc ? "core" : "atRisk") : y >= yc ? "grow" : "phaseOut"]++;
      for (const [id, n] of Object.entries(expected))
        expect(await page.getByTestId(`count-${id}`).textContent()).toBe(String(n));
      await page.screenshot({ path: path.join(OUT, `value-${c.lang}.png`), fullPage: true });
      await page
        .getByTestId("quadrant-scatter")
        .screenshot({ path: path.join(OUT, `value-scatter-${c.lang}.png`) });

      // Segment column as values, in column J (the list is A:I).
      await page.getByLabel(c.values, { exact: true }).check();
      await page.getByTestId("write-segment").click();
      await page.getByTestId("value-message").waitFor();
      const [seg] = await columns(page, [9]);
      expect(seg[0]).toBe(c.segment);
      const labels = c.labels;
      sales.slice(1).forEach((x, i) => {
        const y = margin[i + 1];
        const want =
          typeof x === "number" && typeof y === "number"
            ? labels[x >= xc ? (y >= yc ? "core" : "atRisk") : y >= yc ? "grow" : "phaseOut"]
            : null;
        expect([i, seg[i + 1] === "" ? null : seg[i + 1]]).toEqual([i, want]);
      });

      // Score of sales and margin (60/40 by default shares after two clicks: 50/50), written as values beside it.
      const builder = page.getByTestId("score-builder");
      await builder.getByText("E: 月销售额").click();
      await builder.getByText("F: 毛利").click();
      expect(await page.getByTestId("weight-4").textContent()).toBe("50%");
      await page.getByTestId("write-score").click();
      await page.getByTestId("value-message").waitFor();
      const [score, tier] = await columns(page, [10, 11]);
      expect(score.slice(1).filter((v) => typeof v === "number").length).toBeGreaterThan(500);
      expect(new Set(tier.slice(1).filter((v) => v !== "" && v !== null))).toEqual(
        new Set(["A", "B", "C"])
      );
      await page.screenshot({
        path: path.join(OUT, `value-written-${c.lang}.png`),
        fullPage: true,
      });
      expect(errors).toEqual([]);
      await page.close();
    });

    test(`Churn tab (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang);
      await page.getByRole("tab", { name: c.churn }).click();
      await page.getByTestId("churn-summary").waitFor();
      await page.getByTestId("churn-table").waitFor();
      await page.screenshot({ path: path.join(OUT, `churn-${c.lang}.png`), fullPage: true });

      await page.getByTestId("write-churn").click();
      await page.getByTestId("churn-message").waitFor();
      expect(await page.getByTestId("churn-message").textContent()).toContain(c.created);
      // The sheet, its dropdown, and a reason typed by the user into the first row.
      const sheet = await page.evaluate((name) => {
        const host = (window as unknown as { __crmHost: any }).__crmHost; // eslint-disable-line @typescript-eslint/no-explicit-any
        const s = host.sheet(name);
        const v = s.validations[0];
        s.cells[1][v.range.col] = v.list[2]; // "Competitor"
        return {
          rows: s.cells.length,
          validations: s.validations.length,
          list: v.list.length,
          first: s.cells[1][0],
        };
      }, c.sheet);
      expect(sheet.validations).toBe(1);
      expect(sheet.list).toBe(7);
      await page.screenshot({
        path: path.join(OUT, `churn-written-${c.lang}.png`),
        fullPage: true,
      });

      await page.getByTestId("write-churn").click();
      await page.waitForFunction(
        (kept) =>
          document.querySelector('[data-testid="churn-message"]')?.textContent?.includes(kept),
        c.kept
      );
      const after = await page.evaluate((name) => {
        const host = (window as unknown as { __crmHost: any }).__crmHost; // eslint-disable-line @typescript-eslint/no-explicit-any
        const s = host.sheet(name);
        return {
          names: host.data.sheets.map((x: { name: string }) => x.name),
          reason: s.cells[1][s.validations[0].range.col],
          first: s.cells[1][0],
        };
      }, c.sheet);
      expect(after.names).toHaveLength(2);
      expect(after.first).toBe(sheet.first);
      expect(after.reason).toBe(c.lang === "en" ? "Competitor" : "竞争对手");
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
