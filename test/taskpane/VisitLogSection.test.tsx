/** @jest-environment jsdom */
/**
 * The Visit plan tab's "Visits done" section (issue 13 part 3) on the in-memory host: generate a
 * plan, put a visit log made from it on another sheet, read it at the selection, check
 * compliance (a "Visit compliance" sheet and the per-rep table, figures recounted here by plain
 * counting), re-plan from a later day (no visit before it, never more than the policy needs),
 * bad input (a log without a rep column) -> message, nothing written; and the Chinese texts.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { newSheet, workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput, CellValue } from "../../src/host/types";
import { VisitPlanTab } from "../../src/taskpane/components/VisitPlanTab";
import { messages } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";

const TODAY = "2025-10-29"; // default start: Monday 2025-11-03
const START = "2025-11-03";
const AS_OF = "2025-11-14";
const REQUIRED: Record<string, number> = { A: 4, B: 2, C: 1 };
const isoOfSerial = (n: number) => new Date((n - 25569) * 86_400_000).toISOString().slice(0, 10);

function customers(): CellInput[][] {
  const cells: CellInput[][] = [["Customer", "Tier", "Rep", "Latitude", "Longitude"]];
  "AABBCCABBCCC"
    .split("")
    .forEach((t, i) =>
      cells.push([
        `Shop ${i + 1}`,
        t,
        i < 6 ? "Wang" : "Li",
        30.6 + i * 0.01,
        104.0 + (i % 4) * 0.01,
      ])
    );
  return cells;
}

function setup(locale: Locale = "en") {
  const host = new MemoryHost(workbookFromCells("Customers", customers()));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <VisitPlanTab host={host} locale={locale} t={messages(locale)} today={TODAY} />
    </FluentProvider>
  );
  return { host, user };
}

/** The plan's visits from its sheet: [date, rep, customer, tier]. */
function planRows(host: MemoryHost, sheet: string): string[][] {
  const s = host.sheet(sheet)!;
  const h = s.cells[0] as CellValue[];
  const at = (name: string) => h.indexOf(name);
  return s.cells
    .slice(1)
    .filter((r) => typeof r?.[at("Date")] === "number")
    .map((r) => [
      isoOfSerial(r![at("Date")] as number),
      String(r![at("Rep")]),
      String(r![at("Customer")]),
      String(r![at("Tier")]),
    ]);
}

/** Puts a log sheet in the workbook and selects its first cell (as a user clicking into it). */
function addLog(host: MemoryHost, rows: CellInput[][]): void {
  const log = newSheet("Log");
  log.cells = rows.map((r) => r.slice() as CellValue[]);
  host.data.sheets.push(log);
  host.setSelection({ sheet: "Log", row: 0, col: 0, rows: 1, cols: 1 });
}

