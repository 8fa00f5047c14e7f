/** @jest-environment jsdom */
/**
 * The confidence cue next to each chosen column (issue 11): which cue each way of choosing gets
 * (matched the header, guessed from the contents, remembered, chosen by you, please choose), in
 * English and Chinese, through the Tiering tab on the in-memory host, and in ColumnSelect.
 */
import * as React from "react";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ColumnSelect } from "../../src/taskpane/components/ColumnSelect";
import { MemoryHost } from "../../src/host/memoryHost";
import type { CellInput } from "../../src/host/types";
import type { Locale } from "../../src/i18n/locale";
import { columnCue } from "../../src/app/columnCue";
import { renderTieringTab } from "../support/tieringPane";

const SLOW = { timeout: 45000 };

function setup(cells: CellInput[][], locale: Locale = "en", host?: MemoryHost) {
  const user = userEvent.setup();
  return { host: renderTieringTab(cells, locale, { host }), user };
}

const cue = (role: string) => screen.queryByTestId(`column-cue-${role}`);
const roleBox = (role: string) => document.querySelector(`[data-role="${role}"]`) as HTMLElement;

const named: CellInput[][] = [
  ["Customer", "Sales", "Region"],
  ["Ann", 10, "N"],
  ["Bob", 20, "S"],
  ["Cy", 30, "N"],
];

describe("columnCue", () => {
  test("each way of choosing has its cue", () => {
    const h = ["Customer", "Sales", ""];
    expect(columnCue(h, 1, "header", true)).toEqual({ kind: "header", header: "Sales" });
    expect(columnCue(h, 1, "content", true)).toEqual({ kind: "content" });
    expect(columnCue(h, 1, "saved", false)).toEqual({ kind: "saved" });
    expect(columnCue(h, 0, "user", false)).toEqual({ kind: "user" });
    expect(columnCue(h, undefined, undefined, true)).toEqual({ kind: "ask" });
    expect(columnCue(h, undefined, "header", false)).toBeUndefined();
    expect(columnCue(h, 1, undefined, true)).toBeUndefined();
    // A blank header cannot have been matched.
    expect(columnCue(h, 2, "header", false)).toEqual({ kind: "content" });
  });
});

describe("the cue in the Tiering tab", () => {
  afterEach(cleanup);

  test("a column named by its header is confident and names the header", async () => {
    setup(named);
    await screen.findByTestId("list-line", undefined, SLOW);
    expect(cue("sales")).toHaveAttribute("data-cue", "header");
    expect(cue("sales")).toHaveTextContent("Confident");
    expect(cue("sales")).toHaveTextContent("matched the header “Sales”");
    expect(cue("customer")).toHaveTextContent("matched the header “Customer”");
    // An optional role without a column says nothing.
    expect(cue("rep")).toBeNull();
  });

  test("in Chinese", async () => {
    setup(
      [
        ["客户名称", "区域", "月销售额"],
        ["甲店", "锦江区", 100],
        ["乙店", "青羊区", 300],
      ],
      "zh"
    );
    await screen.findByTestId("list-line", undefined, SLOW);
    expect(cue("sales")).toHaveAttribute("data-cue", "header");
    expect(cue("sales")).toHaveTextContent("可信");
    expect(cue("sales")).toHaveTextContent("匹配标题“月销售额”");
  });

  test("a column found from its contents asks to be checked", async () => {
    setup([
      ["Customer", "Q3"],
      ["Ann", 2790],
      ["Bob", 1789],
      ["Cy", 857],
    ]);
    await screen.findByTestId("list-line", undefined, SLOW);
    expect(roleBox("sales")).toHaveTextContent("B: Q3");
    expect(cue("sales")).toHaveAttribute("data-cue", "content");
    expect(cue("sales")).toHaveTextContent("Check it");
    expect(cue("sales")).toHaveTextContent("guessed from the contents");
    expect(cue("sales")).not.toHaveTextContent("Confident");
  });

  test("with no credible sales column the sales cue asks; choosing one makes it the user's", async () => {
    // Two unnamed measures: either could be the sales (test/fixtures/messy/ambiguous-en.csv).
    const { user } = setup([
      ["Customer", "Q3", "Q4"],
      ["Ann", 2790, 248],
      ["Bob", 1789, 2815],
      ["Cy", 857, 1794],
      ["Dee", 1204, 382],
    ]);
    await screen.findByTestId("list-line", undefined, SLOW);
    expect(roleBox("sales")).toHaveTextContent("Choose the sales column");
    expect(cue("sales")).toHaveAttribute("data-cue", "ask");
    expect(cue("sales")).toHaveTextContent("Please choose");
    await user.click(roleBox("sales"));
    await user.click(await screen.findByRole("option", { name: "C: Q4" }));
    expect(roleBox("sales")).toHaveTextContent("C: Q4");
    expect(cue("sales")).toHaveAttribute("data-cue", "user");
    expect(cue("sales")).toHaveTextContent("Chosen by you");
    expect(cue("sales")).not.toHaveTextContent("Please choose");
  });

  test("choosing another column replaces a confident cue; a later read remembers it", async () => {
    const { host, user } = setup(named);
    await screen.findByTestId("list-line", undefined, SLOW);
    expect(cue("sales")).toHaveAttribute("data-cue", "header");
    await user.click(roleBox("customer"));
    await user.click(await screen.findByRole("option", { name: "C: Region" }));
    expect(cue("customer")).toHaveAttribute("data-cue", "user");
    expect(cue("customer")).not.toHaveTextContent("Customer”");
    // The choice stays the user's across "Read again" of the same list.
    await user.click(screen.getByRole("button", { name: "Read again" }));
    await waitFor(() => expect(cue("customer")).toHaveAttribute("data-cue", "user"));
    // Tiering remembers the choice for the sheet: opened again, the pane says so.
    await act(async () => {
      await user.click(screen.getByTestId("tier-button"));
    });
    await screen.findByTestId("message", undefined, SLOW);
    cleanup();
    setup(named, "en", host);
    await screen.findByTestId("list-line", undefined, SLOW);
    await waitFor(() => expect(cue("customer")).toHaveAttribute("data-cue", "saved"));
    expect(roleBox("customer")).toHaveTextContent("C: Region");
    expect(cue("customer")).toHaveTextContent("Remembered");
    expect(cue("sales")).toHaveAttribute("data-cue", "saved");
  });
});

describe("ColumnSelect's cue", () => {
  afterEach(cleanup);

  test("shows the cue of its source and follows the value", () => {
    const props = {
      label: "Sales",
      header: ["客户", "提货额"],
      firstCol: 0,
      columns: [0, 1],
      onChange: () => undefined,
      testId: "pick",
    };
    const { rerender } = render(
      <ColumnSelect {...props} value={1} cue={{ locale: "zh", source: "header" }} />
    );
    expect(screen.getByTestId("pick-cue")).toHaveAttribute("data-cue", "header");
    expect(screen.getByTestId("pick-cue")).toHaveTextContent("匹配标题“提货额”");
    rerender(
      <ColumnSelect
        {...props}
        value={undefined}
        cue={{ locale: "en", source: undefined, ask: true }}
      />
    );
    expect(screen.getByTestId("pick-cue")).toHaveAttribute("data-cue", "ask");
    expect(screen.getByTestId("pick-cue")).toHaveTextContent("Please choose");
    rerender(<ColumnSelect {...props} value={0} />);
    expect(screen.queryByTestId("pick-cue")).toBeNull();
  });
});
