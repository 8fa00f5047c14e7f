/**
 * Tiering options (PRODUCT 2.1-2.2): the method, the cumulative cut points and the labels,
 * with their defaults and the one place where they are validated.
 */

/** "rank": by share of customers above; "pareto": by share of value above. */
export type TierMethod = "rank" | "pareto";

/** Default labels: A key, B important, C ordinary customers. */
export const DEFAULT_LABELS: readonly string[] = Object.freeze(["A", "B", "C"]);
/** Rank method default: top 20% A, next 40% B, the rest C. */
export const DEFAULT_RANK_CUTS: readonly number[] = Object.freeze([0.2, 0.6]);
/** Pareto method default: A while the value above is < 80% of the total, B while < 95%. */
export const DEFAULT_PARETO_CUTS: readonly number[] = Object.freeze([0.8, 0.95]);

/** What the caller may set; every field is optional. */
export interface TierOptions {
  method?: TierMethod;
  cuts?: readonly number[];
  labels?: readonly string[];
}

/** Options after defaults and validation. */
export interface ResolvedTierOptions {
  method: TierMethod;
  cuts: number[];
  labels: string[];
}

const TIER_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** Default labels for `count` tiers: A, B, C, ... (past Z: T27, T28, ...). */
function defaultLabels(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i < 26 ? TIER_LETTERS[i] : `T${i + 1}`));
}

/**
 * Resolves defaults and validates tiering options.
 *
 * Defaults: method "rank"; cuts {@link DEFAULT_RANK_CUTS} or {@link DEFAULT_PARETO_CUTS} by
 * method; labels {@link DEFAULT_LABELS} when the cuts are the defaults, else A, B, C, ... one
 * more than the cuts (so `{ cuts: [0.1, 0.3, 0.6] }` alone gives A/B/C/D).
 *
 * @param o The caller's options (any field may be omitted).
 * @returns The method, cuts and labels to use (fresh arrays).
 * @throws {TypeError} For an unknown method, labels that are empty, duplicated or not one more
 *   than the cuts (problems with text: Excel shows these as #VALUE!).
 * @throws {RangeError} For cuts that are not finite numbers, outside (0, 1] or not strictly
 *   increasing (problems with numbers: #NUM!).
 * @example
 * resolveTierOptions({ method: "pareto" }) // { method: "pareto", cuts: [0.8, 0.95], labels: ["A","B","C"] }
 * resolveTierOptions({ cuts: [0.1, 0.3, 0.6] }).labels // ["A","B","C","D"]
 */
export function resolveTierOptions(o: TierOptions = {}): ResolvedTierOptions {
  const method = o.method ?? "rank";
  if (method !== "rank" && method !== "pareto") {
    throw new TypeError(`method must be "rank" or "pareto", got "${String(method)}".`);
  }
  const cuts = o.cuts
    ? Array.from(o.cuts)
    : Array.from(method === "rank" ? DEFAULT_RANK_CUTS : DEFAULT_PARETO_CUTS);
  cuts.forEach((c, i) => {
    if (typeof c !== "number" || !Number.isFinite(c)) {
      throw new RangeError(`cuts item ${i + 1} must be a finite number, got ${String(c)}.`);
    }
    if (!(c > 0 && c <= 1)) {
      throw new RangeError(`cuts must be between 0 and 1 (0 excluded): item ${i + 1} is ${c}.`);
    }
    if (i > 0 && !(c > cuts[i - 1])) {
      throw new RangeError(
        `cuts must be strictly increasing: item ${i + 1} (${c}) is not above item ${i} (${cuts[i - 1]}).`
      );
    }
  });
  const labels = o.labels
    ? Array.from(o.labels)
    : cuts.length === 2
      ? Array.from(DEFAULT_LABELS)
      : defaultLabels(cuts.length + 1);
  if (labels.length !== cuts.length + 1) {
    throw new TypeError(
      `labels must be one more than the cuts: ${cuts.length} cut${cuts.length === 1 ? " needs" : "s need"} ${cuts.length + 1} labels, got ${labels.length}.`
    );
  }
  const seen = new Set<string>();
  labels.forEach((l, i) => {
    if (typeof l !== "string" || l === "")
      throw new TypeError(`labels item ${i + 1} must be non-empty text.`);
    if (seen.has(l)) throw new TypeError(`labels must be distinct: "${l}" appears twice.`);
    seen.add(l);
  });
  return { method, cuts, labels };
}
