/**
 * Text the order-history job (issue #6) writes into workbooks: the sheet name, headers of the
 * RFM table and the per-customer columns, labels of the settings and fits, the fit status
 * texts, the calibration/holdout check table and its chart. English and Simplified Chinese;
 * `sheetText.ts` exposes it as `sheetText(locale).history`.
 */
import type { Locale } from "./locale";

export interface HistorySheetText {
  /** Base name of the new sheet: "Order history 1997-09-30" (made unique with uniqueSheetName). */
  sheetName: (p: { date: string }) => string;
  /** Title line: where the orders come from and which columns were used. */
  title: (p: { source: string; customer: string; date: string; amount: string }) => string;
  /** Line under the title explaining the live chain. */
  note: string;
  /** Headers of the RFM table (CRM.RFM spills under them) and of the columns beside it. */
  headers: {
    customer: string;
    frequency: string;
    recency: string;
    age: string;
    monetary: string;
    holdoutPurchases: string;
    holdoutLength: string;
    pAlive: string;
    /** Over the horizon of the settings block (a cell the user may change, so no number here). */
    expectedPurchases: string;
    expectedSpend: string;
    clv: string;
    predictedHoldout: string;
  };
  /** Settings block: the cells the formulas read (edit them to refit). */
  settings: {
    caption: string;
    asOf: string;
    holdoutEnd: string;
    periodDays: string;
    months: string;
    monthlyDiscount: string;
    margin: string;
    horizonPeriods: string;
  };
  bgnbd: { caption: string; r: string; alpha: string; a: string; b: string; logLikelihood: string };
  gammaGamma: { caption: string; p: string; q: string; gamma: string; logLikelihood: string };
  /** Fit status cell: label and the three outcomes the formula shows. */
  status: { label: string; ok: string; notConverged: string; inputError: string };
  /** The calibration/holdout check table and chart. */
  check: {
    caption: string;
    group: string;
    customers: string;
    actual: string;
    predicted: string;
    chartTitle: string;
  };
}

export const HISTORY_TEXT: Readonly<Record<Locale, HistorySheetText>> = Object.freeze({
  en: {
    sheetName: ({ date }) => `Order history ${date}`,
    title: ({ source, customer, date, amount }) =>
      `Order history of ${source} (customer: ${customer}, date: ${date}, amount: ${amount})`,
    note: "Live formulas: change a setting on the right and the models refit. Periods are in days per period.",
    headers: {
      customer: "Customer",
      frequency: "Frequency (repeat purchases)",
      recency: "Recency (periods)",
      age: "Age T (periods)",
      monetary: "Mean repeat spend",
      holdoutPurchases: "Holdout purchases",
      holdoutLength: "Holdout length (periods)",
      pAlive: "P(alive)",
      expectedPurchases: "Expected purchases over the horizon",
      expectedSpend: "Expected spend per purchase",
      clv: "CLV over the horizon",
      predictedHoldout: "Predicted holdout purchases",
    },
    settings: {
      caption: "Settings",
      asOf: "Calibration end",
      holdoutEnd: "Holdout end",
      periodDays: "Days per period",
      months: "Horizon (months)",
      monthlyDiscount: "Monthly discount rate",
      margin: "Margin on spend",
      horizonPeriods: "Horizon (periods)",
    },
    bgnbd: {
      caption: "BG/NBD fit (purchases)",
      r: "r",
      alpha: "alpha",
      a: "a",
      b: "b",
      logLikelihood: "Log-likelihood",
    },
    gammaGamma: {
      caption: "Gamma-Gamma fit (spend)",
      p: "p",
      q: "q",
      gamma: "gamma",
      logLikelihood: "Log-likelihood",
    },
    status: {
      label: "Fit status",
      ok: "ok",
      notConverged: "did not converge",
      inputError: "input error: see the fit cell",
    },
    check: {
      caption: "Calibration/holdout check",
      group: "Repeat purchases (calibration)",
      customers: "Customers",
      actual: "Actual holdout purchases (mean)",
      predicted: "Predicted holdout purchases (mean)",
      chartTitle: "Holdout purchases: predicted vs actual",
    },
  },
  zh: {
    sheetName: ({ date }) => `订单历史 ${date}`,
    title: ({ source, customer, date, amount }) =>
      `${source} 的订单历史（客户：${customer}，日期：${date}，金额：${amount}）`,
    note: "实时公式：修改右侧的设置，模型会重新拟合。时间以“期”为单位（每期天数见设置）。",
    headers: {
      customer: "客户",
      frequency: "复购次数",
      recency: "最近购买距首购（期）",
      age: "客户年龄 T（期）",
      monetary: "平均复购金额",
      holdoutPurchases: "验证期购买次数",
      holdoutLength: "验证期长度（期）",
      pAlive: "存活概率",
      expectedPurchases: "预测期内预期购买次数",
      expectedSpend: "预期单次消费",
      clv: "预测期客户终身价值",
      predictedHoldout: "验证期预测购买次数",
    },
    settings: {
      caption: "设置",
      asOf: "校准期截止日",
      holdoutEnd: "验证期截止日",
      periodDays: "每期天数",
      months: "预测期（月）",
      monthlyDiscount: "月折现率",
      margin: "毛利率",
      horizonPeriods: "预测期（期）",
    },
    bgnbd: {
      caption: "BG/NBD 拟合（购买）",
      r: "r",
      alpha: "alpha",
      a: "a",
      b: "b",
      logLikelihood: "对数似然",
    },
    gammaGamma: {
      caption: "Gamma-Gamma 拟合（消费）",
      p: "p",
      q: "q",
      gamma: "gamma",
      logLikelihood: "对数似然",
    },
    status: {
      label: "拟合状态",
      ok: "正常",
      notConverged: "未收敛",
      inputError: "输入有误：请查看拟合单元格",
    },
    check: {
      caption: "校准期/验证期检验",
      group: "复购次数（校准期）",
      customers: "客户数",
      actual: "验证期实际购买次数（平均）",
      predicted: "验证期预测购买次数（平均）",
      chartTitle: "验证期购买次数：预测与实际",
    },
  },
});
