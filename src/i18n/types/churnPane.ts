/** Shape of the Churn tab's pane texts (messages(locale).churn.pane). */

type Fmt<P> = (p: P) => string;

export interface ChurnUiText {
  customer: string;
  lastOrder: string;
  valueColumn: string;
  rep: string;
  pAliveColumn: string;
  none: string;
  days: string;
  pAliveThreshold: string;
  asOf: string;
  asOfNote: Fmt<{ date: string }>;
  probability: string;
  defaultCost: string;
  defaultCostHint: string;
  inputInvalid: string;
  summary: Fmt<{ count: number; customers: number; value: string }>;
  noneLapsed: string;
  noLastOrder: string;
  topTitle: Fmt<{ shown: number; count: number }>;
  table: {
    customer: string;
    rep: string;
    daysSince: string;
    pAlive: string;
    value: string;
    expected: string;
  };
  selectRow: Fmt<{ name: string }>;
  write: string;
  working: string;
  written: Fmt<{
    sheet: string;
    created: boolean;
    lapsed: number;
    kept: number;
    reasons: number;
    winBack: number;
  }>;
}
