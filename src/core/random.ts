/**
 * The one seeded random generator of the project (mulberry32: 32-bit state, fast, well
 * known). Everything that must give the same result on every run uses it: the planner's
 * random restarts, model simulations, the sample data and the benchmarks.
 */

/** A generator of uniforms in [0, 1). */
export type Rng = () => number;

/**
 * The mulberry32 generator.
 * @param seed Any integer.
 * @returns A function giving uniforms in [0, 1); the same seed gives the same sequence.
 * @example const u = mulberry32(42); u(); // same value every run
 */
export function mulberry32(seed: number): Rng {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
