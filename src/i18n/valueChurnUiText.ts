/**
 * Texts of the pane's Value and Churn tabs, English and Simplified Chinese. Kept apart from
 * uiText.ts (the tiering and shell texts) so the tabs can grow on their own; the
 * `ValueChurnUiText` type makes a missing translation a compile error. Text written INTO the
 * workbook (headers, the Churn watch sheet) is in valueChurnText.ts.
 */
import type { SegmentId, SegmentMatrix } from "../core/segment";
import type { Locale } from "./locale";

type Fmt<P> = (p: P) => string;

export interface ValueUiText {
  listFound: Fmt<{ rows: number; sheet: string }>;
  readList: string;
  refreshList: string;
  noList: string;
  noNumeric: string;
  matrixTitle: string;
  matrices: Record<SegmentMatrix, string>;
  /** Axis names per matrix: [x, y]. */
  axes: Record<SegmentMatrix, { x: string; y: string }>;
  cutLabel: Fmt<{ axis: string }>;
  cutHint: Fmt<{ median: string }>;
  resetCuts: string;
  cutInvalid: string;
  chartTitle: string;
  cutLine: string;
  missing: Fmt<{ count: number }>;
  table: { segment: string; customers: string; value: string; valueShare: string; action: string };
  segments: Record<SegmentId, { label: string; action: string }>;
  outputTitle: string;
  outputFormulas: string;
  outputValues: string;
  writeSegment: string;
  segmentWritten: Fmt<{ column: string; output: "formulas" | "values" }>;
  tableFixedCuts: string;
  tableValues: string;
  valuesWithTotals: string;
  clvTitle: string;
  clvMargin: string;
  clvRetention: string;
  clvDiscount: string;
  clvHorizon: string;
  clvHorizonHint: string;
  writeClv: string;
  clvWritten: Fmt<{ column: string }>;
  clvInvalid: string;
  scoreTitle: string;
  scoreHint: string;
  lowerIsBetter: string;
  weight: Fmt<{ name: string }>;
  writeScore: string;
  scoreWritten: Fmt<{ column: string; tierColumn: string }>;
  scoreNeedsIndicator: string;
  confirmTitle: string;
  confirm: Record<"replaceOwn" | "overwriteCells" | "unknownCells", Fmt<{ columns: string }>>;
  replace: string;
  cancel: string;
  cancelled: string;
  working: string;
}

export interface ChurnUiText {
  customer: string;
  lastOrder: string;
  valueColumn: string;
  rep: string;
  pAliveColumn: string;
  none: string;
  days: string;
  pAliveThreshold: string;
  asOf: string;
  asOfNote: Fmt<{ date: string }>;
  probability: string;
  defaultCost: string;
  defaultCostHint: string;
  inputInvalid: string;
  summary: Fmt<{ count: number; customers: number; value: string }>;
  noneLapsed: string;
  noLastOrder: string;
  topTitle: Fmt<{ shown: number; count: number }>;
  table: {
    customer: string;
    rep: string;
    daysSince: string;
    pAlive: string;
    value: string;
    expected: string;
  };
  selectRow: Fmt<{ name: string }>;
  write: string;
  working: string;
  written: Fmt<{
    sheet: string;
    created: boolean;
    lapsed: number;
    kept: number;
    reasons: number;
    winBack: number;
  }>;
}

export interface ValueChurnUiText {
  value: ValueUiText;
  churn: ChurnUiText;
}

const nf = (locale: Locale) => (x: number) =>
  x.toLocaleString(locale === "zh" ? "zh-CN" : "en-US", { maximumFractionDigits: 0 });

