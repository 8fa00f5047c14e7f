/**
 * Random days for the route tests: stops on a 20 x 20 plane, or on a 4 x 4 grid (many equal
 * distances: ties), with the straight-line distances, and optionally a start point at (5, 5).
 */
import { mulberry32 } from "../../src/core/random";

export interface RouteDay {
  n: number;
  /** n x n distances, row-major. */
  dist: Float64Array;
  /** Distance from the start point to each stop, when the day has one. */
  sd?: Float64Array;
}

/** A seeded day of `n` stops (the same seed gives the same day). */
export function makeRouteDay(n: number, grid: boolean, start: boolean, seed: number): RouteDay {
  const r = mulberry32(seed);
  const x = Array.from({ length: n }, () => (grid ? Math.floor(r() * 4) : r() * 20));
  const y = Array.from({ length: n }, () => (grid ? Math.floor(r() * 4) : r() * 20));
  const dist = new Float64Array(n * n);
  for (let a = 0; a < n; a++)
    for (let b = 0; b < n; b++) dist[a * n + b] = Math.hypot(x[a] - x[b], y[a] - y[b]);
  const sd = start ? Float64Array.from(x, (v, i) => Math.hypot(v - 5, y[i] - 5)) : undefined;
  return { n, dist, sd };
}
