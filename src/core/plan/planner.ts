/**
 * The visit planner (PRODUCT 2.4, 2.5; issue #4): a periodic routing plan of who visits whom on
 * which day, each day in route order. Pure and deterministic: same input, same plan.
 */
import { DEFAULT_VISIT_POLICY, visitsForTier, type VisitPolicy } from "../visitPolicy";
import { buildHorizon, dayNumberToIso, isoToDayNumber, isoWeekday } from "./calendar";
import { haversineKm, isValidLatLng, nearestKm, projectKm } from "./geo";
import {
  formatOpeningHours,
  formatRange,
  resolveDay,
  travelMinutes,
  visitMinutesFor,
  workingMinutes,
} from "./dayTime";
import { requiredVisits } from "./required";
import { DEFAULT_EXACT_STOPS, EXACT_MAX_STOPS, shortestOpenPath } from "./route";
import { scheduleRep } from "./schedule";
import { orderForWindows, timeStops, type StopTime, type StopToTime } from "./timing";
import type {
  CustomerId,
  DaySettings,
  LatLng,
  NeededCapacity,
  PlanCustomer,
  PlanDay,
  PlannedVisit,
  PlanOptions,
  UnscheduledCode,
  UnscheduledCustomer,
  VisitPlan,
} from "./types";

/** Default horizon, weeks. */
export const DEFAULT_WEEKS = 4;
/**
 * The visits-per-day cap the pane suggests. The planner itself has no cap unless given one:
 * the working time is the capacity of a day.
 */
export const DEFAULT_CAPACITY = 8;
/** Default working days: Monday to Friday (ISO weekdays). */
export const DEFAULT_WORKDAYS: readonly number[] = Object.freeze([1, 2, 3, 4, 5]);

/** Options after validation and defaults. */
interface Normalized {
  startDay: number;
  weeks: number;
  workdays: number[];
  holidays: Set<number>;
  /** Visits per day; Infinity when only the working time limits a day. */
  capacity: number;
  day: DaySettings;
  policy: VisitPolicy;
  repStarts: Readonly<Record<string, LatLng>>;
  exactMax: number;
}

function normalize(o: PlanOptions): Normalized {
  if (!o || typeof o !== "object")
    throw new RangeError("Plan options are required (at least startDate).");
  const startDay = isoToDayNumber(o.startDate);
  const weeks = o.weeks ?? DEFAULT_WEEKS;
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104)
    throw new RangeError(`weeks must be a whole number from 1 to 104, got ${String(weeks)}.`);
  const capacity = o.capacity ?? Infinity;
  if (capacity !== Infinity && (!Number.isInteger(capacity) || capacity < 1))
    throw new RangeError(
      `capacity must be a whole number of visits >= 1, got ${String(capacity)}.`
    );
  const wd = o.workdays ?? DEFAULT_WORKDAYS;
  if (
    !Array.isArray(wd) ||
    wd.length === 0 ||
    wd.some((d) => !Number.isInteger(d) || d < 1 || d > 7)
  ) {
    throw new RangeError(
      "workdays must be a non-empty list of ISO weekdays 1 (Monday) .. 7 (Sunday)."
    );
  }
  const policy = o.policy ?? DEFAULT_VISIT_POLICY;
  for (const [k, v] of Object.entries(policy)) {
    if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
      throw new RangeError(`Policy visits for tier "${k}" must be a number >= 0.`);
  }
  const exactMax = o.exactRouteMaxStops ?? DEFAULT_EXACT_STOPS;
  if (!Number.isInteger(exactMax) || exactMax < 0 || exactMax > EXACT_MAX_STOPS) {
    throw new RangeError(`exactRouteMaxStops must be a whole number from 0 to ${EXACT_MAX_STOPS}.`);
  }
  const holidays = new Set<number>((o.holidays ?? []).map((h) => isoToDayNumber(h)));
  for (const [id, n] of o.done ?? []) {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(
        `done visits of customer ${JSON.stringify(id)} must be a whole number >= 0.`
      );
  }
  if (o.from !== undefined) {
    // Re-plan: past days are closed like holidays, so the grid (weeks, phases) is the original
    // horizon's and visits that fell on past days move to the nearest open day.
    const from = isoToDayNumber(o.from);
    if (from >= startDay + 7 * weeks)
      throw new RangeError(`from (${o.from}) is after the plan's last day.`);
    for (let d = startDay; d < from; d++) holidays.add(d);
  }
  return {
    startDay,
    weeks,
    workdays: [...new Set(wd)],
    holidays,
    capacity,
    day: resolveDay(o.day),
    policy,
    repStarts: o.repStarts ?? {},
    exactMax,
  };
}

