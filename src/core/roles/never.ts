/**
 * What a column can be instead of a role: phones, postcodes, ids and codes, years, coordinates,
 * dates, ages, ranks. Each has header words (as data) and, where numbers give it away, a test of
 * the contents. A role lists what it must never be (`RoleDef.never`): sales is none of these
 * (issue 11.4), an order amount is no date.
 */
import type { HeaderWords, NormalHeader } from "./header";
import { serialDates, type ColumnProfile, type SerialDateWindow } from "./profile";

export type NotKind = "phone" | "postcode" | "id" | "year" | "coordinate" | "date" | "age" | "rank";

interface NotKindDef {
  /** English words match as whole header words, Chinese ones anywhere in the header. */
  words: HeaderWords;
  /** Numbers shaped like this kind (whole numbers only for codes). */
  values?: (p: ColumnProfile, dates: SerialDateWindow) => boolean;
}

/** Whole numbers all of one length of 5+ digits: phones, postcodes, ids. */
const fixedLengthCode = (p: ColumnProfile) =>
  p.fractional === 0 && p.numbers >= 2 && p.minDigits === p.maxDigits && p.minDigits >= 5;

export const NOT_KINDS: Record<NotKind, NotKindDef> = {
  phone: {
    words: {
      en: ["phone", "tel", "telephone", "mobile", "cell", "fax", "qq", "wechat"],
      zh: ["电话", "手机", "联系", "微信"],
    },
    // 11-digit mobile numbers, or fixed-length numbers.
    values: (p) => (p.fractional === 0 && p.min >= 1e10 && p.max < 2e10) || fixedLengthCode(p),
  },
  postcode: {
    words: { en: ["zip", "postcode", "postal"], zh: ["邮编", "邮政"] },
    values: fixedLengthCode,
  },
  id: {
    words: {
      en: ["id", "code", "no", "number", "num", "#"],
      zh: ["编号", "编码", "代码", "序号", "号码", "身份证", "账号", "工号"],
    },
    // Codes with a leading zero, codes of one length, row numbers (whole, increasing, dense).
    values: (p) => p.leadingZeros > 0 || fixedLengthCode(p) || p.ascendingIntegers,
  },
  year: {
    words: { en: ["year", "yr"], zh: ["年份", "年度"] },
    values: (p) => p.fractional === 0 && p.min >= 1900 && p.max <= 2100 && p.numbers >= 2,
  },
  coordinate: {
    words: {
      en: ["lat", "latitude", "lng", "lon", "long", "longitude", "coordinate", "coordinates"],
      zh: ["经度", "纬度", "坐标"],
    },
    // Fractions within ±180 spread over less than 2 degrees: one town's coordinates.
    values: (p) =>
      p.fractional >= 0.8 * p.numbers && p.min >= -180 && p.max <= 180 && p.max - p.min < 2,
  },
  date: {
    words: { en: ["date", "time"], zh: ["日期", "时间"] },
    values: (p, dates) => serialDates(p, dates),
  },
  age: { words: { en: ["age"], zh: ["年龄"] } },
  rank: { words: { en: ["rank", "ranking"], zh: ["排名"] } },
};

/** Whether a header names one of these kinds (an English word of it, or Chinese within it). */
export function headerIs(h: NormalHeader, kinds: readonly NotKind[]): boolean {
  for (const k of kinds) {
    const w = NOT_KINDS[k].words;
    if (w.en.some((x) => h.words.includes(x))) return true;
    if (w.zh.some((x) => h.compact.includes(x))) return true;
  }
  return false;
}

/**
 * Whether a numeric column's contents are shaped like one of these kinds. Numbers written as
 * money ("¥1,200", "1.2万") are money whatever their shape.
 */
export function valuesAre(
  p: ColumnProfile,
  kinds: readonly NotKind[],
  dates: SerialDateWindow
): boolean {
  if (p.numbers === 0) return true;
  if (p.moneyText > 0) return false;
  return kinds.some((k) => NOT_KINDS[k].values?.(p, dates) ?? false);
}
