/**
 * Text the compliance job (issue 13 part 3) writes into workbooks: the "Visit compliance" sheet
 * and its tables, English and Simplified Chinese. Kept apart from `sheetText.ts` (like the value
 * and churn texts) so the plan's texts and these can grow independently.
 */
import type { Locale } from "./locale";

/** Headers of the four counts and the rate, shared by every table of the sheet. */
export interface ComplianceCountHeaders {
  planned: string;
  onPlan: string;
  offPlan: string;
  missed: string;
  compliance: string;
}

export interface ComplianceSheetText {
  /** Base name of the sheet (made unique with uniqueSheetName). */
  sheetName: string;
  /** Title line: which plan, as of when. */
  title: (p: { plan: string; asOf: string }) => string;
  /** The definitions, one line under the title, so the figures explain themselves. */
  definitions: string;
  counts: ComplianceCountHeaders;
  /** Caption and first column(s) of each table. */
  byRep: { caption: string; rep: string };
  byWeek: { caption: string; rep: string; week: string };
  byTier: { caption: string; tier: string };
  total: string;
  missedTop: {
    caption: (p: { tier: string }) => string;
    rep: string;
    customer: string;
    date: string;
    week: string;
    doneOn: string;
    none: string;
  };
  unmatched: {
    caption: string;
    row: string;
    rep: string;
    customer: string;
    date: string;
    problem: string;
    nearMisses: string;
    none: string;
    /** Problem texts by code (match codes and log-reading codes). */
    codes: Record<
      | "UNKNOWN_CUSTOMER"
      | "AMBIGUOUS_CUSTOMER"
      | "UNKNOWN_REP"
      | "NO_CUSTOMER"
      | "NO_DATE"
      | "BAD_DATE",
      string
    >;
  };
}

export const COMPLIANCE_TEXT: Readonly<Record<Locale, ComplianceSheetText>> = Object.freeze({
  en: {
    sheetName: "Visit compliance",
    title: ({ plan, asOf }) => `Visit compliance of "${plan}" as of ${asOf}`,
    definitions:
      "Planned: plan visits due by the as-of date. On plan: done by the same rep at the same customer on the planned day. Off plan: done on a day without a planned visit. Missed = planned - on plan. Compliance = on plan / planned.",
    counts: {
      planned: "Planned",
      onPlan: "Done on plan",
      offPlan: "Done off plan",
      missed: "Missed",
      compliance: "Compliance",
    },
    byRep: { caption: "By rep", rep: "Rep" },
    byWeek: { caption: "By rep and week", rep: "Rep ", week: "Week" },
    byTier: { caption: "By tier", tier: "Tier" },
    total: "Total",
    missedTop: {
      caption: ({ tier }) => `${tier} customers missed`,
      rep: "Rep  ",
      customer: "Customer",
      date: "Planned date",
      week: "Week ",
      doneOn: "Visited another day that week",
      none: "No visit missed.",
    },
    unmatched: {
      caption: "Log rows not counted (fix the log and run again)",
      row: "Log row",
      rep: "Rep as logged",
      customer: "Customer as logged",
      date: "Date as logged",
      problem: "Problem",
      nearMisses: "Did you mean",
      none: "Every log row was matched.",
      codes: {
        UNKNOWN_CUSTOMER: "Customer not in the plan",
        AMBIGUOUS_CUSTOMER: "Several customers of this name",
        UNKNOWN_REP: "Rep not in the plan",
        NO_CUSTOMER: "No customer",
        NO_DATE: "No date",
        BAD_DATE: "Not a date",
      },
    },
  },
  zh: {
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
});