const round3 = (v: number): number => Math.round(v * 1000) / 1000;

/**
 * Plans the reps' visits over the horizon.
 *
 * Rules (documented choices):
 * - Required visits per customer: `requiredVisits(policy[tier], weeks)` = round(v x weeks / 4),
 *   at least 1 for a visited tier.
 * - Even spacing: a customer visited r <= weeks times comes on one weekday, in weeks
 *   p + floor(k x weeks / r) (A: every week; 2 per 4 weeks: 14 days apart; 1: once). More than
 *   weekly: evenly over the working days. A visit on a holiday moves to the nearest free working
 *   day that keeps at least half the normal spacing from the customer's other visits (else any
 *   free day).
 * - A day holds its working time (issue 13): visits take their tier's minutes, travel takes
 *   straight-line km x road factor / speed, no visit overlaps lunch, opening hours are met where
 *   the day allows (else the row is flagged `OUTSIDE_HOURS`), and a day that would run past its
 *   end sheds its least frequent, last-listed stops (reported missing). The optional
 *   visits-per-day cap is never exceeded. Load is balanced: each weekday's territory
 *   carries about 1/k of the rep's weekly load, and phases balance the weeks.
 * - Geography: with positions, weekday territories are balanced k-means clusters; without,
 *   customers are grouped by area, else by input order. Each day is routed as the shortest open
 *   path (exact up to `exactRouteMaxStops` stops, else 2-opt/Or-opt), from the rep's start
 *   point when given; stops without a position come last, in area order.
 * - Short capacity: the least frequent customers, last in input order first, are planned last
 *   and take the room that is left; what still does not fit is in `unscheduled` with its
 *   missing count (put important customers first in the list).
 * - Customers whose tier is not in the policy, or whose id repeats an earlier one, are listed as
 *   unscheduled (required 0 resp. the tier's count) and not planned.
 *
 * @param customers The customer list.
 * @param options Start date, horizon, working days, holidays, capacity, policy, start points.
 * @returns The plan: visits in route order, per-day summaries, unscheduled customers, totals and
 * the capacity that would be needed. Cost about O(n log n) for clustering and scheduling plus
 * O(days x 2^c c^2) for exact routes of c stops (c <= 12: well under 2 s for 5,000 customers).
 * @throws {RangeError} When an option is invalid (bad date, weeks, capacity, workdays, policy).
 * @example
 * planVisits([{ id: 1, name: "Shop", tier: "A" }], { startDate: "2024-01-01" }).visits.length // 4
 */