describe("Visits done: compliance and re-plan", () => {
  test("check compliance writes the sheet and shows figures equal to a plain recount; re-plan plans from the day given", async () => {
    const { host, user } = setup();
    await screen.findByTestId("plan-list-line");
    await user.click(screen.getByTestId("generate-plan"));
    await screen.findByTestId("plan-result", {}, { timeout: 20_000 });
    const plan = planRows(host, `Visit plan ${START}`);
    // Every 3rd due visit missed, every 5th done the next day (off plan).
    const log: CellInput[][] = [["业务员", "客户", "日期"]];
    plan.forEach(([d, rep, c], i) => {
      if (d > AS_OF || i % 3 === 0) return;
      const day = i % 5 === 0 ? new Date(Date.parse(d) + 86_400_000).toISOString().slice(0, 10) : d;
      log.push([rep, c, day]);
    });
    addLog(host, log);

    const section = within(screen.getByTestId("visit-log-section"));
    await user.click(section.getByTestId("read-log"));
    await waitFor(() =>
      expect(section.getByTestId("log-line")).toHaveTextContent(
        `${log.length - 1} visits read from sheet Log`
      )
    );
    fireEvent.change(section.getByLabelText("As of"), { target: { value: AS_OF } });
    await user.click(section.getByTestId("check-compliance"));
    await section.findByTestId("compliance-table");
    expect(section.getByTestId("compliance-message")).toHaveTextContent('"Visit compliance"');

    const done = new Set(log.slice(1).map((r) => r.join("|")));
    for (const rep of ["Wang", "Li"]) {
      const due = plan.filter(([d, r]) => r === rep && d <= AS_OF);
      const onPlan = due.filter(([d, r, c]) => done.has(`${r}|${c}|${d}`)).length;
      const planKeys = new Set(plan.map(([d, r, c]) => `${r}|${c}|${d}`));
      const offPlan = log
        .slice(1)
        .filter(([r, c, d]) => r === rep && !planKeys.has(`${r}|${c}|${d}`)).length;
      const row = section.getAllByRole("row").find((x) => within(x).queryByText(rep))!;
      expect(
        within(row)
          .getAllByRole("cell")
          .map((c) => c.textContent)
      ).toEqual([
        rep,
        String(due.length),
        String(onPlan),
        String(offPlan),
        String(due.length - onPlan),
        `${((onPlan / due.length) * 100).toFixed(1)}%`,
      ]);
      // The sheet holds the same four counts.
      const sheet = host.sheet("Visit compliance")!;
      const sheetRow = sheet.cells.find((r) => r?.[0] === rep && typeof r[1] === "number")!;
      expect(sheetRow.slice(1, 5)).toEqual([due.length, onPlan, offPlan, due.length - onPlan]);
    }

    // Re-plan from week 3, counting the log: the list read before is used, not the log.
    fireEvent.change(section.getByLabelText("Re-plan from"), { target: { value: "2025-11-17" } });
    await user.click(section.getByTestId("replan"));
    await waitFor(() => expect(host.sheet(`Visit plan ${START} (2)`)).toBeDefined());
    const again = planRows(host, `Visit plan ${START} (2)`);
    expect(again.length).toBeGreaterThan(0);
    const doneDays = new Map<string, Set<string>>();
    for (const [, c, d] of log.slice(1) as string[][])
      doneDays.set(c, (doneDays.get(c) ?? new Set()).add(d));
    const count = new Map<string, number>();
    for (const [d, , c, t] of again) {
      expect(d >= "2025-11-17" && d < "2025-12-01").toBe(true);
      count.set(c, (count.get(c) ?? 0) + 1);
      expect(count.get(c)! + (doneDays.get(c)?.size ?? 0)).toBeLessThanOrEqual(REQUIRED[t]);
    }
    expect(screen.getByTestId("plan-message")).toHaveTextContent("Re-planned from 2025-11-17");
  });

  test("a log without a rep column: a clear message and no sheet written", async () => {
    const { host, user } = setup();
    await screen.findByTestId("plan-list-line");
    await user.click(screen.getByTestId("generate-plan"));
    await screen.findByTestId("plan-result", {}, { timeout: 20_000 });
    addLog(host, [
      ["Customer", "Date"],
      ["Shop 1", "2025-11-03"],
    ]);
    const section = within(screen.getByTestId("visit-log-section"));
    await user.click(section.getByTestId("read-log"));
    await section.findByTestId("log-line");
    const sheets = host.data.sheets.length;
    await user.click(section.getByTestId("check-compliance"));
    expect(await section.findByTestId("compliance-error")).toHaveTextContent(
      "The visit log has no Rep column"
    );
    expect(host.data.sheets).toHaveLength(sheets);
  });

  test("Chinese texts", async () => {
    setup("zh");
    await screen.findByTestId("plan-list-line");
    const section = within(screen.getByTestId("visit-log-section"));
    expect(section.getByText("已完成拜访：执行情况与重新排程")).toBeInTheDocument();
    expect(section.getByTestId("check-compliance")).toHaveTextContent("检查执行情况");
    expect(section.getByTestId("replan")).toHaveTextContent("重新排程");
  });
});
