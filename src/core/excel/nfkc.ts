/**
 * NFKC normalisation with a fast path for text it cannot change. Reading a list folds every text
 * cell (full-width digits and signs, compatibility forms) several times; `String.normalize`
 * costs about three times a scan of the string, and nearly every cell of a real list is plain
 * ASCII or common Chinese (CJK Unified Ideographs), which NFKC leaves as it is.
 */

/**
 * Whether NFKC leaves `s` unchanged because every code unit is ASCII (U+0000-U+007F) or a CJK
 * Unified Ideograph of the main block (U+4E00-U+9FFF). Neither kind has a decomposition nor
 * composes with a neighbour of either kind (no canonical decomposition is a pair of them:
 * test/core/excel/nfkc.test.ts checks every code point), so such a string is already in NFKC.
 * Full-width forms, CJK compatibility ideographs, combining marks and the rest go through
 * `normalize`.
 */
function stable(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80 && (c < 0x4e00 || c > 0x9fff)) return false;
  }
  return true;
}

/**
 * `s.normalize("NFKC")`, without the call for text NFKC cannot change.
 *
 * @param s The text.
 * @returns The same string as `s.normalize("NFKC")`.
 * @example nfkc("ＡＢＣ１２３") // "ABC123"
 * @example nfkc("客户001") // "客户001" (returned as it is)
 * Cost: O(length).
 */
export function nfkc(s: string): string {
  return stable(s) ? s : s.normalize("NFKC");
}
