/**
 * Every text the add-in writes INTO workbooks (headers, sheet names, table captions, chart
 * titles), in English and Simplified Chinese: the one source of truth, shared by the pane and
 * the command line. (Text shown in the pane itself lives in the pane's own UI strings.)
 *
 * Structure: one section per feature, the same keys in both languages (the `SheetText` type
 * makes a missing translation a compile error). To add a feature's texts (e.g. the visit
 * plan), add a section interface, a field in `SheetText`, and its `en` and `zh` values.
 */
import { TIER_HEADERS } from "../core/tier/headers";
import type { Locale } from "./locale";

/** Texts of the tiering job: the Tier column and the "Tier summary" sheet. */
export interface TieringSheetText {
  /** Header of the Tier column written right of the list. */
  tierHeader: string;
  /** Header for a previous-tier column / the previous tier in comparisons. */
  previousTierHeader: string;
  /** Base name of the summary sheet (made unique with uniqueSheetName). */
  summarySheet: string;
  /** Title line of the summary sheet. */
  summaryTitle: (p: { sheet: string; sales: string }) => string;
  /** Headers of the per-tier table. */
  table: {
    tier: string;
    customers: string;
    customerShare: string;
    sales: string;
    salesShare: string;
  };
  /** Row label of the totals line. */
  total: string;
  /** Line counting customers left untiered (blank or non-numeric sales). */
  untiered: (p: { count: number }) => string;
  /** "Top 20% of customers hold 74.3% of sales". Shares in 0..1. */
  concentration: (p: { topShare: number; share: number }) => string;
  /** The share rule, said when some tiered customers have negative sales (sales <= 0). */
  negativeShares: (p: { customers: number; sales: string }) => string;
  /** Headers of the Pareto chart data. */
  pareto: { ranks: string; salesPerCustomer: string; cumulativeShare: string; tier: string };
  /** Title of the Pareto chart. */
  paretoChartTitle: string;
  /** Caption and row labels of the comparison with the previous tiers. */
  comparison: {
    caption: string;
    change: string;
    customers: string;
    up: string;
    down: string;
    same: string;
    new: string;
    gone: string;
    unknown: string;
  };
}

// ---- plan section (visit plan sheets; owned by the headless/plan work) ----------------------
/** Texts of the visit plan sheets (issue #4 output), keyed like `src/core/plan/table.ts`. */
export interface VisitPlanSheetText {
  /** Base name of the plan sheet: "Visit plan 2025-11-03" (made unique with uniqueSheetName). */
  planSheet: (p: { start: string }) => string;
  /** Base name of the route-map sheet. */
  routeSheet: (p: { start: string }) => string;
  /** Headers of the visit table, by PLAN_COLUMNS key. */
  columns: {
    date: string;
    weekday: string;
    week: string;
    rep: string;
    stop: string;
    customer: string;
    tier: string;
    area: string;
    address: string;
    latitude: string;
    longitude: string;
    kmFromPrevious: string;
    /** Issue 13 (contract): English headers start "Travel", "Arrive", "Depart". */
    travelMin: string;
    arrive: string;
    depart: string;
    hoursCheck: string;
  };
  /** Headers of the per-rep, per-day summary, by PLAN_DAY_COLUMNS key. */
  dayColumns: {
    rep: string;
    date: string;
    weekday: string;
    week: string;
    visits: string;
    km: string;
    start: string;
    end: string;
    workHours: string;
    travelHours: string;
  };
  /** Headers of the unscheduled list, by UNSCHEDULED_COLUMNS key. */
  unscheduledColumns: {
    customer: string;
    tier: string;
    rep: string;
    required: string;
    scheduled: string;
    missing: string;
    code: string;
    reason: string;
  };
  /** Shown when every required visit was planned. */
  noneUnscheduled: string;
  /** Weekday names, index 0 = Monday (ISO weekday - 1). */
  weekdays: readonly string[];
  /** Reason texts by UnscheduledCode. */
  reasons: {
    UNKNOWN_TIER: string;
    SALES_NOT_NUMBER: string;
    SALES_BLANK: string;
    TIER_BLANK: string;
    DUPLICATE_ID: string;
    CAPACITY: string;
    TOO_FREQUENT: string;
    NO_WORKING_DAYS: string;
  };
  /** Text of a visit flagged outside its customer's opening hours (`hours`: "08:00-12:00,..."). */
  outsideHours: (p: { hours: string }) => string;
  /** Name of a rep-less list's single rep. */
  noRep: string;
  /** Route map: chart title per rep and the data headers. */
  routeChartTitle: (p: { rep: string }) => string;
  /**
   * Row 1 of the route-map sheet: what belongs there, so the sheet never opens blank (the
   * command line writes the data, not the charts). `column`: the first data column's letter.
   */
  routeNote: (p: { column: string }) => string;
  routeColumns: { date: string; longitude: string; latitude: string };
}
// ---- end plan section -------------------------------------------------------------------------

