/**
 * Texts of the pane's "Order history" tab (issue #6), English and Simplified Chinese. Kept in
 * their own file so the tab can grow without touching the other tabs' texts; `uiText.ts`
 * exposes them as `uiText(locale).orderHistory`.
 */
import type { OrderRole } from "../core/list/columns";
import type { HistoryProblem, OrderIssue } from "../app/history";
import type { Locale } from "./locale";

export interface HistoryUiText {
  intro: string;
  readList: string;
  refreshList: string;
  listFound: (p: { rows: number; sheet: string; range: string; table?: string }) => string;
  listProblems: { emptySelection: string; noData: string; tooLarge: string };
  columnsTitle: string;
  roles: Record<OrderRole, string>;
  none: string;
  guessedFromHeader: string;
  guessedFromContent: string;
  remembered: string;
  settingsTitle: string;
  asOf: string;
  asOfHint: (p: { date: string }) => string;
  holdoutEnd: string;
  holdoutHint: string;
  months: string;
  monthlyDiscount: string;
  margin: string;
  periodDays: string;
  previewTitle: string;
  preview: {
    orders: (p: { orders: number; customers: number }) => string;
    dates: (p: { from: string; to: string }) => string;
    calibration: (p: { customers: number; orders: number; date: string }) => string;
    repeat: (p: { share: string; buyers: number }) => string;
    holdout: (p: { orders: number; date: string }) => string;
    blankRows: (p: { count: number }) => string;
  };
  badDate: (p: { field: string; value: string }) => string;
  problems: Record<Exclude<HistoryProblem, "badRows">, string>;
  badRows: (p: { count: number; list: string }) => string;
  issue: (p: { row: number; problem: OrderIssue["problem"] }) => string;
  writeButton: string;
  working: string;
  written: (p: { sheet: string }) => string;
}

const en: HistoryUiText = {
  intro:
    "Estimate from the order history how likely each customer is still buying, how much they will buy and their lifetime value. Select a cell in the order table (one line per order: customer, date, amount).",
  readList: "Read the order table around the selection",
  refreshList: "Read again",
  listFound: ({ rows, sheet, range, table }) =>
    `${rows.toLocaleString("en-US")} order lines in ${table ? `table ${table}` : range} on sheet ${sheet}`,
  listProblems: {
    emptySelection: "No table here. Click a cell inside your order table, then read again.",
    noData: "This table has a header but no order lines under it.",
    tooLarge:
      "This table is too large for the pane. Type the CRM.RFM formula chain yourself (see the README).",
  },
  columnsTitle: "Columns",
  roles: { customer: "Customer", date: "Order date", amount: "Amount" },
  none: "(none)",
  guessedFromHeader: "guessed from the header",
  guessedFromContent: "guessed from the contents",
  remembered: "remembered from last time",
  settingsTitle: "Settings",
  asOf: "Calibration end",
  asOfHint: ({ date }) =>
    `Orders after this date are not used for the fit. Empty: the latest order (${date}).`,
  holdoutEnd: "Holdout end (optional)",
  holdoutHint:
    "Checks the fit against what customers really bought between the calibration end and this date.",
  months: "Horizon (months)",
  monthlyDiscount: "Monthly discount rate (%)",
  margin: "Margin on spend (%)",
  periodDays: "Days per period",
  previewTitle: "What the table holds",
  preview: {
    orders: ({ orders, customers }) =>
      `${orders.toLocaleString("en-US")} orders from ${customers.toLocaleString("en-US")} customers`,
    dates: ({ from, to }) => `From ${from} to ${to}`,
    calibration: ({ customers, orders, date }) =>
      `Up to ${date}: ${customers.toLocaleString("en-US")} customers, ${orders.toLocaleString("en-US")} orders`,
    repeat: ({ share, buyers }) =>
      `${share} of them bought again (${buyers.toLocaleString("en-US")} customers)`,
    holdout: ({ orders, date }) =>
      `${orders.toLocaleString("en-US")} orders in the holdout up to ${date}`,
    blankRows: ({ count }) => `${count} blank lines skipped`,
  },
  badDate: ({ field, value }) => `${field}: "${value}" is not a date.`,
  problems: {
    noOrders: "The table has no order lines.",
    noCalibrationCustomers: "No order on or before the calibration end: choose a later date.",
    holdoutNotAfterAsOf:
      "The holdout end must be after the calibration end (set a calibration end before the latest order).",
    badMonths: "The horizon must be a whole number of months from 1 to 1200.",
    badDiscount: "The monthly discount rate must be above -100%.",
    badMargin: "The margin must be between 0% and 100%.",
    badPeriodDays: "Days per period must be a positive number.",
    badColumns: "Choose three different columns for customer, order date and amount.",
  },
  badRows: ({ count, list }) =>
    `${count} order lines cannot be read (${list}). Fix them, then read again.`,
  issue: ({ row, problem }) =>
    `row ${row}: ${problem === "customer" ? "no customer" : problem === "date" ? "the date is not a date" : "the amount is not a number"}`,
  writeButton: "Write formula chain",
  working: "Writing…",
  written: ({ sheet }) =>
    `Sheet "${sheet}" added with the live formula chain. Excel fits the models as it recalculates; change a setting on that sheet to refit.`,
};

