/**
 * Every key of the English catalogue exists in every language, and every text is usable: strings
 * are non-empty; functions, called with sample arguments, return non-empty strings (or lists of
 * them). Walks the catalogues recursively, so a new key is covered without touching this file.
 */
import { LOCALES } from "../../src/i18n/locale";
import { allMessages, messages } from "../../src/i18n/messages";

/**
 * Sample arguments: one object whose every field a message function may read; it also reads as
 * the number 0.3 where a function takes positional numbers.
 */
const SAMPLE = new Proxy(
  {},
  {
    get: (_t, key) => {
      if (key === Symbol.toPrimitive) return () => 0.3;
      if (key === "toLocaleString") return () => "0.3";
      if (typeof key !== "string") return undefined;
      if (
        /^(count|n|rows?|visits|stop|shown|customers|days|from|to|window|threshold|row)$/.test(key)
      )
        return 3;
      return `‹${key}›`;
    },
  }
);

/** Every leaf of a catalogue: [path, value]. */
function leaves(node: unknown, path = ""): [string, unknown][] {
  if (node === null || typeof node !== "object" || Array.isArray(node)) return [[path, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) =>
    leaves(v, path ? `${path}.${k}` : k)
  );
}

/** A leaf's text(s): strings as they are, functions called with the samples. */
function texts(value: unknown): unknown[] {
  if (typeof value === "function") {
    const out: unknown = (value as (...a: unknown[]) => unknown)(SAMPLE, 3);
    return Array.isArray(out) ? out : [out];
  }
  return Array.isArray(value) ? value : [value];
}

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
