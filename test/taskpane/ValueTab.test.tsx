/** @jest-environment jsdom */
/**
 * The Value tab on the in-memory host, with a small list with Chinese headers: the axes guessed
 * from the headers, customers and value per quadrant at the medians and at a typed cut, the
 * Segment column written (values, then a formula after confirming the replacement), the score
 * builder's weights kept at 100%, and nothing written over a user's cell without asking.
 */
import * as React from "react";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { MemoryHost } from "../../src/host/memoryHost";
import { workbookFromCells } from "../../src/host/memoryWorkbook";
import type { CellInput } from "../../src/host/types";
import { ValueTab } from "../../src/taskpane/components/ValueTab";
import { messages } from "../../src/i18n/messages";
import type { Locale } from "../../src/i18n/locale";

/**
 * Sales 100..800 and order frequency 8,1,7,2,6,3,5,4. By hand: median sales 450, median
 * frequency 4.5, so Core = sales 500 & 700 (freq 6, 5), At risk = 600 & 800 (freq 3, 4),
 * Grow = 100 & 300 (freq 8, 7), Phase out = 200 & 400 (freq 1, 2). Value per quadrant (sales):
 * Core 1,200, At risk 1,400, Grow 400, Phase out 600.
 */
const SALES = [100, 200, 300, 400, 500, 600, 700, 800];
const FREQ = [8, 1, 7, 2, 6, 3, 5, 4];
function list(): CellInput[][] {
  const cells: CellInput[][] = [["客户名称", "月销售额", "订货频次", "毛利", "服务成本"]];
  SALES.forEach((s, i) => cells.push([`客户${i + 1}`, s, FREQ[i], s / 10, 50 + i]));
  return cells;
}

function setup(cells: CellInput[][] = list(), locale: Locale = "zh") {
  const host = new MemoryHost(workbookFromCells("客户清单", cells));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ValueTab host={host} locale={locale} t={messages(locale)} />
    </FluentProvider>
  );
  return { host, user };
}

/** The confirmation dialog (role queries walk the whole tree: allow them time). */
const findDialog = async (): Promise<HTMLElement> => {
  await waitFor(() => expect(document.querySelector('[role="alertdialog"]')).not.toBeNull(), { timeout: 8000 });
  return document.querySelector('[role="alertdialog"]') as HTMLElement;
};

/** Clicks a button once the tab is no longer busy (a finished write re-enables it a tick after its message). */
async function clickWhenEnabled(user: ReturnType<typeof userEvent.setup>, testId: string): Promise<void> {
  await waitFor(() => expect(screen.getByTestId(testId)).toBeEnabled());
  await user.click(screen.getByTestId(testId));
}

const count = (id: string) => screen.getByTestId(`count-${id}`).textContent;

