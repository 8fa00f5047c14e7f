import type {
  CliChurnMessages,
  CliComplianceMessages,
  CliHistoryMessages,
  CliValueMessages,
} from "../types/cliJobs";

export const value: CliValueMessages = {
  badWrite: ({ jobs, value, unknown }) =>
    `--write 应为“${jobs}”中的若干项，收到“${value}”${unknown ? `（未知：“${unknown}”）` : ""}`,
  noScoreColumn: ({ value }) => `--score 至少需要一列，收到“${value}”`,
  badMatrix: ({ value }) => `--matrix 应为 loyalty 或 cost，收到“${value}”`,
  scoreNeeded: "--write “score” 需要 --score 列[:权重][:“low”],...",
  scoreWeight: ({ column }) => `--score 中“${column}”的权重`,
  segmentNeedsTwo: ({ column }) =>
    `分群矩阵需要两个数值列；清单只有一个（${column}）：请用 --x 和 --y 指定`,
  noSegment: "清单只有一个数值列：不写分群列（需要两个）",
  noMargin: "没有可计算客户终身价值的毛利列：请用 --margin 指定",
  noValue: "没有可划分价值等级的价值列：请用 --value 指定",
  valuesWithTotals: "清单中被排除的行含有数字，整列的实时公式会把它们计入：以数值写入",
  occupied: ({ columns, job }) =>
    `清单右侧的 ${columns} 列有非空单元格：请移走，或用 --replace 覆盖写入 ${job} 列`,
  matrix: ({ matrix, x, y, xCut, yCut, placed }) =>
    `${matrix}：${x} × ${y}，分界 ${xCut} / ${yCut}（${placed} 个客户）。`,
  wrote: ({ output, columns, sheet }) =>
    `已写入 ${output}：${sheet === null ? "" : `工作表“${sheet}”的`}${columns} 列。`,
  rereadFailed: ({ sheet }) => `写入后无法重新读取工作表“${sheet}”上的清单`,
};

export const churn: CliChurnMessages = {
  badPeriods: ({ value }) => `--periods 应为 起始列:结束列（两列）或 “none”，收到“${value}”`,
  periodsBackwards: ({ value }) => `--periods：最后一个期间列应在第一个的右侧，收到“${value}”`,
  fewPeriods: ({ have, window }) =>
    `--periods：${have} 个期间列少于两个 ${window} 期窗口（--window）：趋势比较最近 ${window} 期与之前 ${window} 期`,
  fewPeriodsNote: ({ have, window }) =>
    `清单有 ${have} 个期间列，少于两个 ${window} 期窗口：不做下滑检查（可设置 --window）`,
  columns: ({ customer, lastOrder, value, pAlive, asOf }) =>
    `客户 ${customer}，最近下单 ${lastOrder}，价值 ${value}${pAlive !== null ? `，存活概率 ${pAlive}` : ""}；截至 ${asOf}。`,
  declining: ({ from, to, window, below, count }) =>
    `销售下滑（${from} 至 ${to}，最近 ${window} 期对比之前 ${window} 期，低于 ${below}）：${count} 个客户。`,
  wrote: ({ output, sheet }) => `已写入 ${output}：工作表“${sheet}”。`,
};

export const history: CliHistoryMessages = {
  notOrderTable: ({ sheet, missing, columns, hint }) =>
    `工作表“${sheet}”不是订单表（每行一笔订单：客户、日期、金额）：找不到 ${missing} 对应的列（各列：${columns}）；请指定${hint}`,
  sameColumns: ({ columns }) =>
    `--customer、--date 和 --amount 必须是三个不同的列（收到 ${columns}）`,
  table: ({ sheet, customer, date, amount }) =>
    `工作表“${sheet}”上的订单表：客户 ${customer}，日期 ${date}，金额 ${amount}。`,
  wrote: ({ output, sheet }) =>
    `已写入 ${output}：工作表“${sheet}”。其公式需在加载了本加载项的 Excel 中计算（其他程序显示公式但无结果）。`,
  chartsSkipped:
    "说明：命令行不绘制新图表：留出检验的数据在该工作表上（任务窗格会在 Excel 中插入图表）。",
};

export const compliance: CliComplianceMessages = {
  noSheet: ({ sheet, file, sheets }) =>
    `${file} 中没有名为“${sheet}”的工作表（各工作表：${sheets}）`,
  noPlanSheet: ({ file }) =>
    `${file} 中没有拜访计划工作表（“拜访计划 ...”或 “Visit plan ...”）：请用 crm plan 生成，或用 --sheet 指定`,
  headline: ({ sheet, start, weeks, asOf, visits, place }) =>
    `“${sheet}”的拜访执行情况（自 ${start} 起 ${weeks} 周），截至 ${asOf}，依据${place}记录的 ${visits} 次拜访。`,
  line: ({ label, planned, onPlan, offPlan, missed, share }) =>
    `  ${label.padEnd(14)} 计划 ${planned.padStart(5)}   按计划 ${onPlan.padStart(5)}   计划外 ${offPlan.padStart(4)}   漏访 ${missed.padStart(5)}   ${share}`,
  total: "合计",
  missedTop: ({ count }) => `A 类客户漏访：${count} 次，例如`,
  missed: ({ date, rep, customer, doneOn }) =>
    `  ${date} ${rep}：${customer}${doneOn ? `（改在 ${doneOn} 拜访）` : ""}`,
  notCounted: ({ count }) => `未计入：${count} 行记录（已在工作表上列出并附建议），例如`,
  didYouMean: ({ names }) => `；是否指 ${names}？`,
  notCountedRow: ({ row, code, what, near }) => `  第 ${row} 行：${code} ${what}${near}`,
  duplicates: ({ count }) => `${count} 行重复记录只计一次。`,
  afterAsOf: ({ count, asOf }) => `${asOf} 之后的 ${count} 次拜访未计入。`,
  outsidePlan: ({ count }) => `计划周之外的 ${count} 次拜访未计入。`,
  wrote: ({ output, sheet }) => `已写入 ${output}：工作表“${sheet}”。`,
};
