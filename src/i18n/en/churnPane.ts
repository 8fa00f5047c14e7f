/** The Churn tab's pane texts (English). */
import type { ChurnUiText } from "../types";

export const churnPane: ChurnUiText = {
  customer: "Customer",
  lastOrder: "Last order date",
  valueColumn: "Value at stake (recent value or CLV)",
  rep: "Rep / owner",
  pAliveColumn: "P(alive) from order history",
  none: "(none)",
  days: "Lapsed after (days)",
  pAliveThreshold: "Or P(alive) below (%)",
  asOf: "As of",
  asOfNote: ({ date }) =>
    `The list's latest order is on ${date}, long before today: days are counted from that date.`,
  probability: "Win-back success probability (%)",
  defaultCost: "Default win-back cost",
  defaultCostHint: "Blank: typed per customer on the sheet",
  inputInvalid: "Check the inputs: days ≥ 0, percentages between 0 and 100, cost ≥ 0.",
  summary: ({ count, customers, value }) =>
    `${count} of ${customers} customers lapsed; value at stake ${value}.`,
  noneLapsed: "No lapsed customers with these settings.",
  noLastOrder: "Choose the last-order column (or a P(alive) column) to find lapsed customers.",
  topTitle: ({ shown, count }) =>
    shown < count ? `Top ${shown} by value at stake` : "By value at stake",
  table: {
    customer: "Customer",
    rep: "Rep",
    daysSince: "Days",
    pAlive: "P(alive)",
    value: "Value at stake",
    expected: "Expected return",
  },
  selectRow: ({ name }) => `Select ${name} in the sheet`,
  write: "Write Churn watch sheet",
  working: "Writing…",
  written: ({ sheet, created, lapsed, kept, reasons, winBack }) =>
    `${created ? "Created" : "Updated"} sheet "${sheet}": ${lapsed} lapsed customers, ${winBack} worth winning back.` +
    (created
      ? ""
      : ` ${reasons} churn reasons entered earlier were kept${kept > 0 ? `, and ${kept} customers no longer lapsed stay listed` : ""}.`),
};
