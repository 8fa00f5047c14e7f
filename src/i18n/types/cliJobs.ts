/**
 * Shape of the command line's own words in `crm value`, `crm churn`, `crm history` and
 * `crm compliance`: option errors, what the command read and wrote. The pane's sentences they
 * print come from the pane's catalogues. Figures come formatted; names come as they are.
 */
type Fmt<P> = (p: P) => string;

/** `crm value`. */
export interface CliValueMessages {
  badWrite: Fmt<{ jobs: string; value: string; unknown: string }>;
  noScoreColumn: Fmt<{ value: string }>;
  badMatrix: Fmt<{ value: string }>;
  scoreNeeded: string;
  scoreWeight: Fmt<{ column: string }>;
  segmentNeedsTwo: Fmt<{ column: string }>;
  noSegment: string;
  noMargin: string;
  noValue: string;
  valuesWithTotals: string;
  occupied: Fmt<{ columns: string; job: string }>;
  /** The matrix, its axes, its cuts and how many customers it placed. */
  matrix: Fmt<{ matrix: string; x: string; y: string; xCut: string; yCut: string; placed: number }>;
  wrote: Fmt<{ output: string; columns: string; sheet: string | null }>;
  rereadFailed: Fmt<{ sheet: string }>;
}

/** `crm churn`. */
export interface CliChurnMessages {
  badPeriods: Fmt<{ value: string }>;
  periodsBackwards: Fmt<{ value: string }>;
  fewPeriods: Fmt<{ have: number; window: number }>;
  fewPeriodsNote: Fmt<{ have: number; window: number }>;
  columns: Fmt<{
    customer: string;
    lastOrder: string;
    value: string;
    pAlive: string | null;
    asOf: string;
  }>;
  declining: Fmt<{ from: string; to: string; window: number; below: string; count: number }>;
  wrote: Fmt<{ output: string; sheet: string }>;
}

/** `crm history`. */
export interface CliHistoryMessages {
  notOrderTable: Fmt<{ sheet: string; missing: string; columns: string; hint: string }>;
  sameColumns: Fmt<{ columns: string }>;
  table: Fmt<{ sheet: string; customer: string; date: string; amount: string }>;
  wrote: Fmt<{ output: string; sheet: string }>;
  chartsSkipped: string;
}

/** `crm compliance`. */
export interface CliComplianceMessages {
  noSheet: Fmt<{ sheet: string; file: string; sheets: string }>;
  noPlanSheet: Fmt<{ file: string }>;
  headline: Fmt<{
    sheet: string;
    start: string;
    weeks: number;
    asOf: string;
    visits: string;
    place: string;
  }>;
  /** A rep's (or the total's) line; the figures come padded. */
  line: Fmt<{
    label: string;
    planned: string;
    onPlan: string;
    offPlan: string;
    missed: string;
    share: string;
  }>;
  total: string;
  missedTop: Fmt<{ count: number }>;
  missed: Fmt<{ date: string; rep: string; customer: string; doneOn: string | null }>;
  notCounted: Fmt<{ count: number }>;
  didYouMean: Fmt<{ names: string }>;
  notCountedRow: Fmt<{ row: number; code: string; what: string; near: string }>;
  duplicates: Fmt<{ count: number }>;
  afterAsOf: Fmt<{ count: number; asOf: string }>;
  outsidePlan: Fmt<{ count: number }>;
  wrote: Fmt<{ output: string; sheet: string }>;
}
