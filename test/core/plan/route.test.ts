import fc from "fast-check";
import { exactOpenPath, heuristicOpenPath, pathLength, shortestOpenPath } from "../../../src/core/plan/route";
import { distanceMatrix } from "../../../src/core/plan/geo";

/** All permutations (n <= 8): the brute-force reference. */
function permutations(n: number): number[][] {
  if (n === 0) return [[]];
  const out: number[][] = [];
  for (const p of permutations(n - 1)) for (let i = 0; i <= p.length; i++) out.push([...p.slice(0, i), n - 1, ...p.slice(i)]);
  return out;
}

const point = fc.record({ lat: fc.double({ min: 31.0, max: 31.4, noNaN: true }), lng: fc.double({ min: 121.2, max: 121.7, noNaN: true }) });

function instance(pts: { lat: number; lng: number }[]): Float64Array {
  return distanceMatrix(
    pts.map((p) => p.lat),
    pts.map((p) => p.lng),
  );
}

describe("exact open path (Held-Karp)", () => {
  it("equals brute force over all orders, free ends, up to 8 stops", () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 8 }), (pts) => {
        const n = pts.length;
        const dist = instance(pts);
        let best = Infinity;
        for (const p of permutations(n)) best = Math.min(best, pathLength(p, n, dist));
        const r = exactOpenPath(n, dist);
        expect(r.length).toBeCloseTo(best, 9);
        // The order it returns really has that length and visits each stop once.
        expect(pathLength(r.order, n, dist)).toBeCloseTo(r.length, 9);
        expect([...r.order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
      }),
      { numRuns: 60 },
    );
  });

  it("equals brute force from a fixed start point, up to 8 stops", () => {
    fc.assert(
      fc.property(point, fc.array(point, { minLength: 1, maxLength: 8 }), (s, pts) => {
        const n = pts.length;
        const all = instance([s, ...pts]);
        const dist = new Float64Array(n * n);
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) dist[a * n + b] = all[(a + 1) * (n + 1) + b + 1];
        const startDist = Float64Array.from(pts, (_, k) => all[k + 1]);
        let best = Infinity;
        for (const p of permutations(n)) best = Math.min(best, pathLength(p, n, dist, startDist));
        const r = exactOpenPath(n, dist, startDist);
        expect(r.length).toBeCloseTo(best, 9);
        expect(pathLength(r.order, n, dist, startDist)).toBeCloseTo(r.length, 9);
      }),
      { numRuns: 60 },
    );
  });

  it("solves a hand-made line: stops on one meridian are visited end to end", () => {
    // Points 0.01 degree apart on one meridian, given shuffled: the shortest open path is the
    // span, 0.04 degree = 0.04 * pi/180 * 6371.0088 km.
    const lats = [31.02, 31.0, 31.04, 31.01, 31.03];
    const dist = distanceMatrix(lats, lats.map(() => 121.5));
    const r = exactOpenPath(5, dist);
    expect(r.length).toBeCloseTo(((0.04 * Math.PI) / 180) * 6371.0088, 6);
    const visited = r.order.map((k) => lats[k]);
    const asc = [...visited].sort((a, b) => a - b);
    expect(visited[0] < visited[4] ? visited : [...visited].reverse()).toEqual(asc);
  });
});

describe("heuristic open path", () => {
  it("is within 3% of the exact optimum on random 10-13 stop city days", () => {
    fc.assert(
      fc.property(fc.array(point, { minLength: 10, maxLength: 13 }), fc.boolean(), (pts, withStart) => {
        const n = pts.length - (withStart ? 1 : 0);
        const all = instance(pts);
        const m = pts.length;
        const off = withStart ? 1 : 0;
        const dist = new Float64Array(n * n);
        for (let a = 0; a < n; a++) for (let b = 0; b < n; b++) dist[a * n + b] = all[(a + off) * m + b + off];
        const startDist = withStart ? Float64Array.from({ length: n }, (_, k) => all[k + 1]) : undefined;
        const opt = exactOpenPath(n, dist, startDist).length;
        const h = heuristicOpenPath(n, dist, startDist);
        expect(pathLength(h.order, n, dist, startDist)).toBeCloseTo(h.length, 9);
        expect(h.length).toBeLessThanOrEqual(opt * 1.03 + 1e-9);
        expect(h.length).toBeGreaterThanOrEqual(opt - 1e-9);
      }),
      { numRuns: 40 },
    );
  });

  it("shortestOpenPath switches to the heuristic above the exact limit", () => {
    const pts = Array.from({ length: 20 }, (_, k) => ({ lat: 31 + 0.01 * Math.sin(k * 1.7), lng: 121 + 0.01 * Math.cos(k * 2.3) }));
    const dist = instance(pts);
    const r = shortestOpenPath(20, dist);
    expect(r.order).toHaveLength(20);
    expect(new Set(r.order).size).toBe(20);
  });
});
