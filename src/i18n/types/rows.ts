/** Shape of the texts of the user's row correction (issue 11): put a left-out row back, leave a row out. */

import type { LeftOutReason } from "../../core/list/extent";

type Fmt<P> = (p: P) => string;

/** Why a row correction cannot be applied (the command line's and the pane's messages). */
export interface RowProblemText {
  /** A text that is not a row number or range. */
  bad: Fmt<{ text: string }>;
  header: Fmt<{ rows: string }>;
  outside: Fmt<{ count: number; rows: string; first: number; last: number }>;
  both: Fmt<{ count: number; rows: string }>;
}

export interface RowsUiText {
  /** Between two problems in one message. */
  sep: string;
  /** A problem (or problems) as a sentence: the language's full stop. */
  sentence: (text: string) => string;
  /** The user's own reason in the sentence of rows left out (as `t.tiering.read.reasons`). */
  userReason: Fmt<{ count: number; rows: string }>;
  /** Rows the user put back, a sentence. */
  putBackNote: Fmt<{ count: number; rows: string }>;
  /** One row of the list of corrections. */
  row: Fmt<{ row: number }>;
  /** Short reason shown next to each left-out row. */
  reasons: Record<LeftOutReason, string>;
  /** Shown next to a row the user put back. */
  putBackByYou: string;
  putBack: string;
  putBackLabel: Fmt<{ row: number }>;
  /** Undo the user's own put-back. */
  undoPutBack: string;
  undoPutBackLabel: Fmt<{ row: number }>;
  /** More rows than the list shows. */
  more: Fmt<{ count: number }>;
  leaveOutField: string;
  leaveOutPlaceholder: string;
  leaveOut: string;
  /** The button is pressed with nothing typed. */
  leaveOutEmpty: string;
}

export interface RowsMessages {
  problems: RowProblemText;
  pane: RowsUiText;
}
