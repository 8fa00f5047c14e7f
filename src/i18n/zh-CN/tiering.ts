import { TIER_HEADERS } from "../../core/tier/headers";
import { percentText } from "../format";
import type { TieringMessages } from "../types";

export const tiering: TieringMessages = {
  sheet: {
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
};
