/**
 * Every text shown in the task pane, in English and Simplified Chinese: the one source. The
 * `UiText` type makes a missing translation a compile error. (Text written INTO workbooks lives
 * in sheetText.ts.) To add a tab's texts, add a section interface, a field in `UiText`, and its
 * `en` and `zh` values.
 */
import type { ColumnRole } from "../core/list/columns";
import type { CheckCode } from "../core/list/checks";
import type { MoveKind } from "../core/list/compare";
import type { Locale } from "./locale";

/** "rows 3, 7, 9 and 12 more" from 1-based row numbers (at most `max` listed). */
export type RowList = (rows: readonly number[], count: number) => string;

export interface TieringUiText {
  readList: string;
  refreshList: string;
  listFound: (p: { rows: number; sheet: string; range: string; table?: string }) => string;
  problems: { emptySelection: string; noData: string; tooLarge: string };
  columnsTitle: string;
  roles: Record<ColumnRole, string>;
  none: string;
  guessedFromHeader: string;
  guessedFromContent: string;
  /** What was read (issue 11): the sales prompt, rows left out, a second list. */
  read: {
    chooseSales: string;
    /** Between the parts of a list of reasons. */
    sep: string;
    salesAsk: (p: { candidates: string }) => string;
    salesNone: string;
    leftOut: (p: { count: number; parts: string }) => string;
    reasons: Record<
      "blank" | "total" | "header" | "note",
      (p: { count: number; rows: string }) => string
    >;
    anotherList: (p: { row: number }) => string;
  };
  remembered: string;
  methodTitle: string;
  methods: { rank: string; rankCustom: string; pareto: string };
  cutLabel: (p: { label: string }) => string;
  cutsInvalid: string;
  groupBy: string;
  noGrouping: string;
  outputTitle: string;
  outputFormulas: string;
  outputValues: string;
  tierButton: string;
  working: string;
  written: (p: { column: string; rows: number; output: "values" | "formulas" }) => string;
  valuesInTable: string;
  confirmTitle: string;
  confirmExistingTier: (p: { column: string; cells: number }) => string;
  confirmNonEmpty: (p: { column: string; cells: number }) => string;
  replace: string;
  cancel: string;
  cancelled: string;
  checksTitle: string;
  checks: Record<CheckCode, (p: { count: number; rows: string; names?: string }) => string>;
  rowList: RowList;
  summaryTitle: string;
  table: {
    tier: string;
    customers: string;
    customerShare: string;
    sales: string;
    salesShare: string;
    total: string;
  };
  concentration: (p: { topShare: string; share: string }) => string;
  /** The share rule, said when some tiered customers have negative sales. */
  negativeShares: (p: { customers: number; sales: string }) => string;
  untiered: (p: { count: number }) => string;
  chartTitle: string;
  chartBars: string;
  chartAxisRank: string;
  chartLine: string;
  chartRanks: (p: { from: number; to: number }) => string;
  insertSummary: string;
  summaryInserted: (p: { sheet: string }) => string;
  comparisonTitle: string;
  moves: Record<MoveKind, string>;
  showRows: string;
  rowButton: (p: { row: number; name: string }) => string;
  goneRowsNote: string;
}

export interface UiText {
  appTitle: string;
  /** Shown while a tab's code loads (the first time the tab opens). */
  loadingTab: string;
  language: string;
  languages: Record<Locale, string>;
  tabs: { tiering: string; visitPlan: string; value: string; churn: string; orderHistory: string };
  /** The menu button holding the tabs a narrow pane cannot show. */
  moreTabs: (p: { count: number }) => string;
  error: (p: { message: string }) => string;
  dismiss: string;
  tiering: TieringUiText;
}

/** English singular or plural by count. */
const pl = (count: number, one: string, many: string) => (count === 1 ? one : many);

function rowListFor(locale: Locale): RowList {
  return (rows, count) => {
    const shown = rows.slice(0, 12).join(", ");
    const more = count - Math.min(rows.length, 12);
    if (locale === "zh") return more > 0 ? `第 ${shown} 行等（另有 ${more} 行）` : `第 ${shown} 行`;
    const word = rows.length === 1 ? "row" : "rows";
    return more > 0 ? `${word} ${shown} and ${more} more` : `${word} ${shown}`;
  };
}

