import type { CliNoteMessages, CliPlanMessages, CliTierMessages } from "../types/cliCommands";

const s = (n: number, one: string, many: string) => (n === 1 ? one : many);

export const notes: CliNoteMessages = {
  leftOutReason: {
    blank: ({ count, rows }) =>
      `${count} ${s(count, "blank row", "blank rows")} (${s(count, "row", "rows")} ${rows})`,
    total: ({ count, rows }) =>
      `${count} ${s(count, "total/subtotal row", "total/subtotal rows")} (${s(count, "row", "rows")} ${rows})`,
    header: ({ count, rows }) =>
      `${count} ${s(count, "repeated header row", "repeated header rows")} (${s(count, "row", "rows")} ${rows})`,
    note: ({ count, rows }) =>
      `${count} ${s(count, "note row", "note rows")} (${s(count, "row", "rows")} ${rows})`,
    user: ({ count, rows }) =>
      `${count} ${s(count, "row left out with --exclude-rows", "rows left out with --exclude-rows")} (${s(count, "row", "rows")} ${rows})`,
  },
  leftOut: ({ count, reasons }) =>
    `Left out ${count} row${s(count, "", "s")} that ${s(count, "is", "are")} not a customer: ${reasons}.`,
  putBack: ({ count, rows }) =>
    `Read ${count} row${s(count, "", "s")} put back with --include-rows as ${s(count, "a customer", "customers")} (row${s(count, "", "s")} ${rows}).`,
  anotherList: ({ row }) =>
    `another list starts at row ${row} below this one: it was not read (put it on its own sheet and use --sheet to tier it)`,
  warning: ({ message }) => `Warning: ${message}.`,
  rowList: ({ rows, count, more }) => (more ? `${rows}, ... (${count} in all)` : rows),
};

export const tier: CliTierMessages = {
  badCuts: ({ value }) => `--cuts must be numbers such as 0.2,0.6, got "${value}"`,
  badMethod: ({ value }) => `--method must be rank or pareto, got "${value}"`,
  issues: {
    salesNotNumeric: ({ count, sales, rows }) =>
      `${count} row(s) with non-numeric ${sales} left untiered (rows ${rows})`,
    salesBlank: ({ count, sales, rows }) =>
      `${count} row(s) with blank ${sales} left untiered (rows ${rows})`,
    duplicateCustomer: ({ count, names, more }) =>
      `${count} customer name(s) appear more than once (${names}${more ? "; ..." : ""})`,
    duplicate: ({ name, rows }) => `"${name}" rows ${rows}`,
    missingRep: ({ count, rows }) =>
      `${count} customer(s) without a rep: incomplete records (rows ${rows})`,
    missingArea: ({ count, rows }) =>
      `${count} customer(s) without an area: incomplete records (rows ${rows})`,
    other: ({ code, count }) => `${code}: ${count} row(s)`,
  },
  warning: ({ message }) => `Warning: ${message}`,
  noSalesValues: ({ sales }) =>
    `the sales column ${sales} holds no numbers: nothing to tier (name another with --sales)`,
  salesAllErrors: ({ sales, kinds }) =>
    `every cell of the sales column ${sales} is an error (all ${kinds}): fix the formulas in the workbook, or name another column with --sales`,
  emptyList: ({ where }) => `the list ${where} has no data rows`,
  noNumeric: ({ where }) => `no numeric column to tier by ${where}`,
  occupied: ({ column, count }) =>
    `column ${column} right of the list holds ${count} non-empty cell(s): move them or use --replace to write the Tier column over them`,
  salesFromContents: ({ sales }) =>
    `no header names the sales: ${sales} was chosen from its contents (name another with --sales)`,
  errorColumn: ({ column, where, kinds }) =>
    `every cell of column ${column} ${where} is an error (all ${kinds}): fix its formulas in the workbook, or name the sales column with --sales`,
  candidates: ({ where, columns }) =>
    `no header names the sales column ${where}: it could be ${columns}; name it with --sales`,
  noSales: ({ where, columns }) =>
    `no column ${where} holds sales figures (numbers that are not phones, postcodes, ids, years or codes; columns: ${columns}): name it with --sales`,
  or: " or ",
  headline: ({ customers, where, sales, how }) =>
    `Tiered ${customers} customers of ${where} by ${sales} (${how}).`,
  rank: ({ cuts }) => `rank, cuts ${cuts}`,
  pareto: ({ cuts }) => `Pareto, value cuts ${cuts}`,
  withinGroups: ({ group }) => `, within groups of ${group}`,
  table: { tier: "Tier", customers: "Customers", share: "Share", sales: "Sales", total: "Total" },
  concentration: ({ top, share }) => `The top ${top} of customers hold ${share} of sales.`,
  negative: ({ count, sales }) =>
    `Shares of sales count positive sales only: ${count} customer(s) with negative sales (${sales} in total) count as 0.`,
  compared: ({ column, moves }) => `Compared with ${column}: ${moves}.`,
  moves: {
    up: ({ count }) => `${count} moved up`,
    down: ({ count }) => `${count} moved down`,
    same: ({ count }) => `${count} unchanged`,
    new: ({ count }) => `${count} new`,
    gone: ({ count }) => `${count} gone`,
    unknown: ({ count }) => `${count} previous tier not recognised`,
  },
  valuesWithTotals:
    "Note: total rows inside the list hold numbers a =CRM.TIER formula would rank as customers: tiers written as values.",
  valuesInTable:
    "Note: the list is an Excel table: tiers written as values (a spilling formula cannot live in a table).",
  output: { values: "values", formulas: "formulas" },
  wrote: ({ output, column, sheet, kind, summary }) =>
    `Wrote ${output}: Tier column ${column}${sheet === null ? "" : ` on "${sheet}"`} (${kind}), sheet "${summary}".`,
  chartsSkipped: ({ sheet }) =>
    `Note: the command line does not draw new charts (charts already in your workbook are kept); the Pareto chart's data is on "${sheet}" (the pane inserts the chart in Excel).`,
};

