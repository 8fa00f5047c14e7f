import { localeFromOfficeLanguage, LOCALES } from "../../src/i18n/locale";
import { percentText } from "../../src/i18n/format";
import { messages } from "../../src/i18n/messages";
import { ALL_TIER_HEADERS } from "../../src/core/tier/headers";

describe("locale", () => {
  it("maps Office display languages", () => {
    expect(localeFromOfficeLanguage("zh-CN")).toBe("zh");
    expect(localeFromOfficeLanguage("zh-Hans-SG")).toBe("zh");
    expect(localeFromOfficeLanguage("ZH_tw")).toBe("zh");
    expect(localeFromOfficeLanguage("en-US")).toBe("en");
    expect(localeFromOfficeLanguage("fr-FR")).toBe("en");
    expect(localeFromOfficeLanguage("zu-ZA")).toBe("en");
    expect(localeFromOfficeLanguage(undefined)).toBe("en");
  });
});

describe("sheet text", () => {
  it("has the headers the issue names in both languages", () => {
    expect(messages("en").tiering.sheet.tierHeader).toBe("Tier");
    expect(messages("zh").tiering.sheet.tierHeader).toBe("等级");
    expect(messages("zh").tiering.sheet.summarySheet).toBe("分级汇总");
    expect(ALL_TIER_HEADERS).toEqual(["Tier", "等级"]);
  });
  it("every language's Tier header is one later runs recognise (core/tier/headers.ts)", () => {
    for (const l of LOCALES)
      expect(ALL_TIER_HEADERS).toContain(messages(l).tiering.sheet.tierHeader);
  });
  it("every English tiering text has a non-empty Chinese counterpart that differs", () => {
    const walk = (en: unknown, zh: unknown, path: string): void => {
      if (typeof en === "string") {
        expect(typeof zh).toBe("string");
        expect((zh as string).length).toBeGreaterThan(0);
        if (!/^(tier)$/i.test(en)) expect(`${path}: ${zh as string}`).not.toBe(`${path}: ${en}`);
      } else if (typeof en === "function") {
        expect(typeof zh).toBe("function");
      } else {
        for (const k of Object.keys(en as object))
          walk((en as never)[k], (zh as never)[k], `${path}.${k}`);
      }
    };
    walk(messages("en").tiering.sheet, messages("zh").tiering.sheet, "tiering");
  });
  it("formats the concentration line", () => {
    expect(percentText(0.2)).toBe("20%");
    expect(percentText(0.51428)).toBe("51.4%");
    expect(percentText(NaN)).toBe("-");
    expect(messages("zh").tiering.sheet.concentration({ topShare: 0.2, share: 0.75 })).toBe(
      "前 20% 的客户贡献了 75% 的销售额"
    );
  });
});
