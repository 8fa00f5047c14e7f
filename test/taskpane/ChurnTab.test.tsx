/** @jest-environment jsdom */
/**
 * The Churn tab on the in-memory host: lapsed customers counted and sorted by value at stake,
 * a click selects the customer's row, "Write Churn watch sheet" creates the sheet with the
 * reason dropdown, a reason typed into the workbook survives the next run, and a sheet of the
 * user's that only shares the name is not overwritten; each column shows its confidence cue.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
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
 * Days since the last order on 2025-10-31, counted on a calendar: Ace 11, Bee 122, Cid 77,
 * Dot 56, Eve 152, Fay 61. Lapsed (> 60 days): Bee, Cid, Eve, Fay; value at stake
 * 20,000 + 3,000 + 800 + 100 = 23,900; by value: Bee, Cid, Eve, Fay.
 */
function list(): CellInput[][] {
  return [
    ["Customer", "Rep", "Monthly sales", "Last order date"],
    ["Ace", "Wang", 5000, "2025-10-20"],
    ["Bee", "Li", 20000, "2025-07-01"],
    ["Cid", "Li", 3000, "2025-08-15"],
    ["Dot", "Wang", 9000, "2025-09-05"],
    ["Eve", "Zhao", 800, "2025-06-01"],
    ["Fay", "Zhao", 100, "2025-08-31"],
  ];
}

function setup(host: MemoryHost, locale: Locale = "en") {
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ChurnTab host={host} locale={locale} t={messages(locale)} today={TODAY} />
    </FluentProvider>
  );
  return user;
}

async function clickWrite(user: ReturnType<typeof userEvent.setup>): Promise<string> {
  await waitFor(() => expect(screen.getByTestId("write-churn")).toBeEnabled());
  await user.click(screen.getByTestId("write-churn"));
  const msg = await screen.findByTestId("churn-message");
  return msg.textContent ?? "";
}

describe("ChurnTab", () => {
  test("a total row under the list is not a customer", async () => {
    const host = new MemoryHost(workbookFromCells("Customers", [...list(), ["Total", null, 37900, null]]));
    setup(host);
    const summary = await screen.findByTestId("churn-summary");
    expect(summary).toHaveTextContent("4 of 6 customers lapsed; value at stake 23,900.");
  });

  test("lists the lapsed customers by value at stake; a click selects the row in the sheet", async () => {
    const host = new MemoryHost(workbookFromCells("Customers", list()));
    const user = setup(host);
    const summary = await screen.findByTestId("churn-summary");
    expect(summary).toHaveTextContent("4 of 6 customers lapsed; value at stake 23,900.");
    const rows = within(screen.getByTestId("churn-table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent?.match(/^[A-Z][a-z]+/)?.[0])).toEqual(["Bee", "Cid", "Eve", "Fay"]);
    // Days since and the expected return at the default 30% with no cost: 20,000 x 0.3 = 6,000.
    expect(rows[0]).toHaveTextContent("122");
    expect(rows[0]).toHaveTextContent("6,000");

    await user.click(rows[0]);
    // Bee is the second data row: sheet row 2 (0-based), the whole list width.
    await waitFor(() => expect(host.data.selection).toEqual({ sheet: "Customers", row: 2, col: 0, rows: 1, cols: 4 }));

    // At 70 days Fay (61 days) is no longer lapsed: 23,900 - 100 = 23,800.
    await user.clear(screen.getByTestId("churn-days"));
    await user.type(screen.getByTestId("churn-days"), "70");
    await waitFor(() => expect(screen.getByTestId("churn-summary")).toHaveTextContent("3 of 6 customers lapsed; value at stake 23,800."));
  });

  test("writes the Churn watch sheet with the reason dropdown; a typed reason is kept on the next run", async () => {
    const host = new MemoryHost(workbookFromCells("Customers", list()));
    const user = setup(host);
    await screen.findByTestId("churn-summary");
    const first = await clickWrite(user);
    expect(first).toContain('Created sheet "Churn watch": 4 lapsed customers');
    const sheet = host.sheet("Churn watch")!;
    const header = sheet.cells[0] as string[];
    const reasonCol = header.indexOf("Churn reason");
    const notesCol = header.indexOf("Notes");
    expect(sheet.cells.slice(1, 5).map((r) => r[0])).toEqual(["Bee", "Cid", "Eve", "Fay"]);
    expect(sheet.validations).toEqual([
      {
        range: { sheet: "Churn watch", row: 1, col: reasonCol, rows: 4, cols: 1 },
        list: ["Rep's attitude", "Product dissatisfaction", "Competitor", "Other supplier relationship", "Moved", "Closed", "Other"],
      },
    ]);

    // The user records why Bee left, and a note on Cid, in the workbook.
    sheet.cells[1][reasonCol] = "Competitor";
    sheet.cells[2][notesCol] = "called twice";

    const second = await clickWrite(user);
    expect(second).toContain('Updated sheet "Churn watch"');
    expect(second).toContain("1 churn reasons entered earlier were kept");
    const again = host.sheet("Churn watch")!;
    expect(host.data.sheets.map((s) => s.name)).toEqual(["Customers", "Churn watch"]);
    const bee = again.cells.find((r) => r[0] === "Bee")!;
    const cid = again.cells.find((r) => r[0] === "Cid")!;
    expect(bee[reasonCol]).toBe("Competitor");
    expect(cid[notesCol]).toBe("called twice");
    expect(again.tables).toHaveLength(1);
    expect(again.validations).toHaveLength(1);
  });

  test("in Chinese; a sheet of the user's with the same name is left alone", async () => {
    const host = new MemoryHost(workbookFromCells("Customers", list()));
    await host.apply([
      { kind: "addSheet", name: "流失预警" },
      { kind: "values", sheet: "流失预警", row: 0, col: 0, values: [["我的计划"]] },
    ]);
    const user = setup(host, "zh");
    await screen.findByTestId("churn-summary");
    expect(screen.getByTestId("write-churn")).toHaveTextContent("写入流失预警表");
    const msg = await clickWrite(user);
    expect(msg).toContain("已新建工作表「流失预警 (2)」");
    expect(host.sheet("流失预警")!.cells).toEqual([["我的计划"]]);
    expect(host.sheet("流失预警 (2)")!.cells[0][0]).toBe("客户");
  });

  test("each column shows where it came from; another column chosen keeps the user's choice on Read again", async () => {
    const host = new MemoryHost(workbookFromCells("Customers", list()));
    const user = setup(host);
    await screen.findByTestId("churn-summary");
    expect(screen.getByTestId("churn-last-cue")).toHaveAttribute("data-cue", "header");
    expect(screen.getByTestId("churn-last-cue")).toHaveTextContent("Last order date");
    // No last-order column: nothing lapses by days, the tab says which column it needs.
    await user.click(screen.getByTestId("churn-last"));
    await user.click(await screen.findByRole("option", { name: "(none)" }));
    expect(await screen.findByText(/Choose the last-order column/)).toBeInTheDocument();
    expect(screen.queryByTestId("churn-summary")).toBeNull();
    await user.click(screen.getByTestId("churn-last"));
    await user.click(await screen.findByRole("option", { name: "D: Last order date" }));
    expect(screen.getByTestId("churn-last-cue")).toHaveAttribute("data-cue", "user");
    await user.click(screen.getByRole("button", { name: "Read again" }));
    await waitFor(() =>
      expect(screen.getByTestId("churn-summary")).toHaveTextContent("4 of 6 customers lapsed")
    );
    expect(screen.getByTestId("churn-last-cue")).toHaveAttribute("data-cue", "user");
  });
});