const en: UiText = {
  appTitle: "Customer tiering",
  loadingTab: "Loading…",
  moreTabs: ({ count }) => `${count} more tab${count === 1 ? "" : "s"}`,
  language: "Language",
  languages: { en: "English", zh: "中文" },
  tabs: {
    tiering: "Tiering",
    visitPlan: "Visit plan",
    value: "Value",
    churn: "Churn",
    orderHistory: "Order history",
  },
  error: ({ message }) => `Something went wrong: ${message}`,
  dismiss: "Dismiss",
  tiering: {
    readList: "Read the list around the selection",
    refreshList: "Read again",
    listFound: ({ rows, sheet, range, table }) =>
      `${rows.toLocaleString("en-US")} customers in ${table ? `table ${table}` : range} on sheet ${sheet}`,
    problems: {
      emptySelection:
        "No list here. Click a cell inside your customer list (or select the whole list), then read again.",
      noData: "This list has a header but no rows under it. Select a list with customers in it.",
      tooLarge:
        "This list is too large for the pane. Use CRM.TIER in a cell or the crm command instead.",
    },
    columnsTitle: "Columns",
    roles: {
      customer: "Customer",
      sales: "Sales (tier by)",
      channel: "Channel",
      region: "Region",
      rep: "Rep / owner",
      previousTier: "Previous tier",
      margin: "Margin",
      cost: "Cost to serve",
      loyalty: "Loyalty",
      area: "Area",
      address: "Address",
      lat: "Latitude",
      lng: "Longitude",
      latlng: "Lat,lng",
      lastOrder: "Last order date",
    },
    none: "(none)",
    guessedFromHeader: "guessed from the header",
    guessedFromContent: "guessed from the contents",
    read: {
      chooseSales: "Choose the sales column",
      sep: ", ",
      salesAsk: ({ candidates }) =>
        `No header names the sales column: choose it above (it could be ${candidates}).`,
      salesNone:
        "No column holds sales figures (phones, postcodes, ids, years and codes are not sales): choose the sales column above.",
      leftOut: ({ count, parts }) =>
        `${count} ${pl(count, "row is", "rows are")} not customers and ${pl(count, "was", "were")} left out: ${parts}.`,
      reasons: {
        blank: ({ count, rows }) => `${count} blank (${rows})`,
        total: ({ count, rows }) => `${count} total/subtotal (${rows})`,
        header: ({ count, rows }) => `${count} repeated header (${rows})`,
        note: ({ count, rows }) => `${count} note (${rows})`,
      },
      anotherList: ({ row }) =>
        `Another list starts at row ${row}, below this one: it was not read (select it to tier it).`,
    },
    remembered: "remembered from last time",
    methodTitle: "Method",
    methods: {
      rank: "By rank: top 20% A, next 40% B, rest C",
      rankCustom: "By rank, my own cuts",
      pareto: "Pareto: A up to 80% of sales, B up to 95%",
    },
    cutLabel: ({ label }) => `${label} up to (% of customers)`,
    cutsInvalid: "Cuts must increase and lie between 0 and 100.",
    groupBy: "Tier within groups of",
    noGrouping: "No grouping (whole list)",
    outputTitle: "Write tiers as",
    outputFormulas: "Live formulas (=CRM.TIER, follow later edits)",
    outputValues: "Values",
    tierButton: "Tier",
    working: "Tiering…",
    written: ({ column, rows, output }) =>
      `Tier column written in column ${column} for ${rows.toLocaleString("en-US")} rows (${output === "formulas" ? "live formula" : "values"}).`,
    valuesInTable:
      "The list is an Excel table, where a spilling formula cannot go: tiers were written as values.",
    confirmTitle: "Replace column?",
    confirmExistingTier: ({ column, cells }) =>
      `Column ${column} holds the Tier column of an earlier run (${cells} cells). Replace it? Its tiers are used as the previous tiers for the comparison.`,
    confirmNonEmpty: ({ column, cells }) =>
      `Column ${column}, right of the list, is not empty (${cells} cells). Write the Tier column over it?`,
    replace: "Replace",
    cancel: "Cancel",
    cancelled: "Nothing was written.",
    checksTitle: "Data checks",
    checks: {
      emptyList: () =>
        "The list has no data rows. Select a customer list with a header row and customers under it.",
      noNumericColumn: () =>
        "No column of numbers to tier by. Select a list with a sales column, or choose the sales column above.",
      noSalesValues: () =>
        "The sales column holds no numbers. Choose the column with the sales figures.",
      salesAllErrors: ({ names }) =>
        `Every cell of the sales column is an error (all ${names ?? "#N/A"}): fix the formulas or choose another column.`,
      salesNotNumeric: ({ count, rows }) =>
        `${count} ${pl(count, "sales cell is not a number", "sales cells are not numbers")} (${rows}): ${pl(count, "that customer is", "those customers are")} left untiered.`,
      salesBlank: ({ count, rows }) =>
        `${count} ${pl(count, "customer has", "customers have")} no sales (${rows}): left untiered.`,
      duplicateCustomer: ({ count, rows, names }) =>
        `${count} rows repeat a customer name${names ? ` (${names})` : ""}: ${rows}.`,
      missingRep: ({ count, rows }) =>
        `${count} ${pl(count, "customer has", "customers have")} no rep / owner (${rows}): incomplete records are lost at handover.`,
      missingArea: ({ count, rows }) =>
        `${count} ${pl(count, "customer has", "customers have")} no area (${rows}): incomplete records.`,
    },
    rowList: rowListFor("en"),
    summaryTitle: "Summary",
    table: {
      tier: "Tier",
      customers: "Customers",
      customerShare: "% of customers",
      sales: "Sales",
      salesShare: "% of sales",
      total: "Total",
    },
    concentration: ({ topShare, share }) =>
      `The top ${topShare} of customers hold ${share} of sales.`,
    negativeShares: ({ customers, sales }) =>
      `Shares of sales count positive sales only: ${customers} ${pl(customers, "customer", "customers")} with negative sales (${sales} in total) ${pl(customers, "counts", "count")} as 0.`,
    untiered: ({ count }) =>
      `${count} ${pl(count, "row", "rows")} left untiered (blank or non-numeric sales).`,
    chartTitle: "Pareto: sales by customer rank",
    chartBars: "Sales per customer",
    chartAxisRank: "Customers by rank (bars: sales per customer)",
    chartLine: "Cumulative share of sales",
    chartRanks: ({ from, to }) => (from === to ? `#${from}` : `#${from}-${to}`),
    insertSummary: "Insert summary sheet",
    summaryInserted: ({ sheet }) =>
      `Sheet "${sheet}" added with the summary table and a Pareto chart.`,
    comparisonTitle: "Since last time",
    moves: {
      up: "Moved up",
      down: "Moved down",
      same: "Same tier",
      new: "New",
      gone: "Gone",
      unknown: "Not comparable",
    },
    showRows: "Show customers",
    rowButton: ({ row, name }) => `Row ${row}${name ? `: ${name}` : ""}`,
    goneRowsNote: "Customers gone since last time have no row in the list any more.",
  },
};

