/**
 * Texts of the Visit plan tab's "Visits done" section (issue 13 part 3: visit log, compliance,
 * re-plan), English and Simplified Chinese. The type makes a missing translation a compile error.
 * Text written INTO the compliance sheet lives in complianceText.ts.
 */
import type { Locale } from "./locale";

/**
 * Why a plan sheet or a visit log cannot be read (the compliance job's error codes; declared
 * here, where each gets its message, because i18n may not import the app layer).
 */
export type ComplianceInputCode =
  "NO_PLAN_SHEET" | "PLAN_COLUMNS" | "EMPTY_PLAN" | "LOG_HEADERLESS" | "LOG_COLUMNS" | "EMPTY_LOG";

export interface ComplianceUiText {
  title: string;
  intro: string;
  readLog: string;
  /** "1,034 visits read from sheet 拜访记录 (业务员, 客户名称, 拜访日期); 3 rows without a date". */
  logFound: (p: { visits: number; sheet: string; columns: string; problems: number }) => string;
  planSheet: string;
  noPlanSheet: string;
  asOf: string;
  check: string;
  checking: string;
  replanFrom: string;
  replanHint: string;
  replan: string;
  /** Shown after a compliance check. */
  written: (p: { sheet: string }) => string;
  /** Shown after a re-plan, before the plan's own message. */
  replanned: (p: { from: string; counted: number; customers: number }) => string;
  notCounted: (p: { rows: number }) => string;
  table: {
    rep: string;
    planned: string;
    onPlan: string;
    offPlan: string;
    missed: string;
    compliance: string;
    total: string;
  };
  missedA: (p: { visits: number }) => string;
  errors: Record<ComplianceInputCode, (p: { detail: string }) => string> & {
    noLog: string;
    badDate: (p: { value: string }) => string;
    fromOutside: (p: { start: string; end: string }) => string;
    noListForReplan: string;
  };
}

const en: ComplianceUiText = {
  title: "Visits done: compliance and re-plan",
  intro:
    "Select any cell of the visit log (Rep, Customer, Date; a sheet or a pasted CSV export) and read it.",
  readLog: "Read the visit log at the selection",
  logFound: ({ visits, sheet, columns, problems }) =>
    `${visits.toLocaleString("en-US")} visits read from sheet ${sheet} (${columns})` +
    (problems > 0 ? `; ${problems} row(s) without a customer or a date` : ""),
  planSheet: "Plan sheet",
  noPlanSheet: 'No "Visit plan ..." sheet in this workbook: generate a plan first.',
  asOf: "As of",
  check: "Check compliance",
  checking: "Checking...",
  replanFrom: "Re-plan from",
  replanHint:
    "Plans the rest of the horizon (start date and weeks above) counting the visits done; earlier days are left out. Select the customer list first.",
  replan: "Re-plan",
  written: ({ sheet }) => `Wrote the sheet "${sheet}".`,
  replanned: ({ from, counted, customers }) =>
    `Re-planned from ${from}: ${counted} visit(s) done at ${customers} customer(s) counted.`,
  notCounted: ({ rows }) =>
    `${rows} log row(s) not counted (unknown customer or rep, or no date): listed on the sheet with suggestions.`,
  table: {
    rep: "Rep",
    planned: "Planned",
    onPlan: "On plan",
    offPlan: "Off plan",
    missed: "Missed",
    compliance: "Compliance",
    total: "Total",
  },
  missedA: ({ visits }) => `A customers missed: ${visits} visit(s) (listed on the sheet).`,
  errors: {
    NO_PLAN_SHEET: () => "No visit plan sheet found.",
    PLAN_COLUMNS: ({ detail }) =>
      `This sheet is not a visit plan: no ${detail} column in its first row.`,
    EMPTY_PLAN: () => "The plan sheet has no planned visit.",
    LOG_HEADERLESS: () =>
      "The visit log needs a header row: Rep, Customer, Date (or 业务员, 客户, 日期).",
    LOG_COLUMNS: ({ detail }) =>
      `The visit log has no ${detail} column: name the columns Rep, Customer, Date (or 业务员, 客户, 日期).`,
    EMPTY_LOG: () => "The visit log has no rows.",
    noLog: "Read the visit log first: select a cell in it and click the button above.",
    badDate: ({ value }) => `"${value}" is not a date (yyyy-mm-dd).`,
    fromOutside: ({ start, end }) => `Re-plan from must be a day of the plan, ${start} to ${end}.`,
    noListForReplan: "Read the customer list first (select it and click Read the list).",
  },
};

