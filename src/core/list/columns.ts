/**
 * Guessing what each column of a customer list holds, from its header (English and Chinese)
 * and its contents. The pane shows the guess in dropdowns; the command line uses it as is.
 */
import { isEmptyCell } from "../cell";
import { cellNumber } from "./cellNumber";
import { parseLatLng } from "./latlng";

/** Every column role, in the order the UI lists them (build dropdowns from this). */
export const COLUMN_ROLES = [
  "customer",
  "sales",
  "channel",
  "region",
  "rep",
  "previousTier",
  "margin",
  "cost",
  "loyalty",
  "area",
  "address",
  "lat",
  "lng",
  "latlng",
  "lastOrder",
] as const;

export type ColumnRole = (typeof COLUMN_ROLES)[number];

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

/** The guess: a column index (0-based, within the list) per role found. */
export interface ColumnGuess {
  roles: Partial<Record<ColumnRole, number>>;
  /** Whether each role was found from the header or from the contents alone. */
  sources: Partial<Record<ColumnRole, "header" | "content">>;
  /** Columns whose non-empty cells are (at least 80%) numbers, left to right. */
  numericColumns: number[];
  /** Columns of short repeated labels that can group customers (channel, region, rep first). */
  groupCandidates: number[];
  /** One profile per column. */
  profiles: ColumnProfile[];
  /**
   * When no header names the sales column: the numeric columns that could credibly be sales,
   * best first (empty when a header named it). With `roles.sales` unset, the user is asked to
   * choose among these (none: no column is credibly sales).
   */
  salesCandidates: number[];
}

/** Distinct values are counted up to this many (enough to tell names from labels). */
export const DISTINCT_CAP = 5000;

/**
 * Header words per role. A pattern matches a header exactly or is contained in it (for English
 * as a run of whole words, for Chinese as a substring); a leading "=" means exact match only
 * (words too generic to be trusted inside longer headers).
 */
const PATTERNS: Record<ColumnRole, readonly string[]> = {
  customer: [
    "customer",
    "customer name",
    "client",
    "client name",
    "=name",
    "account",
    "account name",
    "outlet",
    "outlet name",
    "store",
    "store name",
    "shop",
    "shop name",
    "retailer",
    "dealer",
    "客户",
    "客户名称",
    "客户名",
    "门店",
    "门店名称",
    "终端",
    "终端名称",
    "店名",
    "店铺",
    "店铺名称",
    "=名称",
    "商户",
    "零售户",
    "网点",
    "经销商",
  ],
  sales: [
    "sales",
    "revenue",
    "amount",
    "turnover",
    "sales amount",
    "sales value",
    "monthly sales",
    "annual sales",
    "net sales",
    "sales volume",
    "volume",
    "=value",
    "gmv",
    "销售额",
    "销量",
    "金额",
    "月销售额",
    "销售金额",
    "营业额",
    "年销售额",
    "进货额",
    "订货额",
    "月销量",
    "销售量",
    "回款额",
    "回款",
    "回款金额",
    "提货额",
    "提货金额",
    "提货",
    "销售",
    "销售收入",
    "收入",
    "营收",
    "业绩",
    "进货金额",
    "采购额",
    "采购金额",
    "开票金额",
    "货款",
    "income",
    "billings",
    "purchases",
    "spend",
  ],
  channel: [
    "channel",
    "=type",
    "customer type",
    "format",
    "business type",
    "segment",
    "store type",
    "outlet type",
    "channel type",
    "业态",
    "渠道",
    "=类型",
    "客户类型",
    "渠道类型",
    "终端类型",
    "门店类型",
    "业态类型",
  ],
  region: ["region", "province", "city", "大区", "区域", "地区", "省份", "城市", "=省", "=市"],
  area: [
    "area",
    "district",
    "territory",
    "zone",
    "route",
    "片区",
    "街道",
    "区县",
    "县区",
    "商圈",
    "网格",
    "线路",
    "辖区",
    "=区",
  ],
  rep: [
    "rep",
    "rep name",
    "sales rep",
    "sales rep name",
    "representative",
    "sales representative",
    "salesperson",
    "sales person",
    "salesman",
    "owner",
    "account manager",
    "account owner",
    "=manager",
    "业务员",
    "客户经理",
    "销售代表",
    "负责人",
    "业务代表",
    "销售员",
    "业务经理",
    "跟进人",
    "销售人员",
    "所属业务员",
  ],
  previousTier: [
    "tier",
    "grade",
    "=level",
    "=class",
    "abc",
    "abc class",
    "previous tier",
    "last tier",
    "prior tier",
    "old tier",
    "customer tier",
    "customer grade",
    "customer level",
    "customer class",
    "等级",
    "级别",
    "分级",
    "客户等级",
    "客户级别",
    "上期等级",
    "原等级",
    "上月等级",
    "客户分级",
    "=分类",
    "客户分类",
  ],
  margin: [
    "margin",
    "gross margin",
    "profit",
    "gross profit",
    "contribution",
    "毛利",
    "利润",
    "毛利额",
    "毛利率",
    "贡献",
  ],
  cost: [
    "cost",
    "cost to serve",
    "service cost",
    "serving cost",
    "expense",
    "expenses",
    "服务成本",
    "费用",
    "成本",
    "服务费用",
  ],
  loyalty: [
    "loyalty",
    "frequency",
    "order frequency",
    "purchase frequency",
    "orders",
    "order count",
    "months active",
    "share of wallet",
    "忠诚度",
    "频次",
    "订货频次",
    "购买频次",
    "订单数",
    "下单次数",
    "进货次数",
  ],
  address: [
    "address",
    "addr",
    "street",
    "street address",
    "地址",
    "详细地址",
    "门店地址",
    "店铺地址",
    "送货地址",
  ],
  lat: ["latitude", "lat", "纬度"],
  lng: ["longitude", "lng", "lon", "long", "经度"],
  latlng: [
    "coordinates",
    "coordinate",
    "lat lng",
    "latlng",
    "lat long",
    "lat lon",
    "gps",
    "经纬度",
    "坐标",
    "位置",
  ],
  lastOrder: [
    "last order",
    "last order date",
    "last purchase",
    "last purchase date",
    "latest order",
    "last ordered",
    "最近下单",
    "最后订货日期",
    "最近订货",
    "最后下单",
    "最近下单日期",
    "最后订货",
    "最近购买",
    "最后下单时间",
    "最近订货日期",
    "最后进货日期",
    "最近进货",
    "最后下单日期",
  ],
};

