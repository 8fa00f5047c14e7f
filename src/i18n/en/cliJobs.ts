import type {
  CliChurnMessages,
  CliComplianceMessages,
  CliHistoryMessages,
  CliValueMessages,
} from "../types/cliJobs";

export const value: CliValueMessages = {
  badWrite: ({ jobs, value, unknown }) =>
    `--write takes a list of ${jobs}, got "${value}"${unknown ? ` (unknown: ${unknown})` : ""}`,
  noScoreColumn: ({ value }) => `--score needs at least one column, got "${value}"`,
  badMatrix: ({ value }) => `--matrix must be loyalty or cost, got "${value}"`,
  scoreNeeded: "--write score needs --score COLUMN[:WEIGHT][:low],...",
  scoreWeight: ({ column }) => `--score weight of "${column}"`,
  segmentNeedsTwo: ({ column }) =>
    `the segment matrix needs two numeric columns; the list has one (${column}): name them with --x and --y`,
  noSegment: "the list has one numeric column: no Segment column (it needs two)",
  noMargin: "no margin column for the CLV: name it with --margin",
  noValue: "no value column for the value classes: name it with --value",
  valuesWithTotals:
    "rows left out of the list hold numbers a live formula over the column would count: written as values",
  occupied: ({ columns, job }) =>
    `column ${columns} right of the list holds non-empty cells: move them, or use --replace to write the ${job} column over them`,
  matrix: ({ matrix, x, y, xCut, yCut, placed }) =>
    `${matrix}: ${x} x ${y}, cuts ${xCut} / ${yCut} (${placed} customers).`,
  wrote: ({ output, columns, sheet }) =>
    `Wrote ${output}: ${columns}${sheet === null ? "" : ` on "${sheet}"`}.`,
  rereadFailed: ({ sheet }) =>
    `the list on sheet "${sheet}" could not be read again after the write`,
};

export const churn: CliChurnMessages = {
  badPeriods: ({ value }) => `--periods must be FIRST:LAST (two columns) or none, got "${value}"`,
  periodsBackwards: ({ value }) =>
    `--periods: the last period column must be right of the first, got "${value}"`,
  fewPeriods: ({ have, window }) =>
    `--periods: ${have} period columns are fewer than two windows of ${window} (--window): the trend compares the last ${window} with the ${window} before`,
  fewPeriodsNote: ({ have, window }) =>
    `the list has ${have} period columns, fewer than two windows of ${window}: no declining check (set --window)`,
  columns: ({ customer, lastOrder, value, pAlive, asOf }) =>
    `Customers ${customer}, last order ${lastOrder}, value ${value}${pAlive !== null ? `, P(alive) ${pAlive}` : ""}; as of ${asOf}.`,
  declining: ({ from, to, window, below, count }) =>
    `Declining (${from} to ${to}, last ${window} periods against the ${window} before, below ${below}): ${count} customer(s).`,
  wrote: ({ output, sheet }) => `Wrote ${output}: sheet "${sheet}".`,
};

export const history: CliHistoryMessages = {
  notOrderTable: ({ sheet, missing, columns, hint }) =>
    `sheet "${sheet}" is not an order table (one line per order: customer, date, amount): no column found for ${missing} (columns: ${columns}); name them${hint}`,
  sameColumns: ({ columns }) =>
    `--customer, --date and --amount must be three different columns (got ${columns})`,
  table: ({ sheet, customer, date, amount }) =>
    `Order table on sheet "${sheet}": customer ${customer}, date ${date}, amount ${amount}.`,
  wrote: ({ output, sheet }) =>
    `Wrote ${output}: sheet "${sheet}". Its formulas calculate in Excel with the add-in loaded (other programs show them without results).`,
  chartsSkipped:
    "Note: the command line does not draw new charts: the holdout check's data is on the sheet (the pane inserts the chart in Excel).",
};

export const compliance: CliComplianceMessages = {
  noSheet: ({ sheet, file, sheets }) => `no sheet named "${sheet}" in ${file} (sheets: ${sheets})`,
  noPlanSheet: ({ file }) =>
    `${file} has no visit plan sheet ("Visit plan ..." or "拜访计划 ..."): make one with crm plan, or name it with --sheet`,
  headline: ({ sheet, start, weeks, asOf, visits, place }) =>
    `Visit compliance of "${sheet}" (from ${start}, ${weeks} week(s)) as of ${asOf}, from ${visits} logged visit(s) ${place}.`,
  line: ({ label, planned, onPlan, offPlan, missed, share }) =>
    `  ${label.padEnd(14)} planned ${planned.padStart(5)}   on plan ${onPlan.padStart(5)}   off plan ${offPlan.padStart(4)}   missed ${missed.padStart(5)}   ${share}`,
  total: "Total",
  missedTop: ({ count }) => `A customers missed: ${count} visit(s), e.g.`,
  missed: ({ date, rep, customer, doneOn }) =>
    `  ${date} ${rep}: ${customer}${doneOn ? ` (visited ${doneOn} instead)` : ""}`,
  notCounted: ({ count }) =>
    `Not counted: ${count} log row(s) (listed on the sheet with suggestions), e.g.`,
  didYouMean: ({ names }) => `; did you mean ${names}?`,
  notCountedRow: ({ row, code, what, near }) => `  row ${row}: ${code} ${what}${near}`,
  duplicates: ({ count }) => `${count} repeated log row(s) counted once.`,
  afterAsOf: ({ count, asOf }) => `${count} visit(s) after ${asOf} not counted.`,
  outsidePlan: ({ count }) => `${count} visit(s) outside the plan's weeks not counted.`,
  wrote: ({ output, sheet }) => `Wrote ${output}: sheet "${sheet}".`,
};
