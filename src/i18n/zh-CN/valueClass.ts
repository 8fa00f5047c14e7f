import { withActions } from "../format";
import { shareTableHead } from "./valuePane";
import { valueSheet } from "./valueSheet";
import type { ValueClassMessages } from "../types";

export const valueClass: ValueClassMessages = {
  pane: {
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
      table: { cls: "类别", ...shareTableHead },
      // The labels are those the Value class column gets (value.sheet).
      names: withActions(valueSheet.classes, {
        mostValuable: "重点保持：最好的服务，资深业务员。",
        secondary: "重点发展：深化关系，交叉销售。",
        ordinary: "规模化、高效率服务。",
        negative: "降低服务成本、重新定价或放弃。",
      }),
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
  },
};
