import fc from "fast-check";
import { nfkc } from "../../../src/core/excel/nfkc";
import {
  cellNumber,
  parseFolded,
  parseNumberText,
  readNumericColumn,
} from "../../../src/core/excel/number";
import { numberCell } from "../../../src/functions/args";

describe("cellNumber: money written as text is money (PRODUCT 2.12)", () => {
  it.each([
    ["¥1,234.50", 1234.5],
    ["￥８８", 88],
    ["1.2万", 12000],
    ["1.23万", 12300], // exact, not 12300.000000000002
    ["3亿", 300000000],
    ["0.5亿元", 50000000],
    ["3万元", 30000],
    ["3,000元", 3000],
    ["１２３４", 1234],
    ["１，２３４．５", 1234.5],
    ["(500)", -500],
    ["（500）", -500],
    ["¥(1,000.5)", -1000.5],
    ["-¥500", -500],
    ["¥-500", -500],
    ["$1,200", 1200],
    ["US$ 9.99", 9.99],
    ["RMB 500", 500],
    ["500 RMB", 500],
    ["人民币500元", 500],
    [" 12 ", 12],
    ["1e3", 1000],
    ["+5", 5],
    ["−42", -42], // the Unicode minus sign
  ])("%s is %d", (text, value) => {
    expect(cellNumber(text)).toBe(value);
  });

  it.each([
    "N/A",
    "-",
    "—",
    "",
    "  ",
    "3M",
    "5k",
    "万元",
    "2024-03-01",
    "12%",
    "--5",
    "((5))",
    "123,",
    "#N/A",
    "1 2",
    "A1",
  ])("%s is not a number", (text) => {
    expect(cellNumber(text)).toBeNaN();
  });

  it("reads numbers as they are and refuses other kinds", () => {
    expect(cellNumber(-3.5)).toBe(-3.5);
    expect(cellNumber(Infinity)).toBeNaN();
    expect(cellNumber(true)).toBeNaN();
    expect(cellNumber(new Date(2024, 0, 1))).toBeNaN();
    expect(cellNumber(null)).toBeNaN();
  });

  it("round-trips any amount formatted with separators, currency and brackets", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const abs = Math.abs(whole) + cents / 100;
          const body = abs.toLocaleString("en-US", {
            minimumFractionDigits: 2,
            maximumFractionDigits: 2,
          });
          const expected = whole < 0 ? -abs : abs;
          expect(parseNumberText(whole < 0 ? `(¥${body})` : `¥${body}`)).toBeCloseTo(expected, 2);
          expect(parseNumberText(whole < 0 ? `-${body}元` : `${body}元`)).toBeCloseTo(expected, 2);
        }
      )
    );
  });

  it("is the rule CRM.TIER's cells follow (one rule, values equal formulas)", () => {
    for (const t of ["¥1,234.50", "1.2万", "(500)", "１２３４"])
      expect(numberCell(t, "sales")).toBe(cellNumber(t));
    expect(numberCell("N/A", "sales")).toMatchObject({ code: "#VALUE!" });
  });

  it("names blank and non-numeric rows of a column", () => {
    const col = readNumericColumn([["¥10"], [null], ["N/A"], ["2万"]], 0);
    expect(Array.from(col.values)).toEqual([10, NaN, NaN, 20000]);
    expect(col.blankRows).toEqual([1]);
    expect(col.invalidRows).toEqual([2]);
  });
});

describe("the character filter in front of the money rule refuses only what the rule refuses", () => {
  // parseNumberText = a one-scan character filter, then the rule (parseFolded). The filter must
  // never turn away text the rule reads as a number: the same answer with and without it.
  const same = (s: string) => Object.is(parseNumberText(s), parseFolded(nfkc(s)));
  // Signs, brackets, currency before and after, thousands, fraction, exponent and units.
  const money = ["-¥(1,234.5万)", "US$ 5e3 元"];

  it("every BMP character, put before, inside and after money texts", () => {
    const wrong: string[] = [];
    for (let cp = 0; cp <= 0xffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const x = String.fromCharCode(cp);
      for (const m of money) {
        const mid = m.length >> 1;
        for (const s of [x + m, m.slice(0, mid) + x + m.slice(mid), m + x])
          if (!same(s)) wrong.push(`U+${cp.toString(16)} in ${s}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("random mixes of money characters, white space and other text", () => {
    const piece = fc.oneof(
      fc.constantFrom(..."0123456789,.+-()$¥€£eE万亿千百元圆块人民币美港欧 \u00a0\u3000\u2212"),
      fc.constantFrom("rmb", "USD", "cny", "hk$", "us$", "eur", "gbp", "万亿", "千万", "百万"),
      fc.string({ maxLength: 2 }),
      fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c))
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (ps) => same(ps.join(""))),
      { numRuns: 20000 }
    );
  });

  it("answers names and addresses without the rule, and still reads money", () => {
    expect(parseNumberText("客户000123")).toBeNaN();
    expect(parseNumberText("成都市锦江区路12号")).toBeNaN();
    expect(parseNumberText("13812345678")).toBe(13812345678);
    expect(parseNumberText("\u3000¥ 1,200 元\u00a0")).toBe(1200);
  });
});
