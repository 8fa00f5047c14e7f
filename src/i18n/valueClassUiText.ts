/**
 * Pane texts of issue 15's additions, English and Simplified Chinese: the Value tab's value
 * classes and current/potential value, the Churn tab's "declining" list, the Tiering tab's
 * migration matrix. Kept apart from valueChurnUiText.ts/uiText.ts so these parts grow on their
 * own; the interface makes a missing translation a compile error. Text written INTO the workbook
 * (headers, class labels) is in valueChurnText.ts.
 */
import type { ValueClassId } from "../core/valueClass";
import type { Locale } from "./locale";

type Fmt<P> = (p: P) => string;

export interface ValueClassUiText {
  classes: {
    title: string;
    hint: string;
    value: string;
    cost: string;
    potential: string;
    none: string;
    topShare: string;
    topShareInvalid: string;
    /** The check the literature invites: do the top x% really bring ~40%? */
    headline: Fmt<{ top: string; customers: number; share: string }>;
    table: {
      cls: string;
      customers: string;
      value: string;
      valueShare: string;
      action: string;
    };
    /** Label and one-line action per class (the pane's; the cells get valueChurnText's labels). */
    names: Record<ValueClassId, { label: string; action: string }>;
    missing: Fmt<{ count: number }>;
    write: string;
    written: Fmt<{ column: string }>;
  };
  current: {
    title: string;
    hint: string;
    profit: string;
    potential: string;
    none: string;
    periods: string;
    discount: string;
    invalid: string;
    write: string;
    written: Fmt<{ columns: string }>;
  };
  declining: {
    title: string;
    hint: string;
    firstPeriod: string;
    lastPeriod: string;
    tier: string;
    none: string;
    window: string;
    threshold: string;
    invalid: string;
    needPeriods: Fmt<{ needed: number; have: number }>;
    summary: Fmt<{ count: number; a: number; value: string }>;
    noneDeclining: string;
    table: { customer: string; tier: string; trend: string; value: string };
    valueHint: string;
    /** Added to the Churn tab's "written" message. */
    written: Fmt<{ count: number }>;
  };
  migration: {
    title: string;
    /** Row/column header corner: previous tier down, current across. */
    corner: string;
    newRow: string;
    goneCol: string;
    /** What a cell shows. */
    legend: string;
    cell: Fmt<{ from: string; to: string; count: number; sales: string }>;
  };
}

const en: ValueClassUiText = {
  classes: {
    title: "Value classes",
    hint: "Most valuable = the top share of customers by value (as CRM.TIER ranks them); Negative = value below the cost to serve.",
    value: "Value (sales, profit or CLV)",
    cost: "Cost to serve",
    potential: "Potential value",
    none: "(none)",
    topShare: "Most valuable: top (%)",
    topShareInvalid: "The top share must be a percentage above 0 and at most 100.",
    headline: ({ top, customers, share }) =>
      `The top ${top} (${customers} customers) bring ${share} of the value (the rule of thumb: ~40%).`,
    table: {
      cls: "Class",
      customers: "Customers",
      value: "Value",
      valueShare: "% of value",
      action: "What to do",
    },
    names: {
      mostValuable: { label: "Most valuable", action: "Retain: top service, senior reps." },
      secondary: { label: "Secondary", action: "Grow: develop the relationship, cross-sell." },
      ordinary: { label: "Ordinary", action: "Serve at scale, efficiently." },
      negative: { label: "Negative", action: "Fix the cost to serve, reprice, or let go." },
    },
    missing: ({ count }) => `${count} rows have no value and are left out.`,
    write: "Write Value class column",
    written: ({ column }) => `Value class column written in column ${column}.`,
  },
  current: {
    title: "Current and potential value",
    hint: "Current value: today's profit kept for the horizon, discounted. Potential value: the extra profit if developed.",
    profit: "Profit per period now",
    potential: "Potential profit per period",
    none: "(none)",
    periods: "Periods",
    discount: "Discount rate per period (%)",
    invalid: "Periods must be a whole number ≥ 1 and the discount rate a percentage from 0 to 100.",
    write: "Write value columns",
    written: ({ columns }) => `Written in column ${columns}.`,
  },
  declining: {
    title: "Declining customers",
    hint: "Sales of the last periods against the periods before: key accounts fall for months before they leave.",
    firstPeriod: "First period column (oldest)",
    lastPeriod: "Last period column (newest)",
    tier: "Tier",
    none: "(none)",
    window: "Periods compared",
    threshold: "Declining below (%)",
    invalid: "Periods compared must be a whole number ≥ 1, the threshold a percentage below 0.",
    needPeriods: ({ needed, have }) =>
      `Choose at least ${needed} period columns (now ${have}), oldest to newest.`,
    summary: ({ count, a, value }) =>
      `${count} customers declining (${a} A customers); value at risk ${value}.`,
    noneDeclining: "No customer declines that much.",
    table: { customer: "Customer", tier: "Tier", trend: "Trend", value: "Value at risk" },
    valueHint:
      "Value at risk: the value column above (unless it is one of the periods), else the sales of the earlier periods. A customers first.",
    written: ({ count }) => `${count} declining customers were added for the same follow-up.`,
  },
  migration: {
    title: "Tier migration",
    corner: "Was ↓ now →",
    newRow: "(new)",
    goneCol: "(gone)",
    legend: "Each cell: customers, and under them the sales they moved. Green up, red down.",
    cell: ({ from, to, count, sales }) => `${from} → ${to}: ${count} customers, sales ${sales}`,
  },
};