export function planVisits(customers: readonly PlanCustomer[], options: PlanOptions): VisitPlan {
  const o = normalize(options);
  const progress = options.onProgress;
  progress?.(0);
  const horizon = buildHorizon(o.startDay, o.weeks, o.workdays, o.holidays);
  const { slots: S, dayNumber, holiday } = horizon;
  const N = o.weeks * S;

  // Reps in order of first appearance; customers validated.
  const repNames: string[] = [];
  const repIndex = new Map<string, number>();
  const repMembers: number[][] = [];
  const required = new Int32Array(customers.length);
  const skip: (UnscheduledCode | null)[] = new Array(customers.length).fill(null);
  const seen = new Set<CustomerId>();
  const repOf = (c: PlanCustomer): string =>
    typeof c.rep === "string" ? c.rep.trim() : c.rep == null ? "" : String(c.rep);
  customers.forEach((c, i) => {
    const per = visitsForTier(String(c.tier ?? ""), o.policy);
    if (seen.has(c.id)) skip[i] = "DUPLICATE_ID";
    else if (per === undefined)
      skip[i] = c.noTier && String(c.tier ?? "").trim() === "" ? c.noTier : "UNKNOWN_TIER";
    seen.add(c.id);
    const done = options.done?.get(c.id) ?? 0;
    required[i] = per === undefined ? 0 : Math.max(0, requiredVisits(per, o.weeks) - done);
    const rep = repOf(c);
    let r = repIndex.get(rep);
    if (r === undefined) {
      r = repNames.length;
      repIndex.set(rep, r);
      repNames.push(rep);
      repMembers.push([]);
    }
    if (skip[i] === null) repMembers[r].push(i);
  });

  const scheduledDays: number[][] = new Array(customers.length);
  const hasPos = Uint8Array.from(customers, (c) => (isValidLatLng(c.lat, c.lng) ? 1 : 0));
  const located = (c: PlanCustomer): boolean => isValidLatLng(c.lat, c.lng);
  let usedCoordinates = false;
  const day = o.day;
  const visitsOut: { v: PlannedVisit; rep: number; d: number }[] = [];
  const daysOut: PlanDay[] = [];
  const reps = repNames.length;

  // Every loop here runs over finite inputs (reps, customers, the horizon's days, a day's
  // stops); the searches it calls are bounded in their own modules.
  for (let r = 0; r < reps; r++) {
    const members = repMembers[r];
    // Project positions around the rep's centroid (km).
    let lat0 = 0;
    let lng0 = 0;
    let m = 0;
    for (const i of members) {
      if (located(customers[i])) {
        lat0 += customers[i].lat!;
        lng0 += customers[i].lng!;
        m++;
      }
    }
    if (m > 0) {
      lat0 /= m;
      lng0 /= m;
      usedCoordinates = true;
    }
    const x = new Float64Array(members.length);
    const y = new Float64Array(members.length);
    const hasXY = new Uint8Array(members.length);
    members.forEach((i, k) => {
      const c = customers[i];
      if (located(c)) {
        [x[k], y[k]] = projectKm(c.lat!, c.lng!, lat0, lng0);
        hasXY[k] = 1;
      }
    });
    // Each visit's expected minutes: the tier's visit time plus travel from a neighbour. A day's
    // stops are a sample of the rep's customers (about a quarter of them for a weekly territory
    // visited every fourth week), so the gap to the next stop is taken as twice the distance to
    // the nearest fellow customer; the timed route below is the exact check.
    const visitMin = members.map((i) =>
      visitMinutesFor(String(customers[i].tier ?? ""), day.visitMinutes)
    );
    const weight = Float64Array.from(visitMin);
    const nn = nearestKm(x, y, hasXY);
    members.forEach((_, k) => {
      if (hasXY[k] && Number.isFinite(nn[k])) weight[k] += travelMinutes(nn[k], day);
    });
    const sched = scheduleRep({
      required: members.map((i) => required[i]),
      x,
      y,
      hasXY,
      area: members.map((i) => text(customers[i].area)),
      capacity: o.capacity,
      weight,
      dayMinutes: workingMinutes(day),
      horizon,
    });
    members.forEach((i, k) => (scheduledDays[i] = sched[k]));
    const kOf = new Map<number, number>();
    members.forEach((i, k) => kOf.set(i, k));
    progress?.((r + 0.5) / reps);

    // Route and time each day.
    const perDay: number[][] = Array.from({ length: N }, () => []);
    members.forEach((i, k) => {
      for (const d of sched[k]) perDay[d].push(i);
    });
    const start = o.repStarts[repNames[r]];
    const hasStart = start !== undefined && isValidLatLng(start.lat, start.lng);
    // Routes and times a day with this rep's start and visit minutes (first try and re-routes).
    const route = (stops: number[]) =>
      routeDay(
        stops,
        customers,
        hasPos,
        hasStart ? start : undefined,
        o.exactMax,
        (i) => visitMin[kOf.get(i)!],
        day
      );
    for (let d = 0; d < N; d++) {
      if (holiday[d]) continue;
      let day1 = route(perDay[d]);
      // A day that runs past its end loses its least frequent, last-listed stops (the planner's
      // rule for short capacity) until it fits; they are reported as missing, never dropped
      // silently. Bounded by the day's stops.
      while (
        day1.stops.length > 0 &&
        day1.times[day1.times.length - 1].depart > day.workEnd + 1e-9
      ) {
        let drop = day1.stops[0];
        for (const i of day1.stops) {
          if (required[i] < required[drop] || (required[i] === required[drop] && i > drop))
            drop = i;
        }
        const k = kOf.get(drop)!;
        sched[k].splice(sched[k].indexOf(d), 1);
        day1 = route(day1.stops.filter((i) => i !== drop));
      }
      const dn = dayNumber[d];
      const iso = dayNumberToIso(dn);
      const week = Math.floor((dn - o.startDay) / 7) + 1;
      const weekday = isoWeekday(dn);
      let km = 0;
      let workMin = 0;
      let travelMin = 0;
      day1.stops.forEach((i, s) => {
        const cu = customers[i];
        const leg = day1.km[s];
        const tm = day1.travel[s];
        const t = day1.times[s];
        if (leg !== null) km += leg;
        travelMin += tm ?? 0;
        workMin += t.depart - t.arrive;
        visitsOut.push({
          rep: r,
          d,
          v: {
            date: iso,
            weekday,
            week,
            rep: repNames[r],
            stop: s + 1,
            customerId: cu.id,
            name: nameOf(cu),
            tier: String(cu.tier ?? ""),
            area: text(cu.area),
            address: text(cu.address),
            lat: hasPos[i] ? cu.lat! : null,
            lng: hasPos[i] ? cu.lng! : null,
            kmFromPrevious: leg === null ? null : round3(leg),
            travelMin: tm,
            arrive: t.arrive,
            depart: t.depart,
            openingHours: cu.openingHours?.length ? formatOpeningHours(cu.openingHours) : "",
            flag: t.inHours ? null : "OUTSIDE_HOURS",
          },
        });
      });
      const n = day1.stops.length;
      daysOut.push({
        rep: repNames[r],
        date: iso,
        weekday,
        week,
        visits: n,
        km: round3(km),
        start: n > 0 ? day1.times[0].arrive - (day1.travel[0] ?? 0) : null,
        end: n > 0 ? day1.times[n - 1].depart : null,
        workMin,
        travelMin,
      });
    }
    progress?.((r + 1) / reps);
  }

  visitsOut.sort((a, b) => a.d - b.d || a.rep - b.rep || a.v.stop - b.v.stop);
  const visits = visitsOut.map((e) => e.v);

  // Unscheduled, in input order.
  const unscheduled: UnscheduledCustomer[] = [];
  customers.forEach((c, i) => {
    const req = required[i];
    const code = skip[i];
    const done = code === null ? (scheduledDays[i]?.length ?? 0) : 0;
    if (code === null && done >= req) return;
    let why: UnscheduledCode;
    if (code !== null) why = code;
    else if (horizon.workingDays === 0) why = "NO_WORKING_DAYS";
    else if (req > horizon.workingDays) why = "TOO_FREQUENT";
    else why = "CAPACITY";
    unscheduled.push({
      customerId: c.id,
      name: nameOf(c),
      tier: String(c.tier ?? ""),
      rep: repOf(c),
      required: per0(why) ? 0 : req,
      scheduled: done,
      missing: per0(why) ? 0 : req - done,
      code: why,
      reason: reasonText(why, c, req, done, o, horizon.workingDays),
    });
  });

  const byRep = repNames.map((rep, r) => {
    let req = 0;
    for (const i of repMembers[r]) req += required[i];
    const wd = horizon.workingDays;
    return {
      rep,
      requiredVisits: req,
      workingDays: wd,
      visitsPerDay: wd > 0 ? Math.ceil(req / wd) : 0,
    };
  });
  const neededCapacity: NeededCapacity = {
    visitsPerRepDay: byRep.reduce((mx, b) => Math.max(mx, b.visitsPerDay), 0),
    byRep,
  };

  let km = 0;
  let longest: { rep: string; date: string; hours: number } | null = null;
  let longestMin = 0;
  let busiest: { rep: string; date: string; visits: number } | null = null;
  let busiestKey = [0, 0, 0];
  daysOut.forEach((d) => {
    km += d.km;
    // Ties: the earliest date, then the first rep (the busiest-day rule).
    const busy = d.workMin + d.travelMin;
    if (
      d.visits > 0 &&
      (longest === null ||
        busy > longestMin + 1e-9 ||
        (Math.abs(busy - longestMin) <= 1e-9 &&
          (d.date < longest.date ||
            (d.date === longest.date && repIndex.get(d.rep)! < repIndex.get(longest.rep)!))))
    ) {
      longest = { rep: d.rep, date: d.date, hours: Math.round((busy / 60) * 100) / 100 };
      longestMin = busy;
    }
    const key = [d.visits, -isoToDayNumber(d.date), -repIndex.get(d.rep)!];
    if (
      d.visits > 0 &&
      (busiest === null ||
        key[0] > busiestKey[0] ||
        (key[0] === busiestKey[0] &&
          (key[1] > busiestKey[1] || (key[1] === busiestKey[1] && key[2] > busiestKey[2]))))
    ) {
      busiest = { rep: d.rep, date: d.date, visits: d.visits };
      busiestKey = key;
    }
  });
  progress?.(1);
  return {
    visits,
    days: daysOut,
    unscheduled,
    totals: {
      visitsPlanned: visits.length,
      unscheduledVisits: unscheduled.reduce((s, u) => s + u.missing, 0),
      km: round3(km),
      busiestDay: busiest,
      longestDay: longest,
    },
    neededCapacity,
    usedCoordinates,
  };
}

