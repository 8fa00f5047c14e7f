/** The Value tab's pane texts (English). */
import { withActions } from "../format";
import { valueSheet } from "./valueSheet";
import type { ShareTableHead, ValueUiText } from "../types";

/** The columns of the pane's share tables (segments here, value classes in valueClass.ts). */
export const shareTableHead: ShareTableHead = {
  customers: "Customers",
  value: "Value",
  valueShare: "% of value",
  action: "What to do",
};

export const valuePane: ValueUiText = {
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
  missing: ({ count }) => `${count} customers have no number on one of the axes and are left out.`,
  table: { segment: "Segment", ...shareTableHead },
  // The labels are those the Segment column gets (value.sheet), the actions the pane's own.
  segments: withActions(valueSheet.segments, {
    core: "Protect: the most precious asset; keep service and attention high.",
    atRisk: "Manage tightly: channel conflict, price dumping, unpaid receivables.",
    grow: "Support and coach: tomorrow's stars.",
    phaseOut: "Serve at minimum cost or let go.",
    protect: "Hidden profit and an easy target for competitors: protect.",
    costly: "Profitable only if the margin covers the cost: cut cost or raise margin.",
    passive: "Low value but profitable: serve efficiently.",
    challenging: "Fix the cost, reprice, keep for reputation, or let go.",
  }),
  outputTitle: "Write as",
  outputFormulas: "Live formulas (follow later edits)",
  outputValues: "Values",
  writeSegment: "Write Segment column",
  segmentWritten: ({ column, output }) =>
    `Segment column written in column ${column} (${output === "formulas" ? "live formula" : "values"}).`,
  tableFixedCuts:
    "The list is an Excel table: one formula per row, with the cuts fixed at today's values.",
  tableValues: "The list is an Excel table, where a spilling formula cannot go: written as values.",
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
};
