/**
 * The visit planner (issue #4): `planVisits(customers, options)` -> `VisitPlan`, and
 * `planTableRows(plan)` / `planDayRows` / `unscheduledRows` for the sheets, plus the helpers the
 * pane and the command line need (`parseLatLng`, `isoToDayNumber`, ...). Pure and deterministic.
 */
export * from "./types";
export { planVisits, DEFAULT_CAPACITY, DEFAULT_WEEKS, DEFAULT_WORKDAYS } from "./planner";
export {
  planTableRows,
  planDayRows,
  unscheduledRows,
  PLAN_COLUMNS,
  PLAN_DAY_COLUMNS,
  UNSCHEDULED_COLUMNS,
} from "./table";
export type { PlanCell, PlanColumn, PlanTableOptions } from "./table";
export { isoToDayNumber, dayNumberToIso, isoWeekday } from "./calendar";
export { parseLatLng, haversineKm, isValidLatLng } from "./geo";
export { requiredVisits, weekPhases } from "./required";
export { exactOpenPath, heuristicOpenPath, shortestOpenPath, pathLength } from "./route";
export {
  DEFAULT_DAY,
  MINUTES_PER_DAY,
  resolveDay,
  workingMinutes,
  visitMinutesFor,
  travelMinutes,
  parseClock,
  parseTimeRange,
  parseOpeningHours,
  parseVisitMinutes,
  formatClock,
  formatRange,
  formatOpeningHours,
} from "./dayTime";
export { timeStops, orderForWindows } from "./timing";
export type { StopToTime, StopTime, DayHours } from "./timing";
