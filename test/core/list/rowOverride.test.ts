import fc from "fast-check";
import {
  applyRowOverride,
  fitRowOverride,
  formatRowSpec,
  leaveOutRow,
  notPutBack,
  parseRowSpec,
  putBackRow,
  rowOverrideProblems,
  type RowOverride,
} from "../../../src/core/list/rowOverride";
import type { LeftOutRow } from "../../../src/core/list/extent";

describe("parseRowSpec: the rows a user types", () => {
  it.each([
    ["14", [14]],
    ["14,30", [14, 30]],
    ["9-12", [9, 10, 11, 12]],
    ["9 - 11, 14 30", [9, 10, 11, 14, 30]],
    ["３０，１４", [14, 30]],
    ["9–10；12", [9, 10, 12]],
    ["9~10、9", [9, 10]],
    ["", []],
  ])("%s", (spec, rows) => {
    expect(parseRowSpec(spec)).toEqual({ rows });
  });
  it.each(["x", "9-", "-9", "0", "12-9", "1.5", "9,,x", "1048577", "1-1048577"])(
    "refuses %s naming the bad part",
    (spec) => {
      const p = parseRowSpec(spec);
      expect("bad" in p).toBe(true);
    }
  );
  it("names the part that is not a row", () => {
    expect(parseRowSpec("9, 1x, 12")).toEqual({ bad: "1x" });
  });
  it("reads back what formatRowSpec writes", () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 400 }), { maxLength: 40 }), (rows) => {
        const sorted = [...rows].sort((a, b) => a - b);
        expect(parseRowSpec(formatRowSpec(rows))).toEqual({ rows: sorted });
      })
    );
  });
  it("writes runs of three or more as ranges", () => {
    expect(formatRowSpec([14, 9, 10, 11, 15])).toBe("9-11, 14, 15");
  });
});

describe("rowOverrideProblems: an override that does not fit the list changes nothing", () => {
  const span = { headerRow: 3, firstRow: 4, count: 10 }; // data rows 4..13
  it("names the header row, rows outside and rows both ways", () => {
    const o = { include: [3, 5, 14], exclude: [2, 5, 13] };
    expect(rowOverrideProblems(o, span)).toEqual([
      { code: "header", rows: [3] },
      { code: "outside", rows: [2, 14] },
      { code: "both", rows: [5] },
    ]);
  });
  it("finds nothing wrong with rows of the list", () => {
    expect(rowOverrideProblems({ include: [4, 13], exclude: [8] }, span)).toEqual([]);
  });
  it("has no header problem for a list without a header", () => {
    expect(rowOverrideProblems({ include: [3], exclude: [] }, { firstRow: 4, count: 2 })).toEqual([
      { code: "outside", rows: [3] },
    ]);
  });
});