/** All workbook texts of one language. */
export interface SheetText {
  tiering: TieringSheetText;
  plan: VisitPlanSheetText;
}

/** "74.3%": a share in 0..1 as a percentage with one decimal (trailing ".0" dropped). */
export function percentText(share: number): string {
  if (!Number.isFinite(share)) return "-";
  const s = (Math.round(share * 1000) / 10).toFixed(1);
  return `${s.endsWith(".0") ? s.slice(0, -2) : s}%`;
}

const en: SheetText = {
  tiering: {
    tierHeader: TIER_HEADERS.en,
    previousTierHeader: "Previous tier",
    summarySheet: "Tier summary",
    summaryTitle: ({ sheet, sales }) => `Tier summary of ${sheet} (by ${sales})`,
    table: {
      tier: "Tier",
      customers: "Customers",
      customerShare: "Share of customers",
      sales: "Sales",
      salesShare: "Share of sales",
    },
    total: "Total",
    untiered: ({ count }) =>
      `${count} ${count === 1 ? "row" : "rows"} without valid sales left untiered`,
    concentration: ({ topShare, share }) =>
      `The top ${percentText(topShare)} of customers hold ${percentText(share)} of sales`,
    negativeShares: ({ customers, sales }) =>
      `Shares of sales count positive sales only: ${customers} ${customers === 1 ? "customer" : "customers"} with negative sales (${sales} in total) ${customers === 1 ? "counts" : "count"} as 0`,
    pareto: {
      ranks: "Customers (rank)",
      salesPerCustomer: "Sales per customer",
      cumulativeShare: "Cumulative share of sales",
      tier: "Tier",
    },
    paretoChartTitle: "Pareto chart: sales by customer rank",
    comparison: {
      caption: "Changes since the previous tiers",
      change: "Change",
      customers: "Customers",
      up: "Moved up",
      down: "Moved down",
      same: "Unchanged",
      new: "New",
      gone: "Gone",
      unknown: "Previous tier not recognised",
    },
  },
  plan: {
    planSheet: ({ start }) => `Visit plan ${start}`,
    routeSheet: ({ start }) => `Route map ${start}`,
    columns: {
      date: "Date",
      weekday: "Weekday",
      week: "Week",
      rep: "Rep",
      stop: "Stop",
      customer: "Customer",
      tier: "Tier",
      area: "Area",
      address: "Address",
      latitude: "Latitude",
      longitude: "Longitude",
      kmFromPrevious: "Km from previous stop",
      travelMin: "Travel min",
      arrive: "Arrive",
      depart: "Depart",
      hoursCheck: "Opening hours check",
    },
    dayColumns: {
      rep: "Rep ",
      date: "Day",
      weekday: "Day of week",
      // The plan table's own word (its trailing space keeps the two tables' headers apart, as
      // "Rep " does): the sheet names the week one way (issue 11.8).
      week: "Week ",
      visits: "Visits",
      km: "Km",
      start: "Day start",
      end: "Day end",
      workHours: "Visit hours",
      travelHours: "Travel hours",
    },
    unscheduledColumns: {
      customer: "Unscheduled customer",
      tier: "Tier ",
      rep: "Owner",
      required: "Visits required",
      scheduled: "Visits planned",
      missing: "Visits missing",
      code: "Code",
      reason: "Reason",
    },
    noneUnscheduled: "Every required visit is planned: no unscheduled customers.",
    weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    reasons: {
      UNKNOWN_TIER: "Tier not in the visit policy",
      SALES_NOT_NUMBER: "No tier: the sales cell is not a number",
      SALES_BLANK: "No tier: the sales cell is blank",
      TIER_BLANK: "No tier: the tier cell is blank",
      DUPLICATE_ID: "Same customer listed twice: planned once",
      CAPACITY: "Not enough capacity: raise visits per day, add a rep or lower the policy",
      TOO_FREQUENT: "The policy asks for more visits than there are working days",
      NO_WORKING_DAYS: "No working day in the horizon",
    },
    outsideHours: ({ hours }) => `Outside opening hours ${hours}: call ahead`,
    noRep: "(no rep)",
    routeChartTitle: ({ rep }) => `Route map: ${rep}`,
    routeNote: ({ column }) =>
      `One route chart per rep belongs here (each day's visits joined in visit order). The add-in draws them in Excel (Visit plan > Generate plan); without it, the data is here from column ${column} on: per rep the date, longitude and latitude of each visit. To draw a route, select a rep's longitude and latitude columns and insert a Scatter with Straight Lines chart.`,
    routeColumns: { date: "Date", longitude: "Longitude", latitude: "Latitude" },
  },
};

