/** @jest-environment jsdom */
/**
 * The Churn tab's "declining" list (issue 15): the period columns guessed from month headers,
 * customers below -30% listed A first by value at risk, and written to the Churn watch sheet
 * with the lapsed customers (same reason/cost/decision columns), in English and Chinese.
 */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { ChurnTab } from "../../src/taskpane/components/ChurnTab";
import { messages } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";

const TODAY = "2025-10-31";

/**
 * By hand (window 3): Ace 300 -> 120 is -60% (tier B); Bee 90 -> 45 -50% (A); Cid 60 -> 30 -50%
 * (A); Dot 30 -> 36 +20%; Eve 100 -> 75 -25%. Declining below -30%: A first by value at risk
 * (the earlier window's sales): Bee 90, Cid 60; then Ace 300. Lapsed (> 60 days): only Dot.
 */
function list(): CellInput[][] {
  return [
    [
      "Customer",
      "Tier",
      "2025-04",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-08",
      "2025-09",
      "Last order date",
    ],
    ["Ace", "B", 100, 100, 100, 40, 40, 40, "2025-10-20"],
    ["Bee", "A", 30, 30, 30, 15, 15, 15, "2025-10-20"],
    ["Cid", "A", 20, 20, 20, 10, 10, 10, "2025-10-20"],
    ["Dot", "C", 10, 10, 10, 12, 12, 12, "2025-07-01"],
    ["Eve", "B", 40, 30, 30, 25, 25, 25, "2025-10-20"],
  ];
}

function setup(locale: Locale) {
  const host = new MemoryHost(workbookFromCells("Customers", list()));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ChurnTab host={host} locale={locale} t={messages(locale)} today={TODAY} />
    </FluentProvider>
  );
  return { host, user };
}

const names = () =>
  Array.from(screen.getByTestId("decline-table").querySelectorAll("tbody tr")).map(
    (r) => r.querySelector("td")?.textContent
  );

describe("ChurnTab: declining customers", () => {
  test("A customers first by value at risk; a stricter threshold lists fewer; written with the lapsed", async () => {
    const { host, user } = setup("en");
    const summary = await screen.findByTestId("decline-summary", undefined, { timeout: 15000 });
    expect(screen.getByTestId("decline-first")).toHaveTextContent("C: 2025-04");
    expect(screen.getByTestId("decline-last")).toHaveTextContent("H: 2025-09");
    expect(screen.getByTestId("decline-tier")).toHaveTextContent("B: Tier");
    expect(summary).toHaveTextContent("3 customers declining (2 A customers); value at risk 450.");
    expect(names()).toEqual(["Bee", "Cid", "Ace"]);
    expect(screen.getByTestId("decline-table")).toHaveTextContent("-60%");

    await user.click(screen.getByTestId("write-churn"));
    const msg = await screen.findByTestId("churn-message");
    expect(msg).toHaveTextContent("1 lapsed customers");
    expect(msg).toHaveTextContent("3 declining customers were added for the same follow-up.");
    const sheet = host.sheet("Churn watch")!;
    const header = sheet.cells[0] as string[];
    const at = (r: number, h: string) => sheet.cells[r][header.indexOf(h)];
    expect([1, 2, 3, 4].map((r) => [at(r, "Customer"), at(r, "Status")])).toEqual([
      ["Dot", "Lapsed"],
      ["Bee", "Declining"],
      ["Cid", "Declining"],
      ["Ace", "Declining"],
    ]);
    expect(at(4, "Flagged by")).toBe("Sales down 60% (last 3 periods vs the 3 before)");
    expect(header).toEqual(expect.arrayContaining(["Churn reason", "Win-back cost", "Decision"]));

    await user.clear(screen.getByTestId("decline-threshold"));
    await user.type(screen.getByTestId("decline-threshold"), "-55");
    await waitFor(() => expect(names()).toEqual(["Ace"]));
  });

  test("in Chinese, and too few period columns for the window says how many are needed", async () => {
    const { user } = setup("zh");
    const summary = await screen.findByTestId("decline-summary", undefined, { timeout: 15000 });
    expect(summary).toHaveTextContent("3 个客户销售下滑（其中 A 类 2 个）；风险价值 450。");
    await user.clear(screen.getByTestId("decline-window"));
    await user.type(screen.getByTestId("decline-window"), "4");
    expect(await screen.findByTestId("decline-need")).toHaveTextContent(
      "请至少选择 8 个期间列（当前 6 个）"
    );
    expect(screen.queryByTestId("decline-table")).toBeNull();
  });
});
