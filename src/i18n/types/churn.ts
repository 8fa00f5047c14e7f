/** Shape of the Churn texts: the Churn watch sheet. */

import type { ChurnReasonId } from "../../core/churn/reasons";
import type { ChurnUiText } from "./churnPane";

/** Texts of the Churn watch sheet. */
export interface ChurnSheetText {
  sheetName: string;
  headers: {
    customer: string;
    id: string;
    rep: string;
    lastOrder: string;
    daysSince: string;
    valueAtStake: string;
    pAlive: string;
    flaggedBy: string;
    status: string;
    reason: string;
    cost: string;
    probability: string;
    expectedReturn: string;
    decision: string;
    notes: string;
  };
  reasons: Record<ChurnReasonId, string>;
  flags: {
    daysSince: (days: number) => string;
    lowPAlive: (threshold?: number) => string;
    /** Sales trend (a fraction, e.g. -0.45) over the window of periods. */
    declining: (trend: number, window: number) => string;
  };
  status: { lapsed: string; declining: string; recovered: string };
  decision: { winBack: string; letGo: string };
}

export interface ChurnMessages {
  sheet: ChurnSheetText;
  pane: ChurnUiText;
}
