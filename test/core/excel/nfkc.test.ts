import fc from "fast-check";
import { nfkc } from "../../../src/core/excel/nfkc";

/** The code points nfkc passes through without normalize: ASCII and U+4E00-U+9FFF. */
const fastPath = (cp: number): boolean => cp < 0x80 || (cp >= 0x4e00 && cp <= 0x9fff);

describe("nfkc", () => {
  it("leaves every code point of the fast path as NFKC does (unchanged)", () => {
    const changed: number[] = [];
    for (let cp = 0; cp <= 0x9fff; cp++) {
      if (!fastPath(cp)) continue;
      const s = String.fromCodePoint(cp);
      if (s.normalize("NFKC") !== s) changed.push(cp);
    }
    expect(changed).toEqual([]);
  });

  it("no character decomposes into a pair of fast-path characters (so none composes from one)", () => {
    // A composite whose canonical decomposition were two fast-path characters would make NFKC
    // change a fast-path string (it composes the pair). Fast-path characters have no
    // decomposition of their own, so such a pair would show as the composite's full NFD.
    const pairs: number[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const d = [...String.fromCodePoint(cp).normalize("NFD")].map((c) => c.codePointAt(0)!);
      if (d.length >= 2 && d.every(fastPath)) pairs.push(cp);
    }
    expect(pairs).toEqual([]);
  });

  it("equals String.normalize('NFKC') on random text (ASCII, Chinese, full-width, combining marks)", () => {
    const ch = fc.oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0x4e00, max: 0x9fff }),
      fc.integer({ min: 0xff00, max: 0xffef }), // full-width and half-width forms
      fc.integer({ min: 0x300, max: 0x36f }), // combining marks
      fc.integer({ min: 0xf900, max: 0xfaff }), // CJK compatibility ideographs
      fc.integer({ min: 0x3000, max: 0x33ff }), // CJK punctuation, kana, squared words
      fc.integer({ min: 0x1100, max: 0x11ff }), // Hangul jamo (compose algorithmically)
      fc.integer({ min: 0, max: 0x10ffff }).filter((c) => c < 0xd800 || c > 0xdfff)
    );
    fc.assert(
      fc.property(fc.array(ch, { maxLength: 12 }), (cps) => {
        const s = String.fromCodePoint(...cps);
        expect(nfkc(s)).toBe(s.normalize("NFKC"));
      }),
      { numRuns: 5000 }
    );
  });

  it("folds full-width text and keeps plain text", () => {
    expect(nfkc("ＡＢＣ１２３，")).toBe("ABC123,");
    expect(nfkc("客户001 Ltd")).toBe("客户001 Ltd");
    expect(nfkc("e\u0301")).toBe("\u00e9");
  });
});
