import { TIER_HEADERS } from "../../core/tier/headers";
import { listText, MAX_ROWS_LISTED, percentText } from "../format";
import { language } from "./language";
import type { TieringMessages } from "../types";

/** Headers of the summary table, on the sheet and in the pane. */
const table = {
  tier: "等级",
  customers: "客户数",
  customerShare: "客户占比",
  sales: "销售额",
  salesShare: "销售额占比",
};
const TOTAL = "合计";

export const tiering: TieringMessages = {
  sheet: {
    tierHeader: TIER_HEADERS.zh,
    previousTierHeader: "上期等级",
    summarySheet: "分级汇总",
    summaryTitle: ({ sheet, sales }) => `${sheet} 分级汇总（按${sales}）`,
    table,
    total: TOTAL,
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
  pane: {
    readList: "读取所选位置的客户清单",
    refreshList: "重新读取",
    listFound: ({ rows, sheet, range, table }) =>
      `工作表「${sheet}」${table ? `表格 ${table}` : ` ${range}`}：共 ${rows} 个客户`,
    problems: {
      emptySelection:
        "这里没有清单。请单击客户清单中的任一单元格（或选中整个清单），然后重新读取。",
      noData: "该清单只有标题行，下面没有客户。请选择有客户数据的清单。",
      tooLarge: "清单太大，任务窗格无法处理。请在单元格中使用 CRM.TIER，或使用 crm 命令。",
    },
    columnsTitle: "列",
    roles: {
      customer: "客户",
      sales: "销售额（分级依据）",
      channel: "渠道",
      region: "区域",
      rep: "业务员 / 负责人",
      previousTier: "上次等级",
      margin: "毛利",
      cost: "服务成本",
      loyalty: "忠诚度",
      area: "片区",
      address: "地址",
      lat: "纬度",
      lng: "经度",
      latlng: "经纬度",
      lastOrder: "最近下单日期",
    },
    none: "（无）",
    guessedFromHeader: "根据标题识别",
    guessedFromContent: "根据内容识别",
    read: {
      chooseSales: "请选择销售额列",
      sep: "，",
      salesAsk: ({ candidates }) =>
        `没有列标题表明哪一列是销售额：请在上方选择（可能是 ${candidates}）。`,
      salesNone:
        "没有可作为销售额的列（电话、邮编、编号、年份和代码都不是销售额）：请在上方选择销售额列。",
      leftOut: ({ count, parts }) => `${count} 行不是客户，未计入：${parts}。`,
      reasons: {
        blank: ({ count, rows }) => `${count} 行空行（${rows}）`,
        total: ({ count, rows }) => `${count} 行合计/小计（${rows}）`,
        header: ({ count, rows }) => `${count} 行重复的标题（${rows}）`,
        note: ({ count, rows }) => `${count} 行备注（${rows}）`,
      },
      anotherList: ({ row }) => `第 ${row} 行下方还有另一份清单：未读取（选中它即可分级）。`,
    },
    remembered: "沿用上次的选择",
    methodTitle: "分级方法",
    methods: {
      rank: "按排名：前 20% 为 A，其后 40% 为 B，其余为 C",
      rankCustom: "按排名，自定义分界",
      pareto: "帕累托：累计销售额 80% 以内为 A，95% 以内为 B",
    },
    cutLabel: ({ label }) => `${label} 类截至（客户数 %）`,
    cutsInvalid: "分界须递增，且在 0 到 100 之间。",
    groupBy: "在以下分组内分级",
    noGrouping: "不分组（整个清单）",
    outputTitle: "等级写入方式",
    outputFormulas: "实时公式（=CRM.TIER，随数据更新）",
    outputValues: "数值",
    tierButton: "分级",
    working: "正在分级…",
    written: ({ column, rows, output }) =>
      `已在 ${column} 列写入 ${rows} 行等级（${output === "formulas" ? "实时公式" : "数值"}）。`,
    valuesInTable: "该清单是 Excel 表格，动态数组公式无法在表格中溢出，因此等级以数值写入。",
    valuesWithTotals: "清单中的合计行含有数字，动态公式会把它们当作客户分级，因此等级以数值写入。",
    confirmTitle: "替换该列？",
    confirmExistingTier: ({ column, cells }) =>
      `${column} 列是上次运行写入的等级列（${cells} 个单元格）。要替换吗？原有等级将作为上次等级用于对比。`,
    confirmNonEmpty: ({ column, cells }) =>
      `清单右侧的 ${column} 列不是空的（${cells} 个单元格）。要在该列写入等级吗？`,
    replace: "替换",
    cancel: "取消",
    cancelled: "未写入任何内容。",
    checksTitle: "数据检查",
    checks: {
      emptyList: () => "清单没有数据行。请选择带标题行且下面有客户的清单。",
      noNumericColumn: () =>
        "没有可用于分级的数字列。请选择含销售额列的清单，或在上方指定销售额列。",
      noSalesValues: () => "销售额列中没有数字。请选择包含销售数据的列。",
      salesAllErrors: ({ names }) =>
        `销售额列全部是错误值（全部为 ${names ?? "#N/A"}）：请修正公式或选择其他列。`,
      salesNotNumeric: ({ count, rows }) =>
        `${count} 个销售额单元格不是数字（${rows}）：这些客户未分级。`,
      salesBlank: ({ count, rows }) => `${count} 个客户没有销售额（${rows}）：未分级。`,
      duplicateCustomer: ({ count, rows, names }) =>
        `${count} 行客户名称重复${names ? `（${names}）` : ""}：${rows}。`,
      missingRep: ({ count, rows }) =>
        `${count} 个客户没有业务员（${rows}）：档案不完整，交接时容易流失。`,
      missingArea: ({ count, rows }) => `${count} 个客户没有片区（${rows}）：档案不完整。`,
    },
    rowList: (rows, count) => {
      const more = count - Math.min(rows.length, MAX_ROWS_LISTED);
      const shown = listText(language.tag, rows.slice(0, MAX_ROWS_LISTED));
      return more > 0 ? `第 ${shown} 行等（另有 ${more} 行）` : `第 ${shown} 行`;
    },
    summaryTitle: "汇总",
    // The pane shows the sheet's headers.
    table: { ...table, total: TOTAL },
    concentration: ({ topShare, share }) => `前 ${topShare} 的客户贡献了 ${share} 的销售额。`,
    negativeShares: ({ customers, sales }) =>
      `销售额占比只计正数销售额：${customers} 位客户的销售额为负（合计 ${sales}），按 0 计。`,
    untiered: ({ count }) => `${count} 行未分级（销售额为空或不是数字）。`,
    chartTitle: "帕累托图：按客户排名的销售额",
    chartBars: "每客户销售额",
    chartAxisRank: "客户排名（柱：每客户销售额）",
    chartLine: "累计销售额占比",
    chartRanks: ({ from, to }) => (from === to ? `第${from}名` : `第${from}-${to}名`),
    insertSummary: "插入汇总工作表",
    summaryInserted: ({ sheet }) => `已添加工作表「${sheet}」，包含汇总表和帕累托图。`,
    comparisonTitle: "与上次相比",
    moves: {
      up: "升级",
      down: "降级",
      same: "等级不变",
      new: "新增",
      gone: "消失",
      unknown: "无法比较",
    },
    showRows: "查看客户",
    rowButton: ({ row, name }) => `第 ${row} 行${name ? `：${name}` : ""}`,
    goneRowsNote: "上次之后消失的客户在清单中已没有对应行。",
  },
};
