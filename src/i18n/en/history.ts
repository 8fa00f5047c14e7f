import type { HistoryMessages } from "../types";

export const history: HistoryMessages = {
  sheet: {
    sheetName: ({ date }) => `Order history ${date}`,
    title: ({ source, customer, date, amount }) =>
      `Order history of ${source} (customer: ${customer}, date: ${date}, amount: ${amount})`,
    note: "Live formulas: change a setting on the right and the models refit. Periods are in days per period.",
    headers: {
      customer: "Customer",
      frequency: "Frequency (repeat purchases)",
      recency: "Recency (periods)",
      age: "Age T (periods)",
      monetary: "Mean repeat spend",
      holdoutPurchases: "Holdout purchases",
      holdoutLength: "Holdout length (periods)",
      pAlive: "P(alive)",
      expectedPurchases: "Expected purchases over the horizon",
      expectedSpend: "Expected spend per purchase",
      clv: "CLV over the horizon",
      predictedHoldout: "Predicted holdout purchases",
    },
    settings: {
      caption: "Settings",
      asOf: "Calibration end",
      holdoutEnd: "Holdout end",
      periodDays: "Days per period",
      months: "Horizon (months)",
      monthlyDiscount: "Monthly discount rate",
      margin: "Margin on spend",
      horizonPeriods: "Horizon (periods)",
    },
    bgnbd: {
      caption: "BG/NBD fit (purchases)",
      r: "r",
      alpha: "alpha",
      a: "a",
      b: "b",
      logLikelihood: "Log-likelihood",
    },
    gammaGamma: {
      caption: "Gamma-Gamma fit (spend)",
      p: "p",
      q: "q",
      gamma: "gamma",
      logLikelihood: "Log-likelihood",
    },
    status: {
      label: "Fit status",
      ok: "ok",
      notConverged: "did not converge",
      inputError: "input error: see the fit cell",
    },
    check: {
      caption: "Calibration/holdout check",
      group: "Repeat purchases (calibration)",
      customers: "Customers",
      actual: "Actual holdout purchases (mean)",
      predicted: "Predicted holdout purchases (mean)",
      chartTitle: "Holdout purchases: predicted vs actual",
    },
  },
  pane: {
    intro:
      "Estimate from the order history how likely each customer is still buying, how much they will buy and their lifetime value. Select a cell in the order table (one line per order: customer, date, amount).",
    readList: "Read the order table around the selection",
    refreshList: "Read again",
    listFound: ({ rows, sheet, range, table }) =>
      `${rows.toLocaleString("en-US")} order lines in ${table ? `table ${table}` : range} on sheet ${sheet}`,
    listProblems: {
      emptySelection: "No table here. Click a cell inside your order table, then read again.",
      noData: "This table has a header but no order lines under it.",
      tooLarge:
        "This table is too large for the pane. Type the CRM.RFM formula chain yourself (see the README).",
    },
    columnsTitle: "Columns",
    roles: { customer: "Customer", date: "Order date", amount: "Amount" },
    none: "(none)",
    settingsTitle: "Settings",
    asOf: "Calibration end",
    asOfHint: ({ date }) =>
      `Orders after this date are not used for the fit. Empty: the latest order (${date}).`,
    holdoutEnd: "Holdout end (optional)",
    holdoutHint:
      "Checks the fit against what customers really bought between the calibration end and this date.",
    months: "Horizon (months)",
    monthlyDiscount: "Monthly discount rate (%)",
    margin: "Margin on spend (%)",
    periodDays: "Days per period",
    previewTitle: "What the table holds",
    preview: {
      orders: ({ orders, customers }) =>
        `${orders.toLocaleString("en-US")} orders from ${customers.toLocaleString("en-US")} customers`,
      dates: ({ from, to }) => `From ${from} to ${to}`,
      calibration: ({ customers, orders, date }) =>
        `Up to ${date}: ${customers.toLocaleString("en-US")} customers, ${orders.toLocaleString("en-US")} orders`,
      repeat: ({ share, buyers }) =>
        `${share} of them bought again (${buyers.toLocaleString("en-US")} customers)`,
      holdout: ({ orders, date }) =>
        `${orders.toLocaleString("en-US")} orders in the holdout up to ${date}`,
      blankRows: ({ count }) => `${count} blank lines skipped`,
    },
    badDate: ({ field, value }) => `${field}: "${value}" is not a date.`,
    problems: {
      noOrders: "The table has no order lines.",
      noCalibrationCustomers: "No order on or before the calibration end: choose a later date.",
      holdoutNotAfterAsOf:
        "The holdout end must be after the calibration end (set a calibration end before the latest order).",
      badMonths: "The horizon must be a whole number of months from 1 to 1200.",
      badDiscount: "The monthly discount rate must be above -100%.",
      badMargin: "The margin must be between 0% and 100%.",
      badPeriodDays: "Days per period must be a positive number.",
      badColumns: "Choose three different columns for customer, order date and amount.",
    },
    badRows: ({ count, list }) =>
      `${count} order lines cannot be read (${list}). Fix them, then read again.`,
    issue: ({ row, problem }) =>
      `row ${row}: ${problem === "customer" ? "no customer" : problem === "date" ? "the date is not a date" : "the amount is not a number"}`,
    writeButton: "Write formula chain",
    working: "Writing…",
    written: ({ sheet }) =>
      `Sheet "${sheet}" added with the live formula chain. Excel fits the models as it recalculates; change a setting on that sheet to refit.`,
  },
};
