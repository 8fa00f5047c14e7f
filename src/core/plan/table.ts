/**
 * The plan as table rows for a sheet or a file: fixed column keys (the UI localises headers by
 * key), blanks as "", dates as ISO text or Excel serial numbers.
 */
import { serialFromIso } from "../excel/dates";
import { formatClock, MINUTES_PER_DAY } from "./dayTime";
import type { PlannedVisit, VisitPlan } from "./types";

/** Columns of the visit table, in order. */
export const PLAN_COLUMNS = [
  "date",
  "weekday",
  "week",
  "rep",
  "stop",
  "customer",
  "tier",
  "area",
  "address",
  "latitude",
  "longitude",
  "kmFromPrevious",
  // Issue 13: the day in hours. The twelve columns above stay first, in this order (contract).
  "travelMin",
  "arrive",
  "depart",
  "hoursCheck",
] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

/** Columns of the per-rep, per-day summary. */
export const PLAN_DAY_COLUMNS = [
  "rep",
  "date",
  "weekday",
  "week",
  "visits",
  "km",
  "start",
  "end",
  "workHours",
  "travelHours",
] as const;
/** Columns of the unscheduled list. */
export const UNSCHEDULED_COLUMNS = [
  "customer",
  "tier",
  "rep",
  "required",
  "scheduled",
  "missing",
  "code",
  "reason",
] as const;

/** A cell: text or number; "" is a blank cell. */
export type PlanCell = string | number;

export interface PlanTableOptions {
  /** "iso" (default): `yyyy-mm-dd` text; "excel": serial numbers to format as dates. */
  readonly dates?: "iso" | "excel";
  /** Label of an ISO weekday (1 = Monday); default the number itself. */
  readonly weekdayLabel?: (isoWeekday: number) => string;
  /** Decimals of km values (default 2). */
  readonly kmDecimals?: number;
  /** "text" (default): `hh:mm`; "excel": fractions of a day to format as times. */
  readonly times?: "text" | "excel";
  /** Text of a flagged visit's check cell (default: the flag code); unflagged visits get "". */
  readonly flagLabel?: (v: PlannedVisit) => string;
}

/** A time of day as the table writes it. */
function timeCell(minutes: number, form: PlanTableOptions["times"]): PlanCell {
  return form === "excel" ? minutes / MINUTES_PER_DAY : formatClock(minutes);
}

const roundTo = (v: number, d: number): number => {
  const f = 10 ** d;
  return Math.round(v * f) / f;
};

/**
 * Rows of the visit table, one per visit, in {@link PLAN_COLUMNS} order and in plan order
 * (date, rep, stop). The customer cell holds the name. Missing positions and distances are "";
 * travel minutes have one decimal; times are `hh:mm` text or Excel fractions of a day.
 *
 * @param plan The plan from `planVisits`.
 * @param opts Date form, weekday labels, km decimals.
 * @returns The rows, without a header. Cost O(visits).
 * @example planTableRows(plan, { dates: "excel" })[0][0] // 45292 for 2024-01-01
 */
export function planTableRows(plan: VisitPlan, opts: PlanTableOptions = {}): PlanCell[][] {
  const date = (iso: string): PlanCell => (opts.dates === "excel" ? serialFromIso(iso) : iso);
  const wd = (n: number): PlanCell => (opts.weekdayLabel ? opts.weekdayLabel(n) : n);
  const dec = opts.kmDecimals ?? 2;
  return plan.visits.map((v) => [
    date(v.date),
    wd(v.weekday),
    v.week,
    v.rep,
    v.stop,
    v.name,
    v.tier,
    v.area,
    v.address,
    v.lat ?? "",
    v.lng ?? "",
    v.kmFromPrevious === null ? "" : roundTo(v.kmFromPrevious, dec),
    v.travelMin === null ? "" : roundTo(v.travelMin, 1),
    timeCell(v.arrive, opts.times),
    timeCell(v.depart, opts.times),
    v.flag === null ? "" : opts.flagLabel ? opts.flagLabel(v) : v.flag,
  ]);
}

/**
 * Rows of the per-rep, per-day summary in {@link PLAN_DAY_COLUMNS} order.
 *
 * @param plan The plan.
 * @param opts Date form, weekday labels, km decimals.
 * @returns The rows, without a header. Cost O(days).
 * @example planDayRows(plan)[0] // ["Li", "2024-01-01", 1, 1, 8, 12.34, "09:00", "16:40", 3.5, 0.6]
 */
export function planDayRows(plan: VisitPlan, opts: PlanTableOptions = {}): PlanCell[][] {
  const dec = opts.kmDecimals ?? 2;
  return plan.days.map((d) => [
    d.rep,
    opts.dates === "excel" ? serialFromIso(d.date) : d.date,
    opts.weekdayLabel ? opts.weekdayLabel(d.weekday) : d.weekday,
    d.week,
    d.visits,
    roundTo(d.km, dec),
    d.start === null ? "" : timeCell(d.start, opts.times),
    d.end === null ? "" : timeCell(d.end, opts.times),
    roundTo(d.workMin / 60, 2),
    roundTo(d.travelMin / 60, 2),
  ]);
}

/**
 * Rows of the unscheduled list in {@link UNSCHEDULED_COLUMNS} order (reason in English; the UI
 * may localise it by code).
 *
 * @param plan The plan.
 * @returns The rows, without a header. Cost O(unscheduled).
 * @example unscheduledRows(plan)[0] // ["Shop 7", "C", "Li", 1, 0, 1, "CAPACITY", "Not enough capacity: ..."]
 */
export function unscheduledRows(plan: VisitPlan): PlanCell[][] {
  return plan.unscheduled.map((u) => [
    u.name,
    u.tier,
    u.rep,
    u.required,
    u.scheduled,
    u.missing,
    u.code,
    u.reason,
  ]);
}
