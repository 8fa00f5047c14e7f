/**
 * Texts of the task pane's "Visit plan" tab (issue #4), in English and Simplified Chinese. The
 * `PlanUiText` type makes a missing translation a compile error. Text written INTO the plan
 * sheets lives in sheetText.ts (`plan` section).
 */
import type { UnscheduledCode } from "../core/plan/types";
import type { PlanRole } from "../core/plan/planRoles";
import type { Locale } from "./locale";

/** Figures of one unscheduled customer, for its localised reason. */
export interface ReasonFigures {
  tier: string;
  required: number;
  scheduled: number;
  missing: number;
  capacity: number;
}

export interface PlanUiText {
  readList: string;
  refreshList: string;
  listFound: (p: { rows: number; sheet: string; range: string }) => string;
  columnsTitle: string;
  roles: Record<PlanRole, string>;
  none: string;
  /** The "no tier column" choice of the tier dropdown. */
  tierFromSales: string;
  tierSourceColumn: string;
  tierSourceSales: string;
  guessedFromHeader: string;
  guessedFromContent: string;
  located: (p: { located: number; rows: number }) => string;
  optionsTitle: string;
  startDate: string;
  weeks: string;
  workdays: string;
  /** Weekday names, index 0 = Monday. */
  weekdays: readonly string[];
  holidays: string;
  holidaysHint: string;
  capacity: string;
  policyTitle: string;
  policyHint: string;
  policyTier: (p: { label: string }) => string;
  startsTitle: string;
  startsHint: string;
  startRep: string;
  startPoint: string;
  startPlaceholder: string;
  noRep: string;
  generate: string;
  generating: string;
  progress: { planning: string; writing: string };
  errors: {
    noList: string;
    noCustomerColumn: string;
    noTierSource: string;
    noCustomers: string;
    badStartDate: (p: { value: string }) => string;
    badHolidays: (p: { lines: string }) => string;
    noWorkdays: string;
    badWeeks: string;
    badCapacity: string;
    badPolicy: (p: { label: string }) => string;
    badStartPoint: (p: { rep: string; value: string }) => string;
  };
  written: (p: { sheet: string; routeSheet: string | null; charts: number }) => string;
  totalsTitle: string;
  totals: {
    visits: string;
    unscheduled: string;
    km: string;
    busiestDay: string;
    customers: string;
  };
  busiest: (p: { rep: string; date: string; weekday: string; visits: number }) => string;
  noBusiest: string;
  capacityNeeded: (p: { needed: number; capacity: number }) => string;
  allPlanned: string;
  perRepTitle: string;
  /** Per-rep table; `needed`: visits per day the rep's policy needs (red above the capacity). */
  perRep: { rep: string; visits: string; days: string; perDay: string; km: string; needed: string };
  perRepNote: string;
  unscheduledTitle: (p: { customers: number; visits: number }) => string;
  reasons: Record<UnscheduledCode, (p: ReasonFigures) => string>;
  more: (p: { count: number }) => string;
  number: (n: number, decimals?: number) => string;
}

const fmt =
  (tag: string) =>
  (n: number, decimals = 0) =>
    n.toLocaleString(tag, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });

