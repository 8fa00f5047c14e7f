/** @jest-environment jsdom */
/**
 * The user corrects the rows the reader decided on (issue 11): "Put back" a left-out row,
 * "Leave out" a row by its number, in the Tiering and Visit plan tabs, through useListJob; the
 * tiers follow, the correction is remembered for the sheet, a bad row is refused.
 */
import * as React from "react";
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { App } from "../../src/taskpane/components/App";
import { TABS } from "../../src/taskpane/tabs";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells, type MemoryWorkbookData } from "../../src/host/memoryWorkbook";
import { rowsSettingsKey } from "../../src/app/customerRows";
import type { CellInput } from "../../src/host/types";

const SLOW = { timeout: 15000 };

// Row 1 header; rows 2..8: row 5 is a 合计 of rows 2..4, row 7 a shop named "小计" (taken for a
// subtotal), row 8 a test customer.
const CELLS: CellInput[][] = [
  ["Customer", "Rep", "Sales"],
  ["Ann", "Li", 100],
  ["Bob", "Li", 50],
  ["Cat", "Wu", 30],
  ["合计", null, 180],
  ["Dan", "Wu", 20],
  ["小计", "Wu", 400],
  ["TEST customer", "Li", 999],
];

function setup(tab: string, locale: "en" | "zh" = "en", data?: MemoryWorkbookData) {
  const book = data ?? workbookFromCells("Sheet1", CELLS);
  book.selection = { sheet: "Sheet1", row: 1, col: 0, rows: 1, cols: 1 };
  const host = new MemoryHost(book);
  const view = render(
    <App host={host} initialLocale={locale} tabs={TABS.filter((t) => t.id === tab)} />
  );
  return { host, view };
}

const tierColumn = (host: MemoryHost) => host.sheet("Sheet1")!.cells.map((r) => r[3] ?? null);

async function leaveOut(rows: string) {
  fireEvent.change(screen.getByTestId("leave-out-input"), { target: { value: rows } });
  await act(async () => {
    fireEvent.click(screen.getByTestId("leave-out-button"));
  });
}

test("Tiering: put back the shop, leave out the test customer; the tiers follow and are remembered", async () => {
  const { host, view } = setup("tiering");
  const notes = await screen.findByTestId("read-leftOut", undefined, SLOW);
  expect(notes).toHaveTextContent("2 total/subtotal (rows 5, 7)");
  // Blank rows get no button; total rows do.
  expect(screen.getByTestId("put-back-5")).toHaveTextContent("Put back");

  await act(async () => {
    fireEvent.click(screen.getByTestId("put-back-7"));
  });
  expect(screen.getByTestId("read-putBack")).toHaveTextContent(
    "1 row put back by you is read as a customer: row 7."
  );
  expect(screen.getByTestId("read-leftOut")).toHaveTextContent("1 total/subtotal (row 5)");
  expect(screen.getByTestId("leave-out-again-7")).toBeInTheDocument();

  await leaveOut("8");
  expect(screen.getByTestId("read-leftOut")).toHaveTextContent("1 left out by you (row 8)");
  expect(screen.getByTestId("leave-out-input")).toHaveValue("");

  await act(async () => {
    fireEvent.click(screen.getByTestId("tier-button"));
  });
  await waitFor(() => expect(host.batches).toHaveLength(1), SLOW);
  // By rank of the 5 customers (400, 100, 50, 30, 20): 小计 A, Ann and Bob B, Cat and Dan C.
  expect(tierColumn(host)).toEqual(["Tier", "B", "B", "C", "", "C", "A", ""]);
  expect(host.data.settings[rowsSettingsKey("Sheet1")]).toMatchObject({
    include: [{ row: 7 }],
    exclude: [{ row: 8 }],
  });

  // The pane opened again on the same workbook restores the correction.
  view.unmount();
  setup("tiering", "en", host.data);
  expect(await screen.findByTestId("read-putBack", undefined, SLOW)).toHaveTextContent("row 7");
  expect(screen.getByTestId("read-leftOut")).toHaveTextContent("1 left out by you (row 8)");
});

