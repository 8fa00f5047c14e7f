/**
 * Invariants of the planner on generated instances (issue #4): required visits met or reported,
 * capacity, spacing, working days, determinism, one visit per customer per day.
 */
import fc from "fast-check";
import { planVisits } from "../../../src/core/plan/planner";
import type { PlanCustomer, PlanOptions, VisitPlan } from "../../../src/core/plan/types";

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);
/** ISO weekday from the JS calendar (independent of the planner's own helper). */
const weekdayOf = (iso: string): number => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const POLICY: Record<string, number> = { A: 4, B: 2, C: 1 };
/** The documented rule, written out again: round(v * weeks / 4), at least 1. */
const requiredOf = (tier: string, weeks: number): number => (POLICY[tier] ? Math.max(1, Math.round((POLICY[tier] * weeks) / 4)) : 0);

const customerArb = fc.record({
  tier: fc.constantFrom("A", "B", "B", "C", "C", "X"),
  rep: fc.option(fc.constantFrom("Li", "Wang", "Zhao"), { nil: undefined }),
  area: fc.option(fc.constantFrom("North", "South", "East"), { nil: undefined }),
  pos: fc.option(fc.record({ lat: fc.double({ min: 31.0, max: 31.3, noNaN: true }), lng: fc.double({ min: 121.3, max: 121.7, noNaN: true }) }), { nil: undefined }),
});

const instanceArb = fc.record({
  customers: fc.array(customerArb, { maxLength: 45 }),
  weeks: fc.integer({ min: 1, max: 6 }),
  workdays: fc.subarray([1, 2, 3, 4, 5, 6, 7], { minLength: 1 }),
  capacity: fc.integer({ min: 1, max: 10 }),
  startOffset: fc.integer({ min: 0, max: 365 }),
  holidayOffsets: fc.array(fc.integer({ min: 0, max: 45 }), { maxLength: 5 }),
  withStart: fc.boolean(),
});

type Instance = { customers: PlanCustomer[]; options: PlanOptions };

// These invariants are about the visits-per-day cap: a whole-day, fast-travel working time keeps
// time from binding first (test/core/plan/dayTimes.property.test.ts covers the time limit).
const ROOMY_DAY = { workStart: 0, workEnd: 1440, lunch: null, speedKmh: 200 } as const;

type Generated = typeof instanceArb extends fc.Arbitrary<infer T> ? T : never;

function build(g: Generated, withHolidays = true): Instance {
  const start = dayOf("2024-01-01") + g.startOffset;
  const customers: PlanCustomer[] = g.customers.map((c, i) => ({
    id: i + 1,
    name: `C${i + 1}`,
    tier: c.tier,
    rep: c.rep,
    area: c.area,
    lat: c.pos?.lat,
    lng: c.pos?.lng,
  }));
  return {
    customers,
    options: {
      startDate: isoOf(start),
      weeks: g.weeks,
      workdays: g.workdays,
      capacity: g.capacity,
      day: ROOMY_DAY,
      holidays: withHolidays ? g.holidayOffsets.map((o) => isoOf(start + o)) : [],
      repStarts: g.withStart ? { Li: { lat: 31.1, lng: 121.5 }, "": { lat: 31.2, lng: 121.4 } } : undefined,
    },
  };
}

function visitsByCustomer(plan: VisitPlan): Map<unknown, string[]> {
  const m = new Map<unknown, string[]>();
  for (const v of plan.visits) {
    if (!m.has(v.customerId)) m.set(v.customerId, []);
    m.get(v.customerId)!.push(v.date);
  }
  for (const ds of m.values()) ds.sort();
  return m;
}