describe("applyRowOverride", () => {
  const span = { headerRow: 1, firstRow: 2, count: 20 }; // data rows 2..21 = indices 0..19
  const reader: LeftOutRow[] = [
    { index: 3, reason: "blank" },
    { index: 8, reason: "total" },
  ];
  it("puts a total row back and leaves a customer out with reason user", () => {
    expect(applyRowOverride(reader, span, { include: [10], exclude: [6] })).toEqual({
      leftOut: [
        { index: 3, reason: "blank" },
        { index: 4, reason: "user" },
      ],
      putBack: [8],
    });
  });
  it("keeps the reader's reason for a row it already left out", () => {
    expect(applyRowOverride(reader, span, { include: [], exclude: [5] }).leftOut).toEqual(reader);
  });
  it("changes nothing without an override", () => {
    expect(applyRowOverride(reader, span, { include: [], exclude: [] })).toEqual({
      leftOut: reader,
      putBack: [],
    });
  });

  const reasons = ["blank", "total", "header", "note"] as const;
  const arb = fc.record({
    count: fc.integer({ min: 1, max: 40 }),
    first: fc.integer({ min: 1, max: 30 }),
    reader: fc.uniqueArray(
      fc.record({ index: fc.integer({ min: 0, max: 39 }), reason: fc.constantFrom(...reasons) }),
      { selector: (l) => l.index, maxLength: 15 }
    ),
    include: fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: 10 }),
    exclude: fc.uniqueArray(fc.integer({ min: 0, max: 39 }), { maxLength: 10 }),
  });
  it("property: the user's word stands, every other row keeps the reader's decision", () => {
    fc.assert(
      fc.property(arb, ({ count, first, reader: raw, include: inc, exclude: exc }) => {
        const reader = raw.filter((l) => l.index < count);
        const span = { headerRow: first, firstRow: first + 1, count };
        const toRow = (i: number) => span.firstRow + i;
        const include = inc.filter((i) => i < count);
        const exclude = exc.filter((i) => i < count && !include.includes(i));
        const o: RowOverride = { include: include.map(toRow), exclude: exclude.map(toRow) };
        expect(rowOverrideProblems(o, span)).toEqual([]);
        const { leftOut, putBack } = applyRowOverride(reader, span, o);
        const out = new Map(leftOut.map((l) => [l.index, l.reason]));
        expect(out.size).toBe(leftOut.length); // no row twice
        expect(leftOut.map((l) => l.index)).toEqual([...out.keys()].sort((a, b) => a - b));
        expect(putBack).toEqual([...include].sort((a, b) => a - b));
        for (let i = 0; i < count; i++) {
          const was = reader.find((l) => l.index === i)?.reason;
          if (include.includes(i)) expect(out.has(i)).toBe(false);
          else if (exclude.includes(i)) expect(out.get(i)).toBe(was ?? "user");
          else expect(out.get(i)).toBe(was);
        }
      })
    );
  });
});

describe("putBackRow / leaveOutRow: what the pane's buttons do", () => {
  it("undoes the user's own choice instead of naming the row twice", () => {
    expect(putBackRow({ include: [], exclude: [9] }, 9)).toEqual({ include: [], exclude: [] });
    expect(leaveOutRow({ include: [14], exclude: [] }, 14)).toEqual({ include: [], exclude: [] });
  });
  it("names a row the reader decided on", () => {
    expect(putBackRow({ include: [30], exclude: [9] }, 14)).toEqual({
      include: [14, 30],
      exclude: [9],
    });
    expect(leaveOutRow({ include: [], exclude: [9] }, 5)).toEqual({ include: [], exclude: [5, 9] });
  });
  it("property: leaving out then putting back a row the user had not named is no change", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 50 }), { maxLength: 8 }),
        fc.uniqueArray(fc.integer({ min: 51, max: 99 }), { maxLength: 8 }),
        fc.integer({ min: 100, max: 200 }),
        (include, exclude, row) => {
          const o = {
            include: [...include].sort((a, b) => a - b),
            exclude: [...exclude].sort((a, b) => a - b),
          };
          expect(putBackRow(leaveOutRow(o, row), row)).toEqual(o);
          expect(leaveOutRow(putBackRow(o, row), row)).toEqual(o);
        }
      )
    );
  });
});

describe("fitRowOverride: a correction carried to the list read again", () => {
  it("drops rows that are no longer the list's and rows named both ways", () => {
    const span = { headerRow: 1, firstRow: 2, count: 7 }; // rows 2..8
    expect(fitRowOverride({ include: [1, 3, 5, 12], exclude: [5, 8, 9] }, span)).toEqual({
      include: [3],
      exclude: [8],
    });
  });
  it("property: what it keeps always applies without problems", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }),
        fc.array(fc.integer({ min: 1, max: 60 }), { maxLength: 12 }),
        fc.integer({ min: 1, max: 40 }),
        (include, exclude, count) => {
          const span = { headerRow: 3, firstRow: 4, count };
          const fit = fitRowOverride({ include, exclude }, span);
          expect(rowOverrideProblems(fit, span)).toEqual([]);
        }
      )
    );
  });
});

describe("notPutBack", () => {
  it("drops the rows the user put back from what a later rule found", () => {
    expect(notPutBack([8, 20], [8])).toEqual([20]);
    expect(notPutBack([8, 20], undefined)).toEqual([8, 20]);
  });
});
