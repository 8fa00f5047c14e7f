/**
 * Types of the visit planner (PRODUCT 2.4, 2.5; issue #4). The planner is pure: it reads
 * these plain objects and returns plain objects, so the pane, the command line and the tests
 * share it unchanged.
 */
import type { VisitPolicy } from "../visitPolicy";

/** A customer's key: the row index or any stable key the caller uses. Compared with `===`. */
export type CustomerId = string | number;

/** A position in degrees (WGS 84). */
export interface LatLng {
  readonly lat: number;
  readonly lng: number;
}

/** A time interval of one day `[from, to)` in minutes from midnight (09:00 = 540); `to > from`. */
export type TimeWindow = readonly [number, number];

/**
 * A rep's day in hours (issue 13): the capacity of a day is its working time less the lunch
 * break; each visit takes its tier's minutes; travel takes straight-line km x `roadFactor` /
 * `speedKmh`. Defaults in `DEFAULT_DAY` (dayTime.ts).
 */
export interface DaySettings {
  /** Start and end of the working day, minutes from midnight. */
  readonly workStart: number;
  readonly workEnd: number;
  /** A fixed break no visit overlaps (travel may); null: none. */
  readonly lunch: TimeWindow | null;
  /** Minutes per visit by tier label (matched like the visit policy). */
  readonly visitMinutes: Readonly<Record<string, number>>;
  readonly roadFactor: number;
  readonly speedKmh: number;
}

/** One customer to plan. Only `id` and `tier` are required. */
export interface PlanCustomer {
  /** Key that identifies the customer in the output (row index or key). */
  readonly id: CustomerId;
  /** Display name; defaults to `String(id)`. */
  readonly name?: string;
  /** Tier label, looked up in the policy (exactly, then ignoring case and spaces). */
  readonly tier: string;
  /**
   * Why the customer has no tier, when the caller knows (its sales cell is text such as "N/A",
   * or blank; its tier cell is blank): the unscheduled reason then says so, not "tier not in
   * the visit policy". Used only when `tier` is blank.
   */
  readonly noTier?: NoTierCode;
  /** Owner; customers without one belong to the rep `""` (one rep for the whole list). */
  readonly rep?: string;
  /** Area or district: groups days when coordinates are missing. */
  readonly area?: string;
  /** Carried through to the output. */
  readonly address?: string;
  /** Latitude in degrees; missing, non-finite, out of range or the pair (0, 0) means "no position". */
  readonly lat?: number;
  /** Longitude in degrees. */
  readonly lng?: number;
  /** Opening hours (sorted, disjoint); missing or empty: open whenever the rep works. */
  readonly openingHours?: readonly TimeWindow[];
}

/** Planner options. Everything but `startDate` has a default. */
export interface PlanOptions {
  /** First day of the horizon, ISO `yyyy-mm-dd`. Week 1 is the 7 days from this date. */
  readonly startDate: string;
  /** Horizon in whole weeks, 1..104 (default 4). */
  readonly weeks?: number;
  /** Working days as ISO weekdays, 1 = Monday .. 7 = Sunday (default Monday-Friday). */
  readonly workdays?: readonly number[];
  /** ISO dates with no visits (public holidays). Dates outside the horizon are ignored. */
  readonly holidays?: readonly string[];
  /**
   * An optional cap on visits per rep per day (a positive integer). Without it the working time
   * alone limits a day (see `day`).
   */
  readonly capacity?: number;
  /** Working hours, lunch, visit minutes, road factor and speed (defaults: `DEFAULT_DAY`). */
  readonly day?: Partial<DaySettings>;
  /** Visits per 4-week cycle by tier (default {@link DEFAULT_VISIT_POLICY}: A 4, B 2, C 1). */
  readonly policy?: VisitPolicy;
  /** Start point (depot, home) per rep name; the key `""` is the rep of customers without one. */
  readonly repStarts?: Readonly<Record<string, LatLng>>;
  /** Days with at most this many located stops are routed exactly (default 12, max 16). */
  readonly exactRouteMaxStops?: number;
  /**
   * Re-plan (issue 13): the first day that may get visits. The horizon stays the one of
   * `startDate` and `weeks`; its days before `from` are past and left out of the plan. Default:
   * the start date.
   */
  readonly from?: string;
  /**
   * Re-plan: visits already done in this horizon per customer id. They count toward the policy:
   * a customer gets at most `required - done` new visits (none when done >= required), and its
   * `required` in `unscheduled` is what was left to plan.
   */
  readonly done?: ReadonlyMap<CustomerId, number>;
  /** Called with the fraction done (0..1), a few times per rep. */
  readonly onProgress?: (fraction: number) => void;
}

