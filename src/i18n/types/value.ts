/** Shape of the Value texts: the columns the Value jobs add to the list and the labels they write. */

import type { SegmentId } from "../../core/segment";
import type { ValueClassId } from "../../core/valueClass";
import type { ValueUiText } from "./valuePane";

/** Headers of the columns the Value jobs add to the list, and the value-class labels they write. */
export interface ValueSheetText {
  segment: string;
  clv: string;
  score: string;
  scoreTier: string;
  valueClass: string;
  ccv: string;
  cpv: string;
  /** Segment labels as written in cells (English: CRM.SEGMENT's defaults). */
  segments: Record<SegmentId, string>;
  /** Value-class labels as written in cells (English: CRM.VALUECLASS's defaults). */
  classes: Record<ValueClassId, string>;
}

export interface ValueMessages {
  sheet: ValueSheetText;
  pane: ValueUiText;
}