const zh: ComplianceUiText = {
  title: "已完成拜访：执行情况与重新排程",
  intro: "选中拜访记录中的任意单元格（业务员、客户、日期；工作表或粘贴的 CSV 导出），然后读取。",
  readLog: "读取所选位置的拜访记录",
  logFound: ({ visits, sheet, columns, problems }) =>
    `从工作表 ${sheet} 读取了 ${visits} 条拜访（${columns}）` +
    (problems > 0 ? `；${problems} 行缺少客户或日期` : ""),
  planSheet: "计划工作表",
  noPlanSheet: "本工作簿没有「拜访计划 ...」工作表：请先生成计划。",
  asOf: "统计截至",
  check: "检查执行情况",
  checking: "正在检查...",
  replanFrom: "重新排程起始日",
  replanHint:
    "按上方的开始日期和周数，计入已完成的拜访，为计划期剩余的日子重新排程；之前的日子不再排入。请先选中客户清单。",
  replan: "重新排程",
  written: ({ sheet }) => `已写入工作表「${sheet}」。`,
  replanned: ({ from, counted, customers }) =>
    `已从 ${from} 起重新排程：计入 ${customers} 个客户的 ${counted} 次已完成拜访。`,
  notCounted: ({ rows }) =>
    `${rows} 行拜访记录未计入（客户或业务员不明，或缺少日期）：已在工作表中列出并给出建议。`,
  table: {
    rep: "业务员",
    planned: "计划",
    onPlan: "按计划",
    offPlan: "计划外",
    missed: "未完成",
    compliance: "执行率",
    total: "合计",
  },
  missedA: ({ visits }) => `未拜访的 A 类客户：${visits} 次（已在工作表中列出）。`,
  errors: {
    NO_PLAN_SHEET: () => "没有找到拜访计划工作表。",
    PLAN_COLUMNS: ({ detail }) => `该工作表不是拜访计划：第一行没有 ${detail} 列。`,
    EMPTY_PLAN: () => "计划工作表中没有计划拜访。",
    LOG_HEADERLESS: () => "拜访记录需要标题行：业务员、客户、日期（或 Rep, Customer, Date）。",
    LOG_COLUMNS: ({ detail }) => `拜访记录缺少 ${detail} 列：请将列命名为业务员、客户、日期。`,
    EMPTY_LOG: () => "拜访记录没有数据行。",
    noLog: "请先读取拜访记录：选中其中一个单元格，然后点击上方按钮。",
    badDate: ({ value }) => `“${value}”不是日期（yyyy-mm-dd）。`,
    fromOutside: ({ start, end }) => `重新排程起始日必须在计划期内（${start} 至 ${end}）。`,
    noListForReplan: "请先读取客户清单（选中清单后点击读取）。",
  },
};

/** Roles named in the localised "no ... column" message. */
export const LOG_ROLE_NAMES: Readonly<Record<Locale, Record<string, string>>> = {
  en: { rep: "Rep", customer: "Customer", date: "Date" },
  zh: { rep: "业务员", customer: "客户", date: "日期" },
};

/**
 * The section's texts in a locale.
 * @param locale "en" or "zh".
 * @returns The texts.
 * @example complianceUiText("zh").check // "检查执行情况"
 */
export function complianceUiText(locale: Locale): ComplianceUiText {
  return locale === "zh" ? zh : en;
}