describe("ValueTab", () => {
  test("a 合计 row under the list is not a customer: the quadrants and medians are the eight customers", async () => {
    setup([...list(), ["合计", 3600, 36, 360, 428]]);
    await screen.findByTestId("quadrant-table");
    expect([count("core"), count("atRisk"), count("grow"), count("phaseOut")]).toEqual(["2", "2", "2", "2"]);
    expect(screen.getByText("留空：取中位数（450）")).toBeInTheDocument();
  });

  test("guesses the axes from the Chinese headers and shows the quadrants at the medians", async () => {
    setup();
    await screen.findByTestId("quadrant-table");
    expect(screen.getByTestId("value-list-line")).toHaveTextContent("8");
    expect(screen.getByTestId("axis-x")).toHaveTextContent("B: 月销售额");
    expect(screen.getByTestId("axis-y")).toHaveTextContent("C: 订货频次");
    expect([count("core"), count("atRisk"), count("grow"), count("phaseOut")]).toEqual(["2", "2", "2", "2"]);
    const table = screen.getByTestId("quadrant-table");
    const core = within(table).getByText("核心客户").closest("tr") as HTMLElement;
    expect(core).toHaveTextContent("1,200");
    const atRisk = within(table).getByText("风险客户").closest("tr") as HTMLElement;
    expect(atRisk).toHaveTextContent("1,400");
    // The recommended action, one line per quadrant.
    expect(within(table).getByText(/严格管理/)).toBeInTheDocument();
    // The scatter: one series per quadrant (2 points each), the two cut lines, the quadrant names.
    const chart = screen.getByTestId("scatter-stub");
    const series = [...chart.querySelectorAll("[data-series]")].map((e) => [e.getAttribute("data-series"), e.getAttribute("data-points")]);
    expect(series.slice(0, 4)).toEqual([
      ["核心客户", "2"],
      ["风险客户", "2"],
      ["成长客户", "2"],
      ["淘汰客户", "2"],
    ]);
    expect(series).toHaveLength(6); // + the two dashed cut lines
    expect([...chart.querySelectorAll("[data-annotation]")].map((e) => e.getAttribute("data-annotation"))).toEqual(["核心客户", "风险客户", "成长客户", "淘汰客户"]);
    // Medians shown as the default cuts.
    expect(screen.getByText("留空：取中位数（450）")).toBeInTheDocument();
  });

  test("a typed cut moves customers between quadrants", async () => {
    const { user } = setup(list(), "en");
    await screen.findByTestId("quadrant-table");
    await user.type(screen.getByTestId("cut-x"), "250");
    // Sales >= 250: 300..800 (freq 7,2,6,3,5,4): Core 300, 500, 700; At risk 400, 600, 800;
    // below: 100 (freq 8) Grow, 200 (freq 1) Phase out.
    await waitFor(() => expect(count("core")).toBe("3"));
    expect([count("atRisk"), count("grow"), count("phaseOut")]).toEqual(["3", "1", "1"]);
  });

  test("writes the Segment column as values, then asks before replacing it with a formula", async () => {
    const { host, user } = setup();
    await screen.findByTestId("quadrant-table");
    await user.click(screen.getByLabelText("数值"));
    await clickWhenEnabled(user, "write-segment");
    await screen.findByTestId("value-message");
    const s = host.sheet("客户清单")!;
    const col = (c: number) => s.cells.slice(0, 9).map((r) => r[c]);
    // The labels follow the workbook's language, as its header does (they were English before).
    expect(col(5)).toEqual(["客户细分", "成长客户", "淘汰客户", "成长客户", "淘汰客户", "核心客户", "风险客户", "核心客户", "风险客户"]);

    // Second run as a formula: the column is ours from the first run, so the user is asked.
    await user.click(screen.getByLabelText("动态公式（随数据更新）"));
    await clickWhenEnabled(user, "write-segment");
    const dialog = await findDialog();
    expect(dialog).toHaveTextContent("F");
    await user.click(within(dialog).getByText("取消"));
    await screen.findByText("未写入任何内容。");
    expect(col(5)[1]).toBe("成长客户");

    await clickWhenEnabled(user, "write-segment");
    await user.click(within(await findDialog()).getByText("替换"));
    await waitFor(() => expect(s.cells[1][5]).toEqual({
        formula: '=CRM.SEGMENT(B2:B9,C2:C9,"loyalty",,,{"核心客户","风险客户","成长客户","淘汰客户"})',
      })
    );
    expect(s.cells[2][5]).toBe("");
  });

  test("the score builder keeps the weights at 100% and writes CRM.SCORE with a tier, asking before covering a user's cell", async () => {
    // A note two columns right of the list, where the score's tier column would go.
    const cells = list();
    cells[1] = [...cells[1], null, "my note"];
    const { host, user } = setup(cells, "en");
    await screen.findByTestId("score-builder");
    const builder = screen.getByTestId("score-builder");
    await user.click(within(builder).getByLabelText("B: 月销售额"));
    expect(screen.getByTestId("weight-1")).toHaveTextContent("100%");
    await user.click(within(builder).getByLabelText("E: 服务成本"));
    expect(screen.getByTestId("weight-1")).toHaveTextContent("50%");
    expect(screen.getByTestId("weight-4")).toHaveTextContent("50%");
    fireEvent.change(screen.getByLabelText("Weight of B: 月销售额"), { target: { value: "70" } });
    expect(screen.getByTestId("weight-1")).toHaveTextContent("70%");
    expect(screen.getByTestId("weight-4")).toHaveTextContent("30%");
    const switches = within(builder).getAllByRole("switch");
    await user.click(switches[1]); // cost to serve: lower is better

    await clickWhenEnabled(user, "write-score");
    const dialog = await findDialog();
    await user.click(within(dialog).getByText("Cancel"));
    await screen.findByText("Nothing was written.");
    const s = host.sheet("客户清单")!;
    expect(s.cells[1][6]).toBe("my note");
    expect(s.cells[0][5]).toBeUndefined();

    await clickWhenEnabled(user, "write-score");
    await user.click(within(await findDialog()).getByText("Replace"));
    await screen.findByTestId("value-message");
    expect(s.cells[0].slice(5, 7)).toEqual(["Score", "Score tier"]);
    expect(s.cells[1][5]).toEqual({ formula: "=CRM.SCORE(HSTACK(B2:B9,E2:E9),{70,30},{1,-1})" });
    expect(s.cells[1][6]).toEqual({ formula: "=CRM.TIER(F2#)" });
  });
});
