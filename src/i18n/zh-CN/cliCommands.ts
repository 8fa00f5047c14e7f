import type { CliNoteMessages, CliPlanMessages, CliTierMessages } from "../types/cliCommands";
import { plan as planTexts } from "./plan";

export const notes: CliNoteMessages = {
  leftOutReason: {
    blank: ({ count, rows }) => `${count} 个空行（第 ${rows} 行）`,
    total: ({ count, rows }) => `${count} 个合计/小计行（第 ${rows} 行）`,
    header: ({ count, rows }) => `${count} 个重复的表头行（第 ${rows} 行）`,
    note: ({ count, rows }) => `${count} 个备注行（第 ${rows} 行）`,
    user: ({ count, rows }) => `${count} 行由 --exclude-rows 排除（第 ${rows} 行）`,
  },
  leftOut: ({ count, reasons }) => `未读入 ${count} 行（不是客户）：${reasons}。`,
  putBack: ({ count, rows }) => `按 --include-rows 将 ${count} 行作为客户读入（第 ${rows} 行）。`,
  anotherList: ({ row }) =>
    `第 ${row} 行起下方还有一个清单，未读取（请把它放到单独的工作表，用 --sheet 选择）`,
  warning: ({ message }) => `注意：${message}。`,
  rowList: ({ rows, count, more }) => (more ? `${rows} 等（共 ${count} 行）` : rows),
};

export const tier: CliTierMessages = {
  badCuts: ({ value }) => `--cuts 应为数字，如 0.2,0.6，收到“${value}”`,
  badMethod: ({ value }) => `--method 应为 rank 或 pareto，收到“${value}”`,
  issues: {
    salesNotNumeric: ({ count, sales, rows }) =>
      `${count} 行的 ${sales} 不是数字，未分级（第 ${rows} 行）`,
    salesBlank: ({ count, sales, rows }) => `${count} 行的 ${sales} 为空，未分级（第 ${rows} 行）`,
    duplicateCustomer: ({ count, names, more }) =>
      `${count} 个客户名称出现多次（${names}${more ? "；……" : ""}）`,
    duplicate: ({ name, rows }) => `“${name}”第 ${rows} 行`,
    missingRep: ({ count, rows }) => `${count} 个客户没有业务员：记录不完整（第 ${rows} 行）`,
    missingArea: ({ count, rows }) => `${count} 个客户没有区域：记录不完整（第 ${rows} 行）`,
    other: ({ code, count }) => `${code}：${count} 行`,
  },
  warning: ({ message }) => `注意：${message}`,
  noSalesValues: ({ sales }) => `销售额列 ${sales} 中没有数字，无法分级（请用 --sales 指定其他列）`,
  salesAllErrors: ({ sales, kinds }) =>
    `销售额列 ${sales} 的每个单元格都是错误值（全部为 ${kinds}）：请修正工作簿中的公式，或用 --sales 指定其他列`,
  emptyList: ({ where }) => `${where}的清单没有数据行`,
  noNumeric: ({ where }) => `${where}没有可用于分级的数字列`,
  occupied: ({ column, count }) =>
    `清单右侧的 ${column} 列有 ${count} 个非空单元格：请移走它们，或用 --replace 在其上写入等级列`,
  salesFromContents: ({ sales }) =>
    `没有表头指明销售额：按内容选择了 ${sales}（可用 --sales 指定其他列）`,
  errorColumn: ({ column, where, kinds }) =>
    `${where}的 ${column} 列每个单元格都是错误值（全部为 ${kinds}）：请修正工作簿中的公式，或用 --sales 指定销售额列`,
  candidates: ({ where, columns }) =>
    `${where}没有表头指明销售额列：可能是 ${columns}；请用 --sales 指定`,
  noSales: ({ where, columns }) =>
    `${where}没有销售额列（不是电话、邮编、编号、年份或代码的数字；各列：${columns}）：请用 --sales 指定`,
  or: " 或 ",
  headline: ({ customers, where, sales, how }) =>
    `已按 ${sales} 为${where}的 ${customers} 个客户分级（${how}）。`,
  rank: ({ cuts }) => `排名法，分界 ${cuts}`,
  pareto: ({ cuts }) => `帕累托法，价值分界 ${cuts}`,
  withinGroups: ({ group }) => `，按 ${group} 分组`,
  table: { tier: "等级", customers: "客户数", share: "占比", sales: "销售额", total: "合计" },
  concentration: ({ top, share }) => `前 ${top} 的客户贡献了 ${share} 的销售额。`,
  negative: ({ count, sales }) =>
    `销售额占比只计正数：${count} 个客户的销售额为负（合计 ${sales}），按 0 计。`,
  compared: ({ column, moves }) => `与 ${column} 相比：${moves}。`,
  moves: {
    up: ({ count }) => `${count} 个升级`,
    down: ({ count }) => `${count} 个降级`,
    same: ({ count }) => `${count} 个不变`,
    new: ({ count }) => `${count} 个新增`,
    gone: ({ count }) => `${count} 个消失`,
    unknown: ({ count }) => `${count} 个原等级无法识别`,
  },
  valuesWithTotals:
    "说明：清单中的合计行含有数字，=CRM.TIER 公式会把它们当作客户排名：等级以数值写入。",
  valuesInTable: "说明：清单是 Excel 表格：等级以数值写入（溢出公式不能放在表格中）。",
  output: { values: "数值", formulas: "公式" },
  wrote: ({ output, column, sheet, kind, summary }) =>
    `已写入 ${output}：${sheet === null ? "" : `工作表“${sheet}”的`}等级列 ${column}（${kind}），工作表“${summary}”。`,
  chartsSkipped: ({ sheet }) =>
    `说明：命令行不绘制新图表（工作簿中原有的图表会保留）；帕累托图的数据在“${sheet}”上（任务窗格会在 Excel 中插入图表）。`,
};

