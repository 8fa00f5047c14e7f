/**
 * A third language is one catalogue folder plus its line in `CATALOGUES` (src/i18n/catalogues.ts):
 * with a stand-in French catalogue added to that table (the English texts under French
 * language info), the locale ids, `--lang`/settings validation, Office's display language and
 * `messages()` all know it, with nothing else edited.
 */
import type { Messages } from "../../src/i18n/types";

jest.mock("../../src/i18n/catalogues", () => {
  const actual = jest.requireActual("../../src/i18n/catalogues");
  const en: Messages = actual.CATALOGUES.en;
  const fr: Messages = {
    ...en,
    language: { name: "Français", tag: "fr-FR", officeLanguages: ["fr"] },
  };
  return { CATALOGUES: { ...actual.CATALOGUES, fr } };
});

import { isLocale, localeFromOfficeLanguage, LOCALES } from "../../src/i18n/locale";
import { allMessages, messages } from "../../src/i18n/messages";

describe("adding a language", () => {
  it("is known everywhere from its line in CATALOGUES", () => {
    expect(LOCALES).toEqual(["en", "zh", "fr"]);
    expect(isLocale("fr")).toBe(true);
    expect(isLocale("de")).toBe(false);
    expect(localeFromOfficeLanguage("fr-CA")).toBe("fr");
    expect(localeFromOfficeLanguage("zh-TW")).toBe("zh");
    expect(localeFromOfficeLanguage("de-DE")).toBe("en");
    expect(messages("fr" as never).language.name).toBe("Français");
    expect(allMessages().map((m) => m.language.tag)).toEqual(["en-US", "zh-CN", "fr-FR"]);
  });
});
