/** @jest-environment jsdom */
/**
 * Issue 15's pane parts, rendered with @testing-library: the Value tab's value classes (customers,
 * value and share per class, the top-5% headline, the column written in the workbook's language)
 * and current/potential value columns; the Tiering comparison's migration matrix.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { ValueTab } from "../../src/taskpane/components/ValueTab";
import { MigrationMatrixView } from "../../src/taskpane/components/MigrationMatrixView";
import { migrationMatrix } from "../../src/core/list/migration";
import { messages } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";

/**
 * 20 customers. By hand: sales 400 for the first, 30 for the 19 others (total 970). Top 5% of 20
 * is 1 customer: 400 / 970 = 41.2% of the value. Customer 2 costs 50 to serve (> 30): Negative.
 * Customer 3 has a potential value of 100 (> 30): Secondary. The other 17: Ordinary, 510 = 52.6%.
 */
function list(): CellInput[][] {
  const cells: CellInput[][] = [
    ["Customer", "Sales", "Cost to serve", "Potential value", "Profit", "Potential profit"],
  ];
  for (let i = 0; i < 20; i++)
    cells.push([`C${i + 1}`, i === 0 ? 400 : 30, i === 1 ? 50 : 5, i === 2 ? 100 : null, 10, 12]);
  return cells;
}

function setup(locale: Locale) {
  const host = new MemoryHost(workbookFromCells("Data", list()));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ValueTab host={host} locale={locale} t={messages(locale)} />
    </FluentProvider>
  );
  return { host, user };
}
const cell = (host: MemoryHost, r: number, c: number) => host.cell(host.sheet("Data")!, r, c);

describe("Value tab: value classes", () => {
  test("per class customers, value and share; the top 5% headline; a live formula written", async () => {
    const { host, user } = setup("en");
    await screen.findByTestId("class-table", undefined, { timeout: 15000 });
    expect(screen.getByTestId("class-value")).toHaveTextContent("B: Sales");
    expect(screen.getByTestId("class-cost")).toHaveTextContent("C: Cost to serve");
    expect(screen.getByTestId("class-potential")).toHaveTextContent("D: Potential value");
    const count = (id: string) => screen.getByTestId(`class-count-${id}`).textContent;
    const share = (id: string) => screen.getByTestId(`class-share-${id}`).textContent;
    expect(count("mostValuable")).toBe("1 (5.0%)");
    expect(count("secondary")).toBe("1 (5.0%)");
    expect(count("ordinary")).toBe("17 (85.0%)");
    expect(count("negative")).toBe("1 (5.0%)");
    expect(share("mostValuable")).toBe("41.2%");
    expect(share("ordinary")).toBe("52.6%");
    expect(screen.getByTestId("class-headline")).toHaveTextContent(
      "The top 5% (1 customers) bring 41.2% of the value"
    );
    // Top 10%: every 30 has 1 customer above (1/20 < 0.1), so the ties are all in: 19 customers,
    // the one below its cost to serve stays Negative (negative is checked first).
    await user.clear(screen.getByTestId("class-top"));
    await user.type(screen.getByTestId("class-top"), "10");
    await waitFor(() => expect(count("mostValuable")).toBe("19 (95.0%)"));
    expect(count("negative")).toBe("1 (5.0%)");

    await user.click(screen.getByTestId("write-class"));
    await waitFor(() => expect(screen.getByTestId("value-message")).toHaveTextContent("column G"));
    expect(cell(host, 0, 6)).toBe("Value class");
    expect(cell(host, 1, 6)).toEqual({ formula: "=CRM.VALUECLASS(B2:B21,C2:C21,D2:D21,0.1)" });
  });

  test("in Chinese: the table and the column's labels are Chinese (values output)", async () => {
    const { host, user } = setup("zh");
    await screen.findByTestId("class-table", undefined, { timeout: 15000 });
    const table = screen.getByTestId("class-table");
    expect(within(table).getByText("最有价值客户")).toBeInTheDocument();
    expect(within(table).getByText(/降低服务成本/)).toBeInTheDocument();
    expect(screen.getByTestId("class-headline")).toHaveTextContent(
      "前 5% 的客户（1 个）贡献了 41.2% 的价值"
    );
    await user.click(screen.getByLabelText("数值"));
    await user.click(screen.getByTestId("write-class"));
    await waitFor(() => expect(screen.getByTestId("value-message")).toHaveTextContent("G 列"));
    expect(cell(host, 0, 6)).toBe("客户价值类别");
    expect([1, 2, 3, 4].map((r) => cell(host, r, 6))).toEqual([
      "最有价值客户",
      "负值客户",
      "次要客户",
      "普通客户",
    ]);
  });
});

