/** Shape of the tiering texts (issue #1): the Tier column, the "Tier summary" sheet and the Tiering tab. */

import type { ColumnRole } from "../../core/list/columns";
import type { CheckCode } from "../../core/list/checks";
import type { MoveKind } from "../../core/list/compare";

/** Texts of the tiering job written into workbooks: the Tier column and the "Tier summary" sheet. */
export interface TieringSheetText {
  /** Header of the Tier column written right of the list. */
  tierHeader: string;
  /** Header for a previous-tier column / the previous tier in comparisons. */
  previousTierHeader: string;
  /** Base name of the summary sheet (made unique with uniqueSheetName). */
  summarySheet: string;
  /** Title line of the summary sheet. */
  summaryTitle: (p: { sheet: string; sales: string }) => string;
  /** Headers of the per-tier table. */
  table: {
    tier: string;
    customers: string;
    customerShare: string;
    sales: string;
    salesShare: string;
  };
  /** Row label of the totals line. */
  total: string;
  /** Line counting customers left untiered (blank or non-numeric sales). */
  untiered: (p: { count: number }) => string;
  /** "Top 20% of customers hold 74.3% of sales". Shares in 0..1. */
  concentration: (p: { topShare: number; share: number }) => string;
  /** The share rule, said when some tiered customers have negative sales (sales <= 0). */
  negativeShares: (p: { customers: number; sales: string }) => string;
  /** Headers of the Pareto chart data. */
  pareto: { ranks: string; salesPerCustomer: string; cumulativeShare: string; tier: string };
  /** Title of the Pareto chart. */
  paretoChartTitle: string;
  /** Caption and row labels of the comparison with the previous tiers. */
  comparison: {
    caption: string;
    change: string;
    customers: string;
    up: string;
    down: string;
    same: string;
    new: string;
    gone: string;
    unknown: string;
  };
}

export interface TieringMessages {
  sheet: TieringSheetText;
  pane: TieringUiText;
}

/** "rows 3, 7, 9 and 12 more" from 1-based row numbers (at most `max` listed). */
export type RowList = (rows: readonly number[], count: number) => string;

/** Texts of the pane's Tiering tab (and the list-reading notes every tab shows). */
export interface TieringUiText {
  readList: string;
  refreshList: string;
  listFound: (p: { rows: number; sheet: string; range: string; table?: string }) => string;
  problems: { emptySelection: string; noData: string; tooLarge: string };
  columnsTitle: string;
  roles: Record<ColumnRole, string>;
  none: string;
  guessedFromHeader: string;
  guessedFromContent: string;
  /** What was read (issue 11): the sales prompt, rows left out, a second list. */
  read: {
    chooseSales: string;
    /** Between the parts of a list of reasons. */
    sep: string;
    salesAsk: (p: { candidates: string }) => string;
    salesNone: string;
    leftOut: (p: { count: number; parts: string }) => string;
    reasons: Record<
      "blank" | "total" | "header" | "note",
      (p: { count: number; rows: string }) => string
    >;
    anotherList: (p: { row: number }) => string;
  };
  remembered: string;
  methodTitle: string;
  methods: { rank: string; rankCustom: string; pareto: string };
  cutLabel: (p: { label: string }) => string;
  cutsInvalid: string;
  groupBy: string;
  noGrouping: string;
  outputTitle: string;
  outputFormulas: string;
  outputValues: string;
  tierButton: string;
  working: string;
  written: (p: { column: string; rows: number; output: "values" | "formulas" }) => string;
  valuesInTable: string;
  /** Formulas were asked for, but total rows inside the list hold numbers a formula would tier. */
  valuesWithTotals: string;
  confirmTitle: string;
  confirmExistingTier: (p: { column: string; cells: number }) => string;
  confirmNonEmpty: (p: { column: string; cells: number }) => string;
  replace: string;
  cancel: string;
  cancelled: string;
  checksTitle: string;
  checks: Record<CheckCode, (p: { count: number; rows: string; names?: string }) => string>;
  rowList: RowList;
  summaryTitle: string;
  /** Headers of the summary table: the sheet's (own words where they differ) and the totals row. */
  table: TieringSheetText["table"] & { total: string };
  concentration: (p: { topShare: string; share: string }) => string;
  /** The share rule, said when some tiered customers have negative sales. */
  negativeShares: (p: { customers: number; sales: string }) => string;
  untiered: (p: { count: number }) => string;
  chartTitle: string;
  chartBars: string;
  chartAxisRank: string;
  chartLine: string;
  chartRanks: (p: { from: number; to: number }) => string;
  insertSummary: string;
  summaryInserted: (p: { sheet: string }) => string;
  comparisonTitle: string;
  moves: Record<MoveKind, string>;
  showRows: string;
  rowButton: (p: { row: number; name: string }) => string;
  goneRowsNote: string;
}
