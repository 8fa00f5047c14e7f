/**
 * What a column's contents look like: the figures the role assignment reads (counts of numbers,
 * texts, dates, money written as text, code-like numbers ...), from a sample of the rows.
 */
import { isEmptyCell } from "../excel/cell";
import { cellNumber } from "../excel/number";
import { parseLatLng } from "../list/latlng";
import { serialFromYmd } from "../excel/dates";

/** What a column's contents look like. */
export interface ColumnProfile {
  /** Non-empty cells. */
  nonEmpty: number;
  /** Numbers (numeric text included, by the CRM.TIER rule). */
  numbers: number;
  /** Text that is not a number. */
  texts: number;
  /** Dates: `Date` values and date text such as "2024-03-01". */
  dates: number;
  /** Distinct non-empty values (as text), counted up to {@link DISTINCT_CAP}. */
  distinct: number;
  /** Numbers with a fractional part. */
  fractional: number;
  min: number;
  max: number;
  /** Sum of absolute values of the numbers. */
  absSum: number;
  /**
   * Whole numbers strictly increasing down the column with few gaps (max - min < 2 x count):
   * row numbers and customer codes, not sales.
   */
  ascendingIntegers: boolean;
  /** Mean length of the text values. */
  meanTextLength: number;
  /** Values that look like a tier label (A, B, C, "A类", "B级"). */
  tierLike: number;
  /** Text values that are "lat,lng" pairs. */
  latLngPairs: number;
  /** Text cells written as money ("¥1,234", "1.2万", "3,000元", "(500)"): a sign this is money. */
  moneyText: number;
  /** Numeric text with a leading zero ("00123", "010-"): codes, never amounts. */
  leadingZeros: number;
  /** Digits of the smallest and largest whole part (|x|), for codes of one length. */
  minDigits: number;
  maxDigits: number;
}

/** Distinct values are counted up to this many (enough to tell names from labels). */
export const DISTINCT_CAP = 5000;

const TIER_LIKE = /^[A-H][+-]?(类|级|类客户|级客户)?$/i;
/** Signs that numeric text is an amount: a currency, 万/亿/元, thousands commas, brackets. */
const MONEY_MARK = /[¥￥$€£元万亿]|rmb|cny|usd|^\(.*\)$|^（.*）$|\d,\d{3}/i;
const DATE_TEXT = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}/;

/**
 * Profiles one column of the data rows.
 *
 * @param rows Data rows.
 * @param col Column index.
 * @returns The column's profile.
 * @example profileColumn([[1], [2.5], ["x"]], 0).numbers // 2
 * Cost: O(n).
 */
export function profileColumn(
  rows: ReadonlyArray<ReadonlyArray<unknown>>,
  col: number
): ColumnProfile {
  const p: ColumnProfile = {
    nonEmpty: 0,
    numbers: 0,
    texts: 0,
    dates: 0,
    distinct: 0,
    fractional: 0,
    min: Infinity,
    max: -Infinity,
    absSum: 0,
    ascendingIntegers: true,
    meanTextLength: 0,
    tierLike: 0,
    latLngPairs: 0,
    moneyText: 0,
    leadingZeros: 0,
    minDigits: Infinity,
    maxDigits: 0,
  };
  const seen = new Set<string>();
  let textLength = 0;
  let last = -Infinity;
  for (let i = 0; i < rows.length; i++) {
    const v = rows[i] ? rows[i][col] : null;
    if (isEmptyCell(v)) continue;
    p.nonEmpty++;
    const key = v instanceof Date ? `d${v.getTime()}` : String(v).trim();
    if (seen.size < DISTINCT_CAP) seen.add(key);
    if (v instanceof Date) {
      p.dates++;
      continue;
    }
    const x = cellNumber(v);
    if (x === x) {
      p.numbers++;
      if (typeof v === "string") {
        const t = v.trim();
        if (MONEY_MARK.test(t)) p.moneyText++;
        else if (/^0\d/.test(t)) p.leadingZeros++;
      }
      const digits = Math.floor(Math.abs(x)).toString().length;
      if (digits < p.minDigits) p.minDigits = digits;
      if (digits > p.maxDigits) p.maxDigits = digits;
      if (x < p.min) p.min = x;
      if (x > p.max) p.max = x;
      p.absSum += Math.abs(x);
      if (!Number.isInteger(x)) p.fractional++;
      if (!(Number.isInteger(x) && x > last)) p.ascendingIntegers = false;
      last = x;
      continue;
    }
    if (typeof v === "string") {
      p.texts++;
      const t = v.trim();
      textLength += t.length;
      if (TIER_LIKE.test(t)) p.tierLike++;
      if (DATE_TEXT.test(t)) p.dates++;
      else if (parseLatLng(t)) p.latLngPairs++;
    }
  }
  if (p.numbers === 0) p.minDigits = 0;
  p.distinct = seen.size;
  p.meanTextLength = p.texts ? textLength / p.texts : 0;
  if (p.numbers < 2 || !(p.max - p.min < 2 * p.numbers)) p.ascendingIntegers = false;
  return p;
}

/** Rows profiled at most: a guess needs the shape of the data, not every row. */
export const PROFILE_SAMPLE = 5000;

/** Up to {@link PROFILE_SAMPLE} rows spread evenly over the list (deterministic). */
export function sampleRows<T>(rows: ReadonlyArray<T>): ReadonlyArray<T> {
  const n = rows.length;
  if (n <= PROFILE_SAMPLE) return rows;
  return Array.from(
    { length: PROFILE_SAMPLE },
    (_, i) => rows[Math.floor((i * n) / PROFILE_SAMPLE)]
  );
}

/**
 * One profile per column of a sample of the rows (the header's width at least).
 * Cost: O(min(rows, 5000) x columns).
 */
export function profileColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>
): ColumnProfile[] {
  const sample = sampleRows(rows);
  const width = Math.max(
    header.length,
    sample.reduce((w, r) => Math.max(w, r ? r.length : 0), 0)
  );
  return Array.from({ length: width }, (_, c) => profileColumn(sample, c));
}

/** At least `share` of the non-empty cells are numbers. */
export function isNumeric(p: ColumnProfile, share = 0.8): boolean {
  return p.nonEmpty > 0 && p.numbers >= share * p.nonEmpty;
}

/** At least 80% of the non-empty cells are dates or date text. */
export function isDateColumn(p: ColumnProfile): boolean {
  return p.nonEmpty > 0 && p.dates >= 0.8 * p.nonEmpty;
}

/** Excel serial days of the years a list's dates may fall in (whole numbers only). */
export interface SerialDateWindow {
  /** First and last year (1 Jan of `from` to 31 Dec of `to`). */
  from: number;
  to: number;
  /** The dates lie within this many years of each other (a list's last orders do; history not). */
  spanYears?: number;
}

/** Whole numbers that read as Excel date serials within the window. */
export function serialDates(p: ColumnProfile, w: SerialDateWindow): boolean {
  return (
    isNumeric(p, 1) &&
    p.fractional === 0 &&
    p.min >= serialFromYmd(w.from, 1, 1) &&
    p.max < serialFromYmd(w.to + 1, 1, 1) &&
    (w.spanYears === undefined || p.max - p.min <= Math.round(w.spanYears * 366))
  );
}
