/** Shape of the order-history texts (issue #6): the sheet the job writes and the pane's Order history tab. */

import type { OrderRole } from "../../core/list/columns";
import type { HistoryProblem, OrderIssue } from "../../core/history/problems";

export interface HistorySheetText {
  /** Base name of the new sheet: "Order history 1997-09-30" (made unique with uniqueSheetName). */
  sheetName: (p: { date: string }) => string;
  /** Title line: where the orders come from and which columns were used. */
  title: (p: { source: string; customer: string; date: string; amount: string }) => string;
  /** Line under the title explaining the live chain. */
  note: string;
  /** Headers of the RFM table (CRM.RFM spills under them) and of the columns beside it. */
  headers: {
    customer: string;
    frequency: string;
    recency: string;
    age: string;
    monetary: string;
    holdoutPurchases: string;
    holdoutLength: string;
    pAlive: string;
    /** Over the horizon of the settings block (a cell the user may change, so no number here). */
    expectedPurchases: string;
    expectedSpend: string;
    clv: string;
    predictedHoldout: string;
  };
  /** Settings block: the cells the formulas read (edit them to refit). */
  settings: {
    caption: string;
    asOf: string;
    holdoutEnd: string;
    periodDays: string;
    months: string;
    monthlyDiscount: string;
    margin: string;
    horizonPeriods: string;
  };
  bgnbd: { caption: string; r: string; alpha: string; a: string; b: string; logLikelihood: string };
  gammaGamma: { caption: string; p: string; q: string; gamma: string; logLikelihood: string };
  /** Fit status cell: label and the three outcomes the formula shows. */
  status: { label: string; ok: string; notConverged: string; inputError: string };
  /** The calibration/holdout check table and chart. */
  check: {
    caption: string;
    group: string;
    customers: string;
    actual: string;
    predicted: string;
    chartTitle: string;
  };
}

export interface HistoryUiText {
  intro: string;
  readList: string;
  refreshList: string;
  listFound: (p: { rows: number; sheet: string; range: string; table?: string }) => string;
  listProblems: { emptySelection: string; noData: string; tooLarge: string };
  columnsTitle: string;
  roles: Record<OrderRole, string>;
  none: string;
  settingsTitle: string;
  asOf: string;
  asOfHint: (p: { date: string }) => string;
  holdoutEnd: string;
  holdoutHint: string;
  months: string;
  monthlyDiscount: string;
  margin: string;
  periodDays: string;
  previewTitle: string;
  preview: {
    orders: (p: { orders: number; customers: number }) => string;
    dates: (p: { from: string; to: string }) => string;
    calibration: (p: { customers: number; orders: number; date: string }) => string;
    repeat: (p: { share: string; buyers: number }) => string;
    holdout: (p: { orders: number; date: string }) => string;
    blankRows: (p: { count: number }) => string;
  };
  badDate: (p: { field: string; value: string }) => string;
  problems: Record<Exclude<HistoryProblem, "badRows">, string>;
  badRows: (p: { count: number; list: string }) => string;
  issue: (p: { row: number; problem: OrderIssue["problem"] }) => string;
  writeButton: string;
  working: string;
  written: (p: { sheet: string }) => string;
}

export interface HistoryMessages {
  sheet: HistorySheetText;
  pane: HistoryUiText;
}
