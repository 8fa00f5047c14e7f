import { TIER_HEADERS } from "../../core/tier/headers";
import { percentText } from "../format";
import type { TieringMessages } from "../types";

export const tiering: TieringMessages = {
  sheet: {
    tierHeader: TIER_HEADERS.en,
    previousTierHeader: "Previous tier",
    summarySheet: "Tier summary",
    summaryTitle: ({ sheet, sales }) => `Tier summary of ${sheet} (by ${sales})`,
    table: {
      tier: "Tier",
      customers: "Customers",
      customerShare: "Share of customers",
      sales: "Sales",
      salesShare: "Share of sales",
    },
    total: "Total",
    untiered: ({ count }) =>
      `${count} ${count === 1 ? "row" : "rows"} without valid sales left untiered`,
    concentration: ({ topShare, share }) =>
      `The top ${percentText(topShare)} of customers hold ${percentText(share)} of sales`,
    negativeShares: ({ customers, sales }) =>
      `Shares of sales count positive sales only: ${customers} ${customers === 1 ? "customer" : "customers"} with negative sales (${sales} in total) ${customers === 1 ? "counts" : "count"} as 0`,
    pareto: {
      ranks: "Customers (rank)",
      salesPerCustomer: "Sales per customer",
      cumulativeShare: "Cumulative share of sales",
      tier: "Tier",
    },
    paretoChartTitle: "Pareto chart: sales by customer rank",
    comparison: {
      caption: "Changes since the previous tiers",
      change: "Change",
      customers: "Customers",
      up: "Moved up",
      down: "Moved down",
      same: "Unchanged",
      new: "New",
      gone: "Gone",
      unknown: "Previous tier not recognised",
    },
  },
};
