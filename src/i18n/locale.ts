/** The languages the add-in ships in (one line each in catalogues.ts), and how Office's display language maps to one. */
import { CATALOGUES } from "./catalogues";

/** A language id: "en", "zh", ... (a key of `CATALOGUES`). */
export type Locale = keyof typeof CATALOGUES;

export const LOCALES: readonly Locale[] = Object.freeze(Object.keys(CATALOGUES) as Locale[]);

export const DEFAULT_LOCALE: Locale = "en";

/**
 * The add-in's locale for an Office display language tag (`Office.context.displayLanguage`): the
 * language whose catalogue lists the tag's primary language (`language.officeLanguages`; every
 * Chinese tag, "zh-CN", "zh-SG", "zh-Hans", also "zh-TW"/"zh-HK", gives "zh", since Simplified
 * Chinese is closer to their users than English); anything else, or nothing, gives "en".
 *
 * @param tag A BCP-47 language tag such as "zh-CN" or "en-US".
 * @returns The locale id.
 * @example localeFromOfficeLanguage("zh-CN") // "zh"
 * @example localeFromOfficeLanguage(undefined) // "en"
 */
export function localeFromOfficeLanguage(tag?: string | null): Locale {
  if (typeof tag !== "string") return DEFAULT_LOCALE;
  const primary = tag.trim().split(/[-_]/)[0].toLowerCase();
  return (
    LOCALES.find((l) => CATALOGUES[l].language.officeLanguages.includes(primary)) ?? DEFAULT_LOCALE
  );
}

/** True for a supported locale id. */
export function isLocale(x: unknown): x is Locale {
  return typeof x === "string" && (LOCALES as readonly string[]).includes(x);
}
