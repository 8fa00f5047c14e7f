/**
 * Generates the bundled sample customer lists (fixed seed, so the files are reproducible):
 *   assets/sample-customers.xlsx     Chinese headers
 *   assets/sample-customers-en.xlsx  English headers, the same customers
 * A Chengdu FMCG distributor: 660 outlets in 11 districts, 11 reps (one per district), KA hypermarkets down to
 * small shops and special channels, monthly sales with a long tail (lognormal per channel, a
 * few big KA accounts), margin, coordinates clustered by district, last order date, and last
 * month's tier (ranked by the core's own rule on last month's sales). A second sheet holds the
 * order lines of the last six months (customer, order date, amount: the input of the order-history
 * models, `crm history`), each customer's orders ending on its last order date and adding up to
 * about its monthly sales a month.
 *
 * Run: `npm run sample` (ts-node).
 */
import * as path from "path";
import { assignTiers } from "../src/core/tier";
import { newSheet, type MemoryWorkbookData } from "../src/host/memoryWorkbook";
import { saveWorkbook } from "../src/host/xlsx";
import type { CellValue } from "../src/core/excel/cell";
import { mulberry32 as rng } from "../src/core/random";

const rand = rng(20251101);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
function normal(): number {
  const u = 1 - rand();
  const v = rand();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Districts of Chengdu with an approximate centre and spread (degrees). */
const DISTRICTS = [
  {
    zh: "锦江区",
    en: "Jinjiang",
    lat: 30.6465,
    lng: 104.0924,
    sd: 0.012,
    streets: [
      ["春熙路", "Chunxi Rd"],
      ["东大街", "Dongda St"],
      ["水井坊", "Shuijingfang"],
    ],
  },
  {
    zh: "青羊区",
    en: "Qingyang",
    lat: 30.6745,
    lng: 104.0488,
    sd: 0.012,
    streets: [
      ["宽窄巷子", "Kuanzhai Alley"],
      ["光华大道", "Guanghua Ave"],
      ["草堂路", "Caotang Rd"],
    ],
  },
  {
    zh: "金牛区",
    en: "Jinniu",
    lat: 30.7065,
    lng: 104.0468,
    sd: 0.014,
    streets: [
      ["一环路北", "N 1st Ring Rd"],
      ["茶店子", "Chadianzi"],
      ["沙湾路", "Shawan Rd"],
    ],
  },
  {
    zh: "武侯区",
    en: "Wuhou",
    lat: 30.6318,
    lng: 104.0331,
    sd: 0.013,
    streets: [
      ["科华北路", "Kehua N Rd"],
      ["玉林路", "Yulin Rd"],
      ["红牌楼", "Hongpailou"],
    ],
  },
  {
    zh: "成华区",
    en: "Chenghua",
    lat: 30.6745,
    lng: 104.1037,
    sd: 0.014,
    streets: [
      ["建设路", "Jianshe Rd"],
      ["二仙桥", "Erxianqiao"],
      ["万年场", "Wanianchang"],
    ],
  },
  {
    zh: "高新区",
    en: "Hi-tech Zone",
    lat: 30.5797,
    lng: 104.0632,
    sd: 0.015,
    streets: [
      ["天府大道", "Tianfu Ave"],
      ["益州大道", "Yizhou Ave"],
      ["天府三街", "Tianfu 3rd St"],
    ],
  },
  {
    zh: "龙泉驿区",
    en: "Longquanyi",
    lat: 30.5566,
    lng: 104.2747,
    sd: 0.018,
    streets: [
      ["龙都南路", "Longdu S Rd"],
      ["驿都大道", "Yidu Ave"],
    ],
  },
  {
    zh: "新都区",
    en: "Xindu",
    lat: 30.8233,
    lng: 104.1589,
    sd: 0.018,
    streets: [
      ["新都大道", "Xindu Ave"],
      ["桂湖路", "Guihu Rd"],
    ],
  },
  {
    zh: "温江区",
    en: "Wenjiang",
    lat: 30.6822,
    lng: 103.856,
    sd: 0.017,
    streets: [
      ["柳城大道", "Liucheng Ave"],
      ["光华大道三段", "Guanghua Ave Sec 3"],
    ],
  },
  {
    zh: "双流区",
    en: "Shuangliu",
    lat: 30.5746,
    lng: 103.9234,
    sd: 0.018,
    streets: [
      ["棠湖路", "Tanghu Rd"],
      ["航空港", "Airport Zone"],
    ],
  },
  {
    zh: "郫都区",
    en: "Pidu",
    lat: 30.795,
    lng: 103.887,
    sd: 0.018,
    streets: [
      ["望丛路", "Wangcong Rd"],
      ["犀浦", "Xipu"],
    ],
  },
] as const;

/** Reps and the districts they cover. */
const REPS: { zh: string; en: string; districts: string[] }[] = [
  { zh: "张伟", en: "Zhang Wei", districts: ["锦江区"] },
  { zh: "王芳", en: "Wang Fang", districts: ["青羊区"] },
  { zh: "李娜", en: "Li Na", districts: ["金牛区"] },
  { zh: "刘洋", en: "Liu Yang", districts: ["武侯区"] },
  { zh: "陈静", en: "Chen Jing", districts: ["成华区"] },
  { zh: "杨磊", en: "Yang Lei", districts: ["高新区"] },
  { zh: "赵敏", en: "Zhao Min", districts: ["龙泉驿区"] },
  { zh: "黄强", en: "Huang Qiang", districts: ["新都区"] },
  { zh: "周杰", en: "Zhou Jie", districts: ["温江区"] },
  { zh: "孙丽", en: "Sun Li", districts: ["郫都区"] },
  { zh: "吴婷", en: "Wu Ting", districts: ["双流区"] },
];

/**
 * Channels: share of outlets, lognormal monthly sales (median yuan, sigma), margin rate.
 * KA hypermarkets are few and large; small shops many and small: the long tail.
 */
const CHANNELS = [
  {
    zh: "KA卖场",
    en: "KA hypermarket",
    share: 0.04,
    median: 180000,
    sigma: 0.7,
    margin: 0.11,
    brands: [
      ["家乐福", "Carrefour"],
      ["沃尔玛", "Walmart"],
      ["永辉超市", "Yonghui"],
      ["伊藤洋华堂", "Ito Yokado"],
      ["麦德龙", "Metro"],
    ],
  },
  {
    zh: "连锁超市",
    en: "Supermarket chain",
    share: 0.12,
    median: 42000,
    sigma: 0.6,
    margin: 0.14,
    brands: [
      ["红旗连锁", "Hongqi"],
      ["舞东风", "Wudongfeng"],
      ["互惠超市", "Huhui"],
      ["WOWO便利", "WOWO"],
    ],
  },
  {
    zh: "本地超市",
    en: "Local supermarket",
    share: 0.18,
    median: 14000,
    sigma: 0.65,
    margin: 0.17,
    brands: [
      ["万家福", "Wanjiafu"],
      ["好又多", "Haoyouduo"],
      ["惠民", "Huimin"],
      ["佳佳乐", "Jiajiale"],
      ["新一佳", "Xinyijia"],
    ],
  },
  {
    zh: "批发",
    en: "Wholesale",
    share: 0.1,
    median: 30000,
    sigma: 0.9,
    margin: 0.07,
    brands: [
      ["荷花池批发", "Hehuachi Wholesale"],
      ["五块石商贸", "Wukuaishi Trading"],
      ["聚源批发部", "Juyuan Wholesale"],
      ["兴隆副食", "Xinglong Foods"],
    ],
  },
  {
    zh: "便利店",
    en: "Convenience store",
    share: 0.44,
    median: 3800,
    sigma: 0.75,
    margin: 0.22,
    brands: [
      ["好邻居", "Haolinju"],
      ["小卖部", "Corner Shop"],
      ["便民店", "Bianmin Store"],
      ["烟酒店", "Tobacco & Liquor"],
      ["副食店", "Grocery"],
    ],
  },
  {
    zh: "特通渠道",
    en: "Special channel",
    share: 0.12,
    median: 9000,
    sigma: 0.8,
    margin: 0.19,
    brands: [
      ["学校食堂", "School Canteen"],
      ["加油站便利店", "Petrol Station Shop"],
      ["医院超市", "Hospital Shop"],
      ["部队服务社", "Army Service Shop"],
      ["机场店", "Airport Shop"],
    ],
  },
] as const;

const N = 660;
/** The list's "as of" date: last order dates are before it. */
const AS_OF = Date.UTC(2025, 9, 31);
const DAY = 86400000;

interface Customer {
  nameZh: string;
  nameEn: string;
  channel: (typeof CHANNELS)[number];
  district: (typeof DISTRICTS)[number];
  rep: (typeof REPS)[number];
  street: readonly [string, string];
  number: number;
  lat: number;
  lng: number;
  sales: number;
  lastMonth: number;
  margin: number;
  lastOrder: Date;
}

function chooseChannel() {
  let u = rand();
  for (const ch of CHANNELS) {
    if ((u -= ch.share) < 0) return ch;
  }
  return CHANNELS[CHANNELS.length - 1];
}

function makeCustomers(): Customer[] {
  const out: Customer[] = [];
  const seen = new Map<string, number>();
  for (let i = 0; i < N; i++) {
    // One rep per district: about 60 outlets each, a full but feasible month at 8 visits a day.
    const district = DISTRICTS[Math.floor(rand() * DISTRICTS.length)];
    const rep = REPS.find((r) => r.districts.includes(district.zh))!;
    const channel = chooseChannel();
    const streets: readonly (readonly [string, string])[] = district.streets;
    const street = pick(streets);
    const brand = pick<readonly [string, string]>(channel.brands);
    const number = 1 + Math.floor(rand() * 480);
    // Sub-clusters along the district's streets: a street centre plus noise.
    const si = streets.indexOf(street);
    const angle = (si / streets.length) * 2 * Math.PI;
    const lat = district.lat + Math.sin(angle) * district.sd * 0.8 + normal() * district.sd * 0.6;
    const lng = district.lng + Math.cos(angle) * district.sd * 0.8 + normal() * district.sd * 0.6;
    const sales = Math.round(channel.median * Math.exp(channel.sigma * normal()));
    const lastMonth = Math.max(0, Math.round(sales * Math.exp(0.25 * normal())));
    const margin = Math.round(sales * channel.margin * (0.8 + 0.4 * rand()));
    // Most customers ordered in the last month; about 8% have lapsed (60-200 days).
    const ago =
      rand() < 0.08 ? 60 + Math.floor(rand() * 140) : Math.floor(Math.pow(rand(), 2) * 30);
    const baseZh = `${brand[0]}(${street[0]}店)`;
    const baseEn = `${brand[1]} (${street[1]})`;
    const k = (seen.get(baseZh) ?? 0) + 1;
    seen.set(baseZh, k);
    out.push({
      nameZh: k === 1 ? baseZh : `${brand[0]}(${street[0]}${k}店)`,
      nameEn: k === 1 ? baseEn : `${brand[1]} (${street[1]} ${k})`,
      channel,
      district,
      rep,
      street,
      number,
      lat: Math.round(lat * 1e6) / 1e6,
      lng: Math.round(lng * 1e6) / 1e6,
      sales,
      lastMonth,
      margin,
      lastOrder: new Date(AS_OF - ago * DAY),
    });
  }
  return out;
}

const HEADERS = {
  zh: [
    "客户名称",
    "渠道",
    "区域",
    "业务员",
    "地址",
    "纬度",
    "经度",
    "月销售额",
    "毛利",
    "最近下单日期",
    "上月等级",
  ],
  en: [
    "Customer",
    "Channel",
    "District",
    "Rep",
    "Address",
    "Latitude",
    "Longitude",
    "Monthly sales",
    "Margin",
    "Last order date",
    "Previous tier",
  ],
};
const FORMATS = [
  null,
  null,
  null,
  null,
  null,
  "0.000000",
  "0.000000",
  "#,##0",
  "#,##0",
  "yyyy-mm-dd",
  null,
];

/** First day of the order history (six months before the list's as-of day). */
const ORDERS_FROM = Date.UTC(2025, 4, 1);

interface OrderLine {
  customer: number;
  date: Date;
  amount: number;
}

/**
 * The order lines of the last six months, by date: each customer orders every few days (larger
 * customers more often), from its first order (most since May, some later: new customers) to
 * its last order date; amounts add up to about its monthly sales a month. A random stream of
 * its own, so the customer sheet stays as it was.
 */
function makeOrders(customers: Customer[]): OrderLine[] {
  const r = rng(20251102);
  const out: OrderLine[] = [];
  customers.forEach((c, i) => {
    const perMonth = c.sales > 40000 ? 4 : c.sales > 8000 ? 2 : 1;
    const gap = 30 / perMonth;
    const start = r() < 0.1 ? ORDERS_FROM + Math.floor(r() * 120) * DAY : ORDERS_FROM;
    const last = c.lastOrder.getTime();
    const lines: number[] = [last];
    for (
      let d = last - gap * DAY * (0.6 + 0.8 * r());
      d >= start;
      d -= gap * DAY * (0.6 + 0.8 * r())
    )
      lines.push(d);
    for (const d of lines.reverse()) {
      const day = Math.round(d / DAY) * DAY;
      const amount = Math.max(1, Math.round((c.sales / perMonth) * (0.5 + r())));
      out.push({ customer: i, date: new Date(day), amount });
    }
  });
  return out.sort((a, b) => a.date.getTime() - b.date.getTime() || a.customer - b.customer);
}

const ORDER_HEADERS = {
  zh: ["客户名称", "订单日期", "金额"],
  en: ["Customer", "Order date", "Amount"],
};

function orderSheet(customers: Customer[], orders: OrderLine[], lang: "zh" | "en") {
  const sheet = newSheet(lang === "zh" ? "订单明细" : "Order lines");
  sheet.cells.push(ORDER_HEADERS[lang].slice());
  orders.forEach((o, i) => {
    const c = customers[o.customer];
    sheet.cells.push([lang === "zh" ? c.nameZh : c.nameEn, o.date, o.amount]);
    sheet.numberFormats.set(`${i + 1},1`, "yyyy-mm-dd");
    sheet.numberFormats.set(`${i + 1},2`, "#,##0");
  });
  sheet.frozenRows = 1;
  return sheet;
}

function workbook(
  customers: Customer[],
  lang: "zh" | "en",
  prevTiers: (string | null)[],
  orders: OrderLine[]
): MemoryWorkbookData {
  const sheetName = lang === "zh" ? "客户清单" : "Customers";
  const sheet = newSheet(sheetName);
  sheet.cells.push(HEADERS[lang].slice());
  customers.forEach((c, i) => {
    const row: CellValue[] =
      lang === "zh"
        ? [
            c.nameZh,
            c.channel.zh,
            c.district.zh,
            c.rep.zh,
            `成都市${c.district.zh}${c.street[0]}${c.number}号`,
          ]
        : [
            c.nameEn,
            c.channel.en,
            c.district.en,
            c.rep.en,
            `${c.number} ${c.street[1]}, ${c.district.en}, Chengdu`,
          ];
    row.push(c.lat, c.lng, c.sales, c.margin, c.lastOrder, prevTiers[i]);
    sheet.cells.push(row);
    FORMATS.forEach((f, col) => {
      if (f) sheet.numberFormats.set(`${i + 1},${col}`, f);
    });
  });
  sheet.frozenRows = 1;
  return {
    sheets: [sheet, orderSheet(customers, orders, lang)],
    selection: { sheet: sheetName, row: 0, col: 0, rows: 1, cols: 1 },
    settings: {},
  };
}

async function main() {
  const customers = makeCustomers();
  // Last month's tiers by the product's own rule (PRODUCT 2.1) on last month's sales.
  const labels = ["A", "B", "C"];
  const prev: (string | null)[] = Array.from(
    assignTiers(Float64Array.from(customers.map((c) => c.lastMonth))),
    (t) => labels[t]
  );
  // A handful of customers are new this month: no previous tier.
  for (let i = 0; i < customers.length; i += 47) prev[i] = null;
  const dir = path.join(__dirname, "..", "assets");
  const zh = path.join(dir, "sample-customers.xlsx");
  const en = path.join(dir, "sample-customers-en.xlsx");
  const orders = makeOrders(customers);
  await saveWorkbook(workbook(customers, "zh", prev, orders), zh);
  await saveWorkbook(workbook(customers, "en", prev, orders), en);
  const total = customers.reduce((s, c) => s + c.sales, 0);
  console.log(
    `wrote ${zh}\nwrote ${en}\n${customers.length} customers, monthly sales ${total.toLocaleString("en-US")} yuan, ${orders.length} order lines`
  );
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
