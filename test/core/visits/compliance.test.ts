/**
 * Compliance figures (issue 13 part 3) against an independent calculation: for generated plans
 * and logs, each rep's, week's and tier's counts are recomputed here by brute force (scan the
 * plan for every due visit, scan the log for a visit of the same rep, customer and date), not by
 * the maps the code under test uses.
 */
import fc from "fast-check";
import { computeCompliance, type DoneVisitRef, type PlanVisitRef } from "../../../src/core/visits";

const DAY = 86_400_000;
const isoOf = (d: number): string => new Date(d * DAY).toISOString().slice(0, 10);
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY;
const START = dayOf("2025-11-03");
const WEEKS = 4;

const planArb = fc
  .uniqueArray(
    fc.record({
      rep: fc.constantFrom("Li", "Wang", "Zhao"),
      c: fc.integer({ min: 0, max: 12 }),
      d: fc.integer({ min: 0, max: 7 * WEEKS - 1 }),
    }),
    { selector: (v) => `${v.rep}|${v.c}|${v.d}`, maxLength: 60 }
  )
  .map((vs) =>
    vs.map((v): PlanVisitRef => ({
      rep: v.rep,
      customer: `Shop ${v.c}`,
      tier: "ABC"[v.c % 3],
      date: isoOf(START + v.d),
    }))
  );
const doneArb = fc.array(
  fc.record({
    rep: fc.constantFrom("Li", "Wang", "Zhao"),
    c: fc.integer({ min: 0, max: 12 }),
    d: fc.integer({ min: -3, max: 7 * WEEKS + 3 }),
  }),
  { maxLength: 60 }
);

/** Brute force, one figure at a time. */
function expected(plan: PlanVisitRef[], done: DoneVisitRef[], asOf: string) {
  const inPlan = (d: DoneVisitRef) => d.date >= isoOf(START) && d.date < isoOf(START + 7 * WEEKS);
  const uniqueDone: DoneVisitRef[] = [];
  for (const d of done)
    if (
      d.date <= asOf &&
      inPlan(d) &&
      !uniqueDone.some((u) => u.rep === d.rep && u.customer === d.customer && u.date === d.date)
    )
      uniqueDone.push(d);
  const figures = (due: PlanVisitRef[], doneHere: DoneVisitRef[]) => {
    const planned = due.length;
    const onPlan = due.filter((p) =>
      doneHere.some((d) => d.rep === p.rep && d.customer === p.customer && d.date === p.date)
    ).length;
    const offPlan = doneHere.filter(
      (d) => !plan.some((p) => p.rep === d.rep && p.customer === d.customer && p.date === d.date)
    ).length;
    return {
      planned,
      onPlan,
      offPlan,
      missed: planned - onPlan,
      compliance: planned ? onPlan / planned : null,
    };
  };
  const due = plan.filter((p) => p.date <= asOf);
  const weekOf = (iso: string) => Math.floor((dayOf(iso) - START) / 7) + 1;
  // A customer's tier is the plan's; a customer the plan does not have has none ("").
  const tierOf = (customer: string) => plan.find((p) => p.customer === customer)?.tier ?? "";
  return {
    rep: (rep: string) =>
      figures(
        due.filter((p) => p.rep === rep),
        uniqueDone.filter((d) => d.rep === rep)
      ),
    week: (rep: string, w: number) =>
      figures(
        due.filter((p) => p.rep === rep && weekOf(p.date) === w),
        uniqueDone.filter((d) => d.rep === rep && weekOf(d.date) === w)
      ),
    tier: (t: string) =>
      figures(
        due.filter((p) => p.tier === t),
        uniqueDone.filter((d) => tierOf(d.customer) === t)
      ),
    missedA: due
      .filter(
        (p) =>
          p.tier === "A" &&
          !uniqueDone.some((d) => d.rep === p.rep && d.customer === p.customer && d.date === p.date)
      )
      .map((p) => `${p.date}|${p.rep}|${p.customer}`)
      .sort(),
  };
}

