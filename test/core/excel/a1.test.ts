import {
  a1,
  columnIndex,
  columnLetter,
  quoteSheetName,
  rangeA1,
  sheetRangeA1,
} from "../../../src/core/excel/a1";
import fc from "fast-check";

describe("column letters", () => {
  it("matches Excel's column names (A, Z, AA, AZ, BA, ZZ, AAA, XFD)", () => {
    // Excel: column 1 = A, 26 = Z, 27 = AA, 52 = AZ, 53 = BA, 702 = ZZ, 703 = AAA, 16384 = XFD.
    expect(columnLetter(0)).toBe("A");
    expect(columnLetter(25)).toBe("Z");
    expect(columnLetter(26)).toBe("AA");
    expect(columnLetter(51)).toBe("AZ");
    expect(columnLetter(52)).toBe("BA");
    expect(columnLetter(701)).toBe("ZZ");
    expect(columnLetter(702)).toBe("AAA");
    expect(columnLetter(16383)).toBe("XFD");
  });
  it("rejects columns outside the sheet", () => {
    expect(() => columnLetter(-1)).toThrow(RangeError);
    expect(() => columnLetter(16384)).toThrow(RangeError);
    expect(() => columnLetter(1.5)).toThrow(RangeError);
    expect(() => columnIndex("XFE")).toThrow(RangeError);
    expect(() => columnIndex("A1")).toThrow(RangeError);
  });
  it("columnIndex inverts columnLetter", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 16383 }), (c) => columnIndex(columnLetter(c)) === c)
    );
    expect(columnIndex("ab")).toBe(27);
  });
});

describe("A1 references", () => {
  it("writes cells and ranges 1-based", () => {
    expect(a1(1, 3)).toBe("D2");
    expect(a1(1, 3, true)).toBe("$D$2");
    expect(rangeA1(1, 3, 500)).toBe("D2:D501");
    expect(rangeA1(0, 0, 1)).toBe("A1");
    expect(rangeA1(2, 7, 3, 4)).toBe("H3:K5");
    expect(() => rangeA1(0, 0, 0)).toThrow(RangeError);
    expect(() => a1(1048576, 0)).toThrow(RangeError);
  });
  it("quotes sheet names", () => {
    expect(quoteSheetName("It's")).toBe("'It''s'");
    expect(sheetRangeA1("Tier summary", 1, 0, 3)).toBe("'Tier summary'!$A$2:$A$4");
    expect(sheetRangeA1("分级汇总", 3, 7, 2, 1, false)).toBe("'分级汇总'!H4:H5");
  });
});
