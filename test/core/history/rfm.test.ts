import { rfmSummary } from "../../../src/core/history/rfm";
import { serialFromYmd, toSerialDay } from "../../../src/core/excel/dates";
import { loadRaw, loadSummary, serialOf } from "../../../testkit/cdnow";

describe("toSerialDay", () => {
  it("reads serials and ISO text", () => {
    // 1970-01-01 is serial 25569 (Excel's documented epoch offset); 1997-09-30 = 25569 + 10134 days.
    expect(toSerialDay("1970-01-01")).toBe(25569);
    expect(toSerialDay("1997-09-30")).toBe(25569 + 10134);
    expect(toSerialDay("1997-09-30T18:30:00Z")).toBe(25569 + 10134);
    expect(toSerialDay(35431.75)).toBe(35431);
    expect(serialFromYmd(1997, 1, 1)).toBe(35431);
  });
  it("rejects what is not a date", () => {
    expect(toSerialDay("2023-02-30")).toBeUndefined();
    expect(toSerialDay("31/01/2023")).toBeUndefined();
    expect(toSerialDay(19970101)).toBeUndefined(); // a yyyymmdd number is past 9999-12-31
    expect(toSerialDay(-1)).toBeUndefined();
    expect(toSerialDay(true)).toBeUndefined();
    expect(toSerialDay(null)).toBeUndefined();
  });
});

describe("rfmSummary", () => {
  it("follows lifetimes' conventions on a hand-made table", () => {
    // Customer "a": days 0 (two lines, 5 + 5), 14 (20), 21 (10 + 2), 40 (after asOf 28).
    // Purchase days on or before 28: 0, 14, 21 -> x = 2, t_x = 21/7 = 3, T = 28/7 = 4,
    // monetary = mean of the repeat days' totals (20, 12) = 16.
    // Customer 7 (a number): one day (7) -> x = 0, t_x = 0, T = 3, monetary 0.
    // Customer "late": first purchase after asOf -> not in the calibration table.
    const s = rfmSummary(
      {
        customers: ["late", "a", 7, "a", "a", "a", "a", "a"],
        days: [30, 21, 7, 0, 14, 0, 21, 40],
        amounts: [9, 10, 3, 5, 20, 5, 2, 100],
      },
      { asOf: 28 }
    );
    expect(s.customers).toEqual(["a", 7]);
    expect(Array.from(s.frequency)).toEqual([2, 0]);
    expect(Array.from(s.recency)).toEqual([3, 0]);
    expect(Array.from(s.age)).toEqual([4, 3]);
    expect(Array.from(s.monetary)).toEqual([16, 0]);
    expect(s.holdoutFrequency).toBeUndefined();
  });
  it("counts holdout purchase days and the holdout length", () => {
    const s = rfmSummary(
      { customers: ["a", "a", "a", "a", "b"], days: [0, 30, 30, 50, 60], amounts: [1, 1, 1, 1, 1] },
      { asOf: 28, holdoutEnd: 56, periodDays: 7 }
    );
    // "a": holdout days 30 and 50 (two lines on day 30 are one purchase); day 60 of "b" is past the end.
    expect(s.customers).toEqual(["a"]);
    expect(Array.from(s.holdoutFrequency!)).toEqual([2]);
    expect(s.holdoutLength).toBe(4);
  });
  it("treats a number id and its text as one customer and keeps first-appearance order", () => {
    const s = rfmSummary(
      { customers: [2, "1", " 2 ", 1], days: [0, 1, 7, 8], amounts: [1, 1, 1, 1] },
      { asOf: 10, periodDays: 1 }
    );
    expect(s.customers).toEqual([2, "1"]);
    expect(Array.from(s.frequency)).toEqual([1, 1]);
  });
  it("rejects a holdout end before asOf and a bad period", () => {
    const lines = { customers: ["a"], days: [0], amounts: [1] };
    expect(() => rfmSummary(lines, { asOf: 10, holdoutEnd: 5 })).toThrow(RangeError);
    expect(() => rfmSummary(lines, { asOf: 10, periodDays: 0 })).toThrow(RangeError);
  });
  it("reproduces the published CDNOW summary from the raw order lines", () => {
    const raw = loadRaw();
    const s = rfmSummary(
      {
        customers: raw.map((l) => l.id),
        days: raw.map((l) => serialOf(l.ymd)),
        amounts: raw.map((l) => l.dollars),
      },
      { asOf: serialOf(19970930), periodDays: 7 }
    );
    const ref = loadSummary();
    expect(s.customers).toEqual(ref.id); // the raw file lists customers 1..2357 in order
    const off = (a: ArrayLike<number>, b: number[], tol: number): number[] =>
      b.map((v, i) => i).filter((i) => Math.abs(a[i] - b[i]) > tol);
    expect(off(s.frequency, ref.x, 0)).toEqual([]);
    // The CSV has 2 decimals: agree to half a unit in the last place (plus float slack).
    expect(off(s.recency, ref.tx, 0.005 + 1e-9)).toEqual([]);
    expect(off(s.age, ref.T, 0.005 + 1e-9)).toEqual([]);
    expect(off(s.monetary, ref.zbar, 0.005 + 1e-9)).toEqual([]);
  });
});
