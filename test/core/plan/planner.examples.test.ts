/**
 * Worked examples of the planner, each checked by hand from the documented rules (no expected
 * value here is computed by the planner's own code).
 */
import { planVisits } from "../../../src/core/plan/planner";
import { PLAN_COLUMNS, planDayRows, planTableRows, unscheduledRows } from "../../../src/core/plan/table";
import type { PlanCustomer, VisitPlan } from "../../../src/core/plan/types";

const R = 6371.0088;
/** Independent haversine (km) for the hand checks. */
function km(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const t = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * t) / 2) ** 2 + Math.cos(a.lat * t) * Math.cos(b.lat * t) * Math.sin(((b.lng - a.lng) * t) / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}
const weekdayOf = (iso: string): number => ((new Date(`${iso}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / 86_400_000;

function datesOf(plan: VisitPlan, id: unknown): string[] {
  return plan.visits.filter((v) => v.customerId === id).map((v) => v.date);
}
function byDay(plan: VisitPlan): Map<string, VisitPlan["visits"][number][]> {
  const m = new Map<string, VisitPlan["visits"][number][]>();
  for (const v of plan.visits) {
    const k = `${v.rep}|${v.date}`;
    if (!m.has(k)) m.set(k, []);
    m.get(k)!.push(v);
  }
  return m;
}

describe("2 reps, 30 customers in 10 spots (checked by hand)", () => {
  // Each rep has 5 spots ~13-14 km apart; each spot holds an A, a B and a C customer on one
  // meridian, 0.01 degree (1.11 km) apart, A southernmost. Rep West starts from a depot south
  // of all its spots. Weekly load per spot 1 + 2/4 + 1/4 = 1.75 visits; per rep 8.75, so each
  // weekday territory can hold one spot only (cap 1.75 + 0.5): by hand, the natural plan is one
  // spot per weekday, A every week, B two weeks apart, C once; per weekday 4 + 2 + 1 = 7 visits
  // in 4 weeks, so days hold 1 or 2 visits (35 / 20 = 1.75). A day's shortest open path along
  // a meridian is its latitude span; from the depot it is the distance to the southernmost stop
  // plus the span.
  const spots: Record<string, [number, number][]> = {
    East: [
      [31.3, 121.6],
      [31.3, 121.75],
      [31.18, 121.62],
      [31.18, 121.77],
      [31.06, 121.68],
    ],
    West: [
      [31.3, 121.3],
      [31.3, 121.15],
      [31.18, 121.28],
      [31.18, 121.13],
      [31.06, 121.22],
    ],
  };
  const depot = { lat: 31.0, lng: 121.22 };
  const customers: PlanCustomer[] = [];
  const spotOf = new Map<number, string>();
  for (const rep of ["East", "West"]) {
    spots[rep].forEach(([lat, lng], s) => {
      ["A", "B", "C"].forEach((tier, t) => {
        const id = customers.length + 1;
        spotOf.set(id, `${rep}${s}`);
        customers.push({ id, name: `${rep} ${s + 1}${tier}`, tier, rep, area: `Spot ${s + 1}`, lat: lat + 0.01 * t, lng, address: `No. ${id} Road` });
      });
    });
  }
  const plan = planVisits(customers, { startDate: "2024-06-03", weeks: 4, capacity: 8, repStarts: { West: depot } });

  it("plans every required visit: 2 x (5x4 + 5x2 + 5x1) = 70", () => {
    expect(plan.unscheduled).toEqual([]);
    expect(plan.totals.visitsPlanned).toBe(70);
    expect(plan.totals.unscheduledVisits).toBe(0);
    expect(plan.neededCapacity.visitsPerRepDay).toBe(2); // ceil(35 / 20)
    expect(plan.usedCoordinates).toBe(true);
  });

  it("gives each spot its own weekday with the tier spacing", () => {
    for (const rep of ["East", "West"]) {
      const weekdays = new Set<number>();
      for (let s = 0; s < 5; s++) {
        const ids = [...spotOf].filter(([, k]) => k === `${rep}${s}`).map(([id]) => id);
        const [a, b, c] = ids.map((id) => datesOf(plan, id));
        const wd = new Set([...a, ...b, ...c].map(weekdayOf));
        expect(wd.size).toBe(1);
        weekdays.add([...wd][0]);
        expect(a.map(dayOf).map((d, k, arr) => (k ? d - arr[k - 1] : 7))).toEqual([7, 7, 7, 7]);
        expect(b).toHaveLength(2);
        expect(dayOf(b[1]) - dayOf(b[0])).toBe(14);
        expect(c).toHaveLength(1);
      }
      expect([...weekdays].sort()).toEqual([1, 2, 3, 4, 5]);
    }
  });

  it("balances the days: 1 or 2 visits, 7 per weekday over the 4 weeks", () => {
    for (const d of plan.days) expect([1, 2]).toContain(d.visits);
    for (const rep of ["East", "West"]) {
      for (let wd = 1; wd <= 5; wd++) {
        const n = plan.days.filter((d) => d.rep === rep && d.weekday === wd).reduce((s, d) => s + d.visits, 0);
        expect(n).toBe(7);
      }
    }
    expect(plan.days).toHaveLength(40);
  });

  it("routes each day along its meridian (from the depot for West)", () => {
    let total = 0;
    for (const [key, stops] of byDay(plan)) {
      const lats = stops.map((v) => v.lat!);
      const span = ((Math.max(...lats) - Math.min(...lats)) * Math.PI * R) / 180;
      const dayKm = stops.reduce((s, v) => s + v.kmFromPrevious!, 0);
      const summary = plan.days.find((d) => `${d.rep}|${d.date}` === key)!;
      expect(summary.km).toBeCloseTo(dayKm, 2);
      total += summary.km;
      if (key.startsWith("East")) {
        expect(stops[0].kmFromPrevious).toBe(0);
        expect(dayKm).toBeCloseTo(span, 2);
        const sorted = [...lats].sort((x, y) => x - y);
        expect(lats[0] < lats[lats.length - 1] || lats.length === 1 ? lats : [...lats].reverse()).toEqual(sorted);
      } else {
        // From the depot due south: southernmost first, then north.
        expect(lats).toEqual([...lats].sort((x, y) => x - y));
        expect(stops[0].kmFromPrevious!).toBeCloseTo(km(depot, stops[0] as { lat: number; lng: number }), 2);
        expect(dayKm).toBeCloseTo(km(depot, stops[0] as { lat: number; lng: number }) + span, 2);
      }
    }
    expect(plan.totals.km).toBeCloseTo(total, 1);
  });

  it("writes table rows in the documented column order", () => {
    const rows = planTableRows(plan);
    expect(rows).toHaveLength(70);
    // The twelve original columns, then the day-in-hours columns (issue 13 contract).
    expect(PLAN_COLUMNS).toEqual(["date", "weekday", "week", "rep", "stop", "customer", "tier", "area", "address", "latitude", "longitude", "kmFromPrevious", "travelMin", "arrive", "depart", "hoursCheck"]);
    const first = plan.visits[0];
    expect(rows[0].slice(0, 12)).toEqual([first.date, first.weekday, first.week, first.rep, first.stop, first.name, first.tier, first.area, first.address, first.lat, first.lng, first.kmFromPrevious]);
    // Plan order: by date, then rep in input order (East before West), then stop.
    expect(rows[0][0]).toBe("2024-06-03");
    expect(rows[0][3]).toBe("East");
    const serial = planTableRows(plan, { dates: "excel", weekdayLabel: (n) => ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][n - 1] });
    // 2024-06-03 = 45292 (2024-01-01) + 31 + 29 + 31 + 30 + 31 + 2 = 45446.
    expect(serial[0][0]).toBe(45446);
    expect(serial[0][1]).toBe("Mon");
    // rep, date, weekday, week, visits, km, then the day in hours: start, end, visit h, travel h.
    const day = planDayRows(plan)[0];
    expect(day).toHaveLength(10);
    expect(day[6]).toBe("09:00");
    expect(day[8] as number).toBeGreaterThan(0);
  });
});

describe("a list without coordinates or areas", () => {
  // 10 A customers, one rep (no rep column), Mon-Fri from Monday 2024-06-03: weekly load 10 over
  // 5 weekdays; the documented rule chunks the list in input order, so customers 1-2 are Monday,
  // 3-4 Tuesday, ..., 9-10 Friday, every week; every day has exactly 2 visits.
  const customers = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, name: `Shop ${i + 1}`, tier: "A" }));
  const plan = planVisits(customers, { startDate: "2024-06-03" });
  it("balances by count in input order", () => {
    expect(plan.usedCoordinates).toBe(false);
    expect(plan.unscheduled).toEqual([]);
    for (let i = 1; i <= 10; i++) {
      const ds = datesOf(plan, i);
      expect(ds).toHaveLength(4);
      expect(new Set(ds.map(weekdayOf))).toEqual(new Set([Math.ceil(i / 2)]));
    }
    for (const d of plan.days) expect(d.visits).toBe(2);
    for (const v of plan.visits) {
      expect(v.rep).toBe("");
      expect(v.lat).toBeNull();
      expect(v.kmFromPrevious).toBeNull();
    }
    expect(plan.totals.km).toBe(0);
    const row = planTableRows(plan)[0];
    expect(row.slice(9, 12)).toEqual(["", "", ""]);
    // First stop of the day: no travel, arrives at the 09:00 start, an A visit lasts 30 minutes.
    expect(row.slice(12)).toEqual(["", "09:00", "09:30", ""]);
    expect(row.slice(0, 6)).toEqual(["2024-06-03", 1, 1, "", 1, "Shop 1"]);
  });
});

describe("a list with areas only", () => {
  // 15 A customers listed North 1-5, South 6-10, East 11-15. Rule: areas in text order (East,
  // North, South), input order inside, chunks of 3 per weekday: Mon 11 12 13, Tue 14 15 1,
  // Wed 2 3 4, Thu 5 6 7, Fri 8 9 10; inside a day, stops by area then input order.
  const areas = ["North", "South", "East"];
  const customers = Array.from({ length: 15 }, (_, i) => ({ id: i + 1, tier: "A", area: areas[Math.floor(i / 5)] }));
  const plan = planVisits(customers, { startDate: "2024-06-03", capacity: 8 });
  it("keeps areas together", () => {
    const expected: Record<number, number[]> = { 1: [11, 12, 13], 2: [14, 15, 1], 3: [2, 3, 4], 4: [5, 6, 7], 5: [8, 9, 10] };
    for (const [wd, ids] of Object.entries(expected)) {
      for (const id of ids) expect(new Set(datesOf(plan, id).map(weekdayOf))).toEqual(new Set([Number(wd)]));
    }
    const tuesday = plan.visits.filter((v) => v.date === "2024-06-04");
    expect(tuesday.map((v) => v.customerId)).toEqual([14, 15, 1]);
    expect(tuesday.map((v) => v.area)).toEqual(["East", "East", "North"]);
  });
});

describe("capacity too small", () => {
  it("reports the missing visits of the customers that do not fit", () => {
    // 10 A customers need 40 visits; capacity 1 x 20 days = 20. By the documented rule the
    // last in input order wait: customers 1-5 get 4 visits (one weekday each), 6-10 none.
    const customers = Array.from({ length: 10 }, (_, i) => ({ id: i + 1, tier: "A", rep: "Li" }));
    const plan = planVisits(customers, { startDate: "2024-06-03", capacity: 1 });
    for (let i = 1; i <= 5; i++) expect(datesOf(plan, i)).toHaveLength(4);
    expect(plan.unscheduled.map((u) => [u.customerId, u.required, u.scheduled, u.missing, u.code])).toEqual(
      [6, 7, 8, 9, 10].map((id) => [id, 4, 0, 4, "CAPACITY"]),
    );
    expect(plan.totals).toMatchObject({ visitsPlanned: 20, unscheduledVisits: 20 });
    expect(plan.neededCapacity.visitsPerRepDay).toBe(2); // 40 / 20
    expect(plan.neededCapacity.byRep).toEqual([{ rep: "Li", requiredVisits: 40, workingDays: 20, visitsPerDay: 2 }]);
    expect(unscheduledRows(plan)[0]).toEqual(["6", "A", "Li", 4, 0, 4, "CAPACITY", expect.stringContaining("0 of 4")]);
  });

  it("fills left-over room with partial visits of held-back customers", () => {
    // 1 week, capacity 1: 2 A (1 visit each) + 4 C (1 each) = 6 visits in 5 slots. The last C
    // (id 6) waits and finds no room: 1 missing; the rest are planned.
    const customers = [
      { id: 1, tier: "A" },
      { id: 2, tier: "A" },
      { id: 3, tier: "C" },
      { id: 4, tier: "C" },
      { id: 5, tier: "C" },
      { id: 6, tier: "C" },
    ];
    const plan = planVisits(customers, { startDate: "2024-06-03", weeks: 1, capacity: 1 });
    expect(plan.totals.visitsPlanned).toBe(5);
    expect(plan.unscheduled.map((u) => [u.customerId, u.missing])).toEqual([[6, 1]]);
  });
});

describe("holidays, frequent policies, bad rows", () => {
  it("moves a visit off a holiday to the nearest working day", () => {
    // 5 A customers, one per weekday; Monday 2024-06-10 is a holiday: customer 1 (Monday) comes
    // on Tuesday 06-11 that week (1 day away, vs Friday 06-07 3 days away), 8 and 6 days from its
    // other visits.
    const customers = Array.from({ length: 5 }, (_, i) => ({ id: i + 1, tier: "A" }));
    const plan = planVisits(customers, { startDate: "2024-06-03", holidays: ["2024-06-10"] });
    expect(datesOf(plan, 1)).toEqual(["2024-06-03", "2024-06-11", "2024-06-17", "2024-06-24"]);
    expect(datesOf(plan, 2)).toEqual(["2024-06-04", "2024-06-11", "2024-06-18", "2024-06-25"]);
    expect(plan.days.find((d) => d.date === "2024-06-10")).toBeUndefined();
    expect(plan.days.find((d) => d.date === "2024-06-11")!.visits).toBe(2);
  });

  it("spreads a twice-weekly policy evenly", () => {
    // 8 visits in 20 working days: working-day indices 0, 2, 5, 7, 10, 12, 15, 17 (floor(k x 20/8)),
    // i.e. Monday and Wednesday of each week.
    const plan = planVisits([{ id: "k", tier: "KA" }], { startDate: "2024-06-03", policy: { KA: 8 } });
    expect(datesOf(plan, "k")).toEqual(["2024-06-03", "2024-06-05", "2024-06-10", "2024-06-12", "2024-06-17", "2024-06-19", "2024-06-24", "2024-06-26"]);
  });

  it("reports a policy asking for more visits than working days", () => {
    const plan = planVisits([{ id: 1, tier: "A" }], { startDate: "2024-06-03", policy: { A: 30 } });
    expect(plan.unscheduled).toMatchObject([{ customerId: 1, required: 30, scheduled: 20, missing: 10, code: "TOO_FREQUENT" }]);
  });

  it("lists unknown tiers and duplicate ids instead of dropping them", () => {
    const plan = planVisits(
      [
        { id: 1, tier: "A" },
        { id: 1, tier: "B" },
        { id: 2, tier: "Z" },
        { id: 3, tier: " b " },
      ],
      { startDate: "2024-06-03" },
    );
    expect(plan.unscheduled.map((u) => [u.customerId, u.code, u.required, u.missing])).toEqual([
      [1, "DUPLICATE_ID", 2, 2],
      [2, "UNKNOWN_TIER", 0, 0],
    ]);
    expect(datesOf(plan, 3)).toHaveLength(2); // " b " matches B ignoring case and spaces
  });

  it("rejects bad options with a clear message", () => {
    expect(() => planVisits([], { startDate: "2024-13-01" })).toThrow(/calendar date/);
    expect(() => planVisits([], { startDate: "2024-06-03", capacity: 0 })).toThrow(/capacity/);
    expect(() => planVisits([], { startDate: "2024-06-03", weeks: 2.5 })).toThrow(/weeks/);
    expect(() => planVisits([], { startDate: "2024-06-03", workdays: [] })).toThrow(/workdays/);
    expect(() => planVisits([], { startDate: "2024-06-03", holidays: ["soon"] })).toThrow(/yyyy-mm-dd/);
  });

  it("reports progress from 0 to 1", () => {
    const seen: number[] = [];
    planVisits([{ id: 1, tier: "A", rep: "a" }, { id: 2, tier: "B", rep: "b" }], { startDate: "2024-06-03", onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen[seen.length - 1]).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
