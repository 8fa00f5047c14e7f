/**
 * Every key of the English catalogue exists in every language, and every text is usable: strings
 * are non-empty; functions, called with sample arguments, return non-empty strings (or lists of
 * them). Walks the catalogues recursively, so a new key is covered without touching this file.
 */
import { LOCALES } from "../../src/i18n/locale";
import { allMessages, messages } from "../../src/i18n/messages";
import { leaves, texts } from "./catalogueTexts";

describe("message catalogues", () => {
  const en = leaves(messages("en"));

  it("has a catalogue per locale, and English has keys", () => {
    expect(allMessages()).toHaveLength(LOCALES.length);
    expect(en.length).toBeGreaterThan(10);
  });

  for (const locale of LOCALES) {
    it(`${locale}: the same keys as English, each a non-empty text`, () => {
      const own = leaves(messages(locale));
      expect(own.map(([p]) => p).sort()).toEqual(en.map(([p]) => p).sort());
      for (const [path, value] of own) {
        const kind = typeof value;
        expect(`${path}: ${kind}`).toBe(`${path}: ${typeof en.find(([p]) => p === path)?.[1]}`);
        for (const text of texts(value)) {
          expect(`${path}: ${typeof text}`).toBe(`${path}: string`);
          expect(`${path}: ${(text as string).trim().length > 0}`).toBe(`${path}: true`);
        }
      }
    });
  }

  it("the Chinese catalogue is translated (texts that read the same are names, codes or symbols)", () => {
    const zh = new Map(leaves(messages("zh")));
    const same = en
      .filter(([p, v]) => typeof v === "string" && zh.get(p) === v)
      .map(([p, v]) => `${p} = ${v as string}`)
      .filter((s) => !/ = ([\p{Lu}\d(). -]+|[a-z]{1,5}|\w+\.ics|[#‹›\d%—-]*)$/u.test(s));
    expect(same).toEqual([]);
  });
});
