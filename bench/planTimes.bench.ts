/**
 * The day in hours (issue 13): a 5,000-customer, 50-rep, 4-week plan with times (working
 * hours, lunch, visit minutes, travel time; no visits-per-day cap), then the same with opening
 * hours on 40% of the customers. Printed side by side with the same city planned by visit
 * count alone (capacity 12, the issue-4 benchmark's feasible variant):
 * - planning time (target: well under a second);
 * - each day's route length against the exact optimum (Held-Karp, days of <= 13 stops) and
 *   how many days needed reordering for opening hours;
 * - visits flagged outside opening hours, unscheduled visits, the longest day in hours.
 */
import { makeCity } from "./plan.bench";
import { planVisits } from "../src/core/plan/planner";
import { exactOpenPath, pathLength } from "../src/core/plan/route";
import { haversineKm } from "../src/core/plan/geo";
import type { PlanCustomer, PlanOptions, TimeWindow, VisitPlan } from "../src/core/plan/types";
import { mulberry32 } from "../src/core/random";

const HOURS: TimeWindow[][] = [
  [
    [480, 720],
    [840, 1200],
  ], // 08:00-12:00,14:00-20:00
  [[600, 1320]], // 10:00-22:00
  [[840, 1260]], // 14:00-21:00
  [[540, 690]], // 09:00-11:30
];

function withHours(customers: PlanCustomer[], seed: number): PlanCustomer[] {
  const rnd = mulberry32(seed);
  return customers.map((c) =>
    rnd() < 0.4 ? { ...c, openingHours: HOURS[Math.floor(rnd() * HOURS.length)] } : c
  );
}

function timed(
  customers: PlanCustomer[],
  options: PlanOptions
): { plan: VisitPlan; best: number; median: number } {
  planVisits(customers.slice(0, 400), options); // warm-up (JIT)
  const times: number[] = [];
  let plan = planVisits(customers, options);
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    plan = planVisits(customers, options);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { plan, best: times[0], median: times[1] };
}

/** Mean route/optimum over days of 3..13 located stops, and how many days were not optimal. */
function routeFigures(plan: VisitPlan): { ratio: number; days: number; above: number } {
  const byDay = new Map<string, { lat: number; lng: number }[]>();
  for (const v of plan.visits) {
    if (v.lat === null || v.lng === null) continue;
    const key = `${v.rep}|${v.date}`;
    if (!byDay.has(key)) byDay.set(key, []);
    byDay.get(key)!.push({ lat: v.lat, lng: v.lng });
  }
  let sum = 0;
  let days = 0;
  let above = 0;
  for (const stops of byDay.values()) {
    const n = stops.length;
    if (n < 3 || n > 13) continue;
    const dist = new Float64Array(n * n);
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++)
        dist[a * n + b] = haversineKm(stops[a].lat, stops[a].lng, stops[b].lat, stops[b].lng);
    const r =
      pathLength(
        stops.map((_, i) => i),
        n,
        dist
      ) / exactOpenPath(n, dist).length;
    sum += r;
    days++;
    if (r > 1 + 1e-9) above++;
  }
  return { ratio: sum / days, days, above };
}

function line(label: string, t: ReturnType<typeof timed>): string {
  const p = t.plan;
  const r = routeFigures(p);
  const flagged = p.visits.filter((v) => v.flag !== null).length;
  const maxStops = Math.max(...p.days.map((d) => d.visits));
  return (
    `${label.padEnd(34)} time best ${t.best.toFixed(0).padStart(4)} ms median ${t.median.toFixed(0).padStart(4)} ms  ` +
    `planned ${p.totals.visitsPlanned} unscheduled ${p.totals.unscheduledVisits}  route/opt ${r.ratio.toFixed(4)} ` +
    `(${r.days} days, ${r.above} above optimum)  flagged ${flagged}  max stops/day ${maxStops}  ` +
    `longest day ${p.totals.longestDay?.hours.toFixed(2) ?? "-"} h`
  );
}

export async function bench(): Promise<void> {
  const city = makeCity(5000, 50, 20240601);
  const base = { startDate: "2024-06-03", weeks: 4 };
  console.log("\n5,000 customers, 50 reps, 4 weeks Mon-Fri (target: well under 1000 ms each)");
  console.log(line("by count (capacity 12, no hours)", timed(city, { ...base, capacity: 12 })));
  console.log(line("with times (09:00-18:00, no cap)", timed(city, base)));
  console.log(line("with times + opening hours (40%)", timed(withHours(city, 7), base)));
  console.log("route/opt: days whose order was changed for opening hours are above 1 by design.");
}

if (require.main === module) void bench();
