/**
 * The column-width rule (issue 11 item 8): widths from what a value SHOWS under its number
 * format, so no number or date is shown as ####. Expected display texts are Excel's (the
 * format applied by hand: 13222068 under #,##0.00 is "13,222,068.00").
 */
import {
  cellWidthChars,
  columnWidthFor,
  DEFAULT_WIDTH,
  isDateFormat,
  MAX_TEXT_CHARS,
  shownChars,
  widthInPoints,
} from "../../src/core/columnWidth";

describe("shownChars", () => {
  test.each([
    [13222068, "#,##0.00", "13,222,068.00"],
    [13222068, "#,##0", "13,222,068"],
    [999.996, "#,##0.00", "1,000.00"],
    [-500, "#,##0", "-500"],
    [0.866, "0.0%", "86.6%"],
    [1, "0.0%", "100.0%"],
    [0.5, "0.00", "0.50"],
    [45962, "yyyy-mm-dd", "2025-11-01"],
    [45962.5, "yyyy-mm-dd hh:mm", "2025-11-01 12:00"],
    [0.375, "hh:mm", "09:00"],
    [5, '0 "km"', "5 km"],
    [1234, '"¥"#,##0', "¥1,234"],
  ])("%p under %p shows like %p", (v, fmt, shown) => {
    expect(shownChars(v, fmt)).toBe(shown.length);
  });
  test("General numbers: as typed, at most 11 characters (Excel rounds longer ones)", () => {
    expect(shownChars(13222068, null)).toBe(8);
    expect(shownChars(1 / 3, "General")).toBe(11);
  });
  test("text counts wide characters double; booleans, dates and formulas", () => {
    expect(shownChars("客户名称")).toBe(8);
    expect(shownChars("Shop 1")).toBe(6);
    expect(shownChars(true)).toBe(5);
    expect(shownChars(new Date(Date.UTC(2025, 10, 3)))).toBe(10);
    expect(shownChars({ formula: "=CRM.CLV(A2)" }, "#,##0.00")).toBe("99,999,999.99".length);
    expect(shownChars({ formula: "=A1", result: 12.5 }, "0.00")).toBe(5);
    expect(shownChars(null)).toBe(0);
  });
  test("date formats are told from number formats", () => {
    expect(isDateFormat("yyyy-mm-dd")).toBe(true);
    expect(isDateFormat("hh:mm")).toBe(true);
    expect(isDateFormat('[$-804]yyyy"年"m"月"d"日"')).toBe(true);
    expect(isDateFormat("#,##0.00")).toBe(false);
    expect(isDateFormat("0.0%")).toBe(false);
    expect(shownChars(45962, '[$-804]yyyy"年"m"月"d"日"')).toBe(
      "2025年11月01日".replace(/[年月日]/g, "xx").length
    );
  });
});

describe("column width", () => {
  test("padding, Excel's default width as the least; long text capped, numbers never", () => {
    expect(columnWidthFor(13)).toBe(15);
    expect(columnWidthFor(2)).toBe(DEFAULT_WIDTH);
    expect(cellWidthChars("x".repeat(200))).toBe(MAX_TEXT_CHARS);
    expect(cellWidthChars(1e15, "#,##0.00")).toBe("1,000,000,000,000,000.00".length);
  });
  test("points for Office.js: Excel's default column is 64 px, 48 pt", () => {
    expect(widthInPoints(DEFAULT_WIDTH)).toBe(48);
    expect(widthInPoints(15)).toBe(Math.trunc(15 * 7 + 5) * 0.75);
  });
});