const en: PlanUiText = {
  readList: "Read the list around the selection",
  refreshList: "Read again",
  listFound: ({ rows, sheet, range }) =>
    `${rows.toLocaleString("en-US")} customers in ${range} on sheet ${sheet}`,
  columnsTitle: "Columns",
  roles: {
    customer: "Customer",
    tier: "Tier",
    sales: "Sales (to tier on the fly)",
    rep: "Rep / owner (optional)",
    area: "Area / district (optional)",
    address: "Address (carried to the plan)",
    lat: "Latitude",
    lng: "Longitude",
    latlng: 'Combined "lat,lng" column',
  },
  none: "(none)",
  tierFromSales: "(none: compute from sales)",
  tierSourceColumn: "Tiers are read from the tier column.",
  tierSourceSales: "No tier column: tiers are computed from sales (top 20% A, next 40% B, rest C).",
  guessedFromHeader: "guessed from the header",
  guessedFromContent: "guessed from the contents",
  located: ({ located, rows }) =>
    located === 0
      ? "No coordinates: days are grouped by area, routes are not measured."
      : `${located.toLocaleString("en-US")} of ${rows.toLocaleString("en-US")} customers have coordinates.`,
  optionsTitle: "Plan",
  startDate: "Start date",
  weeks: "Weeks",
  workdays: "Working days",
  weekdays: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"],
  holidays: "Holidays (no visits)",
  holidaysHint: "One date per line, yyyy-mm-dd.",
  capacity: "Visits per rep per day",
  policyTitle: "Visits per 4 weeks, by tier",
  policyHint: "A at least weekly, B two to three times a month, C once or twice.",
  policyTier: ({ label }) => `Tier ${label}`,
  startsTitle: "Start points (optional)",
  startsHint:
    'A depot or home per rep as "lat,lng". Without one, the rep starts at the day\'s first customer.',
  startRep: "Rep",
  startPoint: "Start point (lat,lng)",
  startPlaceholder: "e.g. 30.657, 104.066",
  noRep: "(no rep)",
  generate: "Generate plan",
  generating: "Planning…",
  progress: { planning: "Planning the visits…", writing: "Writing the plan sheet…" },
  errors: {
    noList: "No list here. Click a cell inside your customer list, then read again.",
    noCustomerColumn: "Choose the customer column.",
    noTierSource: "Choose a tier column, or a sales column to tier on the fly.",
    noCustomers: "The list has no customers.",
    badStartDate: ({ value }) => `The start date "${value}" is not a date.`,
    badHolidays: ({ lines }) =>
      `These holiday lines are not dates (write yyyy-mm-dd, one per line): ${lines}.`,
    noWorkdays: "Tick at least one working day.",
    badWeeks: "Weeks must be a whole number from 1 to 104.",
    badCapacity: "Visits per rep per day must be a whole number of at least 1.",
    badPolicy: ({ label }) => `Visits for tier ${label} must be a number of at least 0.`,
    badStartPoint: ({ rep, value }) =>
      `The start point of ${rep} ("${value}") is not "latitude,longitude".`,
  },
  written: ({ sheet, routeSheet, charts }) =>
    `Plan written to the new sheet "${sheet}"` +
    (routeSheet ? `, route maps (${charts}) to "${routeSheet}".` : "."),
  totalsTitle: "Totals",
  totals: {
    visits: "Visits planned",
    unscheduled: "Unscheduled visits",
    km: "Route km",
    busiestDay: "Busiest day",
    customers: "Customers",
  },
  busiest: ({ rep, date, weekday, visits }) => `${rep}, ${weekday} ${date}: ${visits} visits`,
  noBusiest: "—",
  capacityNeeded: ({ needed, capacity }) =>
    `Capacity is too small for the policy: about ${needed} visits per rep per day would be needed (now ${capacity}). Raise it, add a rep or lower the policy.`,
  allPlanned: "Every required visit is planned.",
  perRepTitle: "Per rep",
  perRep: {
    rep: "Rep",
    visits: "Visits",
    days: "Days",
    perDay: "Max/day",
    km: "Km",
    needed: "Needed",
  },
  perRepNote:
    "Needed: visits per day the rep's customers require under the policy (red: above the capacity).",
  unscheduledTitle: ({ customers, visits }) =>
    `Unscheduled: ${customers} customers, ${visits} visits`,
  reasons: {
    UNKNOWN_TIER: ({ tier }) =>
      tier ? `Tier "${tier}" is not in the visit policy` : "No tier (blank sales or tier cell)",
    SALES_NOT_NUMBER: () => "No tier: the sales cell is not a number",
    SALES_BLANK: () => "No tier: the sales cell is blank",
    TIER_BLANK: () => "No tier: the tier cell is blank",
    DUPLICATE_ID: () => "Listed twice: planned once",
    CAPACITY: ({ scheduled, required, capacity }) =>
      `Days full: ${scheduled} of ${required} visits planned at ${capacity} per day`,
    TOO_FREQUENT: ({ scheduled, required }) =>
      `More visits (${required}) than working days; ${scheduled} planned`,
    NO_WORKING_DAYS: () => "No working day in the horizon",
  },
  more: ({ count }) => `and ${count.toLocaleString("en-US")} more (all listed on the plan sheet)`,
  number: fmt("en-US"),
};

