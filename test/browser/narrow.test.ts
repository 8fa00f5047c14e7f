/**
 * The pane at Excel's narrowest task-pane width (320 px) in headless chromium: the tabs that do
 * not fit move into a "more tabs" menu from which every tab opens, and the Churn tab's top-ten
 * table keeps each header inside its own column, and the Value tab's quadrant and value-class
 * tables each text inside its own column. Screenshots: test-output/narrow-*.png.
 */
import * as path from "path";
import type { Page } from "playwright-core";
import { OUT, previewSuite } from "../../testkit/browser";

jest.setTimeout(240_000);

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The boxes of the visible tabs and of the pane itself. */
async function tabBoxes(page: Page): Promise<{ pane: Box; tabs: Array<Box & { name: string }> }> {
  return page.evaluate(() => {
    const box = (e: Element) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
    };
    const pane = document.querySelector('[data-testid="pane"]') as Element;
    const tabs = Array.from(document.querySelectorAll('[data-testid="pane"] [role="tab"]'))
      .filter((e) => (e as HTMLElement).offsetParent !== null)
      .map((e) => ({ name: e.textContent ?? "", ...box(e) }));
    return { pane: box(pane), tabs };
  });
}

/** Each cell's text box (measured on its text, not its cell) of a table's header or body rows. */
async function textBoxes(
  page: Page,
  selector: string
): Promise<Array<Array<Box & { cell: Box; text: string }>>> {
  return page.evaluate((sel) => {
    const box = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
    return Array.from(document.querySelectorAll(`${sel} tr`)).map((tr) =>
      Array.from(tr.querySelectorAll("th, td"))
        // A row's full-width action line (colSpan) is text, not a column.
        .filter((cell) => (cell as HTMLTableCellElement).colSpan === 1)
        .map((cell) => {
          const range = document.createRange();
          range.selectNodeContents(cell);
          return {
            text: cell.textContent ?? "",
            ...box(range.getBoundingClientRect()),
            cell: box(cell.getBoundingClientRect()),
          };
        })
    );
  }, selector);
}

/**
 * The texts that leave their own cell (a pixel of rounding allowed) or run into their left
 * neighbour: none when the table fits.
 */
function overflowing(rows: Array<Array<Box & { cell: Box; text: string }>>): string[] {
  const out: string[] = [];
  for (const row of rows)
    row.forEach((t, i) => {
      if (t.left < t.cell.left - 1 || t.right > t.cell.right + 1)
        out.push(`"${t.text}" leaves its cell`);
      if (i > 0 && t.left < row[i - 1].right - 1)
        out.push(`"${t.text}" overlaps "${row[i - 1].text}"`);
    });
  return out;
}

describe("the pane at 320 px", () => {
  const preview = previewSuite();

  const cases = [
    { lang: "en", churn: "Churn", value: "Value", orderHistory: "Order history" },
    { lang: "zh", churn: "流失", value: "价值", orderHistory: "订单历史" },
  ] as const;

  for (const c of cases) {
    test(`every tab is reachable and the churn headers stay apart (${c.lang})`, async () => {
      const { page, errors } = await preview.open(c.lang, "&pane=320");
      await page.getByTestId("list-line").waitFor();
      // The overflow manager measures after layout (a resize observer): wait for its menu.
      await page.getByTestId("more-tabs").waitFor();
      const { pane, tabs } = await tabBoxes(page);
      expect(pane.right - pane.left).toBeLessThanOrEqual(322);
      // The visible tabs sit inside the pane, and the rest are in the menu.
      for (const t of tabs) expect(t.right).toBeLessThanOrEqual(pane.right);
      const names = tabs.map((t) => t.name);
      expect(names.length).toBeLessThan(5);
      await page.getByTestId("more-tabs").click();
      const hidden = await page.locator('[role="menuitem"]').allTextContents();
      expect(hidden.length + names.length).toBe(5);
      await page.screenshot({ path: path.join(OUT, `narrow-menu-${c.lang}.png`) });
      // Open the last tab from the menu: it becomes a visible, selected tab.
      expect(hidden).toContain(c.orderHistory);
      await page.getByRole("menuitem", { name: c.orderHistory }).click();
      await page.getByRole("tab", { name: c.orderHistory, selected: true }).waitFor();

      // The Churn tab, from the row or the menu.
      const churnTab = page.getByRole("tab", { name: c.churn });
      if (await churnTab.isVisible()) await churnTab.click();
      else {
        await page.getByTestId("more-tabs").click();
        await page.getByRole("menuitem", { name: c.churn }).click();
      }
      await page.getByTestId("churn-table").waitFor();
      const heads = (await textBoxes(page, '[data-testid="churn-table"] thead'))[0];
      expect(heads).toHaveLength(4);
      for (const h of heads) expect(h.text.trim()).not.toBe("");
      expect(overflowing([heads])).toEqual([]);
      await page.getByTestId("churn-table").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `narrow-churn-${c.lang}.png`), fullPage: true });

      // The Value tab's two share tables: every header and figure inside its own column.
      const valueTab = page.getByRole("tab", { name: c.value });
      if (await valueTab.isVisible()) await valueTab.click();
      else {
        await page.getByTestId("more-tabs").click();
        await page.getByRole("menuitem", { name: c.value }).click();
      }
      for (const table of ["quadrant-table", "class-table"]) {
        await page.getByTestId(table).waitFor();
        await page
          .getByTestId(table)
          .screenshot({ path: path.join(OUT, `narrow-${table}-${c.lang}.png`) });
        const rows = await textBoxes(page, `[data-testid="${table}"]`);
        expect(rows.length).toBeGreaterThan(2);
        expect(overflowing(rows)).toEqual([]);
      }
      await page.getByTestId("class-table").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `narrow-value-${c.lang}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
