/** The languages the add-in ships in, and how Office's display language maps to one. */

export type Locale = "en" | "zh";

export const LOCALES: readonly Locale[] = ["en", "zh"];

export const DEFAULT_LOCALE: Locale = "en";

/**
 * The add-in's locale for an Office display language tag (`Office.context.displayLanguage`).
 * Every Chinese tag ("zh-CN", "zh-SG", "zh-Hans", also "zh-TW"/"zh-HK", since Simplified Chinese
 * is closer to their users than English) gives "zh"; anything else, or nothing, gives "en".
 *
 * @param tag A BCP-47 language tag such as "zh-CN" or "en-US".
 * @returns "zh" or "en".
 * @example localeFromOfficeLanguage("zh-CN") // "zh"
 * @example localeFromOfficeLanguage(undefined) // "en"
 */
export function localeFromOfficeLanguage(tag?: string | null): Locale {
  if (typeof tag !== "string") return DEFAULT_LOCALE;
  return /^zh([-_]|$)/i.test(tag.trim()) ? "zh" : DEFAULT_LOCALE;
}

/** True for a supported locale id. */
export function isLocale(x: unknown): x is Locale {
  return x === "en" || x === "zh";
}
