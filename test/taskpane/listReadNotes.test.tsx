/** @jest-environment jsdom */
/**
 * The Tiering tab says what it read (issue 11): rows left out with their numbers, a second
 * list below, and, when no column is credibly sales, an empty sales dropdown with a prompt.
 */
import { screen } from "@testing-library/react";
import type { CellInput } from "../../src/host/types";
import { renderTieringTab } from "../support/tieringPane";

const SLOW = { timeout: 15000 };

const setup = (cells: CellInput[][], locale: "en" | "zh" = "en") => renderTieringTab(cells, locale);

const dropdownText = (role: string) =>
  document.querySelector(`[data-role="${role}"]`)?.textContent ?? "";

test("a blank row, a 合计 row and a second list are shown with their row numbers (zh)", async () => {
  setup(
    [
      ["客户名称", "业务员", "销售额"],
      ["甲店", "王", 100],
      [],
      ["乙店", "李", 80],
      ["合计", null, 180],
      [],
      ["门店", "片区", "回款"],
      ["X", "东", 5],
    ],
    "zh"
  );
  const notes = await screen.findByTestId("read-leftOut", undefined, SLOW);
  expect(notes).toHaveTextContent(
    "2 行不是客户，未计入：1 行空行（第 3 行），1 行合计/小计（第 5 行）"
  );
  expect(screen.getByTestId("read-next")).toHaveTextContent("第 7 行下方还有另一份清单");
  // The list line counts customers: the blank and 合计 rows are not.
  expect(screen.getByTestId("list-line")).toHaveTextContent("A1:C5：共 2 个客户");
});

test("no credible sales column: the dropdown starts empty with a prompt naming the candidates", async () => {
  setup([
    ["Customer", "Q3", "Q4"],
    ["Ann", 100, 7],
    ["Bob", 200, 9],
    ["Cat", 150, 3],
  ]);
  const ask = await screen.findByTestId("read-sales", undefined, SLOW);
  expect(ask).toHaveTextContent(
    "No header names the sales column: choose it above (it could be B: Q3, C: Q4)."
  );
  expect(dropdownText("sales")).toContain("Choose the sales column");
});
