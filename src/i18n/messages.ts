/**
 * The ONE way to reach the product's texts: `messages(locale).<feature>.sheet|pane...`.
 *
 * Each language is a catalogue folder (src/i18n/en, src/i18n/zh-CN) typed by `Messages`
 * (src/i18n/types), listed by one line in `CATALOGUES` (catalogues.ts); the compiler lists
 * what a new catalogue is missing.
 */
import { CATALOGUES } from "./catalogues";
import { listText, numberFormat } from "./format";
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locale";
import type { Messages } from "./types";

export type { Messages } from "./types";

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

/**
 * A whole amount in the language's number format (value at stake, quadrant values).
 *
 * @param locale The language.
 * @param x The amount.
 * @returns "12,346" ("—" for a non-finite amount).
 * @example formatAmount("en", 12345.6) // "12,346"
 */
export function formatAmount(locale: Locale, x: number): string {
  return Number.isFinite(x) ? numberFormat(messages(locale).language.tag)(x) : "—";
}

/**
 * Items listed the language's way (rows, columns, names): see {@link listText}.
 *
 * @param locale The language.
 * @param items The items, each as the message shows it.
 * @returns "5, 7" in English, "5、7" in Chinese.
 * @example formatList("zh", ["D", "F"]) // "D、F"
 */
export function formatList(locale: Locale, items: readonly (string | number)[]): string {
  return listText(messages(locale).language.tag, items);
}
