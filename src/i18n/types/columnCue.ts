/** Shape of the confidence cue shown next to each chosen column in the pane (issue 11). */

import type { ColumnCueKind } from "../../core/roles";

export interface ColumnCueText {
  /** The badge: one or two words saying how far to trust the choice. */
  badge: Record<ColumnCueKind, string>;
  /** The line beside the badge: where the choice came from (the user's own choice needs none). */
  detail: {
    header: (p: { header: string }) => string;
    content: string;
    saved: string;
    ask: string;
  };
}

export interface ColumnCueMessages {
  pane: ColumnCueText;
}
