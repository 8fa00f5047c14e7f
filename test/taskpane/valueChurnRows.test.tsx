/** @jest-environment jsdom */
/**
 * The row corrections in the Value and Churn tabs (issue 11 follow-up): the rows the reader
 * left out are listed with "Put back", a row is left out by its number, the tab's figures
 * follow at once, and the next write remembers the correction for the sheet; in English and
 * Chinese.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { rowsSettingsKey } from "../../src/app/customerRows";
import { ValueTab } from "../../src/taskpane/components/ValueTab";
import { ChurnTab } from "../../src/taskpane/components/ChurnTab";
import { messages } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";

const SLOW = { timeout: 15000 };

function show(el: React.JSX.Element) {
  render(<FluentProvider theme={webLightTheme}>{el}</FluentProvider>);
}

async function click(testId: string) {
  await waitFor(() => expect(screen.getByTestId(testId)).toBeEnabled(), SLOW);
  await act(async () => {
    fireEvent.click(screen.getByTestId(testId));
  });
}

async function leaveOut(rows: string) {
  fireEvent.change(screen.getByTestId("leave-out-input"), { target: { value: rows } });
  await act(async () => {
    fireEvent.click(screen.getByTestId("leave-out-button"));
  });
}

/** Sheet row 10 is a 合计 of the eight customers above it. */
function valueList(): CellInput[][] {
  const sales = [100, 200, 300, 400, 500, 600, 700, 800];
  const freq = [8, 1, 7, 2, 6, 3, 5, 4];
  const cells: CellInput[][] = [["客户名称", "月销售额", "订货频次"]];
  sales.forEach((s, i) => cells.push([`客户${i + 1}`, s, freq[i]]));
  cells.push(["合计", 3600, 36]);
  return cells;
}

const quadrantCounts = () =>
  ["core", "atRisk", "grow", "phaseOut"].map((q) =>
    Number(screen.getByTestId(`count-${q}`).textContent)
  );
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe.each<[Locale, { putBack: string; leaveOutAgain: string; note: RegExp }]>([
  [
    "en",
    { putBack: "Put back", leaveOutAgain: "Leave out again", note: /1 total\/subtotal \(row 10\)/ },
  ],
  ["zh", { putBack: "恢复", leaveOutAgain: "重新排除", note: /1 行合计\/小计（第 10 行）/ }],
])("Value tab (%s)", (locale, words) => {
  test("put the 合计 row back, leave a customer out: the quadrants follow, the write remembers it", async () => {
    const host = new MemoryHost(workbookFromCells("Sheet1", valueList()));
    show(<ValueTab host={host} locale={locale} t={messages(locale)} />);
    await screen.findByTestId("quadrant-table", undefined, SLOW);
    expect(screen.getByTestId("read-leftOut")).toHaveTextContent(words.note);
    expect(sum(quadrantCounts())).toBe(8);
    expect(screen.getByTestId("put-back-10")).toHaveTextContent(words.putBack);

    await click("put-back-10");
    expect(sum(quadrantCounts())).toBe(9);
    expect(screen.getByTestId("leave-out-again-10")).toHaveTextContent(words.leaveOutAgain);
    await leaveOut("2");
    expect(sum(quadrantCounts())).toBe(8);
    expect(screen.queryByTestId("leave-out-error")).toBeNull();

    // Writing the Segment column remembers the correction for the sheet, and writes none for
    // the row left out by the user (row 2) while the 合计 row put back gets one.
    await click("write-segment");
    await screen.findByTestId("value-message", undefined, SLOW);
    expect(await host.getSetting(rowsSettingsKey("Sheet1"))).toBeDefined();
    const segment = host.sheet("Sheet1")!.cells.map((r) => r[3] ?? null);
    expect(segment[1] ?? "").toBe("");
    expect(segment[9]).toEqual(expect.any(String));
    expect(segment[9]).not.toBe("");
  });
});

/** Days since the last order on 2025-10-31: Ace 11, Bee 122, Cid 77, Dot 56; row 6 a total. */
function churnList(): CellInput[][] {
  return [
    ["Customer", "Rep", "Monthly sales", "Last order date"],
    ["Ace", "Wang", 5000, "2025-10-20"],
    ["Bee", "Li", 20000, "2025-07-01"],
    ["Cid", "Li", 3000, "2025-08-15"],
    ["Dot", "Wang", 9000, "2025-09-05"],
    ["Total", null, 37000, null],
  ];
}

describe.each<[Locale, RegExp, RegExp]>([
  ["en", /2 of 4 customers lapsed/, /1 of 3 customers lapsed/],
  ["zh", /4 个客户中有 2 个流失预警/, /3 个客户中有 1 个流失预警/],
])("Churn tab (%s)", (locale, before, after) => {
  test("a total row listed with Put back; a customer left out leaves the lapsed list", async () => {
    const host = new MemoryHost(workbookFromCells("Customers", churnList()));
    show(<ChurnTab host={host} locale={locale} t={messages(locale)} today="2025-10-31" />);
    const summary = await screen.findByTestId("churn-summary", undefined, SLOW);
    expect(summary).toHaveTextContent(before);
    expect(screen.getByTestId("put-back-6")).toBeEnabled();

    // Bee (sheet row 3) is a test customer: left out, it leaves the count and the table.
    await leaveOut("3");
    expect(screen.getByTestId("churn-summary")).toHaveTextContent(after);
    const table = within(screen.getByTestId("churn-table"));
    expect(table.queryByText("Bee")).toBeNull();
    expect(table.getByText("Cid")).toBeInTheDocument();
    expect(screen.getByTestId("put-back-3")).toBeInTheDocument();

    await click("write-churn");
    await screen.findByTestId("churn-message", undefined, SLOW);
    expect(await host.getSetting(rowsSettingsKey("Customers"))).toBeDefined();
  });
});
