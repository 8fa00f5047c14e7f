/**
 * Re-plan invariants (issue 13 part 3) on generated instances: the horizon is unchanged, no day
 * before `from` gets a visit, done visits count toward the policy so a customer never gets more
 * than the policy still needs, and what cannot be planned is reported. The policy rule is
 * written out again here, not taken from the planner.
 */
import fc from "fast-check";
import { planVisits } from "../../../src/core/plan/planner";
import type { PlanCustomer } from "../../../src/core/plan/types";

const DAY = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const isoOf = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);
const POLICY: Record<string, number> = { A: 4, B: 2, C: 1 };
const requiredOf = (tier: string, weeks: number): number =>
  POLICY[tier] ? Math.max(1, Math.round((POLICY[tier] * weeks) / 4)) : 0;

const instanceArb = fc
  .record({
    customers: fc.array(
      fc.record({
        tier: fc.constantFrom("A", "A", "B", "C", "X"),
        rep: fc.constantFrom("Li", "Wang"),
        done: fc.integer({ min: 0, max: 6 }),
        pos: fc.option(
          fc.record({
            lat: fc.double({ min: 30.6, max: 30.8, noNaN: true }),
            lng: fc.double({ min: 104.0, max: 104.2, noNaN: true }),
          }),
          { nil: undefined }
        ),
      }),
      { maxLength: 40 }
    ),
    weeks: fc.integer({ min: 1, max: 6 }),
    workdays: fc.subarray([1, 2, 3, 4, 5, 6], { minLength: 1 }),
    capacity: fc.integer({ min: 1, max: 10 }),
    startOffset: fc.integer({ min: 0, max: 300 }),
    holidayOffsets: fc.array(fc.integer({ min: 0, max: 41 }), { maxLength: 4 }),
  })
  .chain((g) =>
    fc.record({ g: fc.constant(g), fromOffset: fc.integer({ min: 0, max: 7 * g.weeks - 1 }) })
  );

describe("re-plan (--done, --from)", () => {
  it("keeps the horizon, never plans a past day, never plans more than the policy still needs", () => {
    fc.assert(
      fc.property(instanceArb, ({ g, fromOffset }) => {
        const start = dayOf("2025-01-06") + g.startOffset;
        const from = start + fromOffset;
        const customers: PlanCustomer[] = g.customers.map((c, i) => ({
          id: `c${i}`,
          name: `Shop ${i}`,
          tier: c.tier,
          rep: c.rep,
          lat: c.pos?.lat,
          lng: c.pos?.lng,
        }));
        const done = new Map(g.customers.map((c, i) => [`c${i}`, c.done]));
        const holidays = g.holidayOffsets.map((o) => isoOf(start + o));
        const plan = planVisits(customers, {
          startDate: isoOf(start),
          weeks: g.weeks,
          workdays: g.workdays,
          capacity: g.capacity,
          holidays,
          from: isoOf(from),
          done,
        });
        const count = new Map<unknown, number>();
        const perDay = new Map<string, number>();
        for (const v of plan.visits) {
          const d = dayOf(v.date);
          expect(d).toBeGreaterThanOrEqual(from); // never a past day
          expect(d).toBeLessThan(start + 7 * g.weeks); // the horizon is unchanged
          expect(v.week).toBe(Math.floor((d - start) / 7) + 1); // weeks of the original horizon
          expect(holidays).not.toContain(v.date);
          count.set(v.customerId, (count.get(v.customerId) ?? 0) + 1);
          const k = `${v.rep}|${v.date}`;
          perDay.set(k, (perDay.get(k) ?? 0) + 1);
        }
        for (const n of perDay.values()) expect(n).toBeLessThanOrEqual(g.capacity);
        for (const d of plan.days) expect(dayOf(d.date)).toBeGreaterThanOrEqual(from);
        const unscheduled = new Map(plan.unscheduled.map((u) => [u.customerId, u]));
        customers.forEach((c, i) => {
          const need = Math.max(0, requiredOf(c.tier, g.weeks) - g.customers[i].done);
          const got = count.get(c.id) ?? 0;
          expect(got).toBeLessThanOrEqual(need); // never more than the policy needs
          const u = unscheduled.get(c.id);
          if (c.tier === "X") expect(got).toBe(0);
          else expect(got + (u?.missing ?? 0)).toBe(need); // the rest is reported, not lost
        });
      }),
      { numRuns: 150 }
    );
  });

  it("with from = start and nothing done, is the original plan", () => {
    const customers: PlanCustomer[] = Array.from({ length: 30 }, (_, i) => ({
      id: i,
      tier: "ABCC"[i % 4],
      rep: i % 2 ? "Li" : "Wang",
      lat: 30.6 + (i % 7) * 0.01,
      lng: 104.0 + (i % 5) * 0.01,
    }));
    const o = { startDate: "2025-11-03", weeks: 4, capacity: 6 };
    expect(planVisits(customers, { ...o, from: "2025-11-03", done: new Map() })).toEqual(
      planVisits(customers, o)
    );
  });

  it("carries a missed visit forward: an A customer with 1 of 4 visits done by week 3 gets 3 in weeks 3-4", () => {
    const customers: PlanCustomer[] = [{ id: 1, name: "KA", tier: "A", rep: "Li" }];
    const plan = planVisits(customers, {
      startDate: "2025-11-03",
      weeks: 4,
      from: "2025-11-17",
      done: new Map([[1, 1]]),
    });
    expect(plan.visits.map((v) => v.date).every((d) => d >= "2025-11-17")).toBe(true);
    expect(plan.visits).toHaveLength(3);
    expect(plan.unscheduled).toEqual([]);
  });

  it("refuses a from after the horizon and bad done counts", () => {
    const c: PlanCustomer[] = [{ id: 1, tier: "A" }];
    expect(() => planVisits(c, { startDate: "2025-11-03", weeks: 1, from: "2025-11-10" })).toThrow(
      /after the plan's last day/
    );
    expect(() => planVisits(c, { startDate: "2025-11-03", done: new Map([[1, -1]]) })).toThrow(
      /whole number/
    );
  });
});
