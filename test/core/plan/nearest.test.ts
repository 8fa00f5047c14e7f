import fc from "fast-check";
import { nearestKm } from "../../../src/core/plan/geo";
import { mulberry32 } from "../../../src/core/random";

/** The all-pairs loop the sweep replaced: the reference, value for value. */
function allPairs(x: number[], y: number[], has: number[]): Float64Array {
  const out = new Float64Array(x.length).fill(Infinity);
  for (let a = 0; a < x.length; a++) {
    if (!has[a]) continue;
    for (let b = a + 1; b < x.length; b++) {
      if (!has[b]) continue;
      const d = Math.hypot(x[a] - x[b], y[a] - y[b]);
      if (d < out[a]) out[a] = d;
      if (d < out[b]) out[b] = d;
    }
  }
  return out;
}

describe("nearestKm (nearest located fellow)", () => {
  it("equals the all-pairs distances exactly, with repeated x, repeated points and unlocated ones", () => {
    // Coordinates drawn from a small grid too, so equal x values and identical points occur.
    const coord = fc.oneof(
      fc.double({ min: -50, max: 50, noNaN: true }),
      fc.integer({ min: -3, max: 3 }).map((v) => v / 2)
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(coord, coord, fc.boolean()), { maxLength: 60 }), (pts) => {
        const x = pts.map((p) => p[0]);
        const y = pts.map((p) => p[1]);
        const has = pts.map((p) => (p[2] ? 1 : 0));
        expect(Array.from(nearestKm(x, y, has))).toEqual(Array.from(allPairs(x, y, has)));
      }),
      { numRuns: 300 }
    );
  });

  it("keeps the exact hypot value where distances differ in the last bits (near ties)", () => {
    // Fellows at nearly the same distance in different directions: the squared-distance
    // shortcut must not pick a slightly farther one or skip the nearest.
    fc.assert(
      fc.property(
        fc.double({ min: 1e-6, max: 1e6, noNaN: true }),
        fc.array(fc.integer({ min: -4, max: 4 }), { minLength: 2, maxLength: 12 }),
        (r, ulps) => {
          const x = [0];
          const y = [0];
          ulps.forEach((u, k) => {
            const t = (2 * Math.PI * k) / ulps.length;
            const d = r * (1 + u * Number.EPSILON);
            x.push(d * Math.cos(t));
            y.push(d * Math.sin(t));
          });
          const has = x.map(() => 1);
          expect(Array.from(nearestKm(x, y, has))).toEqual(Array.from(allPairs(x, y, has)));
        }
      ),
      { numRuns: 300 }
    );
  });

  it("equals the all-pairs distances on a rep's 2,500 customers (the bench's size)", () => {
    const r = mulberry32(14);
    const x = Array.from({ length: 2500 }, () => r() * 28);
    const y = Array.from({ length: 2500 }, () => r() * 33);
    const has = x.map((_, k) => (k % 50 === 7 ? 0 : 1));
    expect(Array.from(nearestKm(x, y, has))).toEqual(Array.from(allPairs(x, y, has)));
  });

  it("gives Infinity to a lone located point and to every unlocated one", () => {
    expect(Array.from(nearestKm([0, 5, 9], [0, 1, 2], [1, 0, 0]))).toEqual([
      Infinity,
      Infinity,
      Infinity,
    ]);
    expect(Array.from(nearestKm([0, 3, 0], [0, 4, 1], [1, 1, 1]))).toEqual([
      1,
      Math.hypot(3, 3),
      1,
    ]);
  });
});
