/**
 * Reading a visit log (issue 13 part 3): headers in English and Chinese, dates in every form a
 * field app or Excel gives, names matched only after NFKC / trimming / space folding, and
 * near-misses reported rather than matched.
 */
import fc from "fast-check";
import {
  boundedEditDistance,
  cellDate,
  guessVisitLogColumns,
  matchVisitLog,
  nameKey,
  NameIndex,
  readVisitLog,
} from "../../../src/core/visits";

describe("visit log columns", () => {
  it.each([
    [["Rep", "Customer", "Date"], { rep: 0, customer: 1, date: 2 }],
    [["业务员", "客户", "日期"], { rep: 0, customer: 1, date: 2 }],
    [["拜访日期", "客户名称", "业务员", "备注"], { rep: 2, customer: 1, date: 0 }],
    [["销售代表", "门店名称", "拜访时间", "到店时间"], { rep: 0, customer: 1, date: 2, time: 3 }],
    [["Sales rep", "Customer ID", "Visit date", "Time"], { rep: 0, customer: 1, date: 2, time: 3 }],
  ])("%j", (header, want) => {
    const rows = [["x", "y", "2025-11-03", "10:00"].slice(0, header.length)];
    rows[0][header.indexOf(header[(want as { date: number }).date])] = "2025-11-03";
    const g = guessVisitLogColumns(header, rows);
    expect(g.columns).toEqual(want);
    expect(g.missing).toEqual([]);
  });

  it("names what is missing instead of reading columns by position", () => {
    const g = guessVisitLogColumns(["A", "B", "C"], [["王伟", "红旗", "2025-11-03"]]);
    expect(g.missing).toEqual(["rep", "customer", "date"]);
  });
});

describe("dates and times", () => {
  it.each<[unknown, ReturnType<typeof cellDate>]>([
    ["2025-11-03", { date: "2025-11-03" }],
    ["2025/11/3", { date: "2025-11-03" }],
    ["2025年11月3日", { date: "2025-11-03" }],
    ["２０２５－１１－０３", { date: "2025-11-03" }],
    ["2025-11-03 14:30", { date: "2025-11-03", time: "14:30" }],
    [45964, { date: "2025-11-03" }], // Excel serial: 45964 = 2025-11-03
    [45964.75, { date: "2025-11-03", time: "18:00" }],
    [new Date(Date.UTC(2025, 10, 3)), { date: "2025-11-03" }],
    [new Date(Date.UTC(2025, 10, 3, 9, 5)), { date: "2025-11-03", time: "09:05" }],
    ["2025-02-30", null],
    ["next Monday", null],
    [12, null], // an id, not a date
    [true, null],
  ])("%p", (v, want) => expect(cellDate(v)).toEqual(want));

  it("agrees with the JavaScript calendar on every serial of 1990-2060", () => {
    fc.assert(
      fc.property(fc.integer({ min: 32874, max: 58806 }), (serial) => {
        const js = new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
        expect(cellDate(serial)?.date).toBe(js.toISOString().slice(0, 10));
      })
    );
  });
});

describe("readVisitLog", () => {
  it("reads rows, takes the time from a time column or the date, and reports bad rows by index", () => {
    const log = readVisitLog(
      [
        ["王伟", " 红旗连锁　春熙店 ", "2025-11-03", "9:30"],
        [null, null, null, null],
        ["王伟", "", "2025-11-03", null],
        ["李娜", "舞东风", "", null],
        ["李娜", "舞东风", "下周一", null],
        ["李娜", "舞东风", "2025-11-04 15:00", null],
      ],
      { rep: 0, customer: 1, date: 2, time: 3 }
    );
    expect(log.visits).toEqual([
      { row: 0, rep: "王伟", customer: "红旗连锁 春熙店", date: "2025-11-03", time: "09:30" },
      { row: 5, rep: "李娜", customer: "舞东风", date: "2025-11-04", time: "15:00" },
    ]);
    expect(log.problems).toEqual([
      { row: 2, code: "NO_CUSTOMER", value: "" },
      { row: 3, code: "NO_DATE", value: "" },
      { row: 4, code: "BAD_DATE", value: "下周一" },
    ]);
    expect(log.blankRows).toBe(1);
  });
});

