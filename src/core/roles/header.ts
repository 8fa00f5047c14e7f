/**
 * Header words: how a header text is compared with a role's words (English and Chinese).
 */

/** Header words of a role, per language, as data. A leading "=" means "the whole header only". */
export interface HeaderWords {
  readonly en: readonly string[];
  readonly zh: readonly string[];
}

/** A header made comparable. */
export interface NormalHeader {
  /** Lower-case words (English). */
  words: string[];
  /** The header without spaces (for Chinese substrings). */
  compact: string;
}

const CJK = /[\u3400-\u9fff]/;

/** Lower case, full-width folded, bracketed units ("(元)", "（万元）") and punctuation dropped. */
export function normalizeHeader(h: string): NormalHeader {
  const s = String(h ?? "")
    .normalize("NFKC")
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase()
    .replace(/[([{【][^)\]}】]*[)\]}】]/g, " ")
    .replace(/[_\-/\\.:：,，;；|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return { words: s === "" ? [] : s.split(" "), compact: s.replace(/ /g, "") };
}

/**
 * Score of a header for one word: 0 no match; the whole header 100+, contained 50+ (longer and
 * header-final words score higher). English words match as a run of whole words, Chinese as a
 * substring; "=word" matches the whole header only (words too generic inside longer headers).
 */
export function matchScore(h: NormalHeader, raw: string): number {
  const exactOnly = raw.startsWith("=");
  const p = exactOnly ? raw.slice(1) : raw;
  if (h.compact === "") return 0;
  if (CJK.test(p)) {
    if (h.compact === p) return 100 + p.length;
    if (exactOnly) return 0;
    const at = h.compact.lastIndexOf(p);
    if (at < 0) return 0;
    return 50 + p.length + (at + p.length === h.compact.length ? 1 : 0);
  }
  const pw = p.split(" ");
  if (h.words.join(" ") === p) return 100 + p.length;
  if (exactOnly) return 0;
  for (let i = h.words.length - pw.length; i >= 0; i--) {
    let ok = true;
    for (let j = 0; j < pw.length && ok; j++) ok = h.words[i + j] === pw[j];
    if (ok) return 50 + p.length + (i + pw.length === h.words.length ? 1 : 0);
  }
  return 0;
}

/**
 * Header texts matched whole (after the same folding as headers: case, width, brackets,
 * punctuation), as header words: how a job recognises the headers our own sheets write.
 * @example exactHeaders(["P(alive)", "存活概率"]) // { en: ["=p"], zh: ["=存活概率"] }
 */
export function exactHeaders(texts: readonly string[]): HeaderWords {
  const en: string[] = [];
  const zh: string[] = [];
  for (const t of texts) {
    const n = normalizeHeader(t);
    if (n.compact === "") continue;
    if (CJK.test(n.compact)) zh.push(`=${n.compact}`);
    else en.push(`=${n.words.join(" ")}`);
  }
  return { en: [...new Set(en)], zh: [...new Set(zh)] };
}

/** Two lists of header words as one. */
export function mergeWords(a: HeaderWords, b: HeaderWords): HeaderWords {
  return { en: [...new Set([...a.en, ...b.en])], zh: [...new Set([...a.zh, ...b.zh])] };
}

/** The best score of a header for a role's words (0: no word matches). */
export function headerScore(h: NormalHeader, words: HeaderWords): number {
  let best = 0;
  for (const w of words.en) best = Math.max(best, matchScore(h, w));
  for (const w of words.zh) best = Math.max(best, matchScore(h, w));
  return best;
}