describe("computeCompliance", () => {
  it("matches a brute-force recount per rep, week and tier, and lists the A visits missed", () => {
    fc.assert(
      fc.property(planArb, doneArb, fc.integer({ min: -2, max: 7 * WEEKS + 2 }), (plan, raw, a) => {
        const done: DoneVisitRef[] = raw.map((d) => ({
          rep: d.rep,
          customer: `Shop ${d.c}`,
          date: isoOf(START + d.d),
        }));
        // Some done visits copied from the plan, so on-plan visits are common.
        plan.forEach((p, i) => i % 3 === 0 && done.push({ ...p }));
        const asOf = isoOf(START + a);
        const r = computeCompliance(plan, done, { asOf, start: isoOf(START), weeks: WEEKS });
        const want = expected(plan, done, asOf);
        for (const row of r.reps) {
          const { rep, ...fig } = row;
          expect(fig).toEqual(want.rep(rep));
        }
        // A rep with visits done but none planned still gets a row (after the plan's reps).
        const counted = done.filter(
          (d) => d.date <= asOf && d.date >= isoOf(START) && d.date < isoOf(START + 7 * WEEKS)
        );
        expect(r.reps.map((x) => x.rep).sort()).toEqual(
          [...new Set([...plan, ...counted].map((p) => p.rep))].sort()
        );
        for (const row of r.weeks) {
          const { rep, week, ...fig } = row;
          expect(fig).toEqual(want.week(rep, week));
        }
        for (const row of r.tiers) {
          const { tier, ...fig } = row;
          expect(fig).toEqual(want.tier(tier));
        }
        expect(r.missedTop.map((m) => `${m.date}|${m.rep}|${m.customer}`).sort()).toEqual(
          want.missedA
        );
        const sum = (k: "planned" | "onPlan" | "offPlan") => r.reps.reduce((s, x) => s + x[k], 0);
        expect(r.total.planned).toBe(sum("planned"));
        expect(r.total.onPlan).toBe(sum("onPlan"));
        expect(r.total.offPlan).toBe(sum("offPlan"));
      }),
      { numRuns: 300 }
    );
  });

  it("a worked example: counts, the rate, a repeat counted once, a visit after the as-of date ignored", () => {
    const plan: PlanVisitRef[] = [
      { rep: "Li", customer: "KA 1", tier: "A", date: "2025-11-03" },
      { rep: "Li", customer: "KA 1", tier: "A", date: "2025-11-10" },
      { rep: "Li", customer: "Shop", tier: "C", date: "2025-11-04" },
      { rep: "Li", customer: "Shop", tier: "C", date: "2025-11-20" }, // after as-of: not due
    ];
    const done: DoneVisitRef[] = [
      { rep: "Li", customer: "KA 1", date: "2025-11-03" },
      { rep: "Li", customer: "KA 1", date: "2025-11-03" }, // reported twice
      { rep: "Li", customer: "KA 1", date: "2025-11-12" }, // the 10th's visit, two days late
      { rep: "Li", customer: "Shop", date: "2025-11-21" }, // after as-of
    ];
    const r = computeCompliance(plan, done, { asOf: "2025-11-14", start: "2025-11-03", weeks: 4 });
    expect(r.reps).toEqual([
      { rep: "Li", planned: 3, onPlan: 1, offPlan: 1, missed: 2, compliance: 1 / 3 },
    ]);
    expect(r.weeks.map((w) => [w.week, w.planned, w.onPlan, w.offPlan])).toEqual([
      [1, 2, 1, 0],
      [2, 1, 0, 1],
    ]);
    expect(r.missedTop).toEqual([
      { rep: "Li", customer: "KA 1", tier: "A", date: "2025-11-10", week: 2, doneOn: "2025-11-12" },
    ]);
    expect([r.duplicates, r.afterAsOf, r.outsidePlan]).toEqual([1, 1, 0]);
  });

  it("has no rate where nothing is due", () => {
    const r = computeCompliance([{ rep: "Li", customer: "S", tier: "B", date: "2025-11-05" }], [], {
      asOf: "2025-11-04",
      start: "2025-11-03",
    });
    expect(r.reps[0]).toEqual({
      rep: "Li",
      planned: 0,
      onPlan: 0,
      offPlan: 0,
      missed: 0,
      compliance: null,
    });
  });
});