const zh: UiText = {
  appTitle: "客户分级",
  loadingTab: "正在加载…",
  moreTabs: ({ count }) => `另外 ${count} 个选项卡`,
  language: "语言",
  languages: { en: "English", zh: "中文" },
  tabs: {
    tiering: "分级",
    visitPlan: "拜访计划",
    value: "价值",
    churn: "流失",
    orderHistory: "订单历史",
  },
  error: ({ message }) => `出错了：${message}`,
  dismiss: "关闭",
  tiering: {
    readList: "读取所选位置的客户清单",
    refreshList: "重新读取",
    listFound: ({ rows, sheet, range, table }) =>
      `工作表「${sheet}」${table ? `表格 ${table}` : ` ${range}`}：共 ${rows} 个客户`,
    problems: {
      emptySelection:
        "这里没有清单。请单击客户清单中的任一单元格（或选中整个清单），然后重新读取。",
      noData: "该清单只有标题行，下面没有客户。请选择有客户数据的清单。",
      tooLarge: "清单太大，任务窗格无法处理。请在单元格中使用 CRM.TIER，或使用 crm 命令。",
    },
    columnsTitle: "列",
    roles: {
      customer: "客户",
      sales: "销售额（分级依据）",
      channel: "渠道",
      region: "区域",
      rep: "业务员 / 负责人",
      previousTier: "上次等级",
      margin: "毛利",
      cost: "服务成本",
      loyalty: "忠诚度",
      area: "片区",
      address: "地址",
      lat: "纬度",
      lng: "经度",
      latlng: "经纬度",
      lastOrder: "最近下单日期",
    },
    none: "（无）",
    guessedFromHeader: "根据标题识别",
    guessedFromContent: "根据内容识别",
    read: {
      chooseSales: "请选择销售额列",
      sep: "，",
      salesAsk: ({ candidates }) =>
        `没有列标题表明哪一列是销售额：请在上方选择（可能是 ${candidates}）。`,
      salesNone:
        "没有可作为销售额的列（电话、邮编、编号、年份和代码都不是销售额）：请在上方选择销售额列。",
      leftOut: ({ count, parts }) => `${count} 行不是客户，未计入：${parts}。`,
      reasons: {
        blank: ({ count, rows }) => `${count} 行空行（${rows}）`,
        total: ({ count, rows }) => `${count} 行合计/小计（${rows}）`,
        header: ({ count, rows }) => `${count} 行重复的标题（${rows}）`,
        note: ({ count, rows }) => `${count} 行备注（${rows}）`,
      },
      anotherList: ({ row }) => `第 ${row} 行下方还有另一份清单：未读取（选中它即可分级）。`,
    },
    remembered: "沿用上次的选择",
    methodTitle: "分级方法",
    methods: {
      rank: "按排名：前 20% 为 A，其后 40% 为 B，其余为 C",
      rankCustom: "按排名，自定义分界",
      pareto: "帕累托：累计销售额 80% 以内为 A，95% 以内为 B",
    },
    cutLabel: ({ label }) => `${label} 类截至（客户数 %）`,
    cutsInvalid: "分界须递增，且在 0 到 100 之间。",
    groupBy: "在以下分组内分级",
    noGrouping: "不分组（整个清单）",
    outputTitle: "等级写入方式",
    outputFormulas: "实时公式（=CRM.TIER，随数据更新）",
    outputValues: "数值",
    tierButton: "分级",
    working: "正在分级…",
    written: ({ column, rows, output }) =>
      `已在 ${column} 列写入 ${rows} 行等级（${output === "formulas" ? "实时公式" : "数值"}）。`,
    valuesInTable: "该清单是 Excel 表格，动态数组公式无法在表格中溢出，因此等级以数值写入。",
    confirmTitle: "替换该列？",
    confirmExistingTier: ({ column, cells }) =>
      `${column} 列是上次运行写入的等级列（${cells} 个单元格）。要替换吗？原有等级将作为上次等级用于对比。`,
    confirmNonEmpty: ({ column, cells }) =>
      `清单右侧的 ${column} 列不是空的（${cells} 个单元格）。要在该列写入等级吗？`,
    replace: "替换",
    cancel: "取消",
    cancelled: "未写入任何内容。",
    checksTitle: "数据检查",
    checks: {
      emptyList: () => "清单没有数据行。请选择带标题行且下面有客户的清单。",
      noNumericColumn: () =>
        "没有可用于分级的数字列。请选择含销售额列的清单，或在上方指定销售额列。",
      noSalesValues: () => "销售额列中没有数字。请选择包含销售数据的列。",
      salesAllErrors: ({ names }) =>
        `销售额列全部是错误值（全部为 ${names ?? "#N/A"}）：请修正公式或选择其他列。`,
      salesNotNumeric: ({ count, rows }) =>
        `${count} 个销售额单元格不是数字（${rows}）：这些客户未分级。`,
      salesBlank: ({ count, rows }) => `${count} 个客户没有销售额（${rows}）：未分级。`,
      duplicateCustomer: ({ count, rows, names }) =>
        `${count} 行客户名称重复${names ? `（${names}）` : ""}：${rows}。`,
      missingRep: ({ count, rows }) =>
        `${count} 个客户没有业务员（${rows}）：档案不完整，交接时容易流失。`,
      missingArea: ({ count, rows }) => `${count} 个客户没有片区（${rows}）：档案不完整。`,
    },
    rowList: rowListFor("zh"),
    summaryTitle: "汇总",
    table: {
      tier: "等级",
      customers: "客户数",
      customerShare: "客户占比",
      sales: "销售额",
      salesShare: "销售额占比",
      total: "合计",
    },
    concentration: ({ topShare, share }) => `前 ${topShare} 的客户贡献了 ${share} 的销售额。`,
    negativeShares: ({ customers, sales }) =>
      `销售额占比只计正数销售额：${customers} 位客户的销售额为负（合计 ${sales}），按 0 计。`,
    untiered: ({ count }) => `${count} 行未分级（销售额为空或不是数字）。`,
    chartTitle: "帕累托图：按客户排名的销售额",
    chartBars: "每客户销售额",
    chartAxisRank: "客户排名（柱：每客户销售额）",
    chartLine: "累计销售额占比",
    chartRanks: ({ from, to }) => (from === to ? `第${from}名` : `第${from}-${to}名`),
    insertSummary: "插入汇总工作表",
    summaryInserted: ({ sheet }) => `已添加工作表「${sheet}」，包含汇总表和帕累托图。`,
    comparisonTitle: "与上次相比",
    moves: {
      up: "升级",
      down: "降级",
      same: "等级不变",
      new: "新增",
      gone: "消失",
      unknown: "无法比较",
    },
    showRows: "查看客户",
    rowButton: ({ row, name }) => `第 ${row} 行${name ? `：${name}` : ""}`,
    goneRowsNote: "上次之后消失的客户在清单中已没有对应行。",
  },
};

export const UI_TEXT: Readonly<Record<Locale, UiText>> = { en, zh };

/** The pane's texts in `locale`. */
export function uiText(locale: Locale): UiText {
  return UI_TEXT[locale];
}