const en: ValueChurnUiText = {
  value: {
    listFound: ({ rows, sheet }) => `${rows.toLocaleString("en-US")} customers on sheet ${sheet}`,
    readList: "Read the list around the selection",
    refreshList: "Read again",
    noList: "No list here. Click a cell inside your customer list, then read again.",
    noNumeric: "The list has no column of numbers to place customers by.",
    matrixTitle: "Segment matrix",
    matrices: { loyalty: "Value × loyalty", cost: "Margin × cost to serve" },
    axes: {
      loyalty: { x: "Value or sales", y: "Loyalty" },
      cost: { x: "Margin", y: "Cost to serve" },
    },
    cutLabel: ({ axis }) => `${axis}: high from`,
    cutHint: ({ median }) => `Blank: the median (${median})`,
    resetCuts: "Back to the medians",
    cutInvalid: "A cut must be a number.",
    chartTitle: "Customers by quadrant",
    cutLine: "Cut",
    missing: ({ count }) =>
      `${count} customers have no number on one of the axes and are left out.`,
    table: {
      segment: "Segment",
      customers: "Customers",
      value: "Value",
      valueShare: "% of value",
      action: "What to do",
    },
    segments: {
      core: {
        label: "Core",
        action: "Protect: the most precious asset; keep service and attention high.",
      },
      atRisk: {
        label: "At risk",
        action: "Manage tightly: channel conflict, price dumping, unpaid receivables.",
      },
      grow: { label: "Grow", action: "Support and coach: tomorrow's stars." },
      phaseOut: { label: "Phase out", action: "Serve at minimum cost or let go." },
      protect: {
        label: "Protect",
        action: "Hidden profit and an easy target for competitors: protect.",
      },
      costly: {
        label: "Costly",
        action: "Profitable only if the margin covers the cost: cut cost or raise margin.",
      },
      passive: { label: "Passive", action: "Low value but profitable: serve efficiently." },
      challenging: {
        label: "Challenging",
        action: "Fix the cost, reprice, keep for reputation, or let go.",
      },
    },
    outputTitle: "Write as",
    outputFormulas: "Live formulas (follow later edits)",
    outputValues: "Values",
    writeSegment: "Write Segment column",
    segmentWritten: ({ column, output }) =>
      `Segment column written in column ${column} (${output === "formulas" ? "live formula" : "values"}).`,
    tableFixedCuts:
      "The list is an Excel table: one formula per row, with the cuts fixed at today's values.",
    tableValues:
      "The list is an Excel table, where a spilling formula cannot go: written as values.",
    valuesWithTotals:
      "Rows left out of the list (such as a total row) hold numbers a live formula would count as customers: written as values.",
    clvTitle: "Customer lifetime value (CLV)",
    clvMargin: "Margin per period",
    clvRetention: "Retention per period (%)",
    clvDiscount: "Discount rate per period (%)",
    clvHorizon: "Horizon (periods)",
    clvHorizonHint: "0 = no end (margin multiple)",
    writeClv: "Write CLV column",
    clvWritten: ({ column }) => `CLV column written in column ${column}.`,
    clvInvalid:
      "Retention and discount must be percentages between 0 and 100, the horizon a whole number ≥ 0.",
    scoreTitle: "Multi-criteria score",
    scoreHint:
      "Choose the indicators; weights always add up to 100%. The score (0-100) is tiered A/B/C by rank.",
    lowerIsBetter: "Lower is better",
    weight: ({ name }) => `Weight of ${name}`,
    writeScore: "Write Score and tier",
    scoreWritten: ({ column, tierColumn }) =>
      `Score written in column ${column}, its tier in column ${tierColumn}.`,
    scoreNeedsIndicator: "Choose at least one indicator with a weight above 0.",
    confirmTitle: "Write over cells?",
    confirm: {
      replaceOwn: ({ columns }) =>
        `Column ${columns} holds this column from an earlier run. Replace it?`,
      overwriteCells: ({ columns }) => `Column ${columns} is not empty. Write over it?`,
      unknownCells: ({ columns }) => `Column ${columns} may hold data. Write over it?`,
    },
    replace: "Replace",
    cancel: "Cancel",
    cancelled: "Nothing was written.",
    working: "Working…",
  },
  churn: {
    customer: "Customer",
    lastOrder: "Last order date",
    valueColumn: "Value at stake (recent value or CLV)",
    rep: "Rep / owner",
    pAliveColumn: "P(alive) from order history",
    none: "(none)",
    days: "Lapsed after (days)",
    pAliveThreshold: "Or P(alive) below (%)",
    asOf: "As of",
    asOfNote: ({ date }) =>
      `The list's latest order is on ${date}, long before today: days are counted from that date.`,
    probability: "Win-back success probability (%)",
    defaultCost: "Default win-back cost",
    defaultCostHint: "Blank: typed per customer on the sheet",
    inputInvalid: "Check the inputs: days ≥ 0, percentages between 0 and 100, cost ≥ 0.",
    summary: ({ count, customers, value }) =>
      `${count} of ${customers} customers lapsed; value at stake ${value}.`,
    noneLapsed: "No lapsed customers with these settings.",
    noLastOrder: "Choose the last-order column (or a P(alive) column) to find lapsed customers.",
    topTitle: ({ shown, count }) =>
      shown < count ? `Top ${shown} by value at stake` : "By value at stake",
    table: {
      customer: "Customer",
      rep: "Rep",
      daysSince: "Days",
      pAlive: "P(alive)",
      value: "Value at stake",
      expected: "Expected return",
    },
    selectRow: ({ name }) => `Select ${name} in the sheet`,
    write: "Write Churn watch sheet",
    working: "Writing…",
    written: ({ sheet, created, lapsed, kept, reasons, winBack }) =>
      `${created ? "Created" : "Updated"} sheet "${sheet}": ${lapsed} lapsed customers, ${winBack} worth winning back.` +
      (created
        ? ""
        : ` ${reasons} churn reasons entered earlier were kept${kept > 0 ? `, and ${kept} customers no longer lapsed stay listed` : ""}.`),
  },
};