/** A day's stops in route order with their legs (km, travel minutes; null: no position) and times. */
interface RoutedDay {
  stops: number[];
  km: (number | null)[];
  travel: (number | null)[];
  times: StopTime[];
}

/**
 * Routes one day: the shortest open path through the located stops (from the start point when
 * given), the stops without a position after them in area order; then times the day, and when
 * that order misses opening windows, reorders as `orderForWindows` does.
 */
function routeDay(
  stops: readonly number[],
  customers: readonly PlanCustomer[],
  hasPos: Uint8Array,
  start: LatLng | undefined,
  exactMax: number,
  minutesOf: (i: number) => number,
  day: DaySettings
): RoutedDay {
  const loc = stops.filter((i) => hasPos[i] === 1);
  const rest = stops
    .filter((i) => hasPos[i] === 0)
    .sort((a, b) =>
      text(customers[a].area) < text(customers[b].area)
        ? -1
        : text(customers[a].area) > text(customers[b].area)
          ? 1
          : a - b
    );
  const c = loc.length;
  const dist = new Float64Array(c * c);
  for (let a = 0; a < c; a++) {
    for (let b = a + 1; b < c; b++) {
      const ca = customers[loc[a]];
      const cb = customers[loc[b]];
      dist[a * c + b] = dist[b * c + a] = haversineKm(ca.lat!, ca.lng!, cb.lat!, cb.lng!);
    }
  }
  const startDist = start
    ? Float64Array.from(loc, (i) =>
        haversineKm(start.lat, start.lng, customers[i].lat!, customers[i].lng!)
      )
    : undefined;
  const all = loc.concat(rest);
  const route = shortestOpenPath(c, dist, startDist, exactMax);
  const order0 = route.order.concat(rest.map((_, k) => c + k));
  // Legs run from the previous located stop (or the start point); a stop without a position
  // has no known leg, so it adds no km and no travel time.
  const legs = (order: readonly number[]): (number | null)[] => {
    let prev = -1;
    return order.map((k) => {
      if (k >= c) return null;
      const km = prev < 0 ? (startDist ? startDist[k] : 0) : dist[prev * c + k];
      prev = k;
      return km;
    });
  };
  const build = (order: readonly number[]): StopToTime[] => {
    const km = legs(order);
    return order.map((k, s) => ({
      travel: km[s] === null ? 0 : travelMinutes(km[s]!, day),
      minutes: minutesOf(all[k]),
      windows: customers[all[k]].openingHours,
    }));
  };
  const windowed = all.some((i) => (customers[i].openingHours?.length ?? 0) > 0);
  const { order, times } = windowed
    ? orderForWindows(order0, build, day)
    : { order: order0, times: timeStops(build(order0), day) };
  const km = legs(order);
  return {
    stops: order.map((k) => all[k]),
    km,
    travel: km.map((v) => (v === null ? null : travelMinutes(v, day))),
    times,
  };
}