const zh: ValueClassUiText = {
  classes: {
    title: "客户价值分类",
    hint: "最有价值 = 按价值排名靠前的客户（排名规则同 CRM.TIER）；负值 = 价值低于服务成本。",
    value: "价值（销售额、利润或 CLV）",
    cost: "服务成本",
    potential: "潜在价值",
    none: "（无）",
    topShare: "最有价值：前（%）",
    topShareInvalid: "前百分比须大于 0 且不超过 100。",
    headline: ({ top, customers, share }) =>
      `前 ${top} 的客户（${customers} 个）贡献了 ${share} 的价值（经验值约 40%）。`,
    table: {
      cls: "类别",
      customers: "客户数",
      value: "价值",
      valueShare: "价值占比",
      action: "建议措施",
    },
    names: {
      mostValuable: { label: "最有价值客户", action: "重点保持：最好的服务，资深业务员。" },
      secondary: { label: "次要客户", action: "重点发展：深化关系，交叉销售。" },
      ordinary: { label: "普通客户", action: "规模化、高效率服务。" },
      negative: { label: "负值客户", action: "降低服务成本、重新定价或放弃。" },
    },
    missing: ({ count }) => `${count} 行没有价值，未参与分类。`,
    write: "写入价值类别列",
    written: ({ column }) => `价值类别列已写入 ${column} 列。`,
  },
  current: {
    title: "当前价值与潜在价值",
    hint: "当前价值：保持现有利润并折现；潜在价值：深化关系后增加的利润（扣除投入）。",
    profit: "当前每期利润",
    potential: "潜在每期利润",
    none: "（无）",
    periods: "期数",
    discount: "每期折现率（%）",
    invalid: "期数须为不小于 1 的整数，折现率须为 0 到 100 之间的百分数。",
    write: "写入价值列",
    written: ({ columns }) => `已写入 ${columns} 列。`,
  },
  declining: {
    title: "销售下滑客户",
    hint: "近几期销售额对比之前几期：大客户流失前往往会连续数月下滑。",
    firstPeriod: "第一期列（最早）",
    lastPeriod: "最后一期列（最近）",
    tier: "等级",
    none: "（无）",
    window: "对比期数",
    threshold: "下滑超过（%）",
    invalid: "对比期数须为不小于 1 的整数，阈值须为小于 0 的百分数。",
    needPeriods: ({ needed, have }) =>
      `请至少选择 ${needed} 个期间列（当前 ${have} 个），从早到晚。`,
    summary: ({ count, a, value }) =>
      `${count} 个客户销售下滑（其中 A 类 ${a} 个）；风险价值 ${value}。`,
    noneDeclining: "没有下滑到该程度的客户。",
    table: { customer: "客户", tier: "等级", trend: "变化", value: "风险价值" },
    valueHint:
      "风险价值：上方所选的价值列（若它是期间列之一则不用），否则为之前几期的销售额。A 类客户优先。",
    written: ({ count }) => `另有 ${count} 个销售下滑客户一并列入跟进。`,
  },
  migration: {
    title: "等级迁移",
    corner: "上期↓ 本期→",
    newRow: "（新增）",
    goneCol: "（流失）",
    legend: "每格：客户数，下方为其销售额。绿色为升级，红色为降级。",
    cell: ({ from, to, count, sales }) => `${from} → ${to}：${count} 个客户，销售额 ${sales}`,
  },
};

export const VALUE_CLASS_UI_TEXT: Readonly<Record<Locale, ValueClassUiText>> = Object.freeze({
  en,
  zh,
});

/** Issue 15's pane texts of a locale. */
export function valueClassUiText(locale: Locale): ValueClassUiText {
  return VALUE_CLASS_UI_TEXT[locale];
}
