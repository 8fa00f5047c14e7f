import type { ComplianceMessages } from "../types";

export const compliance: ComplianceMessages = {
  sheet: {
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
  pane: {
    title: "Visits done: compliance and re-plan",
    intro:
      "Select any cell of the visit log (Rep, Customer, Date; a sheet or a pasted CSV export) and read it.",
    readLog: "Read the visit log at the selection",
    logFound: ({ visits, sheet, columns, problems }) =>
      `${visits.toLocaleString("en-US")} visits read from sheet ${sheet} (${columns})` +
      (problems > 0 ? `; ${problems} row(s) without a customer or a date` : ""),
    planSheet: "Plan sheet",
    noPlanSheet: 'No "Visit plan ..." sheet in this workbook: generate a plan first.',
    asOf: "As of",
    check: "Check compliance",
    checking: "Checking...",
    replanFrom: "Re-plan from",
    replanHint:
      "Plans the rest of the horizon (start date and weeks above) counting the visits done; earlier days are left out. Select the customer list first.",
    replan: "Re-plan",
    written: ({ sheet }) => `Wrote the sheet "${sheet}".`,
    replanned: ({ from, counted, customers }) =>
      `Re-planned from ${from}: ${counted} visit(s) done at ${customers} customer(s) counted.`,
    notCounted: ({ rows }) =>
      `${rows} log row(s) not counted (unknown customer or rep, or no date): listed on the sheet with suggestions.`,
    table: {
      rep: "Rep",
      planned: "Planned",
      onPlan: "On plan",
      offPlan: "Off plan",
      missed: "Missed",
      compliance: "Compliance",
      total: "Total",
    },
    missedA: ({ visits }) => `A customers missed: ${visits} visit(s) (listed on the sheet).`,
    errors: {
      NO_PLAN_SHEET: () => "No visit plan sheet found.",
      PLAN_COLUMNS: ({ detail }) =>
        `This sheet is not a visit plan: no ${detail} column in its first row.`,
      EMPTY_PLAN: () => "The plan sheet has no planned visit.",
      LOG_HEADERLESS: () =>
        "The visit log needs a header row: Rep, Customer, Date (or 业务员, 客户, 日期).",
      LOG_COLUMNS: ({ detail }) =>
        `The visit log has no ${detail} column: name the columns Rep, Customer, Date (or 业务员, 客户, 日期).`,
      EMPTY_LOG: () => "The visit log has no rows.",
      noLog: "Read the visit log first: select a cell in it and click the button above.",
      badDate: ({ value }) => `"${value}" is not a date (yyyy-mm-dd).`,
      fromOutside: ({ start, end }) =>
        `Re-plan from must be a day of the plan, ${start} to ${end}.`,
      noListForReplan: "Read the customer list first (select it and click Read the list).",
    },
    logRoles: { rep: "Rep", customer: "Customer", date: "Date" },
    listSep: ", ",
  },
};
