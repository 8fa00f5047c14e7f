/** Shape of the tiering texts (issue #1): the Tier column and the "Tier summary" sheet. */

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
}
