/** The Churn tab's pane texts (Simplified Chinese). */
import type { ChurnUiText } from "../types";

export const churnPane: ChurnUiText = {
  customer: "客户",
  lastOrder: "最近下单日期",
  valueColumn: "流失价值（近期价值或 CLV）",
  rep: "业务员",
  pAliveColumn: "订单历史中的存活概率",
  none: "（无）",
  days: "流失天数（未下单）",
  pAliveThreshold: "或存活概率低于（%）",
  asOf: "截至日期",
  asOfNote: ({ date }) => `清单中最近的订单日期为 ${date}，远早于今天：天数从该日期起算。`,
  probability: "挽回成功率（%）",
  defaultCost: "默认挽回成本",
  defaultCostHint: "留空：在工作表中逐个填写",
  inputInvalid: "请检查输入：天数不小于 0，百分数在 0 到 100 之间，成本不小于 0。",
  summary: ({ count, customers, value }) =>
    `${customers} 个客户中有 ${count} 个流失预警；流失价值 ${value}。`,
  noneLapsed: "按当前设置没有流失客户。",
  noLastOrder: "请选择最近下单日期列（或存活概率列）以查找流失客户。",
  topTitle: ({ shown, count }) => (shown < count ? `流失价值最高的 ${shown} 个` : "按流失价值排序"),
  table: {
    customer: "客户",
    rep: "业务员",
    daysSince: "天数",
    pAlive: "存活概率",
    value: "流失价值",
    expected: "预期收益",
  },
  selectRow: ({ name }) => `在工作表中选中 ${name}`,
  write: "写入流失预警表",
  working: "写入中…",
  written: ({ sheet, created, lapsed, kept, reasons, winBack }) =>
    `已${created ? "新建" : "更新"}工作表「${sheet}」：${lapsed} 个流失客户，其中 ${winBack} 个值得挽回。` +
    (created
      ? ""
      : `保留了之前填写的 ${reasons} 条流失原因${kept > 0 ? `，另有 ${kept} 个已恢复的客户仍列在表中` : ""}。`),
};
