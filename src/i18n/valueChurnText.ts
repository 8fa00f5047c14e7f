/**
 * Text the Value and Churn jobs write into workbooks (headers, sheet names, dropdown items,
 * formula results), English and Simplified Chinese. Kept apart from the tiering texts so the
 * two can grow independently; `sheetText.ts` re-exports it.
 *
 * Every header is matched in BOTH languages when a job looks for its own earlier column or
 * sheet, so switching the pane's language between runs does not duplicate anything.
 */
import type { ChurnReasonId } from "../core/churn/reasons";
import { VALUE_CLASS_IDS, VALUE_CLASS_LABELS, type ValueClassId } from "../core/valueClass";
import type { Locale } from "./locale";

/** Headers of the columns the Value jobs add to the list, and the value-class labels they write. */
export interface ValueSheetText {
  segment: string;
  clv: string;
  score: string;
  scoreTier: string;
  valueClass: string;
  ccv: string;
  cpv: string;
  /** Value-class labels as written in cells (English: CRM.VALUECLASS's defaults). */
  classes: Record<ValueClassId, string>;
}

export const VALUE_TEXT: Readonly<Record<Locale, ValueSheetText>> = Object.freeze({
  en: {
    segment: "Segment",
    clv: "CLV",
    score: "Score",
    scoreTier: "Score tier",
    valueClass: "Value class",
    ccv: "Current value",
    cpv: "Potential value",
    // The function's own defaults, so an English formula needs no labels argument.
    classes: Object.fromEntries(
      VALUE_CLASS_IDS.map((id, i) => [id, VALUE_CLASS_LABELS[i]])
    ) as Record<ValueClassId, string>,
  },
  zh: {
    segment: "客户细分",
    clv: "客户终身价值",
    score: "综合评分",
    scoreTier: "评分等级",
    valueClass: "客户价值类别",
    ccv: "当前价值",
    cpv: "潜在价值",
    classes: {
      mostValuable: "最有价值客户",
      secondary: "次要客户",
      ordinary: "普通客户",
      negative: "负值客户",
    },
  },
});

/** Texts of the Churn watch sheet. */
export interface ChurnSheetText {
  sheetName: string;
  headers: {
    customer: string;
    id: string;
    rep: string;
    lastOrder: string;
    daysSince: string;
    valueAtStake: string;
    pAlive: string;
    flaggedBy: string;
    status: string;
    reason: string;
    cost: string;
    probability: string;
    expectedReturn: string;
    decision: string;
    notes: string;
  };
  reasons: Record<ChurnReasonId, string>;
  flags: {
    daysSince: (days: number) => string;
    lowPAlive: (threshold?: number) => string;
    /** Sales trend (a fraction, e.g. -0.45) over the window of periods. */
    declining: (trend: number, window: number) => string;
  };
  status: { lapsed: string; declining: string; recovered: string };
  decision: { winBack: string; letGo: string };
}

export const CHURN_TEXT: Readonly<Record<Locale, ChurnSheetText>> = Object.freeze({
  en: {
    sheetName: "Churn watch",
    headers: {
      customer: "Customer",
      id: "Customer ID",
      rep: "Rep",
      lastOrder: "Last order",
      daysSince: "Days since",
      valueAtStake: "Value at stake",
      pAlive: "P(alive)",
      flaggedBy: "Flagged by",
      status: "Status",
      reason: "Churn reason",
      cost: "Win-back cost",
      probability: "Success probability",
      expectedReturn: "Expected return",
      decision: "Decision",
      notes: "Notes",
    },
    reasons: {
      repAttitude: "Rep's attitude",
      product: "Product dissatisfaction",
      competitor: "Competitor",
      otherSupplier: "Other supplier relationship",
      moved: "Moved",
      closed: "Closed",
      other: "Other",
    },
    flags: {
      daysSince: (d) => `No order for over ${d} days`,
      lowPAlive: (t) =>
        t === undefined ? "Low P(alive)" : `P(alive) below ${Math.round(t * 100)}%`,
      declining: (x, w) =>
        `Sales down ${Math.round(-x * 100)}% (last ${w} periods vs the ${w} before)`,
    },
    status: { lapsed: "Lapsed", declining: "Declining", recovered: "No longer lapsed" },
    decision: { winBack: "Win back", letGo: "Let go" },
  },
  zh: {
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
});
