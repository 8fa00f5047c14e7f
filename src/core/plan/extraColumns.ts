/**
 * The two list columns only the visit plan reads (issue 13): opening hours (营业时间 / Opening
 * hours) and a phone number for the rep sheets. Found by header, English or Chinese; the column
 * guesser of `core/list` stays about tiering roles.
 */

const HEADERS = {
  openingHours: [
    "营业时间",
    "营业时段",
    "开门时间",
    "opening hours",
    "opening time",
    "business hours",
    "hours",
    "open hours",
    "opening",
  ],
  phone: [
    "电话",
    "联系电话",
    "手机",
    "手机号",
    "联系方式",
    "phone",
    "telephone",
    "tel",
    "mobile",
    "phone number",
    "contact number",
  ],
} as const;

/** Which extra column is which. */
export type ExtraColumn = keyof typeof HEADERS;

const norm = (h: string): string =>
  h
    .normalize("NFKC")
    .trim()
    .toLowerCase()
    .replace(/[\s_.:：()（）]+/g, " ")
    .trim();

/**
 * The opening-hours and phone columns of a header, by exact header text (after case, width and
 * spacing are folded), then by a header that starts with one of the names ("营业时间(周一至周五)").
 *
 * @param header The list's header texts.
 * @returns 0-based columns of what was found.
 * @example findExtraColumns(["客户", "营业时间", "电话"]) // { openingHours: 1, phone: 2 }
 */
export function findExtraColumns(header: readonly string[]): Partial<Record<ExtraColumn, number>> {
  const h = header.map((x) => norm(String(x ?? "")));
  const out: Partial<Record<ExtraColumn, number>> = {};
  for (const role of Object.keys(HEADERS) as ExtraColumn[]) {
    const names = HEADERS[role].map(norm);
    let at = h.findIndex((x) => names.includes(x));
    if (at < 0)
      at = h.findIndex((x) => x !== "" && names.some((n) => n.length >= 2 && x.startsWith(n)));
    if (at >= 0 && !Object.values(out).includes(at)) out[role] = at;
  }
  return out;
}
