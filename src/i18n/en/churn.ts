import { churnPane } from "./churnPane";
import type { ChurnMessages } from "../types";

export const churn: ChurnMessages = {
  pane: churnPane,
  sheet: {
    sheetName: "Churn watch",
    headers: {
      customer: "Customer",
      id: "Customer ID",
      rep: "Rep",
      lastOrder: "Last order",
      daysSince: "Days since",
      valueAtStake: "Value at stake",
      pAlive: "P(alive)",
      flaggedBy: "Flagged by",
      status: "Status",
      reason: "Churn reason",
      cost: "Win-back cost",
      probability: "Success probability",
      expectedReturn: "Expected return",
      decision: "Decision",
      notes: "Notes",
    },
    reasons: {
      repAttitude: "Rep's attitude",
      product: "Product dissatisfaction",
      competitor: "Competitor",
      otherSupplier: "Other supplier relationship",
      moved: "Moved",
      closed: "Closed",
      other: "Other",
    },
    flags: {
      daysSince: (d) => `No order for over ${d} days`,
      lowPAlive: (t) =>
        t === undefined ? "Low P(alive)" : `P(alive) below ${Math.round(t * 100)}%`,
      declining: (x, w) =>
        `Sales down ${Math.round(-x * 100)}% (last ${w} periods vs the ${w} before)`,
    },
    status: { lapsed: "Lapsed", declining: "Declining", recovered: "No longer lapsed" },
    decision: { winBack: "Win back", letGo: "Let go" },
  },
};
