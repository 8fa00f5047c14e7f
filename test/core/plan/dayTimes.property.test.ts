/**
 * Every stop's times checked against an independent calculation (issue 13 quality bar): this
 * file recomputes distances with its own haversine and the contract's rules, never with the
 * planner's helpers: travel = km x factor / speed x 60 from the previous located stop (or the
 * start point); arrive >= previous depart + travel; depart = arrive + the tier's minutes; no
 * visit overlaps lunch; the day ends by its end; a visit is inside its customer's opening hours
 * unless its row is flagged; every required visit is planned or reported missing.
 */
import fc from "fast-check";
import {
  planVisits,
  requiredVisits,
  type PlanCustomer,
  type TimeWindow,
} from "../../../src/core/plan";

const R = 6371.0088;
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
    Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lng - a.lng) * rad) / 2) ** 2;
  return 2 * R * Math.asin(Math.min(1, Math.sqrt(h)));
}

const POLICY = { A: 4, B: 2, C: 1 };
const windowsArb: fc.Arbitrary<TimeWindow[]> = fc
  .array(fc.tuple(fc.integer({ min: 360, max: 1200 }), fc.integer({ min: 20, max: 300 })), {
    minLength: 1,
    maxLength: 2,
  })
  .map((ws) => {
    const sorted = ws
      .map(([a, d]) => [a, Math.min(1440, a + d)] as [number, number])
      .sort((p, q) => p[0] - q[0]);
    const out: [number, number][] = [];
    for (const w of sorted) {
      const last = out[out.length - 1];
      if (last && w[0] <= last[1]) last[1] = Math.max(last[1], w[1]);
      else out.push(w);
    }
    return out;
  });

const customerArb = fc.record({
  tier: fc.constantFrom("A", "B", "C", "C", "X"),
  rep: fc.constantFrom("Li", "Wang"),
  pos: fc.option(
    fc.record({
      lat: fc.double({ min: 31.0, max: 31.25, noNaN: true }),
      lng: fc.double({ min: 121.3, max: 121.6, noNaN: true }),
    }),
    { nil: undefined }
  ),
  hours: fc.option(windowsArb, { nil: undefined, freq: 2 }),
});

const dayArb = fc
  .record({
    workStart: fc.integer({ min: 420, max: 600 }),
    length: fc.integer({ min: 240, max: 660 }),
    lunch: fc.option(fc.integer({ min: 30, max: 90 }), { nil: null }),
    minutes: fc.record({
      A: fc.integer({ min: 10, max: 60 }),
      B: fc.integer({ min: 5, max: 40 }),
      C: fc.integer({ min: 5, max: 30 }),
    }),
    roadFactor: fc.double({ min: 1, max: 2, noNaN: true }),
    speedKmh: fc.double({ min: 8, max: 60, noNaN: true }),
  })
  .map((d) => {
    const workEnd = d.workStart + d.length;
    const mid = Math.round((d.workStart + workEnd) / 2);
    return {
      workStart: d.workStart,
      workEnd,
      lunch: d.lunch === null ? null : ([mid, mid + d.lunch] as [number, number]),
      visitMinutes: d.minutes,
      roadFactor: d.roadFactor,
      speedKmh: d.speedKmh,
    };
  });

const instanceArb = fc.record({
  customers: fc.array(customerArb, { maxLength: 40 }),
  day: dayArb,
  weeks: fc.integer({ min: 1, max: 3 }),
  capacity: fc.option(fc.integer({ min: 1, max: 12 }), { nil: undefined }),
  withStart: fc.boolean(),
});

