/**
 * Messy customer lists for the browser preview (`?list=<name>`), the shapes of the fixture
 * library test/fixtures/messy (issue 11) rebuilt here, small and fixed, because the preview
 * ships without test/: title rows, blank rows inside, total rows, money written as text, phone
 * columns, no clear sales header, two lists on a sheet. Each comes in English and Chinese.
 */
import type { CellInput } from "../host/types";
import type { Locale } from "../i18n/locale";

/** A list to start the preview on: its sheet, cells and the cell selected (0-based). */
export interface PreviewList {
  sheet: string;
  cells: CellInput[][];
  selection: { row: number; col: number };
}

type Texts = Record<Locale, string>;
const pick = (t: Texts, l: Locale) => t[l];

const SHOPS: Record<Locale, string[]> = {
  zh: ["华联1号店", "永辉2号店", "红旗3号店", "舞东风4号店", "美宜佳5号店", "罗森6号店"].concat([
    "全家7号店",
    "便利蜂8号店",
    "家乐福9号店",
    "沃尔玛10号店",
    "天府11号店",
    "蜀都12号店",
  ]),
  en: ["Acme Store 1", "Bright Store 2", "Corner Store 3", "Daily Store 4", "Eagle Store 5"]
    .concat(["Fresh Store 6", "Green Store 7", "Harbor Store 8", "Icon Store 9", "Joy Store 10"])
    .concat(["Kite Store 11", "Lark Store 12"]),
};

const TITLE: Record<Locale, CellInput[][]> = {
  zh: [
    ["成都某某商贸有限公司"],
    ["2026年11月客户回款明细"],
    ["制表人：张三", null, "日期：2026-11-30"],
    [],
  ],
  en: [
    ["Acme Trading Co."],
    ["Customer payments, November 2026"],
    ["Prepared by: J. Smith", null, "Date: 2026-11-30"],
    [],
  ],
};

/**
 * Everything at once: a title block, a phone column (the largest numbers on the sheet), two
 * month columns with money written as text (¥, 万, 元, thousands separators) and no header
 * naming the sales, a blank row inside the list, a total row under it. Header in row 5; 10
 * customers; row 12 blank and row 17 (合计/Total) left out; the user must choose the sales.
 * By hand, on "This month" (本月) with the default rank rule: A = rows 11, 16 (45,000, 26,000);
 * B = rows 7, 8, 9, 14; C = rows 6, 10, 13, 15.
 */
function messy(l: Locale): PreviewList {
  const s = SHOPS[l];
  const area = (z: string, e: string) => (l === "zh" ? z : e);
  const [east, west, south] = [area("东区", "East"), area("西区", "West"), area("南区", "South")];
  const cells: CellInput[][] = [
    ...TITLE[l],
    [
      pick({ zh: "客户名称", en: "Customer" }, l),
      pick({ zh: "联系电话", en: "Phone" }, l),
      pick({ zh: "片区", en: "Area" }, l),
      pick({ zh: "本月", en: "This month" }, l),
      pick({ zh: "上月", en: "Last month" }, l),
    ],
    [s[0], 13916323500, east, "¥1,234.50", "¥980"],
    [s[1], 13921425557, east, "1.2万", "0.98万"],
    [s[2], 13927891697, west, 5600, 4200],
    [s[3], 13927625703, west, "3,000元", 2500],
    [s[4], 13935551234, south, 800, 1100],
    [s[5], 13812345678, south, "￥45,000", 39000],
    [],
    [s[6], 13698765432, east, 2100, 1900],
    [s[7], 13566667777, west, "0.8万", 7000],
    [s[8], 13788889999, south, 450, 600],
    [s[9], 13511112222, east, "26,000", 24000],
    [pick({ zh: "合计", en: "Total" }, l), null, null, "¥104,184.50", "¥91,080"],
  ];
  return {
    sheet: pick({ zh: "客户清单", en: "Customers" }, l),
    cells,
    selection: { row: 5, col: 0 },
  };
}

/** A title block, then the list (test/fixtures/messy/title-block-zh.xlsx). */
function titleBlock(l: Locale): PreviewList {
  const reps = l === "zh" ? ["王伟", "李娜"] : ["Ann", "Bob"];
  const rows = SHOPS[l].map((n, i) => [n, reps[i % 2], 1000 + ((i * 7919) % 9000)]);
  const header = l === "zh" ? ["客户名称", "业务员", "销售额"] : ["Customer", "Rep", "Sales"];
  return {
    sheet: pick({ zh: "客户", en: "Customers" }, l),
    cells: [...TITLE[l], header, ...rows],
    selection: { row: 5, col: 0 },
  };
}

/** Per-area subtotal rows and a grand total (subtotals-zh.xlsx). */
function subtotals(l: Locale): PreviewList {
  const cells: CellInput[][] = [
    l === "zh" ? ["客户名称", "片区", "月销售额"] : ["Customer", "Area", "Monthly sales"],
  ];
  let grand = 0;
  const areas = l === "zh" ? ["东区", "西区", "南区"] : ["East", "West", "South"];
  areas.forEach((a, k) => {
    let sub = 0;
    for (let i = 0; i < 4; i++) {
      const v = 500 + (((k * 4 + i) * 7919) % 40000);
      sub += v;
      cells.push([SHOPS[l][k * 4 + i], a, v]);
    }
    cells.push([l === "zh" ? `${a}小计` : `${a} subtotal`, null, sub]);
    grand += sub;
  });
  cells.push([l === "zh" ? "合计" : "Total", null, grand]);
  return {
    sheet: pick({ zh: "客户清单", en: "Customers" }, l),
    cells,
    selection: { row: 1, col: 0 },
  };
}

/** Mobile numbers, postcodes and a year: no column is sales (phones-only-en.csv). */
function phonesOnly(l: Locale): PreviewList {
  const header =
    l === "zh"
      ? ["客户名称", "手机", "邮编", "开户年份"]
      : ["Customer", "Mobile", "Postcode", "Since"];
  const rows = SHOPS[l]
    .slice(0, 8)
    .map((n, i) => [n, 13900000000 + i * 1234567, 610000 + i * 13, 2010 + i]);
  return {
    sheet: pick({ zh: "客户清单", en: "Customers" }, l),
    cells: [header, ...rows],
    selection: { row: 1, col: 0 },
  };
}

/** The preview's messy lists by name (`?list=`). */
export const MESSY_LISTS: Readonly<Record<string, (locale: Locale) => PreviewList>> = {
  messy,
  "title-block": titleBlock,
  subtotals,
  "phones-only": phonesOnly,
};
