/** Shape of the visit-plan texts (issue #4): the plan sheet, its day summary, unscheduled list and route map. */

/** Texts of the visit plan sheets (issue #4 output), keyed like `src/core/plan/table.ts`. */
export interface VisitPlanSheetText {
  /** Base name of the plan sheet: "Visit plan 2025-11-03" (made unique with uniqueSheetName). */
  planSheet: (p: { start: string }) => string;
  /** Base name of the route-map sheet. */
  routeSheet: (p: { start: string }) => string;
  /** Headers of the visit table, by PLAN_COLUMNS key. */
  columns: {
    date: string;
    weekday: string;
    week: string;
    rep: string;
    stop: string;
    customer: string;
    tier: string;
    area: string;
    address: string;
    latitude: string;
    longitude: string;
    kmFromPrevious: string;
    /** Issue 13 (contract): English headers start "Travel", "Arrive", "Depart". */
    travelMin: string;
    arrive: string;
    depart: string;
    hoursCheck: string;
  };
  /** Headers of the per-rep, per-day summary, by PLAN_DAY_COLUMNS key. */
  dayColumns: {
    rep: string;
    date: string;
    weekday: string;
    week: string;
    visits: string;
    km: string;
    start: string;
    end: string;
    workHours: string;
    travelHours: string;
  };
  /** Headers of the unscheduled list, by UNSCHEDULED_COLUMNS key. */
  unscheduledColumns: {
    customer: string;
    tier: string;
    rep: string;
    required: string;
    scheduled: string;
    missing: string;
    code: string;
    reason: string;
  };
  /** Shown when every required visit was planned. */
  noneUnscheduled: string;
  /** Weekday names, index 0 = Monday (ISO weekday - 1). */
  weekdays: readonly string[];
  /** Reason texts by UnscheduledCode. */
  reasons: {
    UNKNOWN_TIER: string;
    SALES_NOT_NUMBER: string;
    SALES_BLANK: string;
    TIER_BLANK: string;
    DUPLICATE_ID: string;
    CAPACITY: string;
    TOO_FREQUENT: string;
    NO_WORKING_DAYS: string;
  };
  /** Text of a visit flagged outside its customer's opening hours (`hours`: "08:00-12:00,..."). */
  outsideHours: (p: { hours: string }) => string;
  /** Name of a rep-less list's single rep. */
  noRep: string;
  /** Route map: chart title per rep and the data headers. */
  routeChartTitle: (p: { rep: string }) => string;
  /**
   * Row 1 of the route-map sheet: what belongs there, so the sheet never opens blank (the
   * command line writes the data, not the charts). `column`: the first data column's letter.
   */
  routeNote: (p: { column: string }) => string;
  routeColumns: { date: string; longitude: string; latitude: string };
}

export interface PlanMessages {
  sheet: VisitPlanSheetText;
}
