/**
 * Matching names as reps type them (issue 13, visit log) to the names of a customer list or a
 * plan. A match is exact after Unicode NFKC normalisation (full-width letters and digits, the
 * ideographic space), trimming and folding runs of spaces; nothing else is guessed. Close names
 * (a typo, a missing 有限公司, other case or punctuation) are offered as near-misses for the user
 * to fix, never counted as matches: a visit credited to the wrong customer is worse than one
 * reported as unknown.
 */

/**
 * The key two names are compared by: NFKC, trimmed, runs of white space folded to one space.
 *
 * @param v A cell value (numbers are ids typed as numbers).
 * @returns The key ("" for an empty cell).
 * @example nameKey("  \uFF37\uFF41\uFF4C\uFF4D\uFF41\uFF52\uFF54\u3000 Chunxi  ") // "Walmart Chunxi" (full-width letters, ideographic space)
 */
export function nameKey(v: unknown): string {
  if (v === null || v === undefined) return "";
  return String(v).normalize("NFKC").trim().replace(/\s+/g, " ");
}

/** Legal-form words that reps leave out or abbreviate: dropped before looking for near-misses. */
const LEGAL_FORMS =
  /(股份有限公司|有限责任公司|有限公司|分公司|公司|\bco\b|\bcompany\b|\bltd\b|\blimited\b|\binc\b|\bcorp\b|\bllc\b)/g;

/**
 * A looser key for near-misses only: the name key in lower case without legal forms, spaces
 * and punctuation ("成都红旗连锁有限公司" and "成都红旗连锁" give the same loose key).
 *
 * @param v A cell value.
 * @returns The loose key.
 * @example looseKey("Chengdu Hongqi Co., Ltd.") // "chengduhongqi"
 */
export function looseKey(v: unknown): string {
  return nameKey(v)
    .toLowerCase()
    .replace(/[\p{P}\p{S}]/gu, " ")
    .replace(LEGAL_FORMS, " ")
    .replace(/\s+/g, "");
}

/**
 * Levenshtein distance of two strings, or `max + 1` as soon as it must exceed `max` (a banded
 * computation: near-misses only need small distances, and a log of thousands of rows against
 * thousands of names must not cost a full table per pair).
 *
 * @param a First string (compared by UTF-16 code unit; CJK names are in the BMP).
 * @param b Second string.
 * @param max The largest distance of interest (>= 0).
 * @returns The distance when <= max, else max + 1. Cost O(min(|a|,|b|) x max).
 * @example boundedEditDistance("kitten", "sitting", 3) // 3
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a.length > b.length) [a, b] = [b, a];
  const n = a.length;
  const m = b.length;
  const BIG = max + 1;
  let prev = new Array<number>(n + 1);
  let cur = new Array<number>(n + 1);
  for (let i = 0; i <= n; i++) prev[i] = i <= max ? i : BIG;
  for (let j = 1; j <= m; j++) {
    const lo = Math.max(1, j - max);
    const hi = Math.min(n, j + max);
    cur[0] = j <= max ? j : BIG;
    if (lo > 1) cur[lo - 1] = BIG;
    let rowMin = cur[0];
    for (let i = lo; i <= hi; i++) {
      const sub = prev[i - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      const del = (i - 1 >= lo - 1 ? cur[i - 1] : BIG) + 1;
      const ins = (i <= Math.min(n, j - 1 + max) ? prev[i] : BIG) + 1;
      const v = Math.min(sub, del, ins, BIG);
      cur[i] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = BIG;
    if (rowMin > max) return BIG;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[n], BIG);
}

/** The outcome of looking a typed name up. */
export type NameMatch<T> =
  | { kind: "match"; target: T }
  | { kind: "ambiguous"; targets: T[] }
  | { kind: "none"; nearMisses: string[] };

/** Most near-misses offered per name. */
export const MAX_NEAR_MISSES = 3;

/**
 * An index of names (and ids) to look typed names up in.
 *
 * @example
 * const ix = new NameIndex([{ keys: ["C001", "红旗连锁春熙店"], label: "红旗连锁春熙店", target: 0 }]);
 * ix.lookup("红旗连锁 春熙店") // { kind: "none", nearMisses: ["红旗连锁春熙店"] }
 * ix.lookup(" 红旗连锁春熙店 ") // { kind: "match", target: 0 }
 */
export class NameIndex<T> {
  private readonly exact = new Map<string, T[]>();
  private readonly labels: { label: string; loose: string }[] = [];

  /**
   * @param entries Each target with the keys it answers to (its name, its id) and the label
   *   shown in near-miss suggestions. Keys are compared by {@link nameKey}.
   */
  constructor(entries: Iterable<{ keys: readonly unknown[]; label: string; target: T }>) {
    const seenLabel = new Set<string>();
    for (const e of entries) {
      for (const k of new Set(e.keys.map(nameKey))) {
        if (k === "") continue;
        const list = this.exact.get(k);
        if (list) {
          if (!list.includes(e.target)) list.push(e.target);
        } else this.exact.set(k, [e.target]);
      }
      const label = nameKey(e.label);
      if (label !== "" && !seenLabel.has(label)) {
        seenLabel.add(label);
        this.labels.push({ label, loose: looseKey(label) });
      }
    }
  }

  /**
   * Looks a typed name up: an exact key match (one target, or several when names repeat), else
   * up to {@link MAX_NEAR_MISSES} near-misses: the same loose key, a loose key contained in the
   * other (a name typed without its branch or legal form), or an edit distance of at most 1
   * per 5 characters (at most 2). Best first.
   *
   * @param typed The name or id as typed.
   * @returns The match, the ambiguity, or the near-misses (possibly none).
   * Cost: O(1) for a match; O(names x 2 x length) for a miss.
   */
  lookup(typed: unknown): NameMatch<T> {
    const k = nameKey(typed);
    const hit = k === "" ? undefined : this.exact.get(k);
    if (hit && hit.length === 1) return { kind: "match", target: hit[0] };
    if (hit) return { kind: "ambiguous", targets: hit.slice() };
    return { kind: "none", nearMisses: this.nearMisses(k) };
  }

  private nearMisses(k: string): string[] {
    const lk = looseKey(k);
    if (lk === "") return [];
    const max = Math.min(2, Math.max(1, Math.floor(lk.length / 5)));
    const scored: { label: string; score: number }[] = [];
    for (const { label, loose } of this.labels) {
      let score: number;
      if (loose === lk) score = 0;
      else if (loose.length >= 2 && lk.length >= 2 && (loose.includes(lk) || lk.includes(loose)))
        score = 1 + Math.abs(loose.length - lk.length) / 100;
      else {
        const d = boundedEditDistance(lk, loose, max);
        if (d > max) continue;
        score = 1 + d;
      }
      scored.push({ label, score });
    }
    scored.sort((a, b) => a.score - b.score || (a.label < b.label ? -1 : 1));
    return scored.slice(0, MAX_NEAR_MISSES).map((s) => s.label);
  }
}