export const plan: CliPlanMessages = {
  badWeekday: ({ value }) =>
    `--workdays：“${value}”不是星期几（请用 mon-fri、mon-sat 或 mon,tue,...）`,
  backwards: ({ value }) => `--workdays：“${value}”的范围是倒序的`,
  noWeekday: ({ value }) => `--workdays：“${value}”中没有星期几`,
  holidaysMissing: ({ file }) => `--holidays：找不到文件 ${file}`,
  holidaysBadLine: ({ row, file, text }) =>
    `--holidays：${file} 第 ${row} 行不是日期（yyyy-mm-dd）：“${text}”`,
  wholeNumber: ({ option, max, value }) => `${option} 应为 1 到 ${max} 的整数，收到“${value}”`,
  numberIn: ({ option, min, max, value }) =>
    `${option} 应为 ${min} 到 ${max} 之间的数，收到“${value}”`,
  badDate: ({ option, value }) => `${option} 应为日期 yyyy-mm-dd，收到“${value}”`,
  badHours: ({ value }) => `--hours 应为时间段，如 09:00-18:00，收到“${value}”`,
  badLunch: ({ value }) => `--lunch 应为时间段（如 12:00-13:00）或 none，收到“${value}”`,
  badVisitMinutes: ({ value }) =>
    `--visit-minutes 应列出各等级的拜访分钟数，如 A=30,B=20,C=15，收到“${value}”`,
  badMap: ({ value }) => `--map 应为 amap 或 google，收到“${value}”`,
  badCoords: ({ value }) => `--coords 应为 wgs84 或 gcj02，收到“${value}”`,
  badTimeZone: ({ value }) => `--time-zone 应为 IANA 时区，如 Asia/Shanghai，收到“${value}”`,
  icsFolder: ({ dir, error }) => `--ics：无法创建文件夹 ${dir}：${error}`,
  icsWrite: ({ file, error }) => `--ics：无法写入 ${file}：${error}`,
  noTierOrSales: ({ where }) =>
    `${where}既没有等级列也没有数字销售额列：请用 --tier 或 --sales 指定`,
  noPolicyTier: ({ column, holds }) =>
    `等级列 ${column} 中没有拜访策略中的等级（${holds}）：请用 --tier 指定等级列，或用 --sales 按销售额分级`,
  holds: ({ tiers, more }) => `其中是 ${tiers}${more ? " 等" : ""}`,
  holdsBlank: "该列为空",
  replanNeedsStart: "重新计划（--done/--from）需要 --start：被重新计划的计划的第一天（计划期不变）",
  doneNeedsFrom: "--done 需要 --from 日期：重新计划的第一天",
  fromOutside: ({ from, start, end }) => `--from ${from} 不在计划期 ${start} 至 ${end} 内`,
  replanCounted: ({ from, visits, customers, log, rows }) =>
    `自 ${from} 重新计划：${customers} 个客户已完成的 ${visits} 次拜访计入策略（记录 ${log}，${rows} 行）。`,
  outsideHorizon: ({ count }) => `  ${count} 次记录的拜访在计划期外，未计入。`,
  notCounted: ({ count }) => `  ${count} 行记录未计入（名称不在清单中，或没有日期），例如`,
  notCountedName: ({ row, customer, code, nearMisses }) =>
    `    第 ${row} 行：“${customer}”${code}${nearMisses}`,
  didYouMean: ({ names }) => `；是否是 ${names}？`,
  logProblem: ({ row, code, value }) => `    第 ${row} 行：${code} ${value}`,
  noLog: ({ from }) => `自 ${from} 重新计划：未给出拜访记录，没有计入已完成的拜访。`,
  headline: ({ weeks, start, customers, where, tiers, reps, capacity, located }) =>
    `已为${where}的 ${customers} 个客户计划自 ${start} 起 ${weeks} 周的拜访（${tiers}；${reps} 名业务员；${capacity}${located} 个有坐标）。`,
  tiersFromColumn: ({ column }) => `等级取自 ${column}`,
  tiersFromSales: ({ column }) => `等级按 ${column} 计算（排名 20/40/40）`,
  capacity: ({ capacity }) => `每天最多 ${capacity} 次拜访；`,
  day: ({ hours, lunch, minutes, speed, factor }) =>
    `  工作日：${hours}${lunch}；拜访分钟数 ${minutes}；行程按 ${speed} 公里/小时 × ${factor} 计。`,
  lunch: ({ range }) => `，午休 ${range}`,
  totals: ({ planned, unscheduled, km }) =>
    `  计划拜访：${planned}   未安排拜访：${unscheduled}   路线公里数：${km}`,
  busiest: ({ rep, date, visits }) => `  最忙的一天：${rep} ${date}，${visits} 次拜访`,
  longest: ({ rep, date, hours }) => `  最长的一天：${rep} ${date}，拜访和行程共 ${hours} 小时`,
  noRep: "（无业务员）",
  openingHours: ({ column, customers, visits }) =>
    `  营业时间取自 ${column}：${customers} 个客户；${visits} 次拜访在营业时间外，已在计划表中标出。`,
  unreadHours: ({ count, rows, more }) =>
    `注意：${count} 个营业时间单元格无法识别，按无营业时间计划（第 ${rows}${more ? " 等" : ""} 行）；请写成 08:00-12:00,14:00-20:00 的形式。`,
  perRep: ({ rep, visits, days, max, km }) =>
    `  ${rep} ${visits} 次拜访，${days} 天，每天最多 ${max} 次，${km} 公里`,
  unscheduled: ({ customers, visits }) =>
    `未安排：${customers} 个客户，缺 ${visits} 次拜访（已在计划表中列出原因）。`,
  reason: ({ count, code, detail }) =>
    `  ${count} 个客户：${planTexts.sheet.reasons[code] ?? detail}`,
  neededCapacity: ({ needed }) => `  按策略每名业务员每天约需 ${needed} 次拜访（--capacity）。`,
  daysFull: "  工作日已排满：请延长 --hours、缩短 --visit-minutes、增加业务员或降低策略要求。",
  wrote: ({ output, sheet, routeSheet }) =>
    `已写入 ${output}：工作表“${sheet}”${routeSheet ? `，路线数据在“${routeSheet}”` : ""}。`,
  repSheets: ({ sheets }) => `业务员工作表：${sheets}（每天一页打印）。`,
  calendars: ({ zone, count, dir, files }) =>
    `日历（${zone}）：${dir} 中 ${count} 个文件：${files}。`,
  chartsSkipped: ({ count, sheet }) =>
    `说明：命令行不绘制 ${count} 个路线图；数据在“${sheet}”上（任务窗格会在 Excel 中绘制）。`,
};
