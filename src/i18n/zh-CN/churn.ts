import { churnPane } from "./churnPane";
import type { ChurnMessages } from "../types";

export const churn: ChurnMessages = {
  pane: churnPane,
  sheet: {
    sheetName: "流失预警",
    headers: {
      customer: "客户",
      id: "客户编号",
      rep: "业务员",
      lastOrder: "最近下单",
      daysSince: "未下单天数",
      valueAtStake: "流失价值",
      pAlive: "活跃概率",
      flaggedBy: "预警原因",
      status: "状态",
      reason: "流失原因",
      cost: "挽回成本",
      probability: "挽回成功率",
      expectedReturn: "预期收益",
      decision: "决策",
      notes: "备注",
    },
    reasons: {
      repAttitude: "业务员态度",
      product: "产品不满意",
      competitor: "竞争对手",
      otherSupplier: "其他供应商关系",
      moved: "搬迁",
      closed: "停业",
      other: "其他",
    },
    flags: {
      daysSince: (d) => `超过${d}天未下单`,
      lowPAlive: (t) => (t === undefined ? "活跃概率低" : `活跃概率低于${Math.round(t * 100)}%`),
      declining: (x, w) => `销售额下降${Math.round(-x * 100)}%（近${w}期对比前${w}期）`,
    },
    status: { lapsed: "流失预警", declining: "销售下滑", recovered: "已恢复" },
    decision: { winBack: "挽回", letGo: "放弃" },
  },
};
