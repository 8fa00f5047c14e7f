/**
 * What can be wrong with an order history, as codes: the pane and the command line turn them
 * into messages (src/i18n), so the codes live below both.
 */

/** A line CRM.RFM would refuse (it would turn the whole table into one #VALUE!). */
export interface OrderIssue {
  /** 1-based sheet row. */
  row: number;
  problem: "customer" | "date" | "amount";
}

/** Why the chain cannot be written as asked; the pane turns the code into a message. */
export type HistoryProblem =
  | "noOrders"
  | "badRows"
  | "noCalibrationCustomers"
  | "holdoutNotAfterAsOf"
  | "badMonths"
  | "badDiscount"
  | "badMargin"
  | "badPeriodDays"
  | "badColumns";
