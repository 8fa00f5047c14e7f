/** Formats and shapes the catalogues share (the same in every language). */

/**
 * A share in 0..1 as a percentage with one decimal (trailing ".0" dropped).
 *
 * @param share The share, e.g. 0.743.
 * @returns "74.3%" ("-" for a non-finite share).
 * @example percentText(0.2) // "20%"
 */
export function percentText(share: number): string {
  if (!Number.isFinite(share)) return "-";
  const s = (Math.round(share * 1000) / 10).toFixed(1);
  return `${s.endsWith(".0") ? s.slice(0, -2) : s}%`;
}

/**
 * A number formatter for a BCP-47 language tag, with a fixed count of decimals.
 *
 * @param tag E.g. "en-US" or "zh-CN".
 * @returns `(n, decimals = 0) => text`.
 * @example numberFormat("en-US")(1234.5, 1) // "1,234.5"
 */
export function numberFormat(tag: string): (n: number, decimals?: number) => string {
  return (n, decimals = 0) =>
    n.toLocaleString(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** One list formatter per language tag (building one costs more than using it). */
const LIST_FORMATS = new Map<string, Intl.ListFormat | null>();

/**
 * Items listed the language's way (row numbers, column letters, names, error codes): "5, 7, 9"
 * in English, "5、7、9" in Chinese. The CLDR's rule through `Intl.ListFormat` (conjunction,
 * narrow: a plain list, no "and"/"和", which reads as a list of rows or columns); a runtime
 * without it joins with ", ". The one rule for lists of items in messages; clauses ("1 blank
 * (row 12), 1 total ...") are joined by the catalogue's own separator (`sep`: "，" in Chinese).
 *
 * @param tag BCP-47 language tag of the catalogue (`language.tag`), e.g. "zh-CN".
 * @param items The items, already as the message shows each one.
 * @returns The list as one text ("" for none).
 * @example listText("zh-CN", [5, 7]) // "5、7"
 * @example listText("en-US", ["D", "F"]) // "D, F"
 */
export function listText(tag: string, items: readonly (string | number)[]): string {
  let f = LIST_FORMATS.get(tag);
  if (f === undefined) {
    f =
      typeof Intl.ListFormat === "function"
        ? new Intl.ListFormat(tag, { type: "conjunction", style: "narrow" })
        : null;
    LIST_FORMATS.set(tag, f);
  }
  const texts = items.map(String);
  return f ? f.format(texts) : texts.join(", ");
}

/**
 * Label-and-action records from labels written elsewhere (the labels the cells get) and the
 * actions written here, so a label the pane shows is never typed a second time.
 *
 * @example withActions({ core: "Core" }, { core: "Protect." }) // { core: { label: "Core", action: "Protect." } }
 */
export function withActions<K extends string>(
  labels: Readonly<Record<K, string>>,
  actions: Readonly<Record<K, string>>
): Record<K, { label: string; action: string }> {
  const out = {} as Record<K, { label: string; action: string }>;
  for (const k of Object.keys(actions) as K[]) out[k] = { label: labels[k], action: actions[k] };
  return out;
}

/** At most this many row numbers are listed in a note ("rows 3, 7, 9 and 12 more"). */
export const MAX_ROWS_LISTED = 12;

/**
 * English singular or plural by count.
 * @example plural(2, "row", "rows") // "rows"
 */
export function plural(count: number, one: string, many: string): string {
  return count === 1 ? one : many;
}
