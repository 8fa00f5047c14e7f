/**
 * The pane at Excel's narrowest task-pane width (320 px) in headless chromium: the tabs that do
 * not fit move into a "more tabs" menu from which every tab opens, and the Churn tab's top-ten
 * table keeps each header inside its own column. Screenshots: test-output/narrow-*.png.
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

/** Each header cell's text box, measured on its text (not its cell). */
async function headerTextBoxes(page: Page): Promise<Array<Box & { cell: Box; text: string }>> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('[data-testid="churn-table"] thead th')).map((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      const t = range.getBoundingClientRect();
      const c = th.getBoundingClientRect();
      return {
        text: th.textContent ?? "",
        left: t.left,
        right: t.right,
        top: t.top,
        bottom: t.bottom,
        cell: { left: c.left, right: c.right, top: c.top, bottom: c.bottom },
      };
    })
  );
}

describe("the pane at 320 px", () => {
  const preview = previewSuite();

  const cases = [
    { lang: "en", churn: "Churn", orderHistory: "Order history" },
    { lang: "zh", churn: "流失", orderHistory: "订单历史" },
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
      const heads = await headerTextBoxes(page);
      expect(heads).toHaveLength(4);
      for (const h of heads) {
        expect(h.text.trim()).not.toBe("");
        // Inside its own cell (a pixel of rounding allowed)...
        expect(h.left).toBeGreaterThanOrEqual(h.cell.left - 1);
        expect(h.right).toBeLessThanOrEqual(h.cell.right + 1);
      }
      // ... so neighbours never overlap.
      for (let i = 1; i < heads.length; i++)
        expect(heads[i].left).toBeGreaterThanOrEqual(heads[i - 1].right - 1);
      await page.getByTestId("churn-table").scrollIntoViewIfNeeded();
      await page.screenshot({ path: path.join(OUT, `narrow-churn-${c.lang}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
