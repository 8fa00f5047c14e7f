/** What the Value jobs write into workbooks (English): their column headers and cell labels. */
import { SEGMENT_LABELS } from "../../core/segment";
import { VALUE_CLASS_IDS, VALUE_CLASS_LABELS, type ValueClassId } from "../../core/valueClass";
import type { ValueSheetText } from "../types";

export const valueSheet: ValueSheetText = {
  segment: "Segment",
  clv: "CLV",
  score: "Score",
  scoreTier: "Score tier",
  valueClass: "Value class",
  ccv: "Current value",
  cpv: "Potential value",
  // The functions' own defaults, so an English formula needs no labels argument.
  segments: { ...SEGMENT_LABELS },
  classes: Object.fromEntries(
    VALUE_CLASS_IDS.map((id, i) => [id, VALUE_CLASS_LABELS[i]])
  ) as Record<ValueClassId, string>,
};