describe("Value tab: current and potential value", () => {
  test("writes CCV and CPV from the guessed profit and potential profit columns", async () => {
    const { host, user } = setup("en");
    await screen.findByTestId("ccv-profit", undefined, { timeout: 15000 });
    expect(screen.getByTestId("ccv-profit")).toHaveTextContent("E: Profit");
    expect(screen.getByTestId("cpv-potential")).toHaveTextContent("F: Potential profit");
    await user.clear(screen.getByTestId("ccv-periods"));
    await user.type(screen.getByTestId("ccv-periods"), "3");
    await user.click(screen.getByTestId("write-ccv"));
    await waitFor(() => expect(screen.getByTestId("value-message")).toHaveTextContent("G, H"));
    expect(cell(host, 0, 6)).toBe("Current value");
    expect(cell(host, 1, 6)).toEqual({ formula: "=CRM.CCV(E2:E21,3)" });
    expect(cell(host, 1, 7)).toEqual({ formula: "=CRM.CPV(F2:F21,E2:E21,3)" });
  });

  test("a horizon of 0 is refused before anything is written", async () => {
    const { host, user } = setup("en");
    await screen.findByTestId("ccv-periods", undefined, { timeout: 15000 });
    await user.clear(screen.getByTestId("ccv-periods"));
    await user.type(screen.getByTestId("ccv-periods"), "0");
    expect(screen.getByTestId("write-ccv")).toBeDisabled();
    expect(screen.getByText(/Periods must be a whole number/)).toBeInTheDocument();
    expect(host.batches).toHaveLength(0);
  });
});

describe("Tiering comparison: migration matrix", () => {
  const m = migrationMatrix(["A", "A", "B", "C", "", "B"], ["A", "B", "A", "", "C", "B"], {
    values: [100, 50, 70, NaN, 5, 20],
    order: ["A", "B", "C"],
  });
  test.each([
    ["en", "(new)", "(gone)", "Tier migration"],
    ["zh", "（新增）", "（流失）", "等级迁移"],
  ] as const)("%s: counts, sales moved, new and gone", (locale, newRow, gone, title) => {
    render(
      <FluentProvider theme={webLightTheme}>
        <MigrationMatrixView matrix={m} locale={locale} />
      </FluentProvider>
    );
    const view = screen.getByTestId("migration-matrix");
    expect(within(view).getByText(title)).toBeInTheDocument();
    expect(within(view).getByText(newRow)).toBeInTheDocument();
    expect(within(view).getByText(gone)).toBeInTheDocument();
    const at = (i: number, j: number) => view.querySelector(`[data-cell="${i},${j}"]`)?.textContent;
    expect(at(0, 0)).toBe("1100"); // A -> A: 1 customer, sales 100
    expect(at(0, 1)).toBe("150"); // A -> B (down)
    expect(at(1, 0)).toBe("170"); // B -> A (up)
    expect(at(2, 3)).toBe("10"); // C -> gone: sales unknown
    expect(at(3, 2)).toBe("15"); // new -> C
    expect(at(2, 2)).toBe("·");
  });
});