test("Tiering: a row the user put back can be left out again, and the header row is refused", async () => {
  setup("tiering");
  await screen.findByTestId("put-back-5", undefined, SLOW);
  await act(async () => {
    fireEvent.click(screen.getByTestId("put-back-5"));
  });
  await act(async () => {
    fireEvent.click(screen.getByTestId("leave-out-again-5"));
  });
  expect(screen.getByTestId("read-leftOut")).toHaveTextContent("2 total/subtotal (rows 5, 7)");
  expect(screen.queryByTestId("read-putBack")).toBeNull();

  await leaveOut("1");
  expect(screen.getByTestId("leave-out-error")).toHaveTextContent(
    "row 1 is the list's header row, not a row of customers."
  );
  await leaveOut("3-x");
  expect(screen.getByTestId("leave-out-error")).toHaveTextContent(
    '"3-x" is not a row number or a range of rows such as 9-12.'
  );
  await leaveOut("40");
  expect(screen.getByTestId("leave-out-error")).toHaveTextContent(
    "row 40 is not in the list (its rows are 2-8)."
  );
  // Nothing changed.
  expect(screen.getByTestId("read-leftOut")).toHaveTextContent("2 rows are not customers");
});

test("Visit plan (zh): the same controls, in Chinese; a range is left out", async () => {
  setup("visitPlan", "zh");
  const notes = await screen.findByTestId("read-leftOut", undefined, SLOW);
  expect(notes).toHaveTextContent("2 行合计/小计（第 5、7 行）");
  expect(screen.getByTestId("put-back-7")).toHaveTextContent("恢复");
  await leaveOut("2-3");
  expect(screen.getByTestId("read-leftOut")).toHaveTextContent("2 行由您排除（第 2、3 行）");
  await leaveOut("1");
  expect(screen.getByTestId("leave-out-error")).toHaveTextContent("第 1 行是清单的标题行");
});

describe("a correction reaches the pane's other tabs at once, before any run saves it", () => {
  test("switching tabs: the Visit plan tab opens with the rows corrected in the Tiering tab", async () => {
    const book = workbookFromCells("Sheet1", CELLS);
    book.selection = { sheet: "Sheet1", row: 1, col: 0, rows: 1, cols: 1 };
    const host = new MemoryHost(book);
    const tabs = TABS.filter((t) => t.id === "tiering" || t.id === "visitPlan");
    render(<App host={host} initialLocale="en" tabs={tabs} />);
    await screen.findByTestId("put-back-7", undefined, SLOW);
    await act(async () => {
      fireEvent.click(screen.getByTestId("put-back-7"));
    });
    await leaveOut("8");
    await act(async () => {
      fireEvent.click(screen.getByRole("tab", { name: "Visit plan" }));
    });
    await screen.findByTestId("tier-source", undefined, SLOW);
    await waitFor(
      () =>
        expect(screen.getByTestId("read-leftOut")).toHaveTextContent("1 left out by you (row 8)"),
      SLOW
    );
    expect(screen.getByTestId("read-putBack")).toHaveTextContent("row 7");
    // Nothing was written, nothing saved: the pane's tabs share it.
    expect(host.batches).toHaveLength(0);
    expect(host.data.settings[rowsSettingsKey("Sheet1")]).toBeUndefined();
  });

  test("two tabs open at once: a correction in one shows in the other, an undo too", async () => {
    const book = workbookFromCells("Sheet1", CELLS);
    book.selection = { sheet: "Sheet1", row: 1, col: 0, rows: 1, cols: 1 };
    const host = new MemoryHost(book);
    const only = (id: string) => TABS.filter((t) => t.id === id);
    const tiering = render(<App host={host} initialLocale="en" tabs={only("tiering")} />);
    const plan = render(<App host={host} initialLocale="zh" tabs={only("visitPlan")} />);
    const inTiering = within(tiering.container);
    const inPlan = within(plan.container);
    await inTiering.findByTestId("put-back-5", undefined, SLOW);
    await inPlan.findByTestId("put-back-5", undefined, SLOW);
    await act(async () => {
      fireEvent.click(inTiering.getByTestId("put-back-5"));
    });
    expect(inPlan.getByTestId("read-putBack")).toHaveTextContent(
      "您恢复的 1 行按客户计入：第 5 行"
    );
    expect(inPlan.getByTestId("read-leftOut")).toHaveTextContent("1 行合计/小计（第 7 行）");
    // And back: leaving it out again in the Visit plan tab reaches the Tiering tab.
    await act(async () => {
      fireEvent.click(inPlan.getByTestId("leave-out-again-5"));
    });
    expect(inTiering.queryByTestId("read-putBack")).toBeNull();
    expect(inTiering.getByTestId("read-leftOut")).toHaveTextContent("2 total/subtotal (rows 5, 7)");
    expect(host.batches).toHaveLength(0);
  });
});
