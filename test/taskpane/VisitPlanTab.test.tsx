/** @jest-environment jsdom */
/**
 * The Visit plan tab on the in-memory host: column guesses shown, Generate writes a new
 * "Visit plan <date>" sheet (unique name on a second run, nothing overwritten), unscheduled
 * customers and the needed capacity when capacity is too small, bad input -> message, no write.
 */
import * as React from "react";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { VisitPlanTab } from "../../src/taskpane/components/VisitPlanTab";
import { messages } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";

// 2025-10-29 is a Wednesday (calendar), so the default start is Monday 2025-11-03.
const TODAY = "2025-10-29";
const START = "2025-11-03";

/** 12 customers, 2 reps, tiers A/B/C given, coordinates around Chengdu. */
function smallList(): CellInput[][] {
  const cells: CellInput[][] = [
    ["Customer", "Tier", "Rep", "District", "Address", "Latitude", "Longitude"],
  ];
  const tiers = ["A", "A", "B", "B", "C", "C", "A", "B", "B", "C", "C", "C"];
  tiers.forEach((t, i) => {
    cells.push([
      `Shop ${i + 1}`,
      t,
      i < 6 ? "Wang" : "Li",
      i % 2 ? "North" : "South",
      `${i + 1} Main St`,
      30.6 + i * 0.01,
      104.0 + (i % 4) * 0.01,
    ]);
  });
  return cells;
}

function setup(cells: CellInput[][], locale: Locale = "en") {
  const host = new MemoryHost(workbookFromCells("Customers", cells));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <VisitPlanTab host={host} locale={locale} t={messages(locale)} today={TODAY} />
    </FluentProvider>
  );
  return { host, user };
}

const roleBox = (role: string) => document.querySelector(`[data-role="${role}"]`) as HTMLElement;

/** Required visits in 4 weeks by the default policy (PRODUCT 2.4): A 4, B 2, C 1. */
const REQUIRED: Record<string, number> = { A: 4, B: 2, C: 1 };