describe("a day in hours: independent check of every stop", () => {
  it("times, travel, lunch, end of day, opening hours and counts", () => {
    fc.assert(
      fc.property(instanceArb, (g) => {
        const customers: PlanCustomer[] = g.customers.map((c, i) => ({
          id: i + 1,
          name: `C${i + 1}`,
          tier: c.tier,
          rep: c.rep,
          lat: c.pos?.lat,
          lng: c.pos?.lng,
          openingHours: c.hours,
        }));
        const starts = { Li: { lat: 31.1, lng: 121.45 } };
        const plan = planVisits(customers, {
          startDate: "2024-06-03",
          weeks: g.weeks,
          capacity: g.capacity,
          policy: POLICY,
          day: g.day,
          repStarts: g.withStart ? starts : undefined,
        });
        const d = g.day;
        const byId = new Map(customers.map((c) => [c.id, c]));
        const days = new Map<string, (typeof plan.visits)[number][]>();
        for (const v of plan.visits) {
          const key = `${v.rep}|${v.date}`;
          if (!days.has(key)) days.set(key, []);
          days.get(key)!.push(v);
        }
        for (const day of plan.days) {
          const stops = days.get(`${day.rep}|${day.date}`) ?? [];
          expect(stops.map((v) => v.stop)).toEqual(stops.map((_, k) => k + 1));
          if (g.capacity !== undefined) expect(stops.length).toBeLessThanOrEqual(g.capacity);
          let prev: { lat: number; lng: number } | null =
            g.withStart && day.rep === "Li" ? starts.Li : null;
          let t = d.workStart;
          let travelSum = 0;
          let work = 0;
          for (const v of stops) {
            const c = byId.get(v.customerId)!;
            const mins = d.visitMinutes[v.tier as "A" | "B" | "C"];
            let travel = 0;
            if (c.lat === undefined) expect(v.travelMin).toBeNull();
            else {
              const here = { lat: c.lat, lng: c.lng! };
              const legKm = prev ? km(prev, here) : 0;
              travel = ((legKm * d.roadFactor) / d.speedKmh) * 60;
              expect(v.travelMin).toBeCloseTo(travel, 6);
              expect(v.kmFromPrevious).toBeCloseTo(legKm, 2);
              prev = here;
            }
            expect(v.arrive).toBeGreaterThanOrEqual(t + travel - 1e-6);
            expect(v.depart).toBe(v.arrive + mins);
            expect(v.depart).toBeLessThanOrEqual(d.workEnd + 1e-6);
            if (d.lunch)
              expect(v.arrive >= d.lunch[1] - 1e-9 || v.depart <= d.lunch[0] + 1e-9).toBe(true);
            const inside = (c.openingHours ?? []).some(
              ([o, e]) => v.arrive >= o - 1e-9 && v.depart <= e + 1e-9
            );
            if (!c.openingHours) expect(v.flag).toBeNull();
            else expect(v.flag === null).toBe(inside);
            travelSum += travel;
            work += mins;
            t = v.depart;
          }
          expect(day.visits).toBe(stops.length);
          expect(day.workMin).toBeCloseTo(work, 9);
          expect(day.travelMin).toBeCloseTo(travelSum, 6);
          if (stops.length > 0) {
            expect(day.end).toBe(stops[stops.length - 1].depart);
            expect(day.start).toBeCloseTo(stops[0].arrive - (stops[0].travelMin ?? 0), 9);
          } else expect([day.start, day.end]).toEqual([null, null]);
        }
        // Every required visit is planned or reported missing, never more than required.
        const planned = new Map<unknown, number>();
        for (const v of plan.visits)
          planned.set(v.customerId, (planned.get(v.customerId) ?? 0) + 1);
        const missing = new Map(plan.unscheduled.map((u) => [u.customerId, u]));
        for (const c of customers) {
          const req = c.tier in POLICY ? requiredVisits(POLICY[c.tier as "A"], g.weeks) : 0;
          const got = planned.get(c.id) ?? 0;
          const u = missing.get(c.id);
          expect(got).toBeLessThanOrEqual(req);
          if (got < req) expect(u && u.scheduled === got && u.missing === req - got).toBeTruthy();
          else if (c.tier in POLICY) expect(u).toBeUndefined();
        }
      }),
      { numRuns: 150 }
    );
  });
});