const zh: HistoryUiText = {
  intro:
    "根据订单历史估计每个客户仍在购买的概率、未来购买次数和终身价值。请选中订单表中的任一单元格（每行一笔订单：客户、日期、金额）。",
  readList: "读取所选位置的订单表",
  refreshList: "重新读取",
  listFound: ({ rows, sheet, range, table }) =>
    `工作表「${sheet}」${table ? `表格 ${table}` : ` ${range}`}：共 ${rows} 行订单`,
  listProblems: {
    emptySelection: "这里没有表格。请单击订单表中的任一单元格，然后重新读取。",
    noData: "该表只有标题行，下面没有订单。",
    tooLarge: "订单表太大，任务窗格无法处理。请自行输入 CRM.RFM 公式链（见 README）。",
  },
  columnsTitle: "列",
  roles: { customer: "客户", date: "下单日期", amount: "金额" },
  none: "（无）",
  guessedFromHeader: "根据标题识别",
  guessedFromContent: "根据内容识别",
  remembered: "沿用上次的选择",
  settingsTitle: "设置",
  asOf: "校准期截止日",
  asOfHint: ({ date }) => `此日期之后的订单不参与拟合。留空：最近一笔订单的日期（${date}）。`,
  holdoutEnd: "验证期截止日（可选）",
  holdoutHint: "用校准期截止日到此日期之间客户的实际购买来检验拟合效果。",
  months: "预测期（月）",
  monthlyDiscount: "月折现率（%）",
  margin: "毛利率（%）",
  periodDays: "每期天数",
  previewTitle: "订单概况",
  preview: {
    orders: ({ orders, customers }) => `${customers} 个客户的 ${orders} 笔订单`,
    dates: ({ from, to }) => `从 ${from} 到 ${to}`,
    calibration: ({ customers, orders, date }) =>
      `截至 ${date}：${customers} 个客户，${orders} 笔订单`,
    repeat: ({ share, buyers }) => `其中 ${share} 有复购（${buyers} 个客户）`,
    holdout: ({ orders, date }) => `验证期（至 ${date}）内 ${orders} 笔订单`,
    blankRows: ({ count }) => `跳过 ${count} 个空行`,
  },
  badDate: ({ field, value }) => `${field}：“${value}”不是日期。`,
  problems: {
    noOrders: "该表没有订单。",
    noCalibrationCustomers: "校准期截止日之前没有订单：请选择更晚的日期。",
    holdoutNotAfterAsOf:
      "验证期截止日必须晚于校准期截止日（请把校准期截止日设在最近一笔订单之前）。",
    badMonths: "预测期必须是 1 到 1200 之间的整数月。",
    badDiscount: "月折现率必须大于 -100%。",
    badMargin: "毛利率必须在 0% 到 100% 之间。",
    badPeriodDays: "每期天数必须是正数。",
    badColumns: "请为客户、下单日期和金额选择三个不同的列。",
  },
  badRows: ({ count, list }) => `${count} 行订单无法读取（${list}）。请修正后重新读取。`,
  issue: ({ row, problem }) =>
    `第 ${row} 行：${problem === "customer" ? "没有客户" : problem === "date" ? "日期无效" : "金额不是数字"}`,
  writeButton: "写入公式链",
  working: "正在写入…",
  written: ({ sheet }) =>
    `已添加工作表「${sheet}」，包含实时公式链。Excel 重新计算时会拟合模型；修改该表上的设置即可重新拟合。`,
};

export const HISTORY_UI_TEXT: Readonly<Record<Locale, HistoryUiText>> = { en, zh };
