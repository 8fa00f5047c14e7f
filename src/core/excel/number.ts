/**
 * The one rule for reading a number from a list cell, shared by CRM.TIER (`numberCell` in
 * src/functions/args.ts), the pane, the command line and every job: numbers pass, and money
 * written as text is money (PRODUCT 2.12): thousands separators, currency signs and words
 * ("¥1,234.50", "$1,200", "RMB 500", "3,000元"), the Chinese units 万/亿 ("1.2万" is 12,000),
 * full-width characters ("１２３４"), accounting negatives ("(500)"). Anything else ("N/A",
 * "-", "3M", a date) is not a number. Keeping one rule is what makes tiers written as values
 * equal to tiers written as `=CRM.TIER(...)` formulas.
 */
import { isEmptyCell } from "./cell";
import { nfkc } from "./nfkc";

/** Multipliers of the Chinese number units, as powers of ten (longest written first). */
const UNIT_POWER: ReadonlyArray<[string, number]> = [
  ["万亿", 12],
  ["千万", 7],
  ["百万", 6],
  ["亿", 8],
  ["万", 4],
  ["千", 3],
];

// Currency signs and words before or after the amount. Latin letters are words only (so "3M"
// or "5k", a company name or a size, is text, not 3,000,000).
const CURRENCY_BEFORE = /^(?:rmb|cny|usd|hkd|eur|gbp|us\$|hk\$|人民币|[¥$€£])\s*/i;
const CURRENCY_AFTER = /\s*(?:rmb|cny|usd|hkd|eur|gbp|人民币|元|圆|块|美元|港元|欧元)$/i;
const UNIT_AFTER = new RegExp(`\\s*(${UNIT_POWER.map(([u]) => u).join("|")})$`);
/** Digits with optional thousands commas, an optional fraction and exponent. */
const PLAIN = /^(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * `digits` (already validated) times 10^power, shifting the decimal point in the text so
 * "1.23万" is exactly 12300, not 12300.000000000002.
 */
function shifted(digits: string, power: number): number {
  if (power === 0 || /e/i.test(digits)) return Number(digits) * 10 ** power;
  const [int, frac = ""] = digits.split(".");
  const f = frac.padEnd(power, "0");
  return Number(`${int}${f.slice(0, power)}.${f.slice(power) || "0"}`);
}

// Every character the rule below can accept: what PLAIN matches (digits, "," "." "e" "+" "-"),
// signs and brackets, the currency signs and words, the units, and white space as `trim` and
// `\s` see it. Text holding any other character (a name, an address: most text cells of a
// list) is not a number, and is known so after one scan instead of a dozen regular expressions.
const MONEY_ASCII = new Uint8Array(128);
for (const ch of "0123456789,.+-()$\t\n\v\f\r rmbcnyusdhkegpRMBCNYUSDHKEGP")
  MONEY_ASCII[ch.charCodeAt(0)] = 1;
const MONEY_OTHER = new Set(
  Array.from(
    "\u2212\ufe63¥€£人民币元圆块美港欧万亿千百" +
      "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" +
      "\u2028\u2029\u202f\u205f\u3000\ufeff",
    (ch) => ch.charCodeAt(0)
  )
);

/** False when `s` holds a character no money text can hold (then it is not a number). */
function mayBeMoney(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128 ? MONEY_ASCII[c] === 0 : !MONEY_OTHER.has(c)) return false;
  }
  return true;
}

/**
 * The number written in a text cell, by the rule above; NaN when it is not money text.
 *
 * @param raw The text.
 * @returns The number, or NaN.
 * @example parseNumberText("¥1,234.50") // 1234.5
 * @example parseNumberText("1.2万") // 12000
 * @example parseNumberText("(500)") // -500
 * @example parseNumberText("N/A") // NaN
 * Cost: O(length).
 */
export function parseNumberText(raw: string): number {
  // NFKC folds full-width digits, signs, commas, brackets and ￥ into their ASCII forms.
  const folded = nfkc(raw);
  return mayBeMoney(folded) ? parseFolded(folded) : NaN;
}