const zh: ValueChurnUiText = {
  value: {
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
    table: {
      segment: "细分",
      customers: "客户数",
      value: "价值",
      valueShare: "价值占比",
      action: "建议措施",
    },
    segments: {
      core: { label: "核心客户", action: "重点保护：企业最宝贵的资产，保持高水平服务与关注。" },
      atRisk: { label: "风险客户", action: "严格管理：警惕窜货、砸价和应收账款。" },
      grow: { label: "成长客户", action: "扶持辅导：明日之星。" },
      phaseOut: { label: "淘汰客户", action: "以最低成本服务或放弃。" },
      protect: { label: "保护客户", action: "隐性利润，也是竞争对手的目标：重点保护。" },
      costly: { label: "高成本客户", action: "毛利足以覆盖成本才盈利：降低服务成本或提高毛利。" },
      passive: { label: "被动客户", action: "价值低但盈利：高效低成本服务。" },
      challenging: { label: "挑战客户", action: "降低成本、重新定价、为声誉保留，或放弃。" },
    },
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
    scoreWritten: ({ column, tierColumn }) =>
      `评分已写入 ${column} 列，等级写入 ${tierColumn} 列。`,
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
  },
  churn: {
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
    topTitle: ({ shown, count }) =>
      shown < count ? `流失价值最高的 ${shown} 个` : "按流失价值排序",
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
  },
};

export const VALUE_CHURN_UI_TEXT: Readonly<Record<Locale, ValueChurnUiText>> = Object.freeze({
  en,
  zh,
});

/** The Value and Churn tab texts of a locale. */
export function valueChurnUiText(locale: Locale): ValueChurnUiText {
  return VALUE_CHURN_UI_TEXT[locale];
}

/** A whole number formatted for the locale (value at stake, quadrant values). */
export function formatAmount(locale: Locale, x: number): string {
  return Number.isFinite(x) ? nf(locale)(x) : "—";
}