/** Roles whose column must hold numbers (at least half of its non-empty cells). */
const NUMERIC_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  "sales",
  "margin",
  "cost",
  "loyalty",
  "lat",
  "lng",
]);

const CJK = /[\u3400-\u9fff]/;
/**
 * Headers of columns that hold numbers but are never sales (issue 11.4): phones, postcodes,
 * ids and codes, years, coordinates, dates, ages, ranks.
 */
const NOT_SALES_WORDS =
  /(^| )(phone|tel|telephone|mobile|cell|fax|zip|postcode|postal|id|code|no|number|num|#|year|yr|lat|latitude|lng|lon|long|longitude|coordinates?|date|time|age|rank|ranking|qq|wechat)( |$)/;
const NOT_SALES_ZH =
  /电话|手机|联系|邮编|邮政|编号|编码|代码|序号|号码|年份|年度|经度|纬度|坐标|日期|时间|身份证|账号|工号|排名|年龄|微信/;

/** True when a header names a column that is never sales (phone, postcode, id, year ...). */
export function notSalesHeader(header: string): boolean {
  const h = normalizeHeader(header);
  return NOT_SALES_WORDS.test(h.words.join(" ")) || NOT_SALES_ZH.test(h.compact);
}
const ID_WORDS = /(^| )(id|code|no|number|num|#)( |$)|编号|代码|编码|序号|号码/;

interface NormalHeader {
  /** Lower-case words (English). */
  words: string[];
  /** The header without spaces (for Chinese substrings). */
  compact: string;
}

/** Lower case, full-width folded, bracketed units ("(元)", "（万元）") and punctuation dropped. */
function normalizeHeader(h: string): NormalHeader {
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

/** Score of a header for a pattern: 0 no match; exact 100+, contained 50+ (longer, final patterns win). */
function matchScore(h: NormalHeader, raw: string): number {
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
function sampleRows<T>(rows: ReadonlyArray<T>): ReadonlyArray<T> {
  const n = rows.length;
  if (n <= PROFILE_SAMPLE) return rows;
  return Array.from(
    { length: PROFILE_SAMPLE },
    (_, i) => rows[Math.floor((i * n) / PROFILE_SAMPLE)]
  );
}

function isNumeric(p: ColumnProfile, share = 0.8): boolean {
  return p.nonEmpty > 0 && p.numbers >= share * p.nonEmpty;
}

/** Whole numbers that read as Excel date serials of 2000-2099 within ten years of each other. */
function serialDates(p: ColumnProfile): boolean {
  return (
    isNumeric(p, 1) &&
    p.fractional === 0 &&
    p.min >= 36526 &&
    p.max < 73051 &&
    p.max - p.min <= 3660
  );
}

function isDateColumn(p: ColumnProfile): boolean {
  return p.nonEmpty > 0 && p.dates >= 0.8 * p.nonEmpty;
}

function isGroupLike(p: ColumnProfile): boolean {
  if (p.nonEmpty === 0 || p.texts < 0.8 * p.nonEmpty || p.meanTextLength > 30) return false;
  return p.distinct >= 2 && p.distinct <= Math.max(2, Math.min(200, Math.floor(p.nonEmpty / 2)));
}

/** Whether a column's contents can play a role found from its header. */
function contentFits(role: ColumnRole, p: ColumnProfile): boolean {
  if (p.nonEmpty === 0) return true; // an empty column: trust the header
  if (NUMERIC_ROLES.has(role)) {
    if (!(p.numbers >= 0.5 * p.nonEmpty)) return false;
    if (role === "lat") return p.min >= -90 && p.max <= 90;
    if (role === "lng") return p.min >= -180 && p.max <= 180;
    return true;
  }
  if (role === "lastOrder") return p.dates >= 0.5 * p.nonEmpty || serialDates(p) || isNumeric(p);
  if (role === "latlng") return p.latLngPairs >= 0.5 * p.nonEmpty;
  return true;
}

/**
 * Guesses each column's role from its header and contents. Deterministic: the same list gives
 * the same guess.
 *
 * Headers first: each header is scored against every role's words (exact beats contained,
 * longer and header-final words beat shorter ones, so "客户经理" is a rep and "客户地址" an
 * address, not a customer); a column whose contents cannot play the role (text under
 * "Sales") is skipped; roles are then given out best score first, one column per role and one
 * role per column. A code/ID column is a customer only when nothing better names customers.
 *
 * Contents next, for roles still open: a "lat,lng" text column; a pair of fractional numeric
 * columns in latitude/longitude ranges; a date column (dates or date text, or whole numbers
 * reading as Excel date serials within ten years) as the last order; a column of A/B/C-like
 * labels as the previous tier; the leftmost text column of mostly distinct values as the
 * customer; and as sales the numeric column with the largest mean absolute value that is not
 * taken, not coordinates and not dates, a row number/code column (whole, increasing, dense) last.
 * When no area column exists, the region column serves as area too.
 *
 * @param header Header texts ("" for blank or headerless lists).
 * @param rows Data rows (each at least `header.length` long; shorter rows read as blanks).
 * @returns Roles found, how, numeric columns, group candidates and column profiles (of at
 *   most {@link PROFILE_SAMPLE} rows spread evenly over the list).
 * @example
 * guessColumns(["客户名称", "渠道", "业务员", "销售额"], [["A店", "KA", "王", 100]]).roles
 * // { customer: 0, channel: 1, rep: 2, sales: 3 }
 * Cost: O(min(rows, 5000) x columns).
 */
export function guessColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>
): ColumnGuess {
  const sample = sampleRows(rows);
  const width = Math.max(
    header.length,
    sample.reduce((w, r) => Math.max(w, r ? r.length : 0), 0)
  );
  const profiles = Array.from({ length: width }, (_, c) => profileColumn(sample, c));
  const roles: Partial<Record<ColumnRole, number>> = {};
  const sources: Partial<Record<ColumnRole, "header" | "content">> = {};
  const taken = new Set<number>();

  // 1. Headers.
  const cands: Array<{ col: number; role: ColumnRole; score: number }> = [];
  for (let c = 0; c < header.length; c++) {
    const h = normalizeHeader(header[c]);
    if (h.compact === "") continue;
    const idLike = ID_WORDS.test(h.words.join(" ")) || ID_WORDS.test(h.compact);
    COLUMN_ROLES.forEach((role) => {
      let best = 0;
      for (const p of PATTERNS[role]) best = Math.max(best, matchScore(h, p));
      if (best === 0) return;
      if (idLike) {
        if (role !== "customer") return; // "Customer ID" is not a rep, channel ...
        best = Math.min(best, 10);
      }
      if (role === "sales" && notSalesHeader(header[c])) return; // "销售电话", "Sales year"
      if (!contentFits(role, profiles[c])) return;
      cands.push({ col: c, role, score: best });
    });
  }
  cands.sort(
    (a, b) =>
      b.score - a.score ||
      a.col - b.col ||
      COLUMN_ROLES.indexOf(a.role) - COLUMN_ROLES.indexOf(b.role)
  );
  for (const x of cands) {
    if (roles[x.role] !== undefined || taken.has(x.col)) continue;
    roles[x.role] = x.col;
    sources[x.role] = "header";
    taken.add(x.col);
  }

  // 2. Contents, for the roles still open.
  const give = (role: ColumnRole, col: number): void => {
    roles[role] = col;
    sources[role] = "content";
    taken.add(col);
  };
  const free = (c: number): boolean => !taken.has(c);
  const numericColumns = profiles.map((p, c) => (isNumeric(p) ? c : -1)).filter((c) => c >= 0);

  if (roles.latlng === undefined && roles.lat === undefined) {
    const c = profiles.findIndex(
      (p, i) => free(i) && p.nonEmpty > 0 && p.latLngPairs >= 0.8 * p.nonEmpty
    );
    if (c >= 0) give("latlng", c);
  }
  if (roles.lat === undefined && roles.lng === undefined && roles.latlng === undefined) {
    const coord = (c: number, lim: number): boolean => {
      const p = profiles[c];
      return (
        free(c) &&
        isNumeric(p, 1) &&
        p.fractional >= 0.8 * p.numbers &&
        p.min >= -lim &&
        p.max <= lim
      );
    };
    for (let c = 0; c + 1 < width; c++) {
      if (coord(c, 90) && coord(c + 1, 180)) {
        give("lat", c);
        give("lng", c + 1);
        break;
      }
    }
  }
  if (roles.lastOrder === undefined) {
    const c = profiles.findIndex((p, i) => free(i) && isDateColumn(p));
    if (c >= 0) give("lastOrder", c);
  }
  if (roles.previousTier === undefined) {
    const c = profiles.findIndex(
      (p, i) => free(i) && p.nonEmpty > 0 && p.tierLike >= 0.9 * p.nonEmpty && p.distinct <= 8
    );
    if (c >= 0) give("previousTier", c);
  }
  if (roles.customer === undefined) {
    const c = profiles.findIndex(
      (p, i) =>
        free(i) &&
        p.nonEmpty > 0 &&
        p.texts >= 0.8 * p.nonEmpty &&
        p.distinct >= Math.min(DISTINCT_CAP, 0.9 * p.nonEmpty)
    );
    if (c >= 0) give("customer", c);
  }
  // Sales from contents: only a column that can credibly be money (see salesCandidates).
  const salesCandidates =
    roles.sales === undefined ? rankSalesCandidates(header, profiles, free) : [];
  if (roles.sales === undefined) {
    const pick = pickSales(header, profiles, salesCandidates);
    if (pick !== undefined) give("sales", pick);
  }
  if (roles.lastOrder === undefined) {
    // Serial-number dates only once sales is settled: a sales column can hold such numbers too.
    const c = profiles.findIndex((p, i) => free(i) && serialDates(p));
    if (c >= 0) give("lastOrder", c);
  }
  if (roles.area === undefined && roles.region !== undefined) {
    roles.area = roles.region;
    sources.area = sources.region;
  }

  // 3. Group candidates: the named group roles first, then other label columns.
  const groupCandidates: number[] = [];
  for (const role of ["channel", "region", "area", "rep"] as const) {
    const c = roles[role];
    if (c !== undefined && !groupCandidates.includes(c) && profiles[c].distinct >= 1)
      groupCandidates.push(c);
  }
  const notGroups = new Set<number>(
    (["customer", "sales", "previousTier", "address", "latlng", "lastOrder"] as const)
      .map((r) => roles[r])
      .filter((c): c is number => c !== undefined)
  );
  profiles.forEach((p, c) => {
    if (!groupCandidates.includes(c) && !notGroups.has(c) && isGroupLike(p))
      groupCandidates.push(c);
  });

  return { roles, sources, numericColumns, groupCandidates, profiles, salesCandidates };
}

/**
 * Whether a numeric column's contents say "not an amount": codes with a leading zero, whole
 * numbers all of one length of 5+ digits (phones, postcodes, ids), mobile numbers, years,
 * coordinates (fractions within ±180 spread over less than 2 degrees), row numbers, dates.
 */
export function notSalesContent(p: ColumnProfile): boolean {
  if (p.numbers === 0) return true;
  if (p.moneyText > 0) return false;
  const whole = p.fractional === 0;
  if (p.leadingZeros > 0) return true;
  if (whole && p.numbers >= 2 && p.minDigits === p.maxDigits && p.minDigits >= 5) return true;
  if (whole && p.min >= 1e10 && p.max < 2e10) return true; // 11-digit mobile numbers
  if (whole && p.min >= 1900 && p.max <= 2100 && p.numbers >= 2) return true;
  if (p.fractional >= 0.8 * p.numbers && p.min >= -180 && p.max <= 180 && p.max - p.min < 2)
    return true;
  return p.ascendingIntegers || serialDates(p);
}

/**
 * Numeric columns that could be sales, best first, when no header says "sales": not taken,
 * not named as something else (phone, id, year ... see `notSalesHeader`), not shaped like codes,
 * years or coordinates (`notSalesContent`). Money written as text ranks first, then the
 * larger mean absolute value.
 */
function rankSalesCandidates(
  header: readonly string[],
  profiles: readonly ColumnProfile[],
  free: (c: number) => boolean
): number[] {
  const out: number[] = [];
  profiles.forEach((p, c) => {
    if (!free(c) || !isNumeric(p) || notSalesContent(p) || notSalesHeader(header[c] ?? "")) return;
    out.push(c);
  });
  const mean = (p: ColumnProfile) => p.absSum / p.numbers;
  return out.sort(
    (a, b) =>
      Number(profiles[b].moneyText > 0) - Number(profiles[a].moneyText > 0) ||
      mean(profiles[b]) - mean(profiles[a]) ||
      a - b
  );
}

/**
 * The sales column from contents alone, or undefined to ask the user: the only candidate, or
 * the only one written as money; in a headerless list (nothing to go by but contents) the
 * first candidate. Several unnamed candidates under real headers: ask (a wrong A/B/C list is
 * worse than a question).
 */
function pickSales(
  header: readonly string[],
  profiles: readonly ColumnProfile[],
  candidates: readonly number[]
): number | undefined {
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return candidates[0];
  const money = candidates.filter((c) => profiles[c].moneyText > 0);
  if (money.length === 1) return money[0];
  const headerless = header.every((h) => String(h ?? "").trim() === "");
  return headerless ? candidates[0] : undefined;
}

export { readNumericColumn, cellNumber, type NumericColumn } from "./cellNumber";

// ---- order tables (order-history view, issue #6) ---------------------------------------------
// A customer list has one row per customer; an order table one row per order line. Its roles
// differ (an id column IS the customer, "Date" is the order date, not a last-order date), so
// it has its own guess, reusing the header scoring above. Nothing above depends on it.

/** Roles of an order table's columns, in the order the UI lists them. */
export const ORDER_ROLES = ["customer", "date", "amount"] as const;

export type OrderRole = (typeof ORDER_ROLES)[number];

/** The guess for an order table: a column index (0-based, within the list) per role found. */
export interface OrderColumnGuess {
  roles: Partial<Record<OrderRole, number>>;
  sources: Partial<Record<OrderRole, "header" | "content">>;
  profiles: ColumnProfile[];
}

const ORDER_PATTERNS: Record<OrderRole, readonly string[]> = {
  customer: [
    ...PATTERNS.customer,
    "customer id",
    "customer no",
    "customer number",
    "customer code",
    "client id",
    "cust id",
    "account id",
    "member",
    "member id",
    "buyer",
    "buyer id",
    "user id",
    "客户编号",
    "客户代码",
    "客户编码",
    "客户id",
    "客户号",
    "会员",
    "会员编号",
    "会员号",
    "买家",
    "用户id",
    "门店编号",
  ],
  date: [
    "date",
    "order date",
    "purchase date",
    "transaction date",
    "invoice date",
    "order time",
    "purchase time",
    "日期",
    "订单日期",
    "下单日期",
    "下单时间",
    "交易日期",
    "购买日期",
    "订货日期",
    "开票日期",
    "销售日期",
    "订单时间",
  ],
  amount: [
    "amount",
    "order amount",
    "order value",
    "order total",
    "sales",
    "revenue",
    "total",
    "spend",
    "dollars",
    "net amount",
    "line amount",
    "value",
    "金额",
    "订单金额",
    "销售额",
    "实付金额",
    "交易金额",
    "订货额",
    "消费金额",
    "支付金额",
    "总额",
    "合计",
    "订单总额",
  ],
};

/** Whole numbers that read as Excel date serials of 1980-2099 (order tables can be old: CDNOW is 1997). */
function orderSerialDates(p: ColumnProfile): boolean {
  return isNumeric(p, 1) && p.fractional === 0 && p.min >= 29221 && p.max < 73051;
}

function orderContentFits(role: OrderRole, p: ColumnProfile): boolean {
  if (p.nonEmpty === 0) return true;
  if (role === "amount") return p.numbers >= 0.5 * p.nonEmpty;
  // Dates, date text or serial numbers, mostly: a few bad cells are the user's to fix (the preview names them).
  if (role === "date")
    return (
      p.dates + p.numbers >= 0.5 * p.nonEmpty &&
      (p.numbers === 0 || (p.min >= 1 && p.max <= 2958465))
    );
  return true;
}

/**
 * Guesses the customer, order-date and amount columns of an order table from its headers
 * (English and Chinese, scored as in {@link guessColumns}; an id/code header counts as the
 * customer here) and, for roles still open, its contents: the first date column (dates, date
 * text or whole-number serials of 1980-2099), the numeric column with the largest mean absolute
 * value that is not a date or row number as the amount, and the leftmost remaining non-empty
 * column as the customer.
 *
 * @param header Header texts.
 * @param rows Data rows.
 * @returns Roles found, how, and the column profiles.
 * @example guessOrderColumns(["客户编号", "下单日期", "订单金额"], [["C1", 45000, 10]]).roles // { customer: 0, date: 1, amount: 2 }
 * Cost: O(min(rows, 5000) x columns).
 */
export function guessOrderColumns(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<unknown>>
): OrderColumnGuess {
  const sample = sampleRows(rows);
  const width = Math.max(
    header.length,
    sample.reduce((w, r) => Math.max(w, r ? r.length : 0), 0)
  );
  const profiles = Array.from({ length: width }, (_, c) => profileColumn(sample, c));
  const roles: Partial<Record<OrderRole, number>> = {};
  const sources: Partial<Record<OrderRole, "header" | "content">> = {};
  const taken = new Set<number>();
  const cands: Array<{ col: number; role: OrderRole; score: number }> = [];
  for (let c = 0; c < header.length; c++) {
    const h = normalizeHeader(header[c]);
    if (h.compact === "") continue;
    ORDER_ROLES.forEach((role) => {
      let best = 0;
      for (const p of ORDER_PATTERNS[role]) best = Math.max(best, matchScore(h, p));
      if (best > 0 && orderContentFits(role, profiles[c]))
        cands.push({ col: c, role, score: best });
    });
  }
  cands.sort(
    (a, b) =>
      b.score - a.score ||
      a.col - b.col ||
      ORDER_ROLES.indexOf(a.role) - ORDER_ROLES.indexOf(b.role)
  );
  for (const x of cands) {
    if (roles[x.role] !== undefined || taken.has(x.col)) continue;
    roles[x.role] = x.col;
    sources[x.role] = "header";
    taken.add(x.col);
  }
  const give = (role: OrderRole, col: number): void => {
    roles[role] = col;
    sources[role] = "content";
    taken.add(col);
  };
  const free = (c: number): boolean => !taken.has(c) && profiles[c].nonEmpty > 0;
  if (roles.date === undefined) {
    let c = profiles.findIndex((p, i) => free(i) && isDateColumn(p));
    if (c < 0) c = profiles.findIndex((p, i) => free(i) && orderSerialDates(p));
    if (c >= 0) give("date", c);
  }
  if (roles.amount === undefined) {
    let best = -1;
    let bestKey = -Infinity;
    profiles.forEach((p, c) => {
      if (!free(c) || !isNumeric(p) || orderSerialDates(p)) return;
      const key = (p.ascendingIntegers ? -1e300 : 0) + p.absSum / p.numbers;
      if (key > bestKey) {
        bestKey = key;
        best = c;
      }
    });
    if (best >= 0) give("amount", best);
  }
  if (roles.customer === undefined) {
    const c = profiles.findIndex((_, i) => free(i));
    if (c >= 0) give("customer", c);
  }
  return { roles, sources, profiles };
}
