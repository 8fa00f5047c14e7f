/** Shape of the visit-plan texts (issue #4): the plan sheet, its day summary, unscheduled list and route map. */
import type { UnscheduledCode } from "../../core/plan/types";
import type { PlanRole } from "../../core/plan/planRoles";

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
  pane: PlanUiText;
}

export interface ReasonFigures {
  tier: string;
  required: number;
  scheduled: number;
  missing: number;
  capacity: number;
}

/** Texts of the pane's Visit plan tab. */
export interface PlanUiText {
  readList: string;
  refreshList: string;
  listFound: (p: { rows: number; sheet: string; range: string }) => string;
  columnsTitle: string;
  roles: Record<PlanRole, string>;
  none: string;
  /** The "no tier column" choice of the tier dropdown. */
  tierFromSales: string;
  tierSourceColumn: string;
  tierSourceSales: string;
  guessedFromHeader: string;
  guessedFromContent: string;
  located: (p: { located: number; rows: number }) => string;
  optionsTitle: string;
  startDate: string;
  weeks: string;
  workdays: string;
  /** Weekday names, index 0 = Monday. */
  weekdays: readonly string[];
  holidays: string;
  holidaysHint: string;
  capacity: string;
  policyTitle: string;
  policyHint: string;
  policyTier: (p: { label: string }) => string;
  startsTitle: string;
  startsHint: string;
  startRep: string;
  startPoint: string;
  startPlaceholder: string;
  noRep: string;
  generate: string;
  generating: string;
  progress: { planning: string; writing: string };
  errors: {
    noList: string;
    noCustomerColumn: string;
    noTierSource: string;
    noCustomers: string;
    badStartDate: (p: { value: string }) => string;
    badHolidays: (p: { lines: string }) => string;
    noWorkdays: string;
    badWeeks: string;
    badCapacity: string;
    badPolicy: (p: { label: string }) => string;
    badStartPoint: (p: { rep: string; value: string }) => string;
  };
  written: (p: { sheet: string; routeSheet: string | null; charts: number }) => string;
  totalsTitle: string;
  totals: {
    visits: string;
    unscheduled: string;
    km: string;
    busiestDay: string;
    customers: string;
  };
  busiest: (p: { rep: string; date: string; weekday: string; visits: number }) => string;
  noBusiest: string;
  capacityNeeded: (p: { needed: number; capacity: number }) => string;
  allPlanned: string;
  perRepTitle: string;
  /** Per-rep table; `needed`: visits per day the rep's policy needs (red above the capacity). */
  perRep: { rep: string; visits: string; days: string; perDay: string; km: string; needed: string };
  perRepNote: string;
  unscheduledTitle: (p: { customers: number; visits: number }) => string;
  reasons: Record<UnscheduledCode, (p: ReasonFigures) => string>;
  more: (p: { count: number }) => string;
  number: (n: number, decimals?: number) => string;
}
