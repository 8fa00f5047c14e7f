/**
 * The visit planner (PRODUCT 2.4, 2.5; issue #4): a periodic routing plan of who visits whom on
 * which day, each day in route order. Pure and deterministic: same input, same plan.
 */
import { DEFAULT_VISIT_POLICY, visitsForTier, type VisitPolicy } from "../visitPolicy";
import { buildHorizon, dayNumberToIso, isoToDayNumber, isoWeekday } from "./calendar";
import { haversineKm, isValidLatLng, projectKm } from "./geo";
import { requiredVisits } from "./required";
import { DEFAULT_EXACT_STOPS, EXACT_MAX_STOPS, shortestOpenPath } from "./route";
import { scheduleRep } from "./schedule";
import type {
  CustomerId,
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
/** Default visits per rep per day. */
export const DEFAULT_CAPACITY = 8;
/** Default working days: Monday to Friday (ISO weekdays). */
export const DEFAULT_WORKDAYS: readonly number[] = Object.freeze([1, 2, 3, 4, 5]);

/** Options after validation and defaults. */
interface Normalized {
  startDay: number;
  weeks: number;
  workdays: number[];
  holidays: Set<number>;
  capacity: number;
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
  const capacity = o.capacity ?? DEFAULT_CAPACITY;
  if (!Number.isInteger(capacity) || capacity < 1)
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
 * - Capacity per rep per day is never exceeded. Load is balanced: each weekday's territory
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
    else if (per === undefined) skip[i] = "UNKNOWN_TIER";
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
    const sched = scheduleRep({
      required: members.map((i) => required[i]),
      x,
      y,
      hasXY,
      area: members.map((i) => text(customers[i].area)),
      capacity: o.capacity,
      horizon,
    });
    members.forEach((i, k) => (scheduledDays[i] = sched[k]));
    progress?.((r + 0.5) / reps);

    // Route each day.
    const perDay: number[][] = Array.from({ length: N }, () => []);
    members.forEach((i, k) => {
      for (const d of sched[k]) perDay[d].push(i);
    });
    const start = o.repStarts[repNames[r]];
    const hasStart = start !== undefined && isValidLatLng(start.lat, start.lng);
    for (let d = 0; d < N; d++) {
      if (holiday[d]) continue;
      const stops = perDay[d];
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
      const startDist = hasStart
        ? Float64Array.from(loc, (i) =>
            haversineKm(start.lat, start.lng, customers[i].lat!, customers[i].lng!)
          )
        : undefined;
      const route = shortestOpenPath(c, dist, startDist, o.exactMax);
      const ordered = route.order.map((k) => loc[k]).concat(rest);
      const dn = dayNumber[d];
      const iso = dayNumberToIso(dn);
      const week = Math.floor((dn - o.startDay) / 7) + 1;
      const weekday = isoWeekday(dn);
      let km = 0;
      ordered.forEach((i, s) => {
        const cu = customers[i];
        let leg: number | null = null;
        if (s < c) {
          if (s === 0) leg = startDist ? startDist[route.order[0]] : 0;
          else leg = dist[route.order[s - 1] * c + route.order[s]];
          km += leg;
        }
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
            lat: s < c ? cu.lat! : null,
            lng: s < c ? cu.lng! : null,
            kmFromPrevious: leg === null ? null : round3(leg),
          },
        });
      });
      daysOut.push({
        rep: repNames[r],
        date: iso,
        weekday,
        week,
        visits: ordered.length,
        km: round3(km),
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
      required: why === "UNKNOWN_TIER" ? 0 : req,
      scheduled: done,
      missing: why === "UNKNOWN_TIER" ? 0 : req - done,
      code: why,
      reason: reasonText(why, c, req, done, o.capacity, horizon.workingDays),
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
  let busiest: { rep: string; date: string; visits: number } | null = null;
  let busiestKey = [0, 0, 0];
  daysOut.forEach((d) => {
    km += d.km;
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
    },
    neededCapacity,
    usedCoordinates,
  };
}

function text(v: unknown): string {
  return v == null ? "" : String(v).trim();
}

function nameOf(c: PlanCustomer): string {
  const n = text(c.name);
  return n === "" ? String(c.id) : n;
}

function reasonText(
  code: UnscheduledCode,
  c: PlanCustomer,
  req: number,
  done: number,
  cap: number,
  workingDays: number
): string {
  switch (code) {
    case "UNKNOWN_TIER":
      return `Tier "${String(c.tier ?? "")}" is not in the visit policy, so no visits are planned.`;
    case "DUPLICATE_ID":
      return `Customer id ${JSON.stringify(c.id)} appears more than once; only the first is planned.`;
    case "NO_WORKING_DAYS":
      return "The horizon has no working day that is not a holiday.";
    case "TOO_FREQUENT":
      return `The policy asks for ${req} visits but the horizon has only ${workingDays} working days; ${done} planned.`;
    default:
      return `Not enough capacity: ${done} of ${req} visits planned with ${cap} visits per rep per day.`;
  }
}
