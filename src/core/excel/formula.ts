/**
 * Excel's formula syntax for constants (formulas are always written in en-US syntax): a text
 * literal doubles its quotes, an array constant is `{a,b,c}`.
 */

/**
 * A text as a string literal in a formula.
 * @example formulaString('say "hi"') // "\"say \"\"hi\"\"\""
 */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * Texts as a one-row array constant of string literals.
 * @example formulaStringArray(["A", "B"]) // '{"A","B"}'
 */
export function formulaStringArray(texts: readonly string[]): string {
  return `{${texts.map(formulaString).join(",")}}`;
}
