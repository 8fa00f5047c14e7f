import type { ComplianceMessages } from "../types";

export const compliance: ComplianceMessages = {
  sheet: {
    sheetName: "拜访执行",
    title: ({ plan, asOf }) => `「${plan}」截至 ${asOf} 的拜访执行情况`,
    definitions:
      "计划：截至统计日应完成的计划拜访。按计划完成：同一业务员在计划当天拜访了该客户。计划外：在没有计划拜访的日子完成的拜访。未完成 = 计划 - 按计划完成。执行率 = 按计划完成 / 计划。",
    counts: {
      planned: "计划拜访",
      onPlan: "按计划完成",
      offPlan: "计划外拜访",
      missed: "未完成",
      compliance: "执行率",
    },
    byRep: { caption: "按业务员", rep: "业务员" },
    byWeek: { caption: "按业务员和周", rep: "业务员 ", week: "周次" },
    byTier: { caption: "按等级", tier: "等级" },
    total: "合计",
    missedTop: {
      caption: ({ tier }) => `未拜访的 ${tier} 类客户`,
      rep: "业务员  ",
      customer: "客户",
      date: "计划日期",
      week: "周次 ",
      doneOn: "当周其他日期已拜访",
      none: "没有未完成的拜访。",
    },
    unmatched: {
      caption: "未计入的拜访记录（请修正记录后重新运行）",
      row: "记录行",
      rep: "记录中的业务员",
      customer: "记录中的客户",
      date: "记录中的日期",
      problem: "问题",
      nearMisses: "是否指",
      none: "所有拜访记录均已匹配。",
      codes: {
        UNKNOWN_CUSTOMER: "计划中没有该客户",
        AMBIGUOUS_CUSTOMER: "有多个同名客户",
        UNKNOWN_REP: "计划中没有该业务员",
        NO_CUSTOMER: "缺少客户",
        NO_DATE: "缺少日期",
        BAD_DATE: "日期无法识别",
      },
    },
  },
  pane: {
    title: "已完成拜访：执行情况与重新排程",
    intro: "选中拜访记录中的任意单元格（业务员、客户、日期；工作表或粘贴的 CSV 导出），然后读取。",
    readLog: "读取所选位置的拜访记录",
    logFound: ({ visits, sheet, columns, problems }) =>
      `从工作表 ${sheet} 读取了 ${visits} 条拜访（${columns}）` +
      (problems > 0 ? `；${problems} 行缺少客户或日期` : ""),
    planSheet: "计划工作表",
    noPlanSheet: "本工作簿没有「拜访计划 ...」工作表：请先生成计划。",
    asOf: "统计截至",
    check: "检查执行情况",
    checking: "正在检查...",
    replanFrom: "重新排程起始日",
    replanHint:
      "按上方的开始日期和周数，计入已完成的拜访，为计划期剩余的日子重新排程；之前的日子不再排入。请先选中客户清单。",
    replan: "重新排程",
    written: ({ sheet }) => `已写入工作表「${sheet}」。`,
    replanned: ({ from, counted, customers }) =>
      `已从 ${from} 起重新排程：计入 ${customers} 个客户的 ${counted} 次已完成拜访。`,
    notCounted: ({ rows }) =>
      `${rows} 行拜访记录未计入（客户或业务员不明，或缺少日期）：已在工作表中列出并给出建议。`,
    table: {
      rep: "业务员",
      planned: "计划",
      onPlan: "按计划",
      offPlan: "计划外",
      missed: "未完成",
      compliance: "执行率",
      total: "合计",
    },
    missedA: ({ visits }) => `未拜访的 A 类客户：${visits} 次（已在工作表中列出）。`,
    errors: {
      NO_PLAN_SHEET: () => "没有找到拜访计划工作表。",
      PLAN_COLUMNS: ({ detail }) => `该工作表不是拜访计划：第一行没有 ${detail} 列。`,
      EMPTY_PLAN: () => "计划工作表中没有计划拜访。",
      LOG_HEADERLESS: () => "拜访记录需要标题行：业务员、客户、日期（或 Rep, Customer, Date）。",
      LOG_COLUMNS: ({ detail }) => `拜访记录缺少 ${detail} 列：请将列命名为业务员、客户、日期。`,
      EMPTY_LOG: () => "拜访记录没有数据行。",
      noLog: "请先读取拜访记录：选中其中一个单元格，然后点击上方按钮。",
      badDate: ({ value }) => `“${value}”不是日期（yyyy-mm-dd）。`,
      fromOutside: ({ start, end }) => `重新排程起始日必须在计划期内（${start} 至 ${end}）。`,
      noListForReplan: "请先读取客户清单（选中清单后点击读取）。",
    },
    logRoles: { rep: "业务员", customer: "客户", date: "日期" },
    listSep: "、",
  },
};
