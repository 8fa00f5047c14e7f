/**
 * The Visit plan tab's form logic (its default start date: test/app/today.test.ts): holiday text, start points, tier labels
 * and the plan's column guesses (English and Chinese headers).
 */
import { guessPlanColumns } from "../../src/app/planningJob";
import {
  isoDate,
  parseHolidays,
  parseRepStarts,
  repsOf,
  tierLabels,
} from "../../src/taskpane/components/planForm";
import type { ListSnapshot } from "../../src/host/types";
import type { CellValue } from "../../src/core/excel/cell";

function snap(header: string[], rows: CellValue[][]): ListSnapshot {
  return { sheet: "S", row: 0, col: 0, header, rows, rightColumn: [] };
}

describe("holidays text", () => {
  test("one date per line, other separators and forms, comments and blanks ignored", () => {
    const r = parseHolidays("2025-11-05\n\n  2025/11/12 # Founders' day\n2025.1.1, 2025-11-05\r\n");
    expect(r.badLines).toEqual([]);
    expect(r.dates).toEqual(["2025-01-01", "2025-11-05", "2025-11-12"]);
  });
  test("lines that are not real dates are reported with their number", () => {
    const r = parseHolidays("2025-11-05\nnext friday\n2025-02-30\n2025-13-01");
    expect(r.badLines).toEqual([
      { line: 2, text: "next friday" },
      { line: 3, text: "2025-02-30" },
      { line: 4, text: "2025-13-01" },
    ]);
    expect(r.dates).toEqual(["2025-11-05"]);
  });
  test("isoDate", () => {
    expect(isoDate("2024-02-29")).toBe("2024-02-29"); // leap year
    expect(isoDate("2023-02-29")).toBeNull();
    expect(isoDate("")).toBeNull();
  });
});

test("start points: empty means none, bad text reported", () => {
  const r = parseRepStarts({
    Wang: "30.6, 104.05",
    Li: "",
    Zhang: "near the station",
    Zhao: "104.05,30.6",
  });
  expect(r.starts).toEqual({ Wang: { lat: 30.6, lng: 104.05 } });
  expect(r.bad).toEqual([
    { rep: "Zhang", value: "near the station" },
    // 104.05 is not a latitude: lat comes first.
    { rep: "Zhao", value: "104.05,30.6" },
  ]);
});

test("tier labels: defaults when computed from sales, else the column's distinct labels sorted", () => {
  const s = snap(
    ["Customer", "Tier"],
    [
      ["a", "B"],
      ["b", "A"],
      ["c", null],
      ["d", "B"],
      ["e", "D"],
    ]
  );
  expect(tierLabels(s, undefined)).toEqual(["A", "B", "C"]);
  expect(tierLabels(s, 1)).toEqual(["A", "B", "D"]);
});

test('reps in order of first appearance; no rep column -> the one rep ""', () => {
  const s = snap(
    ["Customer", "Rep"],
    [
      ["a", "Li"],
      ["b", "Wang"],
      ["c", "Li"],
      ["d", null],
    ]
  );
  expect(repsOf(s, 1)).toEqual(["Li", "Wang", ""]);
  expect(repsOf(s, undefined)).toEqual([""]);
});

describe("guessPlanColumns", () => {
  test("Chinese headers with separate coordinates; sales (no tier column) -> tiers on the fly", () => {
    const s = snap(
      ["客户名称", "渠道", "区域", "业务员", "月销售额", "地址", "纬度", "经度"],
      [
        ["红旗超市", "超市", "锦江区", "王伟", 12000, "春熙路1号", 30.657, 104.083],
        ["天府便利店", "便利店", "青羊区", "李娜", 3000, "人民路2号", 30.674, 104.062],
      ]
    );
    const g = guessPlanColumns(s);
    expect(g.roles).toEqual({ customer: 0, sales: 4, rep: 3, area: 2, address: 5, lat: 6, lng: 7 });
    expect(g.sources.customer).toBe("header");
  });
  test("an earlier run's Tier column is this period's tier; a combined lat,lng column", () => {
    const s = snap(
      ["Customer", "Sales", "Owner", "GPS", "Tier"],
      [
        ["Shop 1", 100, "Ann", "30.1,104.2", "A"],
        ["Shop 2", 50, "Bob", "30.2,104.1", "B"],
      ]
    );
    const g = guessPlanColumns(s);
    expect(g.roles.tier).toBe(4);
    expect(g.roles.sales).toBe(1);
    expect(g.roles.rep).toBe(2);
    expect(g.roles.latlng).toBe(3);
    expect(g.roles.lat).toBeUndefined();
  });
});
