/** Shape of the Value tab's pane texts (messages(locale).value.pane). */
import type { SegmentId, SegmentMatrix } from "../../core/segment";

type Fmt<P> = (p: P) => string;

/** The columns of the pane's share tables (the Value tab's segments and value classes). */
export interface ShareTableHead {
  customers: string;
  value: string;
  valueShare: string;
  action: string;
}

export interface ValueUiText {
  listFound: Fmt<{ rows: number; sheet: string }>;
  readList: string;
  refreshList: string;
  noList: string;
  noNumeric: string;
  matrixTitle: string;
  matrices: Record<SegmentMatrix, string>;
  /** Axis names per matrix: [x, y]. */
  axes: Record<SegmentMatrix, { x: string; y: string }>;
  cutLabel: Fmt<{ axis: string }>;
  cutHint: Fmt<{ median: string }>;
  resetCuts: string;
  cutInvalid: string;
  chartTitle: string;
  cutLine: string;
  missing: Fmt<{ count: number }>;
  table: { segment: string } & ShareTableHead;
  /** Label (value.sheet.segments': what the cells get) and one-line action per segment. */
  segments: Record<SegmentId, { label: string; action: string }>;
  outputTitle: string;
  outputFormulas: string;
  outputValues: string;
  writeSegment: string;
  segmentWritten: Fmt<{ column: string; output: "formulas" | "values" }>;
  tableFixedCuts: string;
  tableValues: string;
  valuesWithTotals: string;
  clvTitle: string;
  clvMargin: string;
  clvRetention: string;
  clvDiscount: string;
  clvHorizon: string;
  clvHorizonHint: string;
  writeClv: string;
  clvWritten: Fmt<{ column: string }>;
  clvInvalid: string;
  scoreTitle: string;
  scoreHint: string;
  lowerIsBetter: string;
  weight: Fmt<{ name: string }>;
  writeScore: string;
  scoreWritten: Fmt<{ column: string; tierColumn: string }>;
  scoreNeedsIndicator: string;
  confirmTitle: string;
  confirm: Record<"replaceOwn" | "overwriteCells" | "unknownCells", Fmt<{ columns: string }>>;
  replace: string;
  cancel: string;
  cancelled: string;
  working: string;
}
