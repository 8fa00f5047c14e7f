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

describe("one source per label", () => {
  // The pane's segment and value-class tables show the labels the cells get (value.sheet), and
  // both tables share their column headers: a change in one place reaches every view.
  for (const locale of LOCALES) {
    it(`${locale}: the Value tab's labels are the written ones`, () => {
      const m = messages(locale);
      const paneSegments = Object.entries(m.value.pane.segments).map(([id, s]) => [id, s.label]);
      expect(Object.fromEntries(paneSegments)).toEqual(m.value.sheet.segments);
      const paneClasses = Object.entries(m.valueClass.pane.classes.names).map(([id, c]) => [
        id,
        c.label,
      ]);
      expect(Object.fromEntries(paneClasses)).toEqual(m.value.sheet.classes);
      const { segment, ...segmentHead } = m.value.pane.table;
      const { cls, ...classHead } = m.valueClass.pane.classes.table;
      expect(segment).not.toBe("");
      expect(cls).not.toBe("");
      expect(classHead).toEqual(segmentHead);
    });
  }
});
