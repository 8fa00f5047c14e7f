/**
 * Cell text for the number formats the pane writes. Expected dates are well-known Excel serials
 * (36526 = 2000-01-01, 45658 = 2025-01-01, 1 day = 1); other texts are worked out by hand.
 */
import { formatCell } from "../../src/preview/numberFormat";

describe("formatCell", () => {
  it("shows serial dates as dates, as Excel does for a date format", () => {
    expect(formatCell(36526, "yyyy-mm-dd")).toBe("2000-01-01");
    expect(formatCell(45658, "yyyy-mm-dd")).toBe("2025-01-01");
    expect(formatCell(45658 + 31 + 28 + 0.75, "yyyy-mm-dd")).toBe("2025-03-01"); // time of day not shown
    expect(formatCell(45658 + 40, "yyyy/m/d")).toBe("2025/2/10");
    expect(formatCell(45658 + 40, "dd.mm.yy")).toBe("10.02.25");
    expect(formatCell(new Date(Date.UTC(2024, 5, 1)), undefined)).toBe("2024-06-01");
  });

  it("percentages, fixed decimals and thousands separators", () => {
    expect(formatCell(0.1234, "0.0%")).toBe("12.3%");
    expect(formatCell(0.5, "0%")).toBe("50%");
    expect(formatCell(2.25, "0.0")).toBe("2.3"); // toFixed: 2.25 is exactly representable, rounds half up here
    expect(formatCell(104.06512345, "0.000000")).toBe("104.065123");
    expect(formatCell(1234567.891, "#,##0.00")).toBe("1,234,567.89");
    expect(formatCell(-1234.4, "#,##0")).toBe("-1,234");
  });

  it("General: blank, text, booleans and plain numbers", () => {
    expect(formatCell(null)).toBe("");
    expect(formatCell("Win back", "0%")).toBe("Win back");
    expect(formatCell(true)).toBe("TRUE");
    expect(formatCell(46356)).toBe("46356");
    expect(formatCell(0.12345)).toBe("0.123");
  });
});
