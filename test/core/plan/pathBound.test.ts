/**
 * The 1-tree floor the route heuristic stops on: it must never exceed the shortest path (the
 * heuristic would then stop before its best start and return a different route), and it must
 * close on a path often enough to be worth computing.
 */
import fc from "fast-check";
import { shortestPathFloor } from "../../../src/core/plan/pathBound";
import { exactOpenPath, pathLength } from "../../../src/core/plan/route";
import { makeRouteDay as makeDay } from "../../support/routeDays";

const day = fc
  .record({
    n: fc.integer({ min: 2, max: 12 }),
    grid: fc.boolean(),
    start: fc.boolean(),
    seed: fc.integer(),
    slack: fc.constantFrom(0, 0.001, 0.3),
  })
  .map(({ n, grid, start, seed, slack }) => ({ ...makeDay(n, grid, start, seed), slack }));

describe("shortest path floor (1-tree bound)", () => {
  it("never exceeds the exact shortest path's length, ties and start points included", () => {
    fc.assert(
      fc.property(day, ({ n, dist, sd, slack }) => {
        const exact = exactOpenPath(n, dist, sd);
        const floor = shortestPathFloor(n, dist, sd, exact.length * (1 + slack));
        expect(floor).toBeLessThanOrEqual(exact.length);
        // When it closes, it is the shortest length (less a rounding margin far below 1e-9).
        if (floor > -Infinity) expect(floor).toBeGreaterThan(exact.length - 1e-9);
      }),
      { numRuns: 300 }
    );
  });

  it("closes on most random 8-13-stop days, and then proves the exact length", () => {
    let closed = 0;
    const days = 200;
    for (let s = 0; s < days; s++) {
      const { n, dist, sd } = makeDay(8 + (s % 6), false, s % 2 === 0, 1000 + s);
      const exact = exactOpenPath(n, dist, sd);
      const floor = shortestPathFloor(n, dist, sd, exact.length);
      if (floor === -Infinity) continue;
      closed++;
      expect(floor).toBeLessThanOrEqual(exact.length);
      expect(floor).toBeGreaterThan(exact.length - 1e-12);
    }
    expect(closed).toBeGreaterThan(days / 2);
  });

  it("closes on stops along a line (the bound is tight)", () => {
    const n = 6;
    const xs = [0, 5, 1, 4, 2, 3];
    const dist = new Float64Array(n * n);
    for (let a = 0; a < n; a++)
      for (let b = 0; b < n; b++) dist[a * n + b] = Math.abs(xs[a] - xs[b]);
    expect(shortestPathFloor(n, dist, undefined, 5)).toBeCloseTo(5, 9);
    // From a start point at -1: along the line, 1 + 5.
    const sd = Float64Array.from(xs, (x) => Math.abs(x + 1));
    const floor = shortestPathFloor(n, dist, sd, 6);
    expect(floor).toBeCloseTo(exactOpenPath(n, dist, sd).length, 9);
    expect(floor).toBeCloseTo(pathLength([0, 2, 4, 5, 3, 1], n, dist, sd), 9);
  });

  it("gives no floor for asymmetric, negative or infinite distances", () => {
    const { n, dist } = makeDay(5, false, false, 7);
    const asym = Float64Array.from(dist);
    asym[1] += 0.5;
    expect(shortestPathFloor(n, asym, undefined, 100)).toBe(-Infinity);
    const neg = Float64Array.from(dist);
    neg[1] = neg[n] = -1;
    expect(shortestPathFloor(n, neg, undefined, 100)).toBe(-Infinity);
    const inf = Float64Array.from(dist);
    inf[1] = inf[n] = Infinity;
    expect(shortestPathFloor(n, inf, undefined, 100)).toBe(-Infinity);
    expect(shortestPathFloor(n, dist, Float64Array.from([1, 2, NaN, 3, 4]), 100)).toBe(-Infinity);
  });
});