describe("VisitPlanTab", () => {
  test("shows the guessed columns and the default options", async () => {
    setup(smallList());
    await screen.findByTestId("plan-list-line");
    expect(roleBox("customer")).toHaveTextContent("A: Customer");
    expect(roleBox("tier")).toHaveTextContent("B: Tier");
    expect(roleBox("rep")).toHaveTextContent("C: Rep");
    expect(roleBox("area")).toHaveTextContent("D: District");
    expect(roleBox("address")).toHaveTextContent("E: Address");
    expect(roleBox("lat")).toHaveTextContent("F: Latitude");
    expect(roleBox("lng")).toHaveTextContent("G: Longitude");
    expect(screen.getByLabelText("Start date")).toHaveValue(START);
    expect(screen.getByLabelText("Weeks")).toHaveValue("4");
    expect(screen.getByLabelText("Visits per rep per day")).toHaveValue("8");
    expect(screen.getByLabelText("Tier A")).toHaveValue("4");
    expect(screen.getByLabelText("Tier B")).toHaveValue("2");
    expect(screen.getByLabelText("Tier C")).toHaveValue("1");
    for (const d of ["Mon", "Tue", "Wed", "Thu", "Fri"])
      expect(screen.getByRole("checkbox", { name: d })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Sat" })).not.toBeChecked();
    expect(screen.getByTestId("tier-source")).toHaveTextContent(
      "12 of 12 customers have coordinates"
    );
  });

  test("Generate writes a new plan sheet with the table; a second run gets a new name", async () => {
    const cells = smallList();
    const { host, user } = setup(cells);
    await screen.findByTestId("plan-list-line");
    await user.click(screen.getByTestId("generate-plan"));
    await screen.findByTestId("plan-result");

    const sheet = host.sheet(`Visit plan ${START}`)!;
    expect(sheet).toBeDefined();
    const table = sheet.tables.find((t) => t.row === 0 && t.col === 0)!;
    expect(sheet.cells[0].slice(0, 12)).toEqual([
      "Date",
      "Weekday",
      "Week",
      "Rep",
      "Stop",
      "Customer",
      "Tier",
      "Area",
      "Address",
      "Latitude",
      "Longitude",
      "Km from previous stop",
    ]);
    expect(sheet.frozenRows).toBe(1);
    // Every customer appears as often as its tier requires (capacity 8 is plenty for 6 customers per rep).
    const rows = sheet.cells.slice(1, table.rows);
    const expectedTotal = cells.slice(1).reduce((s, r) => s + REQUIRED[String(r[1])], 0);
    expect(rows).toHaveLength(expectedTotal);
    for (const r of cells.slice(1)) {
      expect(rows.filter((x) => x[5] === r[0])).toHaveLength(REQUIRED[String(r[1])]);
    }
    // Dates are real dates (Excel serials with a date format), on working days from the start.
    const serialStart = 45964; // 2025-11-03: 45658 (2025-01-01, Excel) + 306 days
    for (const r of rows) {
      expect(typeof r[0]).toBe("number");
      expect(r[0] as number).toBeGreaterThanOrEqual(serialStart);
      expect(r[0] as number).toBeLessThan(serialStart + 28);
      expect(["Mon", "Tue", "Wed", "Thu", "Fri"]).toContain(r[1]);
    }
    expect(sheet.numberFormats.get("1,0")).toBe("yyyy-mm-dd");
    expect(screen.getByTestId("total-visits")).toHaveTextContent(String(expectedTotal));
    expect(screen.getByTestId("total-unscheduled")).toHaveTextContent("0");
    expect(screen.getByTestId("plan-message")).toHaveTextContent(`Visit plan ${START}`);
    // A route map with one chart per rep.
    expect(host.sheet(`Route map ${START}`)!.charts).toHaveLength(2);

    const before = JSON.stringify(sheet.cells);
    await user.click(screen.getByTestId("generate-plan"));
    await waitFor(() => expect(host.sheet(`Visit plan ${START} (2)`)).toBeDefined());
    expect(JSON.stringify(host.sheet(`Visit plan ${START}`)!.cells)).toBe(before);
    expect(host.data.sheets.map((s) => s.name)).toEqual([
      "Customers",
      `Visit plan ${START}`,
      `Route map ${START}`,
      "Stops Wang", // one printable sheet per rep (issue 13)
      "Stops Li",
      `Visit plan ${START} (2)`,
      `Route map ${START} (2)`,
      "Stops Wang (2)",
      "Stops Li (2)",
    ]);
  });

  test("capacity too small: unscheduled customers with reasons and the capacity needed", async () => {
    // One rep, 10 A customers: 40 visits in 4 weeks of 5 days = 20 days -> at least 2 per day needed.
    const cells: CellInput[][] = [["Customer", "Tier"]];
    for (let i = 1; i <= 10; i++) cells.push([`Outlet ${i}`, "A"]);
    const { host, user } = setup(cells);
    await screen.findByTestId("plan-list-line");
    const cap = screen.getByLabelText("Visits per rep per day");
    await user.clear(cap);
    await user.type(cap, "1");
    await user.tab();
    await user.click(screen.getByTestId("generate-plan"));
    await screen.findByTestId("plan-result");
    expect(screen.getByTestId("capacity-needed")).toHaveTextContent(
      "about 2 visits per rep per day would be needed (now 1)"
    );
    // Per rep: the one rep needs ceil(40 / 20) = 2 visits a day.
    expect(screen.getByTestId("needed")).toHaveTextContent("2");
    const sheet = host.sheet(`Visit plan ${START}`)!;
    const planned = sheet.tables[0].rows - 1;
    expect(planned).toBeLessThanOrEqual(20); // 20 working days x 1
    const unscheduled = Number(screen.getByTestId("total-unscheduled").textContent);
    expect(planned + unscheduled).toBe(40);
    expect(unscheduled).toBeGreaterThan(0);
    const list = within(screen.getByTestId("unscheduled"));
    const reasons = list.getAllByText(/Days full/);
    expect(reasons.length).toBeGreaterThan(0);
    expect(reasons[0]).toHaveAttribute("data-code", "CAPACITY");
    // No rep-day over capacity on the sheet.
    const perDay = new Map<number, number>();
    for (const r of sheet.cells.slice(1, planned + 1))
      perDay.set(r[0] as number, (perDay.get(r[0] as number) ?? 0) + 1);
    for (const n of perDay.values()) expect(n).toBe(1);
  });

  test("bad holidays text: a clear message and nothing written", async () => {
    const { host, user } = setup(smallList());
    await screen.findByTestId("plan-list-line");
    await user.type(
      screen.getByLabelText("Holidays (no visits)"),
      "2025-11-05{enter}next friday{enter}2025-02-30"
    );
    await user.click(screen.getByTestId("generate-plan"));
    const msg = await screen.findByTestId("plan-error");
    expect(msg).toHaveTextContent('2: "next friday"');
    expect(msg).toHaveTextContent('3: "2025-02-30"');
    expect(msg).not.toHaveTextContent('1: "2025-11-05"');
    expect(host.batches).toHaveLength(0);
    expect(host.data.sheets).toHaveLength(1);
  });

  test("holidays are skipped", async () => {
    const { host, user } = setup(smallList());
    await screen.findByTestId("plan-list-line");
    await user.type(screen.getByLabelText("Holidays (no visits)"), "2025-11-05{enter}2025/11/12");
    await user.click(screen.getByTestId("generate-plan"));
    await screen.findByTestId("plan-result");
    const sheet = host.sheet(`Visit plan ${START}`)!;
    const dates = sheet.cells.slice(1, sheet.tables[0].rows).map((r) => r[0]);
    // 2025-11-05 = serial 45966, 2025-11-12 = 45973.
    expect(dates).not.toContain(45966);
    expect(dates).not.toContain(45973);
    expect(dates.length).toBe(3 * 4 + 4 * 2 + 5 * 1); // 3 A, 4 B, 5 C in smallList
  });

  test("no customer column and no tier/sales: message, nothing written", async () => {
    const { host, user } = setup([
      ["Note", "Other"],
      ["x", "y"],
      ["z", "w"],
    ]);
    await screen.findByTestId("plan-list-line");
    await user.click(screen.getByTestId("generate-plan"));
    const msg = await screen.findByTestId("plan-error");
    expect(msg).toHaveTextContent("Choose a tier column, or a sales column to tier on the fly.");
    expect(host.batches).toHaveLength(0);
  });

  test("customer column set to none: message, nothing written", async () => {
    const { host, user } = setup(smallList());
    await screen.findByTestId("plan-list-line");
    await user.click(roleBox("customer"));
    await user.click(await screen.findByRole("option", { name: "(none)" }));
    expect(roleBox("customer")).toHaveTextContent("(none)");
    await user.click(screen.getByTestId("generate-plan"));
    expect(await screen.findByTestId("plan-error")).toHaveTextContent(
      "Choose the customer column."
    );
    expect(host.batches).toHaveLength(0);
  });

  test("tiers computed from sales when there is no tier column; Chinese sheet name in zh", async () => {
    // 10 customers, distinct sales: by the rank rule the top 2 are A, next 4 B, last 4 C.
    const cells: CellInput[][] = [["客户名称", "业务员", "销售额"]];
    for (let i = 1; i <= 10; i++) cells.push([`门店${i}`, "王伟", i * 100]);
    const { host, user } = setup(cells, "zh");
    await screen.findByTestId("plan-list-line");
    expect(roleBox("tier")).toHaveTextContent("按销售额现场分级");
    expect(roleBox("sales")).toHaveTextContent("C: 销售额");
    await user.click(screen.getByRole("button", { name: "生成拜访计划" }));
    await screen.findByTestId("plan-result");
    const sheet = host.sheet(`拜访计划 ${START}`)!;
    expect(sheet).toBeDefined();
    expect(sheet.tables[0].rows - 1).toBe(2 * 4 + 4 * 2 + 4 * 1);
    const visitsOf = (name: string) => sheet.cells.filter((r) => r[5] === name).length;
    expect(visitsOf("门店10")).toBe(4);
    expect(visitsOf("门店5")).toBe(2);
    expect(visitsOf("门店1")).toBe(1);
  });

  test("start points per rep: an invalid one blocks Generate", async () => {
    const { host, user } = setup(smallList());
    await screen.findByTestId("plan-list-line");
    await user.click(screen.getByRole("button", { name: "Start points (optional)" }));
    await user.type(screen.getByLabelText("Start point (lat,lng): Wang"), "somewhere");
    await user.click(screen.getByTestId("generate-plan"));
    expect(await screen.findByTestId("plan-error")).toHaveTextContent(
      'The start point of Wang ("somewhere")'
    );
    expect(host.batches).toHaveLength(0);
    await user.clear(screen.getByLabelText("Start point (lat,lng): Wang"));
    await user.type(screen.getByLabelText("Start point (lat,lng): Wang"), "30.60, 104.00");
    await user.click(screen.getByTestId("generate-plan"));
    await screen.findByTestId("plan-result");
    // Wang's first stop of each day is measured from the start point, so it is not 0 km.
    const sheet = host.sheet(`Visit plan ${START}`)!;
    const firsts = sheet.cells
      .slice(1, sheet.tables[0].rows)
      .filter((r) => r[3] === "Wang" && r[4] === 1);
    expect(firsts.length).toBeGreaterThan(0);
    expect(firsts.some((r) => (r[11] as number) > 0)).toBe(true);
  });
});
