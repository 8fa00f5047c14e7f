import { TIER_HEADERS } from "../../core/tier/headers";
import { listText, MAX_ROWS_LISTED, percentText, plural as pl } from "../format";
import { language } from "./language";
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
  pane: {
    readList: "Read the list around the selection",
    refreshList: "Read again",
    listFound: ({ rows, sheet, range, table }) =>
      `${rows.toLocaleString("en-US")} customers in ${table ? `table ${table}` : range} on sheet ${sheet}`,
    problems: {
      emptySelection:
        "No list here. Click a cell inside your customer list (or select the whole list), then read again.",
      noData: "This list has a header but no rows under it. Select a list with customers in it.",
      tooLarge:
        "This list is too large for the pane. Use CRM.TIER in a cell or the crm command instead.",
    },
    columnsTitle: "Columns",
    roles: {
      customer: "Customer",
      sales: "Sales (tier by)",
      channel: "Channel",
      region: "Region",
      rep: "Rep / owner",
      previousTier: "Previous tier",
      margin: "Margin",
      cost: "Cost to serve",
      loyalty: "Loyalty",
      area: "Area",
      address: "Address",
      lat: "Latitude",
      lng: "Longitude",
      latlng: "Lat,lng",
      lastOrder: "Last order date",
    },
    none: "(none)",
    guessedFromHeader: "guessed from the header",
    guessedFromContent: "guessed from the contents",
    read: {
      chooseSales: "Choose the sales column",
      sep: ", ",
      salesAsk: ({ candidates }) =>
        `No header names the sales column: choose it above (it could be ${candidates}).`,
      salesNone:
        "No column holds sales figures (phones, postcodes, ids, years and codes are not sales): choose the sales column above.",
      leftOut: ({ count, parts }) =>
        `${count} ${pl(count, "row is", "rows are")} not customers and ${pl(count, "was", "were")} left out: ${parts}.`,
      reasons: {
        blank: ({ count, rows }) => `${count} blank (${rows})`,
        total: ({ count, rows }) => `${count} total/subtotal (${rows})`,
        header: ({ count, rows }) => `${count} repeated header (${rows})`,
        note: ({ count, rows }) => `${count} note (${rows})`,
      },
      anotherList: ({ row }) =>
        `Another list starts at row ${row}, below this one: it was not read (select it to tier it).`,
    },
    remembered: "remembered from last time",
    methodTitle: "Method",
    methods: {
      rank: "By rank: top 20% A, next 40% B, rest C",
      rankCustom: "By rank, my own cuts",
      pareto: "Pareto: A up to 80% of sales, B up to 95%",
    },
    cutLabel: ({ label }) => `${label} up to (% of customers)`,
    cutsInvalid: "Cuts must increase and lie between 0 and 100.",
    groupBy: "Tier within groups of",
    noGrouping: "No grouping (whole list)",
    outputTitle: "Write tiers as",
    outputFormulas: "Live formulas (=CRM.TIER, follow later edits)",
    outputValues: "Values",
    tierButton: "Tier",
    working: "Tiering…",
    written: ({ column, rows, output }) =>
      `Tier column written in column ${column} for ${rows.toLocaleString("en-US")} rows (${output === "formulas" ? "live formula" : "values"}).`,
    valuesInTable:
      "The list is an Excel table, where a spilling formula cannot go: tiers were written as values.",
    valuesWithTotals:
      "Total rows inside the list hold numbers a live formula would tier as customers: tiers were written as values.",
    confirmTitle: "Replace column?",
    confirmExistingTier: ({ column, cells }) =>
      `Column ${column} holds the Tier column of an earlier run (${cells} ${pl(cells, "cell", "cells")}). Replace it? Its tiers are used as the previous tiers for the comparison.`,
    confirmNonEmpty: ({ column, cells }) =>
      `Column ${column}, right of the list, is not empty (${cells} ${pl(cells, "cell", "cells")}). Write the Tier column over it?`,
    replace: "Replace",
    cancel: "Cancel",
    cancelled: "Nothing was written.",
    checksTitle: "Data checks",
    checks: {
      emptyList: () =>
        "The list has no data rows. Select a customer list with a header row and customers under it.",
      noNumericColumn: () =>
        "No column of numbers to tier by. Select a list with a sales column, or choose the sales column above.",
      noSalesValues: () =>
        "The sales column holds no numbers. Choose the column with the sales figures.",
      salesAllErrors: ({ names }) =>
        `Every cell of the sales column is an error (all ${names ?? "#N/A"}): fix the formulas or choose another column.`,
      salesNotNumeric: ({ count, rows }) =>
        `${count} ${pl(count, "sales cell is not a number", "sales cells are not numbers")} (${rows}): ${pl(count, "that customer is", "those customers are")} left untiered.`,
      salesBlank: ({ count, rows }) =>
        `${count} ${pl(count, "customer has", "customers have")} no sales (${rows}): left untiered.`,
      duplicateCustomer: ({ count, rows, names }) =>
        `${count} rows repeat a customer name${names ? ` (${names})` : ""}: ${rows}.`,
      missingRep: ({ count, rows }) =>
        `${count} ${pl(count, "customer has", "customers have")} no rep / owner (${rows}): incomplete records are lost at handover.`,
      missingArea: ({ count, rows }) =>
        `${count} ${pl(count, "customer has", "customers have")} no area (${rows}): incomplete records.`,
    },
    rowList: (rows, count) => {
      const more = count - Math.min(rows.length, MAX_ROWS_LISTED);
      const shown = listText(language.tag, rows.slice(0, MAX_ROWS_LISTED));
      const word = rows.length === 1 ? "row" : "rows";
      return more > 0 ? `${word} ${shown} and ${more} more` : `${word} ${shown}`;
    },
    summaryTitle: "Summary",
    table: {
      tier: "Tier",
      customers: "Customers",
      customerShare: "% of customers",
      sales: "Sales",
      salesShare: "% of sales",
      total: "Total",
    },
    concentration: ({ topShare, share }) =>
      `The top ${topShare} of customers hold ${share} of sales.`,
    negativeShares: ({ customers, sales }) =>
      `Shares of sales count positive sales only: ${customers} ${pl(customers, "customer", "customers")} with negative sales (${sales} in total) ${pl(customers, "counts", "count")} as 0.`,
    untiered: ({ count }) =>
      `${count} ${pl(count, "row", "rows")} left untiered (blank or non-numeric sales).`,
    chartTitle: "Pareto: sales by customer rank",
    chartBars: "Sales per customer",
    chartAxisRank: "Customers by rank (bars: sales per customer)",
    chartLine: "Cumulative share of sales",
    chartRanks: ({ from, to }) => (from === to ? `#${from}` : `#${from}-${to}`),
    insertSummary: "Insert summary sheet",
    summaryInserted: ({ sheet }) =>
      `Sheet "${sheet}" added with the summary table and a Pareto chart.`,
    comparisonTitle: "Since last time",
    moves: {
      up: "Moved up",
      down: "Moved down",
      same: "Same tier",
      new: "New",
      gone: "Gone",
      unknown: "Not comparable",
    },
    showRows: "Show customers",
    rowButton: ({ row, name }) => `Row ${row}${name ? `: ${name}` : ""}`,
    goneRowsNote: "Customers gone since last time have no row in the list any more.",
  },
};