/** One planned visit, a row of the plan table. */
export interface PlannedVisit {
  /** ISO date of the visit. */
  readonly date: string;
  /** ISO weekday, 1 = Monday .. 7 = Sunday. */
  readonly weekday: number;
  /** 1-based week of the horizon (7-day blocks from the start date). */
  readonly week: number;
  readonly rep: string;
  /** 1-based position in the day's route. */
  readonly stop: number;
  readonly customerId: CustomerId;
  readonly name: string;
  readonly tier: string;
  readonly area: string;
  readonly address: string;
  /** `null` when the customer has no position. */
  readonly lat: number | null;
  readonly lng: number | null;
  /**
   * Haversine km from the previous stop (from the rep's start point for the first stop when
   * one is given, else 0 for the first stop); `null` when the customer has no position.
   */
  readonly kmFromPrevious: number | null;
  /**
   * Minutes of travel to this stop: straight-line km x factor / speed x 60 from the previous
   * stop (from the start point for the first stop when one is given, else 0); `null` when the
   * customer has no position (no travel time is known or counted).
   */
  readonly travelMin: number | null;
  /** When the visit starts, minutes from midnight (any wait for the opening comes before). */
  readonly arrive: number;
  /** Arrive + the tier's visit minutes. */
  readonly depart: number;
  /** The customer's opening hours as `08:00-12:00,14:00-20:00`; "" when not given. */
  readonly openingHours: string;
  /** Set when the visit cannot fall inside the customer's opening hours on this day. */
  readonly flag: VisitFlag | null;
}

/**
 * Why a planned visit needs a look:
 * - `OUTSIDE_HOURS`: no time in the working day meets the customer's opening hours after the
 *   earlier stops; the visit is planned at the earliest time and flagged (never silently).
 */
export type VisitFlag = "OUTSIDE_HOURS";

/** Summary of one rep's working day (days without visits included). */
export interface PlanDay {
  readonly rep: string;
  readonly date: string;
  readonly weekday: number;
  readonly week: number;
  readonly visits: number;
  /** Length of the day's route in km (from the start point when one is given). */
  readonly km: number;
  /** When the rep sets off (first arrive - its travel) and ends the last visit; null: no visits. */
  readonly start: number | null;
  readonly end: number | null;
  /** Minutes of visits and of travel on the day. */
  readonly workMin: number;
  readonly travelMin: number;
}

/**
 * Why visits are missing. The UI localises by code; `reason` is the English text.
 * - `UNKNOWN_TIER`: the tier is not in the policy (required counts as 0: nothing to schedule).
 * - `SALES_NOT_NUMBER`, `SALES_BLANK`, `TIER_BLANK`: no tier, and why (see `PlanCustomer.noTier`);
 *   nothing to schedule either.
 * - `DUPLICATE_ID`: an earlier customer has the same id; this one is not planned.
 * - `CAPACITY`: the rep's days are full, in visits or in working time (lengthen the day, shorten
 *   visits, raise the cap, add a rep or lower the policy).
 * - `TOO_FREQUENT`: the policy asks for more visits than the horizon has working days.
 * - `NO_WORKING_DAYS`: the horizon has no working day that is not a holiday.
 */
export type UnscheduledCode =
  "UNKNOWN_TIER" | NoTierCode | "DUPLICATE_ID" | "CAPACITY" | "TOO_FREQUENT" | "NO_WORKING_DAYS";

/** Why a customer has no tier at all (a reason of its own, never "tier not in the policy"). */
export type NoTierCode = "SALES_NOT_NUMBER" | "SALES_BLANK" | "TIER_BLANK";

/** A customer with fewer visits than required. Always `scheduled + missing === required`. */
export interface UnscheduledCustomer {
  readonly customerId: CustomerId;
  readonly name: string;
  readonly tier: string;
  readonly rep: string;
  readonly required: number;
  readonly scheduled: number;
  readonly missing: number;
  readonly code: UnscheduledCode;
  readonly reason: string;
}

/** Capacity the plan would need: a lower bound, ceil(required visits / working days) per rep. */
export interface NeededCapacity {
  /** The largest per-rep figure: set the capacity to at least this. */
  readonly visitsPerRepDay: number;
  readonly byRep: readonly {
    readonly rep: string;
    readonly requiredVisits: number;
    readonly workingDays: number;
    readonly visitsPerDay: number;
  }[];
}

export interface PlanTotals {
  readonly visitsPlanned: number;
  /** Sum of `missing` over the unscheduled list. */
  readonly unscheduledVisits: number;
  readonly km: number;
  /** The day with the most visits (earliest date, then first rep, on ties); null for an empty plan. */
  readonly busiestDay: {
    readonly rep: string;
    readonly date: string;
    readonly visits: number;
  } | null;
  /** The day with the most hours of visits and travel (same tie rule); null for an empty plan. */
  readonly longestDay: {
    readonly rep: string;
    readonly date: string;
    readonly hours: number;
  } | null;
}

/** The planner's result. */
export interface VisitPlan {
  /** Sorted by date, rep (first appearance in the input), stop. */
  readonly visits: readonly PlannedVisit[];
  /** Sorted by rep (first appearance), date. */
  readonly days: readonly PlanDay[];
  /** In input order. */
  readonly unscheduled: readonly UnscheduledCustomer[];
  readonly totals: PlanTotals;
  readonly neededCapacity: NeededCapacity;
  /** Whether positions drove the days and routes of at least one rep (otherwise areas / counts). */
  readonly usedCoordinates: boolean;
}
