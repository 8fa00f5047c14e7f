/**
 * The ONE way to reach the product's texts: `messages(locale).<feature>.sheet|pane...`.
 *
 * Each language is a catalogue (src/i18n/en, src/i18n/zh-CN) typed by `Messages`
 * (src/i18n/types). To add a language: add its `Locale` id (locale.ts), a catalogue folder
 * with one file per feature, and its line in `CATALOGUES`; the compiler lists what is missing.
 */
import { en } from "./en";
import { zhCN } from "./zh-CN";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locale";
import type { Messages } from "./types";

export type { Messages } from "./types";

/**
 * Catalogue by locale id. The ids stay "en"/"zh" (they are stored in users' saved settings and
 * given on the command line); "zh" is the zh-CN (Simplified Chinese) catalogue.
 */
const CATALOGUES: Readonly<Record<Locale, Messages>> = Object.freeze({ en, zh: zhCN });

/**
 * The texts of one language.
 *
 * @param locale "en" or "zh".
 * @returns The catalogue (an unknown locale gets English).
 * @example messages("zh").repSheet.sheet.navigate // "导航"
 */
export function messages(locale: Locale): Messages {
  return CATALOGUES[locale] ?? CATALOGUES[DEFAULT_LOCALE];
}

/**
 * Every language's catalogue, for recognising a header or sheet the product wrote in any
 * language (switching language between runs must not duplicate anything).
 *
 * @returns The catalogues in `LOCALES` order.
 * @example allMessages().map((m) => m.repSheet.sheet.navigate) // ["Navigate", "导航"]
 */
export function allMessages(): Messages[] {
  return LOCALES.map((l) => CATALOGUES[l]);
}
