/** @jest-environment jsdom */
/**
 * The Order history tab on the in-memory host: columns guessed from (Chinese) headers, the
 * preview counts, "Write formula chain" adds a new sheet with the live chain (unique name on a
 * second run), a holdout adds the check chart, bad lines and bad dates block the write.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { OrderHistoryTab } from "../../src/taskpane/components/OrderHistoryTab";
import { messages } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";
import { historySettingsKey } from "../../src/app/history";

/** Excel serial of a yyyymmdd date, from Date.UTC (independent of the code under test). */
const serial = (ymd: number) =>
  Math.round((Date.UTC(Math.floor(ymd / 10000), (Math.floor(ymd / 100) % 100) - 1, ymd % 100) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** 9 order lines of 5 customers: Ann buys on 3 days, Bob on 2, the others once. */
function orders(): CellInput[][] {
  return [
    ["客户编号", "下单日期", "数量", "订单金额"],
    ["Ann", serial(20240101), 1, 100],
    ["Ann", serial(20240101), 2, 50],
    ["Bob", serial(20240105), 1, 80],
    ["Ann", serial(20240115), 1, 30],
    ["Cat", serial(20240201), 1, 40],
    ["Bob", serial(20240301), 3, 20],
    ["Dan", serial(20240310), 1, 10],
    ["Ann", serial(20240320), 1, 60],
    ["Eve", serial(20240401), 1, 70],
  ];
}

function setup(cells: CellInput[][], locale: Locale = "en") {
  const host = new MemoryHost(workbookFromCells("Orders", cells));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <OrderHistoryTab host={host} locale={locale} t={messages(locale)} />
    </FluentProvider>
  );
  return { host, user };
}

const roleBox = (role: string) => document.querySelector(`[data-role="${role}"]`) as HTMLElement;
const formulaAt = (host: MemoryHost, sheet: string, r: number, c: number) => (host.sheet(sheet)!.cells[r]?.[c] as { formula?: string })?.formula;

describe("OrderHistoryTab", () => {
  test("guesses the columns from Chinese headers and previews the counts", async () => {
    setup(orders());
    await screen.findByTestId("history-list-line");
    expect(screen.getByTestId("history-list-line")).toHaveTextContent("9 order lines in A1:D10 on sheet Orders");
    expect(roleBox("customer")).toHaveTextContent("A: 客户编号");
    expect(roleBox("date")).toHaveTextContent("B: 下单日期");
    expect(roleBox("amount")).toHaveTextContent("D: 订单金额");
    const preview = screen.getByTestId("history-preview");
    expect(preview).toHaveTextContent("9 orders from 5 customers");
    expect(preview).toHaveTextContent("From 2024-01-01 to 2024-04-01");
    expect(preview).toHaveTextContent("Up to 2024-04-01: 5 customers, 9 orders");
    // Ann and Bob of 5 bought again.
    expect(preview).toHaveTextContent("40% of them bought again (2 customers)");
    expect(screen.getByLabelText("Horizon (months)")).toHaveValue("12");
    expect(screen.queryByTestId("history-problems")).toBeNull();
  });

  test("Write formula chain adds a sheet with the live chain; a second run gets a new name", async () => {
    const { host, user } = setup(orders());
    await screen.findByTestId("history-list-line");
    await user.click(screen.getByTestId("write-history"));
    await screen.findByTestId("history-written");
    const name = "Order history 2024-04-01";
    expect(screen.getByTestId("history-written")).toHaveTextContent(`Sheet "${name}" added`);
    expect(formulaAt(host, name, 3, 0)).toBe(
      "=CRM.RFM('Orders'!$A$2:$A$10,'Orders'!$B$2:$B$10,'Orders'!$D$2:$D$10,$L$4,$L$6)"
    );
    expect(formulaAt(host, name, 3, 5)).toMatch(/^=CRM\.PALIVE\(/);
    expect(host.sheet(name)!.charts).toHaveLength(0);
    // The source sheet is untouched; the column choice is remembered.
    expect(host.sheet("Orders")!.cells).toEqual(orders());
    expect(host.data.settings[historySettingsKey("Orders")]).toMatchObject({ columns: { amount: { index: 3 } } });
    await user.click(screen.getByTestId("write-history"));
    await waitFor(() => expect(host.sheet(`${name} (2)`)).toBeDefined());
  });

  test("a calibration end and a holdout: preview follows, the sheet gets the check chart", async () => {
    const { host, user } = setup(orders());
    await screen.findByTestId("history-list-line");
    fireEvent.change(screen.getByLabelText("Calibration end"), { target: { value: "2024-02-29" } });
    fireEvent.change(screen.getByLabelText("Holdout end (optional)"), { target: { value: "2024-04-01" } });
    const preview = screen.getByTestId("history-preview");
    // Up to Feb 29: Ann (2 days), Bob, Cat; 5 lines; 4 lines after it.
    await waitFor(() => expect(preview).toHaveTextContent("Up to 2024-02-29: 3 customers, 5 orders"));
    expect(preview).toHaveTextContent("33.3% of them bought again (1 customers)");
    expect(preview).toHaveTextContent("4 orders in the holdout up to 2024-04-01");
    await user.click(screen.getByTestId("write-history"));
    await screen.findByTestId("history-written");
    const sheet = host.sheet("Order history 2024-02-29")!;
    expect(formulaAt(host, sheet.name, 3, 0)).toMatch(/,\$O\$4,\$O\$6,\$O\$5\)$/);
    expect(sheet.charts).toHaveLength(1);
    expect(sheet.charts[0].type).toBe("column");
  });

  test("bad lines and a holdout before the calibration end block the write", async () => {
    const cells = orders();
    cells[3][1] = "soon"; // sheet row 4
    const { host, user } = setup(cells);
    await screen.findByTestId("history-list-line");
    expect(screen.getByTestId("history-problems")).toHaveTextContent("1 order lines cannot be read (row 4: the date is not a date)");
    await user.click(screen.getByTestId("write-history"));
    await screen.findByTestId("history-errors");
    expect(host.data.sheets).toHaveLength(1);

    cells[3][1] = serial(20240105);
    host.data.sheets[0].cells = cells;
    await user.click(screen.getByRole("button", { name: "Read again" }));
    await waitFor(() => expect(screen.queryByTestId("history-problems")).toBeNull());
    fireEvent.change(screen.getByLabelText("Holdout end (optional)"), { target: { value: "2024-03-01" } });
    await waitFor(() => expect(screen.getByTestId("history-problems")).toHaveTextContent("The holdout end must be after the calibration end"));
    await user.click(screen.getByTestId("write-history"));
    await screen.findByTestId("history-errors");
    expect(host.data.sheets).toHaveLength(1);
  });

  test("a column chosen in the dropdown is the one the chain reads", async () => {
    const { host, user } = setup(orders());
    await screen.findByTestId("history-list-line");
    await user.click(roleBox("amount"));
    await user.click(await screen.findByRole("option", { name: "C: 数量" }));
    expect(roleBox("amount")).toHaveTextContent("C: 数量");
    await user.click(screen.getByTestId("write-history"));
    await screen.findByTestId("history-written");
    expect(formulaAt(host, "Order history 2024-04-01", 3, 0)).toContain("'Orders'!$C$2:$C$10,$L$4");
  });

  test("in Chinese: labels, preview and the sheet's texts", async () => {
    const { host, user } = setup(orders(), "zh");
    await screen.findByTestId("history-list-line");
    expect(screen.getByText("下单日期", { selector: "label" })).toBeInTheDocument();
    expect(screen.getByTestId("history-preview")).toHaveTextContent("5 个客户的 9 笔订单");
    await user.click(screen.getByRole("button", { name: "写入公式链" }));
    await screen.findByTestId("history-written");
    const sheet = host.sheet("订单历史 2024-04-01")!;
    expect(sheet.cells[2].slice(0, 2)).toEqual(["客户", "复购次数"]);
  });

  test("no table around the selection: a message, no write button", async () => {
    setup([[null]]);
    await screen.findByText(/No table here/);
    expect(screen.queryByTestId("write-history")).toBeNull();
  });
});