function text(v: unknown): string {
  return v == null ? "" : String(v).trim();
}

function nameOf(c: PlanCustomer): string {
  const n = text(c.name);
  return n === "" ? String(c.id) : n;
}

/** Codes of customers the policy asks nothing of (no tier, or one outside the policy). */
function per0(code: UnscheduledCode): boolean {
  return (
    code === "UNKNOWN_TIER" ||
    code === "SALES_NOT_NUMBER" ||
    code === "SALES_BLANK" ||
    code === "TIER_BLANK"
  );
}

function reasonText(
  code: UnscheduledCode,
  c: PlanCustomer,
  req: number,
  done: number,
  o: Normalized,
  workingDays: number
): string {
  switch (code) {
    case "UNKNOWN_TIER":
      return `Tier "${String(c.tier ?? "")}" is not in the visit policy, so no visits are planned.`;
    case "SALES_NOT_NUMBER":
      return "No tier: the sales cell is not a number, so no visits are planned.";
    case "SALES_BLANK":
      return "No tier: the sales cell is blank, so no visits are planned.";
    case "TIER_BLANK":
      return "No tier: the tier cell is blank, so no visits are planned.";
    case "DUPLICATE_ID":
      return `Customer id ${JSON.stringify(c.id)} appears more than once; only the first is planned.`;
    case "NO_WORKING_DAYS":
      return "The horizon has no working day that is not a holiday.";
    case "TOO_FREQUENT":
      return `The policy asks for ${req} visits but the horizon has only ${workingDays} working days; ${done} planned.`;
    default:
      return `Not enough capacity: ${done} of ${req} visits planned in the working hours ${formatRange([o.day.workStart, o.day.workEnd])}${o.day.lunch ? ` (lunch ${formatRange(o.day.lunch)})` : ""}${o.capacity !== Infinity ? ` with at most ${o.capacity} visits per rep per day` : ""}.`;
  }
}
