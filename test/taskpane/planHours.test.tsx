/** @jest-environment jsdom */
/**
 * The Visit plan tab's day in hours (issue 13): the settings with the contract's defaults, a bad
 * setting blocks Generate with its message and writes nothing, opening hours are read by their
 * header, the result shows the longest day in hours and one calendar download per rep, and the
 * rep sheets are written with the plan.
 */
import * as React from "react";
import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { VisitPlanTab } from "../../src/taskpane/components/VisitPlanTab";
import { messages } from "../../src/i18n/messages";

const TODAY = "2025-10-29";

function list(): CellInput[][] {
  const cells: CellInput[][] = [
    ["Customer", "Tier", "Rep", "Latitude", "Longitude", "Opening hours", "Phone"],
  ];
  ["A", "B", "C", "A", "B", "C"].forEach((t, i) =>
    cells.push([
      `Shop ${i + 1}`,
      t,
      i < 3 ? "Wang" : "Li",
      30.6 + i * 0.01,
      104.0,
      i === 0 ? "22:00-23:00" : i === 1 ? "whenever" : "",
      `028-${i}`,
    ])
  );
  return cells;
}

function setup() {
  const host = new MemoryHost(workbookFromCells("Customers", list()));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <VisitPlanTab host={host} locale="en" t={messages("en")} today={TODAY} />
    </FluentProvider>
  );
  return { host, user };
}

describe("Visit plan tab: the day in hours", () => {
  test("defaults, a bad setting blocks, then a plan with hours, rep sheets and calendars", async () => {
    const { host, user } = setup();
    await screen.findByTestId("plan-list-line");
    expect(screen.getByLabelText("Working hours")).toHaveValue("09:00-18:00");
    expect(screen.getByLabelText("Lunch break")).toHaveValue("12:00-13:00");
    expect(screen.getByLabelText("Minutes per visit")).toHaveValue("A=30,B=20,C=15");
    expect(screen.getByLabelText("Average speed (km/h)")).toHaveValue("25");
    expect(screen.getByLabelText("Road factor (road km per straight km)")).toHaveValue("1.3");
    expect(screen.getByLabelText("Map links")).toHaveValue("google");

    await user.clear(screen.getByLabelText("Working hours"));
    await user.type(screen.getByLabelText("Working hours"), "9 to 5");
    await user.click(screen.getByTestId("generate-plan"));
    expect(await screen.findByTestId("plan-error")).toHaveTextContent(
      "Working hours: write a range such as 09:00-18:00."
    );
    expect(host.data.sheets.map((s) => s.name)).toEqual(["Customers"]);

    await user.clear(screen.getByLabelText("Working hours"));
    await user.type(screen.getByLabelText("Working hours"), "08:00-17:00");
    await user.click(screen.getByTestId("generate-plan"));
    await screen.findByTestId("longest-day");
    expect(screen.getByTestId("longest-day")).toHaveTextContent(/h of visits and travel/);
    // Shop 1 (tier A: 4 visits in 4 weeks) opens only 22:00-23:00, after every working day.
    expect(screen.getByTestId("outside-hours")).toHaveTextContent("4 visit(s)");
    expect(screen.getByTestId("unread-hours")).toHaveTextContent("rows 3");
    expect(screen.getAllByTestId("ics-download").map((b) => b.textContent)).toEqual([
      "Wang.ics",
      "Li.ics",
    ]);
    await waitFor(() => expect(host.data.sheets.map((s) => s.name)).toContain("Stops Wang"));
    const plan = host.data.sheets.find((s) => s.name.startsWith("Visit plan"))!;
    expect(plan.cells[0].slice(12, 15)).toEqual(["Travel min", "Arrive", "Depart"]);
    // 08:00 start: the first stop of every day arrives at 08:00 (Excel time 8/24).
    const first = plan.cells.slice(1).filter((r) => r[4] === 1);
    expect(first.length).toBeGreaterThan(0);
    for (const r of first) expect(r[13]).toBeCloseTo(8 / 24, 9);
    const wang = host.data.sheets.find((s) => s.name === "Stops Wang")!;
    expect(wang.pageSetup).toMatchObject({ landscape: true, header: "&A" });
    expect(wang.cells.flat()).toContain("028-0");
  });
});
