/**
 * Times of a day's stops (issue 13 contract): the rep sets off at the start of the working day;
 * each stop is reached after its travel minutes; a visit starts at the earliest moment that
 * (a) keeps the whole visit out of the lunch break (travel may cross it) and (b) puts the whole
 * visit inside one of the customer's opening windows and inside the working day (waiting before
 * it). When no window can be met after the earlier stops, the visit starts at the earliest lunch-free moment and is
 * flagged. Depart = arrive + visit minutes. Visits start on whole minutes (travel itself is not
 * rounded).
 */
import type { DaySettings, TimeWindow } from "./types";

/** The part of the settings timing needs. */
export type DayHours = Pick<DaySettings, "workStart" | "workEnd" | "lunch">;

/** What timing needs of one stop, in route order. */
export interface StopToTime {
  /** Minutes of travel to this stop (0 for the first stop without a start point). */
  readonly travel: number;
  /** Minutes the visit takes (> 0). */
  readonly minutes: number;
  /** Opening windows, sorted; null or empty: no constraint. */
  readonly windows?: readonly TimeWindow[] | null;
}

/** The time of one stop. */
export interface StopTime {
  readonly arrive: number;
  readonly depart: number;
  /** False when the visit lies outside every opening window. */
  readonly inHours: boolean;
}

/** Earliest start >= t of a visit of `d` minutes that does not overlap the lunch break. */
function afterLunch(t: number, d: number, lunch: TimeWindow | null): number {
  return lunch && t < lunch[1] && t + d > lunch[0] ? lunch[1] : t;
}

/**
 * Times of the stops of one day in the given order.
 *
 * @param stops The stops in route order.
 * @param day When the rep sets off, must end, and the break no visit overlaps.
 * @returns Arrive/depart per stop. Cost O(stops + windows).
 * @example timeStops([{ travel: 0, minutes: 30 }, { travel: 10, minutes: 20 }], { workStart: 540, workEnd: 1080, lunch: null })
 * // [{ arrive: 540, depart: 570, inHours: true }, { arrive: 580, depart: 600, inHours: true }]
 */
export function timeStops(stops: readonly StopToTime[], day: DayHours): StopTime[] {
  const { lunch } = day;
  const out: StopTime[] = [];
  let t = day.workStart;
  for (const s of stops) {
    // Visits start on whole minutes (what a rep reads and a calendar shows); the 1e-9 keeps a
    // float sum such as 9:00 + 0 from rounding up a minute.
    const ready = Math.ceil(t + s.travel - 1e-9);
    let arrive = afterLunch(ready, s.minutes, lunch);
    let inHours = true;
    if (s.windows && s.windows.length > 0) {
      inHours = false;
      for (const [open, close] of s.windows) {
        // Lunch may push the start past this window's close: then try the next window.
        const a = afterLunch(Math.max(ready, open), s.minutes, lunch);
        if (a + s.minutes <= Math.min(close, day.workEnd)) {
          arrive = a;
          inHours = true;
          break;
        }
      }
    }
    out.push({ arrive, depart: arrive + s.minutes, inHours });
    t = arrive + s.minutes;
  }
  return out;
}

/**
 * How good a timed order is: fewer missed windows, then less travel (the route stays as short
 * as the windows allow), then an earlier end.
 */
function score(stops: readonly StopToTime[], times: readonly StopTime[]): number[] {
  let missed = 0;
  let travel = 0;
  for (const s of times) if (!s.inHours) missed++;
  for (const s of stops) travel += s.travel;
  return [missed, travel, times.length > 0 ? times[times.length - 1].depart : 0];
}

function better(a: readonly number[], b: readonly number[]): boolean {
  for (let k = 0; k < a.length; k++) {
    if (a[k] < b[k] - 1e-9) return true;
    if (a[k] > b[k] + 1e-9) return false;
  }
  return false;
}

/**
 * Reorders a route whose shortest order misses opening windows: moves one stop at a time to
 * the position that lowers (missed windows, travel, end of day), until no single move helps. The
 * shortest order is kept whenever it meets every window, so windows cost distance only where
 * they must.
 *
 * @param order The route (indices into the stops' data), shortest first.
 * @param build Turns an order into the stops to time (travel depends on the order).
 * @param day As {@link timeStops}.
 * @returns The order to use and its times. Cost O(rounds x n^2 x n) with rounds <= n.
 */
export function orderForWindows(
  order: readonly number[],
  build: (order: readonly number[]) => StopToTime[],
  day: DayHours
): { order: number[]; times: StopTime[] } {
  let best = order.slice();
  const first = build(best);
  let bestTimes = timeStops(first, day);
  let bestScore = score(first, bestTimes);
  const n = best.length;
  // Bounded: at most n rounds of n^2 candidate moves; a move is taken only when it strictly
  // improves the score, so no round repeats an order.
  for (let round = 0; round < n && bestScore[0] > 0; round++) {
    let improved = false;
    for (let from = 0; from < n; from++) {
      if (bestTimes[from].inHours) continue;
      for (let to = 0; to < n; to++) {
        if (to === from) continue;
        const cand = best.slice();
        const [s] = cand.splice(from, 1);
        cand.splice(to, 0, s);
        const built = build(cand);
        const times = timeStops(built, day);
        const sc = score(built, times);
        if (better(sc, bestScore)) {
          best = cand;
          bestTimes = times;
          bestScore = sc;
          improved = true;
        }
      }
    }
    if (!improved) break;
  }
  return { order: best, times: bestTimes };
}
