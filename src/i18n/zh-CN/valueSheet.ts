/** What the Value jobs write into workbooks (Simplified Chinese): their column headers and cell labels. */
import type { ValueSheetText } from "../types";

export const valueSheet: ValueSheetText = {
  segment: "客户细分",
  clv: "客户终身价值",
  score: "综合评分",
  scoreTier: "评分等级",
  valueClass: "客户价值类别",
  ccv: "当前价值",
  cpv: "潜在价值",
  segments: {
    core: "核心客户",
    atRisk: "风险客户",
    grow: "成长客户",
    phaseOut: "淘汰客户",
    protect: "保护客户",
    costly: "高成本客户",
    passive: "被动客户",
    challenging: "挑战客户",
  },
  classes: {
    mostValuable: "最有价值客户",
    secondary: "次要客户",
    ordinary: "普通客户",
    negative: "负值客户",
  },
};