const zh: PlanUiText = {
  readList: "读取所选位置的客户清单",
  refreshList: "重新读取",
  listFound: ({ rows, sheet, range }) => `工作表「${sheet}」${range}：共 ${rows} 个客户`,
  columnsTitle: "列",
  roles: {
    customer: "客户",
    tier: "等级",
    sales: "销售额（现场分级用）",
    rep: "业务员（可选）",
    area: "片区 / 区域（可选）",
    address: "地址（带入计划）",
    lat: "纬度",
    lng: "经度",
    latlng: "“纬度,经度”合并列",
  },
  none: "（无）",
  tierFromSales: "（无：按销售额现场分级）",
  tierSourceColumn: "等级取自等级列。",
  tierSourceSales: "没有等级列：按销售额现场分级（前 20% 为 A，其后 40% 为 B，其余为 C）。",
  guessedFromHeader: "根据标题识别",
  guessedFromContent: "根据内容识别",
  located: ({ located, rows }) =>
    located === 0
      ? "没有坐标：按片区安排每天的拜访，不计算路线里程。"
      : `${rows} 个客户中有 ${located} 个有坐标。`,
  optionsTitle: "计划",
  startDate: "开始日期",
  weeks: "周数",
  workdays: "工作日",
  weekdays: ["周一", "周二", "周三", "周四", "周五", "周六"],
  holidays: "节假日（不拜访）",
  holidaysHint: "每行一个日期，格式 yyyy-mm-dd。",
  capacity: "每名业务员每天拜访数",
  policyTitle: "每 4 周拜访次数（按等级）",
  policyHint: "A 类至少每周一次，B 类每月两到三次，C 类每月一到两次。",
  policyTier: ({ label }) => `${label} 类`,
  startsTitle: "出发点（可选）",
  startsHint: "每名业务员的仓库或住处，格式“纬度,经度”。不填则从当天第一个客户出发。",
  startRep: "业务员",
  startPoint: "出发点（纬度,经度）",
  startPlaceholder: "例如 30.657, 104.066",
  noRep: "（无业务员）",
  generate: "生成拜访计划",
  generating: "正在排计划…",
  progress: { planning: "正在安排拜访…", writing: "正在写入计划工作表…" },
  errors: {
    noList: "这里没有清单。请单击客户清单中的任一单元格，然后重新读取。",
    noCustomerColumn: "请选择客户列。",
    noTierSource: "请选择等级列，或选择销售额列以现场分级。",
    noCustomers: "清单中没有客户。",
    badStartDate: ({ value }) => `开始日期“${value}”不是有效日期。`,
    badHolidays: ({ lines }) => `以下节假日不是有效日期（请按 yyyy-mm-dd 每行写一个）：${lines}。`,
    noWorkdays: "请至少勾选一个工作日。",
    badWeeks: "周数必须是 1 到 104 之间的整数。",
    badCapacity: "每天拜访数必须是不小于 1 的整数。",
    badPolicy: ({ label }) => `${label} 类的拜访次数必须是不小于 0 的数。`,
    badStartPoint: ({ rep, value }) => `${rep} 的出发点“${value}”不是“纬度,经度”格式。`,
  },
  written: ({ sheet, routeSheet, charts }) =>
    `计划已写入新工作表「${sheet}」` +
    (routeSheet ? `，路线图（${charts} 张）写入「${routeSheet}」。` : "。"),
  totalsTitle: "合计",
  totals: {
    visits: "已排拜访",
    unscheduled: "未排拜访",
    km: "路线里程（公里）",
    busiestDay: "最忙的一天",
    customers: "客户数",
  },
  busiest: ({ rep, date, weekday, visits }) => `${rep}，${date}（${weekday}）：${visits} 次拜访`,
  noBusiest: "—",
  capacityNeeded: ({ needed, capacity }) =>
    `拜访能力不足以满足拜访政策：每名业务员每天约需 ${needed} 次拜访（当前 ${capacity} 次）。请提高每日拜访数、增加业务员或降低拜访频次。`,
  allPlanned: "所有应拜访次数均已排入计划。",
  perRepTitle: "按业务员",
  perRep: {
    rep: "业务员",
    visits: "拜访",
    days: "天数",
    perDay: "单日最多",
    km: "公里",
    needed: "每天需",
  },
  perRepNote: "每天需：按拜访政策该业务员每天需要的拜访数（红色：超过每日拜访能力）。",
  unscheduledTitle: ({ customers, visits }) => `未排入：${customers} 个客户，${visits} 次拜访`,
  reasons: {
    UNKNOWN_TIER: ({ tier }) =>
      tier ? `等级“${tier}”不在拜访政策中` : "没有等级（销售额或等级为空）",
    SALES_NOT_NUMBER: () => "没有等级：销售额不是数字",
    SALES_BLANK: () => "没有等级：销售额为空",
    TIER_BLANK: () => "没有等级：等级单元格为空",
    DUPLICATE_ID: () => "客户重复出现：只排一次",
    CAPACITY: ({ scheduled, required, capacity }) =>
      `日程已满：按每天 ${capacity} 次只排了 ${required} 次中的 ${scheduled} 次`,
    TOO_FREQUENT: ({ scheduled, required }) =>
      `要求次数（${required}）多于工作日数，已排 ${scheduled} 次`,
    NO_WORKING_DAYS: () => "计划期内没有工作日",
  },
  more: ({ count }) => `另有 ${count} 个（完整清单见计划工作表）`,
  number: fmt("zh-CN"),
};

export const PLAN_UI_TEXT: Readonly<Record<Locale, PlanUiText>> = { en, zh };

/** The Visit plan tab's texts in `locale`. */
export function planUiText(locale: Locale): PlanUiText {
  return PLAN_UI_TEXT[locale];
}