/**
 * {@link parseNumberText}'s rule on text already NFKC-folded, without the character filter
 * (exported for the test that checks the filter never refuses what the rule accepts).
 */
export function parseFolded(folded: string): number {
  let s = folded.replace(/[\u2212\ufe63]/g, "-").trim();
  if (!/\d/.test(s)) return NaN;
  // At most one sign and one pair of brackets, around or inside the currency ("-¥500",
  // "¥-500", "(¥500)", "¥(500)"); either makes the amount negative.
  let negative = false;
  let signs = 0;
  const sign = (): void => {
    if (s.startsWith("-") || s.startsWith("+")) {
      signs++;
      if (s.startsWith("-")) negative = true;
      s = s.slice(1).trim();
    }
  };
  let brackets = 0;
  const parens = (): void => {
    if (s.startsWith("(") && s.endsWith(")")) {
      brackets++;
      negative = true;
      s = s.slice(1, -1).trim();
    }
  };
  parens();
  sign();
  s = s.replace(CURRENCY_AFTER, "").trim();
  s = s.replace(CURRENCY_BEFORE, "").trim();
  parens();
  sign();
  if (signs > 1 || brackets > 1) return NaN;
  let power = 0;
  const unit = UNIT_AFTER.exec(s);
  if (unit) {
    power = UNIT_POWER.find(([u]) => u === unit[1])![1];
    s = s.slice(0, unit.index).trim();
  }
  if (!PLAIN.test(s) || s.endsWith(",")) return NaN;
  const x = shifted(s.replace(/,/g, ""), power);
  if (!Number.isFinite(x)) return NaN;
  return negative ? -x : x;
}

/**
 * The number in a cell, or NaN for a blank or non-numeric cell.
 *
 * @param v The cell (number, text, boolean, Date, null ...).
 * @returns The finite number, or NaN (blank, text that is not money, boolean, Date, infinite,
 *   error text).
 * @example cellNumber("1,234.5") // 1234.5
 * @example cellNumber("3,000元") // 3000
 * @example cellNumber("n/a") // NaN
 */
export function cellNumber(v: unknown): number {
  if (typeof v === "number") return Number.isFinite(v) ? v : NaN;
  if (typeof v === "string") return v.trim() === "" ? NaN : parseNumberText(v);
  return NaN;
}

/**
 * {@link cellNumber} for callers that keep "no number" as `undefined` (order amounts, the churn
 * table's previous values).
 *
 * @example optionalCellNumber("¥500") // 500
 * @example optionalCellNumber("") // undefined
 */
export function optionalCellNumber(v: unknown): number | undefined {
  const n = cellNumber(v);
  return Number.isFinite(n) ? n : undefined;
}

/** A numeric column read from list rows. */
export interface NumericColumn {
  /** One value per data row; NaN where blank or invalid. */
  values: Float64Array;
  /** 0-based data-row indices of blank cells. */
  blankRows: number[];
  /** 0-based data-row indices of non-blank cells that are not numbers. */
  invalidRows: number[];
}

/**
 * Reads column `col` of `rows` as numbers (see {@link cellNumber}), recording which rows were
 * blank and which held something that is not a number.
 *
 * @param rows Data rows.
 * @param col 0-based column inside the rows.
 * @returns Values (NaN for blank/invalid) and the blank and invalid row indices.
 * @example readNumericColumn([[1], [null], ["x"]], 0) // values [1, NaN, NaN], blankRows [1], invalidRows [2]
 * Cost: O(n).
 */
export function readNumericColumn(
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  col: number
): NumericColumn {
  const n = rows.length;
  const values = new Float64Array(n);
  const blankRows: number[] = [];
  const invalidRows: number[] = [];
  for (let i = 0; i < n; i++) {
    const v = rows[i] ? rows[i][col] : null;
    if (isEmptyCell(v)) {
      values[i] = NaN;
      blankRows.push(i);
      continue;
    }
    const x = cellNumber(v);
    values[i] = x;
    if (x !== x) invalidRows.push(i);
  }
  return { values, blankRows, invalidRows };
}
