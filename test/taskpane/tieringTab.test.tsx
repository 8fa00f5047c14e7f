/** @jest-environment jsdom */
import { act, fireEvent, screen, waitFor, within } from "@testing-library/react";
import type { CellInput } from "../../src/host/types";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import { previewHost } from "../../src/preview/evaluate";
import { renderTieringTab } from "../support/tieringPane";

/** The machine is shared: give async UI updates time. */
const SLOW = { timeout: 15000 };

function setup(cells: CellInput[][], locale: "en" | "zh" = "en", selection = { row: 1, col: 0 }) {
  return renderTieringTab(cells, locale, { selection });
}

const dropdownText = (role: string) =>
  document.querySelector(`[data-role="${role}"]`)?.textContent ?? "";

describe("TieringTab", () => {
  test("guesses columns from English headers and shows them in the dropdowns", async () => {
    setup([
      ["Customer", "Sales", "Region", "Owner"],
      ["Ann", 10, "N", "Joe"],
      ["Bob", 20, "S", "Sue"],
    ]);
    await screen.findByTestId("list-line", undefined, SLOW);
    expect(dropdownText("customer")).toContain("A: Customer");
    expect(dropdownText("sales")).toContain("B: Sales");
    expect(dropdownText("rep")).toContain("D: Owner");
    expect(screen.getByTestId("column-cue-sales")).toHaveTextContent("matched the header “Sales”");
    expect(screen.getByTestId("column-cue-rep")).toHaveTextContent("matched the header “Owner”");
  });

  test("guesses columns from Chinese headers, with the pane in Chinese", async () => {
    setup(
      [
        ["客户名称", "渠道", "区域", "业务员", "月销售额"],
        ["甲店", "超市", "锦江区", "王伟", 100],
        ["乙店", "KA卖场", "青羊区", "李娜", 300],
      ],
      "zh"
    );
    await screen.findByTestId("list-line", undefined, SLOW);
    expect(dropdownText("customer")).toContain("A: 客户名称");
    expect(dropdownText("sales")).toContain("E: 月销售额");
    expect(dropdownText("rep")).toContain("D: 业务员");
    expect(dropdownText("area")).toContain("C: 区域");
    expect(screen.getByTestId("tier-button")).toHaveTextContent("分级");
  });

  test("an empty selection says what to select and writes nothing", async () => {
    const host = setup(
      [
        ["Customer", "Sales"],
        ["Ann", 10],
      ],
      "en",
      { row: 30, col: 10 }
    );
    const problem = await screen.findByTestId("problem", undefined, SLOW);
    expect(problem).toHaveTextContent("Click a cell inside your customer list");
    expect(screen.getByTestId("tier-button")).toBeDisabled();
    expect(host.batches).toHaveLength(0);
  });

  test("a list without a numeric column gets a message and nothing is written", async () => {
    const host = setup([
      ["Customer", "Region"],
      ["Ann", "N"],
      ["Bob", "S"],
    ]);
    await screen.findByTestId("list-line", undefined, SLOW);
    await act(async () => {
      fireEvent.click(screen.getByTestId("tier-button"));
    });
    const checks = await screen.findByTestId("checks", undefined, SLOW);
    expect(checks).toHaveTextContent("No column of numbers to tier by");
    expect(host.batches).toHaveLength(0);
    expect(host.sheet("Sheet1")!.cells[0]).toHaveLength(2);
  });

  test("shows the summary numbers after clicking Tier", async () => {
    // Ten customers with sales 10, 20, ..., 100. By hand (PRODUCT 2.1): A = the top 20% = 100, 90
    // (sales 190); B = the next 40% = 80..50 (sales 260); C = 40..10 (sales 100); total 550.
    const cells: CellInput[][] = [["Customer", "Sales"]];
    for (let i = 1; i <= 10; i++) cells.push([`C${i}`, i * 10]);
    const host = setup(cells);
    await screen.findByTestId("list-line", undefined, SLOW);
    fireEvent.click(screen.getByLabelText("Values"));
    await act(async () => {
      fireEvent.click(screen.getByTestId("tier-button"));
    });
    const summary = await screen.findByTestId("summary", undefined, SLOW);
    const row = (tier: string) =>
      Array.from(summary.querySelector(`[data-tier="${tier}"]`)!.querySelectorAll("td")).map(
        (td) => td.textContent
      );
    expect(row("A")).toEqual(["A", "2", "20.0%", "190", "34.5%"]);
    expect(row("B")).toEqual(["B", "4", "40.0%", "260", "47.3%"]);
    expect(row("C")).toEqual(["C", "4", "40.0%", "100", "18.2%"]);
    expect(row("total")).toEqual(["Total", "10", "100.0%", "550", "100.0%"]);
    expect(within(summary).getByTestId("concentration")).toHaveTextContent(
      "The top 20% of customers hold 34.5% of sales."
    );
    // Written right of the list as values, with the header.
    await waitFor(() => expect(host.batches).toHaveLength(1), SLOW);
    expect(host.sheet("Sheet1")!.cells.map((r) => r[2])).toEqual([
      "Tier",
      "C",
      "C",
      "C",
      "C",
      "B",
      "B",
      "B",
      "B",
      "A",
      "A",
    ]);
    expect(screen.getByTestId("message")).toHaveTextContent(
      "Tier column written in column C for 10 rows (values)."
    );
  });

  test("a second run over the computed tiers counts each of them in the question", async () => {
    // On a host that computes formulas as Excel does (the preview's), the spill of the first
    // run's =CRM.TIER(B2:B6) reads as 5 tiers: with the header, 6 cells are replaced.
    const cells: CellInput[][] = [["Customer", "Sales"]];
    for (let i = 1; i <= 5; i++) cells.push([`C${i}`, i]);
    const host = previewHost(workbookFromCells("Sheet1", cells));
    renderTieringTab(cells, "en", { host, selection: { row: 1, col: 0 } });
    await screen.findByTestId("list-line", undefined, SLOW);
    await act(async () => {
      fireEvent.click(screen.getByTestId("tier-button"));
    });
    await screen.findByTestId("summary", undefined, SLOW);
    expect(
      (await host.readRect({ sheet: "Sheet1", row: 1, col: 2, rows: 5, cols: 1 })).flat()
    ).toEqual(["C", "C", "B", "B", "A"]);
    await act(async () => {
      fireEvent.click(screen.getByTestId("tier-button"));
    });
    const dialog = await screen.findByRole("alertdialog", { hidden: true }, SLOW);
    expect(dialog).toHaveTextContent("Column C holds the Tier column of an earlier run (6 cells)");
  });

  test("a second run asks before replacing; Cancel writes nothing", async () => {
    const cells: CellInput[][] = [["Customer", "Sales"]];
    for (let i = 1; i <= 5; i++) cells.push([`C${i}`, i]);
    const host = setup(cells);
    await screen.findByTestId("list-line", undefined, SLOW);
    await act(async () => {
      fireEvent.click(screen.getByTestId("tier-button"));
    });
    await screen.findByTestId("summary", undefined, SLOW);
    await act(async () => {
      fireEvent.click(screen.getByTestId("tier-button"));
    });
    const dialog = await screen.findByRole("alertdialog", { hidden: true }, SLOW);
    // The first run wrote one spilling formula under the header (the default output); this host
    // computes no formulas, so the column holds 2 non-empty cells, both replaced.
    expect(dialog).toHaveTextContent("Column C holds the Tier column of an earlier run (2 cells)");
    // Under jsdom, Fluent's focus trap (tabster's modalizer) sometimes leaves aria-hidden on
    // the dialog surface itself, so the button is looked up including hidden nodes here; the
    // dialog's accessible buttons are clicked in real Chromium by test/browser/pane.test.ts.
    const cancel = within(dialog).getByRole("button", { name: "Cancel", hidden: true });
    await act(async () => {
      fireEvent.click(cancel);
    });
    expect(host.batches).toHaveLength(1);
    expect(await screen.findByTestId("message", undefined, SLOW)).toHaveTextContent(
      "Nothing was written."
    );
  });
});
