import { withActions } from "../format";
import { shareTableHead } from "./valuePane";
import { valueSheet } from "./valueSheet";
import type { ValueClassMessages } from "../types";

export const valueClass: ValueClassMessages = {
  pane: {
    classes: {
      title: "Value classes",
      hint: "Most valuable = the top share of customers by value (as CRM.TIER ranks them); Negative = value below the cost to serve.",
      value: "Value (sales, profit or CLV)",
      cost: "Cost to serve",
      potential: "Potential value",
      none: "(none)",
      topShare: "Most valuable: top (%)",
      topShareInvalid: "The top share must be a percentage above 0 and at most 100.",
      headline: ({ top, customers, share }) =>
        `The top ${top} (${customers} customers) bring ${share} of the value (the rule of thumb: ~40%).`,
      table: { cls: "Class", ...shareTableHead },
      // The labels are those the Value class column gets (value.sheet).
      names: withActions(valueSheet.classes, {
        mostValuable: "Retain: top service, senior reps.",
        secondary: "Grow: develop the relationship, cross-sell.",
        ordinary: "Serve at scale, efficiently.",
        negative: "Fix the cost to serve, reprice, or let go.",
      }),
      missing: ({ count }) => `${count} rows have no value and are left out.`,
      write: "Write Value class column",
      written: ({ column }) => `Value class column written in column ${column}.`,
    },
    current: {
      title: "Current and potential value",
      hint: "Current value: today's profit kept for the horizon, discounted. Potential value: the extra profit if developed.",
      profit: "Profit per period now",
      potential: "Potential profit per period",
      none: "(none)",
      periods: "Periods",
      discount: "Discount rate per period (%)",
      invalid:
        "Periods must be a whole number ≥ 1 and the discount rate a percentage from 0 to 100.",
      write: "Write value columns",
      written: ({ columns }) => `Written in column ${columns}.`,
    },
    declining: {
      title: "Declining customers",
      hint: "Sales of the last periods against the periods before: key accounts fall for months before they leave.",
      firstPeriod: "First period column (oldest)",
      lastPeriod: "Last period column (newest)",
      tier: "Tier",
      none: "(none)",
      window: "Periods compared",
      threshold: "Declining below (%)",
      invalid: "Periods compared must be a whole number ≥ 1, the threshold a percentage below 0.",
      needPeriods: ({ needed, have }) =>
        `Choose at least ${needed} period columns (now ${have}), oldest to newest.`,
      summary: ({ count, a, value }) =>
        `${count} customers declining (${a} A customers); value at risk ${value}.`,
      noneDeclining: "No customer declines that much.",
      table: { customer: "Customer", tier: "Tier", trend: "Trend", value: "Value at risk" },
      valueHint:
        "Value at risk: the value column above (unless it is one of the periods), else the sales of the earlier periods. A customers first.",
      written: ({ count }) => `${count} declining customers were added for the same follow-up.`,
    },
    migration: {
      title: "Tier migration",
      corner: "Was ↓ now →",
      newRow: "(new)",
      goneCol: "(gone)",
      legend: "Each cell: customers, and under them the sales they moved. Green up, red down.",
      cell: ({ from, to, count, sales }) => `${from} → ${to}: ${count} customers, sales ${sales}`,
    },
  },
};
