/** The Value tab's pane texts (Simplified Chinese). */
import { withActions } from "../format";
import { valueSheet } from "./valueSheet";
import type { ShareTableHead, ValueUiText } from "../types";

/** The columns of the pane's share tables (segments here, value classes in valueClass.ts). */
export const shareTableHead: ShareTableHead = {
  customers: "客户数",
  value: "价值",
  valueShare: "价值占比",
  action: "建议措施",
};

export const valuePane: ValueUiText = {
  listFound: ({ rows, sheet }) => `工作表「${sheet}」中共 ${rows.toLocaleString("zh-CN")} 个客户`,
  readList: "读取所选位置的客户清单",
  refreshList: "重新读取",
  noList: "这里没有清单。请点击客户清单中的任一单元格，然后重新读取。",
  noNumeric: "清单中没有可用于划分客户的数字列。",
  matrixTitle: "客户细分矩阵",
  matrices: { loyalty: "价值 × 忠诚度", cost: "毛利 × 服务成本" },
  axes: { loyalty: { x: "价值或销售额", y: "忠诚度" }, cost: { x: "毛利", y: "服务成本" } },
  cutLabel: ({ axis }) => `${axis}：高于（含）`,
  cutHint: ({ median }) => `留空：取中位数（${median}）`,
  resetCuts: "恢复为中位数",
  cutInvalid: "分界值必须是数字。",
  chartTitle: "客户象限分布",
  cutLine: "分界线",
  missing: ({ count }) => `${count} 个客户在某一坐标轴上没有数字，未参与划分。`,
  table: { segment: "细分", ...shareTableHead },
  // The labels are those the Segment column gets (value.sheet), the actions the pane's own.
  segments: withActions(valueSheet.segments, {
    core: "重点保护：企业最宝贵的资产，保持高水平服务与关注。",
    atRisk: "严格管理：警惕窜货、砸价和应收账款。",
    grow: "扶持辅导：明日之星。",
    phaseOut: "以最低成本服务或放弃。",
    protect: "隐性利润，也是竞争对手的目标：重点保护。",
    costly: "毛利足以覆盖成本才盈利：降低服务成本或提高毛利。",
    passive: "价值低但盈利：高效低成本服务。",
    challenging: "降低成本、重新定价、为声誉保留，或放弃。",
  }),
  outputTitle: "写入方式",
  outputFormulas: "动态公式（随数据更新）",
  outputValues: "数值",
  writeSegment: "写入细分列",
  segmentWritten: ({ column, output }) =>
    `细分列已写入 ${column} 列（${output === "formulas" ? "动态公式" : "数值"}）。`,
  tableFixedCuts: "清单是 Excel 表格：每行一个公式，分界值固定为当前值。",
  tableValues: "清单是 Excel 表格，无法放置溢出公式：已写入数值。",
  valuesWithTotals:
    "清单中被排除的行（如合计行）含有数字，动态公式会把它们算作客户，因此以数值写入。",
  clvTitle: "客户终身价值（CLV）",
  clvMargin: "每期毛利",
  clvRetention: "每期保留率（%）",
  clvDiscount: "每期折现率（%）",
  clvHorizon: "期数",
  clvHorizonHint: "0 = 无限期（毛利倍数）",
  writeClv: "写入 CLV 列",
  clvWritten: ({ column }) => `CLV 列已写入 ${column} 列。`,
  clvInvalid: "保留率和折现率须为 0 到 100 之间的百分数，期数须为不小于 0 的整数。",
  scoreTitle: "多指标综合评分",
  scoreHint: "选择指标；权重合计始终为 100%。评分（0-100）按排名分为 A/B/C 级。",
  lowerIsBetter: "越低越好",
  weight: ({ name }) => `${name} 的权重`,
  writeScore: "写入评分和等级",
  scoreWritten: ({ column, tierColumn }) => `评分已写入 ${column} 列，等级写入 ${tierColumn} 列。`,
  scoreNeedsIndicator: "请至少选择一个权重大于 0 的指标。",
  confirmTitle: "覆盖单元格？",
  confirm: {
    replaceOwn: ({ columns }) => `${columns} 列是之前写入的同一列。要替换吗？`,
    overwriteCells: ({ columns }) => `${columns} 列不为空。要覆盖吗？`,
    unknownCells: ({ columns }) => `${columns} 列可能有数据。要覆盖吗？`,
  },
  replace: "替换",
  cancel: "取消",
  cancelled: "未写入任何内容。",
  working: "处理中…",
};
