/**
 * Regressions of the visit planner (issue #4), each a counterexample found by the property
 * tests or by fuzzing their generators with many seeds.
 *
 * The intermittent failure and "hang" of `npx jest test/core/plan`: the route property "the
 * heuristic is within 3% of the exact optimum on random 10-13 stop days" failed for about 1 day
 * in 200 (so about one run in six of its 40 cases), and fast-check then shrank the 20-26
 * coordinates of the failing day for minutes (seed 2: still shrinking after 316,000 runs and 240
 * s). The days below made the old heuristic (nearest-neighbour starts, first-improvement 2-opt /
 * Or-opt) 3.0% (the shrunk ones sit just past the limit) to 9.9% longer than the optimum. Each optimum here comes from a brute-force
 * search written in this file (depth-first over all orders, cutting partial paths already
 * longer than the best found: exact, and independent of the planner's Held-Karp code).
 */
import { exactOpenPath, heuristicOpenPath, pathLength, shortestOpenPath } from "../../../src/core/plan/route";
import { planVisits } from "../../../src/core/plan/planner";

type P = { lat: number; lng: number };

/** Independent haversine (km, mean Earth radius 6371.0088). */
function km(a: P, b: P): number {
  const t = Math.PI / 180;
  const h = Math.sin(((b.lat - a.lat) * t) / 2) ** 2 + Math.cos(a.lat * t) * Math.cos(b.lat * t) * Math.sin(((b.lng - a.lng) * t) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** The route test's set-up: with a start, the first point is the start and the rest are stops. */
function day(pts: P[], withStart: boolean): { n: number; dist: Float64Array; startDist?: Float64Array } {
  const stops = withStart ? pts.slice(1) : pts;
  const n = stops.length;
  const dist = new Float64Array(n * n);
  for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) dist[a * n + b] = a === b ? 0 : km(stops[a], stops[b]);
  const startDist = withStart ? Float64Array.from(stops, (s) => km(pts[0], s)) : undefined;
  return { n, dist, startDist };
}

/** Brute force: depth-first over all orders, cutting partial paths not shorter than the best. */
function bruteForce(n: number, dist: Float64Array, startDist?: Float64Array): number {
  let best = Infinity;
  const used = new Uint8Array(n);
  const go = (last: number, depth: number, len: number): void => {
    if (len >= best) return;
    if (depth === n) {
      best = len;
      return;
    }
    for (let k = 0; k < n; k++) {
      if (used[k]) continue;
      used[k] = 1;
      go(k, depth + 1, len + (last < 0 ? (startDist ? startDist[k] : 0) : dist[last * n + k]));
      used[k] = 0;
    }
  };
  go(-1, 0, 0);
  return best;
}

const CASES: { name: string; withStart: boolean; pts: P[] }[] = [
  {
    // fast-check seed 4 of the route property, shrunk counterexample: 10 stops, free ends.
    name: "jest seed 4, shrunk (10 stops, free ends)",
    withStart: false,
    pts: [
      { lat: 31.347405815386143, lng: 121.26568457638814 },
      { lat: 31.022888948008447, lng: 121.37748173512823 },
      { lat: 31.000802332710478, lng: 121.6117869150404 },
      { lat: 31.315859530554054, lng: 121.54682803963978 },
      { lat: 31.136042789964414, lng: 121.27235029319563 },
      { lat: 31.098452910915228, lng: 121.59620244582241 },
      { lat: 31.149142424040072, lng: 121.34134902087906 },
      { lat: 31.26705291416172, lng: 121.41251962009261 },
      { lat: 31.185213743794336, lng: 121.49363605888874 },
      { lat: 31, lng: 121.37915061321668 },
    ],
  },
  {
    // fast-check seed 2, the one that "hung": the day reached after 240 s of shrinking.
    name: "jest seed 2, partly shrunk (start + 11 stops)",
    withStart: true,
    pts: [
      { lat: 31, lng: 121.48666878304351 },
      { lat: 31.017210211230474, lng: 121.31487708367291 },
      { lat: 31, lng: 121.65961440200779 },
      { lat: 31.07228759472625, lng: 121.4037592958323 },
      { lat: 31.298266978488847, lng: 121.33745557364594 },
      { lat: 31.229673351107696, lng: 121.51341879718338 },
      { lat: 31.2801175098829, lng: 121.514482262618 },
      { lat: 31.081432391414655, lng: 121.686538785743 },
      { lat: 31.153660495720946, lng: 121.47753127628218 },
      { lat: 31.09125657989256, lng: 121.47595984448007 },
      { lat: 31.28449866372888, lng: 121.24129270504159 },
      { lat: 31.17933077180118, lng: 121.53651784244259 },
    ],
  },
  {
    // fc.sample seed 97, case 40 of the same generator: old heuristic 9.8% long.
    name: "sample seed 97 #40 (start + 9 stops)",
    withStart: true,
    pts: [
      { lat: 31.0601366032813, lng: 121.4402342378984 },
      { lat: 31.266390910232328, lng: 121.46616788022955 },
      { lat: 31.196393537947067, lng: 121.61414486220974 },
      { lat: 31.022875350688356, lng: 121.56264313194455 },
      { lat: 31.27010055748803, lng: 121.504124341095 },
      { lat: 31.015298626778517, lng: 121.32835315056361 },
      { lat: 31.359293593033865, lng: 121.20236720100472 },
      { lat: 31.20745858020427, lng: 121.31890761626681 },
      { lat: 31.10374708687229, lng: 121.64585866453974 },
      { lat: 31.324424524736813, lng: 121.23906196145701 },
    ],
  },
  {
    // fc.sample seed 83, case 12: old heuristic 9.9% long.
    name: "sample seed 83 #12 (11 stops, free ends)",
    withStart: false,
    pts: [
      { lat: 31.000000000000053, lng: 121.61030670751711 },
      { lat: 31.000000000000007, lng: 121.62156691708189 },
      { lat: 31.000000000000043, lng: 121.23549966506168 },
      { lat: 31.196862374967466, lng: 121.58642194687303 },
      { lat: 31.35711092116394, lng: 121.4554672331257 },
      { lat: 31.31502071553257, lng: 121.42741864550949 },
      { lat: 31.166826322997437, lng: 121.22474505227981 },
      { lat: 31.379809566088422, lng: 121.20000000000002 },
      { lat: 31.211251475521042, lng: 121.27837950182713 },
      { lat: 31.298386507860837, lng: 121.67272825472072 },
      { lat: 31.16232102574528, lng: 121.58018176338527 },
    ],
  },
];

describe("heuristic route counterexamples (were 3-10% above the optimum)", () => {
  it.each(CASES)("$name: heuristic within 3% of the brute-force optimum, exact path equal to it", ({ withStart, pts }) => {
    const { n, dist, startDist } = day(pts, withStart);
    const opt = bruteForce(n, dist, startDist);
    const h = heuristicOpenPath(n, dist, startDist);
    expect([...h.order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
    expect(pathLength(h.order, n, dist, startDist)).toBeCloseTo(h.length, 9);
    expect(h.length).toBeLessThanOrEqual(opt * 1.03 + 1e-9);
    expect(h.length).toBeGreaterThanOrEqual(opt - 1e-9);
    // The planner's exact path (used for days of <= 12 stops) is the optimum too.
    expect(exactOpenPath(n, dist, startDist).length).toBeCloseTo(opt, 9);
    // And so is what the planner uses with exact routing switched off.
    expect(shortestOpenPath(n, dist, startDist, 0).length).toBeLessThanOrEqual(opt * 1.03 + 1e-9);
  });

  it("planVisits routes such a day within 3% with exact routing off (km from the start point)", () => {
    // The 9 stops of "sample seed 97 #40" as the A customers of one rep with one working day
    // (Monday) in a one-week horizon, capacity 9: all on 2024-06-03, from the rep's start point.
    const [start, ...stops] = CASES[2].pts;
    const customers = stops.map((p, i) => ({ id: i + 1, tier: "A", rep: "Li", lat: p.lat, lng: p.lng }));
    const plan = planVisits(customers, { startDate: "2024-06-03", weeks: 1, workdays: [1], capacity: 9, repStarts: { Li: start }, exactRouteMaxStops: 0, day: { workStart: 0, workEnd: 1440, lunch: null } });
    expect(plan.visits).toHaveLength(9);
    const { n, dist, startDist } = day(CASES[2].pts, true);
    const opt = bruteForce(n, dist, startDist);
    // The day's km, re-added from the visit rows with this file's haversine.
    let len = 0;
    let prev = start;
    for (const v of plan.visits) {
      const here = { lat: v.lat!, lng: v.lng! };
      len += km(prev, here);
      prev = here;
    }
    expect(len).toBeLessThanOrEqual(opt * 1.03 + 1e-9);
    expect(plan.days[0].km).toBeCloseTo(len, 2);
  });

  it("the heuristic is deterministic (fixed-seed random starts)", () => {
    const { n, dist, startDist } = day(CASES[1].pts, true);
    expect(heuristicOpenPath(n, dist, startDist)).toEqual(heuristicOpenPath(n, dist, startDist));
  });
});