describe("planner invariants", () => {
  it("meets required visits or reports them; capacity; working days; once a day; stops numbered", () => {
    fc.assert(
      fc.property(instanceArb, (g) => {
        const { customers, options } = build(g);
        const plan = planVisits(customers, options);
        const start = dayOf(options.startDate);
        const holidays = new Set(options.holidays);
        const byCustomer = visitsByCustomer(plan);
        const unscheduled = new Map(plan.unscheduled.map((u) => [u.customerId, u]));
        for (const c of customers) {
          const req = requiredOf(c.tier, g.weeks);
          const got = byCustomer.get(c.id)?.length ?? 0;
          const u = unscheduled.get(c.id);
          if (c.tier === "X") {
            expect(u?.code).toBe("UNKNOWN_TIER");
            expect(got).toBe(0);
            continue;
          }
          if (u) {
            expect(u.required).toBe(req);
            expect(u.scheduled).toBe(got);
            expect(u.scheduled + u.missing).toBe(u.required);
            expect(u.missing).toBeGreaterThan(0);
          } else expect(got).toBe(req);
          // Never twice on one day.
          expect(new Set(byCustomer.get(c.id) ?? []).size).toBe(got);
        }
        const perDay = new Map<string, number[]>();
        for (const v of plan.visits) {
          const d = dayOf(v.date);
          expect(d).toBeGreaterThanOrEqual(start);
          expect(d).toBeLessThan(start + 7 * g.weeks);
          expect(g.workdays).toContain(weekdayOf(v.date));
          expect(v.weekday).toBe(weekdayOf(v.date));
          expect(v.week).toBe(Math.floor((d - start) / 7) + 1);
          expect(holidays.has(v.date)).toBe(false);
          const key = `${v.rep}|${v.date}`;
          if (!perDay.has(key)) perDay.set(key, []);
          perDay.get(key)!.push(v.stop);
        }
        for (const stops of perDay.values()) {
          expect(stops.length).toBeLessThanOrEqual(g.capacity);
          expect(stops).toEqual(stops.map((_, k) => k + 1));
        }
        expect(plan.totals.visitsPlanned).toBe(plan.visits.length);
        expect(plan.totals.unscheduledVisits).toBe(plan.unscheduled.reduce((s, u) => s + u.missing, 0));
      }),
      { numRuns: 150 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(instanceArb, (g) => {
        const a = build(g);
        const b = build(g);
        expect(planVisits(b.customers, b.options)).toEqual(planVisits(a.customers, a.options));
      }),
      { numRuns: 40 },
    );
  });

  it("spaces visits evenly when there are no holidays and capacity is ample", () => {
    fc.assert(
      fc.property(instanceArb, (g) => {
        const { customers, options } = build(g, false);
        const probe = planVisits(customers, options);
        // Ample: twice the lower bound of needed capacity plus two.
        const cap = 2 * probe.neededCapacity.visitsPerRepDay + 2;
        const plan = planVisits(customers, { ...options, capacity: cap });
        const W = g.weeks;
        const byCustomer = visitsByCustomer(plan);
        for (const c of customers) {
          const r = requiredOf(c.tier, W);
          const dates = byCustomer.get(c.id) ?? [];
          if (r === 0 || r > W) continue;
          expect(dates).toHaveLength(r);
          // One weekday; consecutive visits floor(W/r) or ceil(W/r) weeks apart.
          expect(new Set(dates.map(weekdayOf)).size).toBe(1);
          for (let k = 1; k < dates.length; k++) {
            const gap = dayOf(dates[k]) - dayOf(dates[k - 1]);
            expect([7 * Math.floor(W / r), 7 * Math.ceil(W / r)]).toContain(gap);
          }
          if (c.tier === "A" && W <= 4) expect(dates.length).toBe(W); // weekly
          if (c.tier === "B" && W === 4) expect(dayOf(dates[1]) - dayOf(dates[0])).toBeGreaterThanOrEqual(10);
        }
      }),
      { numRuns: 100 },
    );
  });

  it("keeps relocated visits spaced around holidays when capacity is ample", () => {
    fc.assert(
      fc.property(instanceArb, (g) => {
        const { customers, options } = build({ ...g, weeks: 4, workdays: [1, 2, 3, 4, 5] });
        const cap = 2 * planVisits(customers, options).neededCapacity.visitsPerRepDay + 2;
        const plan = planVisits(customers, { ...options, capacity: cap });
        const byCustomer = visitsByCustomer(plan);
        for (const c of customers) {
          const dates = byCustomer.get(c.id) ?? [];
          if (c.tier !== "B" || dates.length < 2) continue;
          // Fortnightly customers: at least a week apart even when a holiday moved a visit.
          expect(dayOf(dates[1]) - dayOf(dates[0])).toBeGreaterThanOrEqual(7);
        }
      }),
      { numRuns: 60 },
    );
  });
});