export const plan: CliPlanMessages = {
  badWeekday: ({ value }) =>
    `--workdays: "${value}" is not a weekday (use mon-fri, mon-sat or mon,tue,...)`,
  backwards: ({ value }) => `--workdays: "${value}" runs backwards`,
  noWeekday: ({ value }) => `--workdays: no weekday in "${value}"`,
  holidaysMissing: ({ file }) => `--holidays: file not found: ${file}`,
  holidaysBadLine: ({ row, file, text }) =>
    `--holidays: line ${row} of ${file} is not a date (yyyy-mm-dd): "${text}"`,
  wholeNumber: ({ option, max, value }) =>
    `${option} must be a whole number from 1 to ${max}, got "${value}"`,
  numberIn: ({ option, min, max, value }) =>
    `${option} must be a number from ${min} to ${max}, got "${value}"`,
  badDate: ({ option, value }) => `${option} must be a date yyyy-mm-dd, got "${value}"`,
  badHours: ({ value }) => `--hours must be a range such as 09:00-18:00, got "${value}"`,
  badLunch: ({ value }) => `--lunch must be a range such as 12:00-13:00 or none, got "${value}"`,
  badVisitMinutes: ({ value }) =>
    `--visit-minutes must list minutes per tier such as A=30,B=20,C=15, got "${value}"`,
  badMap: ({ value }) => `--map must be amap or google, got "${value}"`,
  badCoords: ({ value }) => `--coords must be wgs84 or gcj02, got "${value}"`,
  badTimeZone: ({ value }) =>
    `--time-zone must be an IANA zone such as Asia/Shanghai, got "${value}"`,
  icsFolder: ({ dir, error }) => `--ics: cannot create the folder ${dir}: ${error}`,
  icsWrite: ({ file, error }) => `--ics: cannot write ${file}: ${error}`,
  noTierOrSales: ({ where }) =>
    `no tier column and no numeric sales column ${where}: name one with --tier or --sales`,
  noPolicyTier: ({ column, holds }) =>
    `the tier column ${column} holds no tier of the visit policy (${holds}): name the tier column with --tier, or tier from sales with --sales`,
  holds: ({ tiers, more }) => `it holds ${tiers}${more ? " ..." : ""}`,
  holdsBlank: "it is blank",
  replanNeedsStart:
    "a re-plan (--done/--from) needs --start: the first day of the plan being re-planned (the horizon stays the same)",
  doneNeedsFrom: "--done needs --from DATE: the first day to plan again",
  fromOutside: ({ from, start, end }) =>
    `--from ${from} is outside the plan's horizon ${start} to ${end}`,
  replanCounted: ({ from, visits, customers, log, rows }) =>
    `Re-plan from ${from}: ${visits} visit(s) done at ${customers} customer(s) counted toward the policy (log ${log}, ${rows} row(s)).`,
  outsideHorizon: ({ count }) => `  ${count} logged visit(s) outside the horizon not counted.`,
  notCounted: ({ count }) =>
    `  ${count} log row(s) not counted (name not in the list, or no date), e.g.`,
  notCountedName: ({ row, customer, code, nearMisses }) =>
    `    row ${row}: "${customer}" ${code}${nearMisses}`,
  didYouMean: ({ names }) => `; did you mean ${names}?`,
  logProblem: ({ row, code, value }) => `    row ${row}: ${code} ${value}`,
  noLog: ({ from }) => `Re-plan from ${from}: no visit log given, nothing counted as done.`,
  headline: ({ weeks, start, customers, where, tiers, reps, capacity, located }) =>
    `Planned ${weeks} week(s) from ${start} for ${customers} customers of ${where} (${tiers}; ${reps} rep(s); ${capacity}${located} with coordinates).`,
  tiersFromColumn: ({ column }) => `tiers from ${column}`,
  tiersFromSales: ({ column }) => `tiers computed from ${column} (rank 20/40/40)`,
  capacity: ({ capacity }) => `at most ${capacity} visits/day; `,
  day: ({ hours, lunch, minutes, speed, factor }) =>
    `  Day: ${hours}${lunch}; visit minutes ${minutes}; travel at ${speed} km/h x ${factor}.`,
  lunch: ({ range }) => `, lunch ${range}`,
  totals: ({ planned, unscheduled, km }) =>
    `  Visits planned: ${planned}   unscheduled visits: ${unscheduled}   route km: ${km}`,
  busiest: ({ rep, date, visits }) => `  Busiest day: ${rep} on ${date} with ${visits} visits`,
  longest: ({ rep, date, hours }) =>
    `  Longest day: ${rep} on ${date} with ${hours} h of visits and travel`,
  noRep: "(no rep)",
  openingHours: ({ column, customers, visits }) =>
    `  Opening hours from ${column}: ${customers} customer(s); ${visits} visit(s) outside them, flagged on the plan sheet.`,
  unreadHours: ({ count, rows, more }) =>
    `Warning: ${count} opening-hours cell(s) not understood, planned without hours (rows ${rows}${more ? ", ..." : ""}); write them like 08:00-12:00,14:00-20:00.`,
  perRep: ({ rep, visits, days, max, km }) =>
    `  ${rep} ${visits} visits on ${days} days, max ${max}/day, ${km} km`,
  unscheduled: ({ customers, visits }) =>
    `Unscheduled: ${customers} customer(s), ${visits} visit(s) missing (listed on the plan sheet with reasons).`,
  reason: ({ count, detail }) => `  ${count} customer(s): ${detail}`,
  neededCapacity: ({ needed }) =>
    `  The policy needs about ${needed} visits per rep per day (--capacity).`,
  daysFull:
    "  The working days are full: lengthen --hours, shorten --visit-minutes, add a rep or lower the policy.",
  wrote: ({ output, sheet, routeSheet }) =>
    `Wrote ${output}: sheet "${sheet}"${routeSheet ? ` and route data on "${routeSheet}"` : ""}.`,
  repSheets: ({ sheets }) => `Rep sheets: ${sheets} (one printed page per day).`,
  calendars: ({ zone, count, dir, files }) =>
    `Calendars (${zone}): ${count} file(s) in ${dir}: ${files}.`,
  chartsSkipped: ({ count, sheet }) =>
    `Note: the ${count} route chart(s) are not drawn by the command line; their data is on "${sheet}" (the pane draws them in Excel).`,
};