const zh: SheetText = {
  tiering: {
    tierHeader: TIER_HEADERS.zh,
    previousTierHeader: "上期等级",
    summarySheet: "分级汇总",
    summaryTitle: ({ sheet, sales }) => `${sheet} 分级汇总（按${sales}）`,
    table: {
      tier: "等级",
      customers: "客户数",
      customerShare: "客户占比",
      sales: "销售额",
      salesShare: "销售额占比",
    },
    total: "合计",
    untiered: ({ count }) => `${count} 行销售额无效，未分级`,
    concentration: ({ topShare, share }) =>
      `前 ${percentText(topShare)} 的客户贡献了 ${percentText(share)} 的销售额`,
    negativeShares: ({ customers, sales }) =>
      `销售额占比只计正数销售额：${customers} 位客户的销售额为负（合计 ${sales}），按 0 计`,
    pareto: {
      ranks: "客户（排名）",
      salesPerCustomer: "单客户销售额",
      cumulativeShare: "累计销售额占比",
      tier: "等级",
    },
    paretoChartTitle: "帕累托图：按客户排名的销售额",
    comparison: {
      caption: "与上期等级相比的变化",
      change: "变化",
      customers: "客户数",
      up: "升级",
      down: "降级",
      same: "不变",
      new: "新增",
      gone: "消失",
      unknown: "上期等级无法识别",
    },
  },
  plan: {
    planSheet: ({ start }) => `拜访计划 ${start}`,
    routeSheet: ({ start }) => `路线图 ${start}`,
    columns: {
      date: "日期",
      weekday: "星期",
      week: "周次",
      rep: "业务员",
      stop: "顺序",
      customer: "客户",
      tier: "等级",
      area: "区域",
      address: "地址",
      latitude: "纬度",
      longitude: "经度",
      kmFromPrevious: "距上一站(公里)",
      travelMin: "路上(分钟)",
      arrive: "到达",
      depart: "离开",
      hoursCheck: "营业时间提示",
    },
    dayColumns: {
      rep: "业务员 ",
      date: "拜访日",
      weekday: "星期 ",
      week: "周次 ",
      visits: "拜访数",
      km: "公里数",
      start: "出发时间",
      end: "结束时间",
      workHours: "拜访小时",
      travelHours: "路上小时",
    },
    unscheduledColumns: {
      customer: "未排客户",
      tier: "等级 ",
      rep: "负责业务员",
      required: "应拜访次数",
      scheduled: "已排次数",
      missing: "缺少次数",
      code: "代码",
      reason: "原因",
    },
    noneUnscheduled: "所有应拜访次数均已排入计划，没有未排客户。",
    weekdays: ["周一", "周二", "周三", "周四", "周五", "周六", "周日"],
    reasons: {
      UNKNOWN_TIER: "等级不在拜访政策中",
      SALES_NOT_NUMBER: "没有等级：销售额不是数字",
      SALES_BLANK: "没有等级：销售额为空",
      TIER_BLANK: "没有等级：等级单元格为空",
      DUPLICATE_ID: "客户重复出现：只排一次",
      CAPACITY: "拜访能力不足：请提高每日拜访数、增加业务员或降低拜访频次",
      TOO_FREQUENT: "拜访政策要求的次数多于工作日数",
      NO_WORKING_DAYS: "计划期内没有工作日",
    },
    outsideHours: ({ hours }) => `不在营业时间 ${hours} 内：请先电话确认`,
    noRep: "（无业务员）",
    routeChartTitle: ({ rep }) => `路线图：${rep}`,
    routeNote: ({ column }) =>
      `此处为每位业务员的路线图（每天的拜访按顺序连线）。图表由 Excel 中的加载项绘制（拜访计划 > 生成计划）；没有加载项时，这里只有数据：从 ${column} 列起，每位业务员每次拜访的日期、经度和纬度。要画出路线，选中该业务员的经度、纬度两列，插入“带直线的散点图”。`,
    routeColumns: { date: "日期", longitude: "经度", latitude: "纬度" },
  },
};

/** The workbook texts of every locale. */
export const SHEET_TEXT: Readonly<Record<Locale, SheetText>> = { en, zh };

/**
 * Workbook texts in a locale.
 *
 * @param locale "en" or "zh".
 * @returns The texts (unknown locales get English).
 * @example sheetText("zh").tiering.tierHeader // "等级"
 */
export function sheetText(locale: Locale): SheetText {
  return SHEET_TEXT[locale] ?? en;
}