describe("names", () => {
  it("normalises by NFKC, trimming and folding spaces, and nothing else", () => {
    expect(nameKey("  Ｗａｌｍａｒｔ　 Chunxi  ")).toBe("Walmart Chunxi");
    expect(nameKey("Walmart chunxi")).not.toBe(nameKey("Walmart Chunxi"));
  });

  it("bounded edit distance equals the textbook distance when within the bound", () => {
    const naive = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) =>
        Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++)
          d[i][j] = Math.min(
            d[i - 1][j] + 1,
            d[i][j - 1] + 1,
            d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
          );
      return d[a.length][b.length];
    };
    const word = fc.string({ unit: fc.constantFrom("a", "b", "c", "店"), maxLength: 9 });
    fc.assert(
      fc.property(word, word, fc.integer({ min: 0, max: 4 }), (a, b, max) => {
        const want = naive(a, b);
        expect(boundedEditDistance(a, b, max)).toBe(want <= max ? want : max + 1);
      }),
      { numRuns: 500 }
    );
  });

  it("matches ids and names exactly; reports typos and missing legal forms as near-misses", () => {
    const ix = new NameIndex([
      { keys: ["C001", "成都红旗连锁有限公司"], label: "成都红旗连锁有限公司", target: 1 },
      { keys: ["C002", "Walmart Chunxi"], label: "Walmart Chunxi", target: 2 },
    ]);
    expect(ix.lookup("C001")).toEqual({ kind: "match", target: 1 });
    expect(ix.lookup(" Walmart   Chunxi ")).toEqual({ kind: "match", target: 2 });
    expect(ix.lookup("成都红旗连锁")).toEqual({
      kind: "none",
      nearMisses: ["成都红旗连锁有限公司"],
    });
    expect(ix.lookup("Walmrt Chunxi")).toEqual({ kind: "none", nearMisses: ["Walmart Chunxi"] });
    expect(ix.lookup("walmart chunxi")).toEqual({ kind: "none", nearMisses: ["Walmart Chunxi"] });
    expect(ix.lookup("Metro")).toEqual({ kind: "none", nearMisses: [] });
  });
});

describe("matchVisitLog", () => {
  const customers = [
    { keys: ["S1", "Shop"], label: "Shop", rep: "Li", target: "a" },
    { keys: ["S2", "Shop"], label: "Shop", rep: "Wang", target: "b" },
    { keys: ["S3", "Kiosk"], label: "Kiosk", rep: "Li", target: "c" },
  ];
  const v = (rep: string, customer: string) => ({ row: 0, rep, customer, date: "2025-11-03" });

  it("settles a repeated name by the visit's rep, else reports it", () => {
    const m = matchVisitLog([v("Wang", "Shop"), v("Zhao", "Shop")], customers);
    expect(m.matched.map((x) => x.customer)).toEqual(["b"]);
    expect(m.unmatched[0].code).toBe("AMBIGUOUS_CUSTOMER");
  });

  it("checks reps against the plan's and returns the plan's spelling", () => {
    const m = matchVisitLog([v("Ｌｉ", "Kiosk"), v("Wamg", "Kiosk")], customers, ["Li", "Wang"]);
    expect(m.matched).toEqual([{ visit: v("Ｌｉ", "Kiosk"), customer: "c", rep: "Li" }]);
    expect(m.unmatched).toEqual([
      { visit: v("Wamg", "Kiosk"), code: "UNKNOWN_REP", nearMisses: ["Wang"] },
    ]);
  });

  it("reports unknown customers with near-misses", () => {
    const m = matchVisitLog([v("Li", "Kiosc")], customers);
    expect(m.unmatched).toEqual([
      { visit: v("Li", "Kiosc"), code: "UNKNOWN_CUSTOMER", nearMisses: ["Kiosk"] },
    ]);
  });
});
