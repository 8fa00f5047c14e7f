/**
 * The Tier column's header, per language: domain data, not just a translation. The tiering job
 * writes it; every later run (tiering again, the visit plan, `crm plan`) recognises an earlier
 * run's tiers by it, whatever the language that run wrote in.
 */
export const TIER_HEADERS = { en: "Tier", zh: "等级" } as const;

/** The Tier column's header in every language, e.g. ["Tier", "等级"]. */
export const ALL_TIER_HEADERS: readonly string[] = Object.values(TIER_HEADERS);

/**
 * Whether a header cell is a Tier column written by an earlier run (any language).
 * @example isTierHeader(" 等级 ") // true
 */
export function isTierHeader(v: unknown): boolean {
  return typeof v === "string" && ALL_TIER_HEADERS.includes(v.trim());
}
