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
