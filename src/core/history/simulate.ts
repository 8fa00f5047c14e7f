/**
 * Seeded simulation from the BG/NBD and Gamma-Gamma models: data with known parameters, for
 * checking that the fits recover them and for benchmarks. Deterministic for a given seed.
 */
import { BgnbdParams } from "./bgnbd";
import { GammaGammaParams } from "./gammagamma";
export { mulberry32 } from "../random";
import { mulberry32 } from "../random";

export type { Rng } from "../random";
import type { Rng } from "../random";

function normal(rng: Rng): number {
  let u = rng();
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/**
 * A Gamma(shape, rate) draw (Marsaglia and Tsang; shape < 1 boosted by U^(1/shape)).
 * @param shape > 0.
 * @param rate > 0.
 * @param rng Uniform generator.
 * @returns The draw.
 * @example gammaDraw(2, 1, mulberry32(1))
 */
export function gammaDraw(shape: number, rate: number, rng: Rng): number {
  if (shape < 1) {
    let u = rng();
    while (u === 0) u = rng();
    return gammaDraw(shape + 1, rate, rng) * Math.pow(u, 1 / shape);
  }
  const d = shape - 1 / 3;
  const c = 1 / Math.sqrt(9 * d);
  for (;;) {
    let x: number;
    let v: number;
    do {
      x = normal(rng);
      v = 1 + c * x;
    } while (v <= 0);
    v = v * v * v;
    const u = rng();
    if (u < 1 - 0.0331 * x * x * x * x || Math.log(u) < 0.5 * x * x + d * (1 - v + Math.log(v)))
      return (d * v) / rate;
  }
}

/** Simulated customers. */
export interface SimulatedCustomers {
  frequency: Float64Array;
  recency: Float64Array;
  age: Float64Array;
  /** Mean repeat spend (0 when frequency is 0); present when spend parameters were given. */
  monetary?: Float64Array;
}

/**
 * Simulates customers from BG/NBD (and optionally Gamma-Gamma spend): lambda ~ Gamma(r, alpha),
 * p ~ Beta(a, b); Poisson purchases from time 0 (the first purchase, not counted) to T; after
 * each repeat purchase the customer drops out with probability p.
 * Cost: O(n + total purchases).
 * @param bg BG/NBD parameters.
 * @param ages Age T of each customer (periods).
 * @param seed PRNG seed.
 * @param gg Optional Gamma-Gamma parameters for the spend.
 * @returns frequency, recency, age (and monetary).
 * @example simulateCustomers({ r: 0.25, alpha: 4, a: 0.8, b: 2.5 }, new Float64Array(1000).fill(39), 1)
 */
export function simulateCustomers(
  bg: BgnbdParams,
  ages: ArrayLike<number>,
  seed: number,
  gg?: GammaGammaParams
): SimulatedCustomers {
  const rng = mulberry32(seed);
  const n = ages.length;
  const frequency = new Float64Array(n);
  const recency = new Float64Array(n);
  const age = Float64Array.from(ages);
  const monetary = gg ? new Float64Array(n) : undefined;
  for (let i = 0; i < n; i++) {
    const lambda = gammaDraw(bg.r, bg.alpha, rng);
    const g1 = gammaDraw(bg.a, 1, rng);
    const p = g1 / (g1 + gammaDraw(bg.b, 1, rng));
    let t = 0;
    let x = 0;
    let tx = 0;
    for (;;) {
      let u = rng();
      while (u === 0) u = rng();
      t += -Math.log(u) / lambda;
      if (t > age[i]) break;
      x++;
      tx = t;
      if (rng() < p) break;
    }
    frequency[i] = x;
    recency[i] = tx;
    if (monetary && gg && x > 0) {
      const nu = gammaDraw(gg.q, gg.gamma, rng);
      // The mean of x Gamma(p, nu) amounts is Gamma(p x, nu x).
      monetary[i] = gammaDraw(gg.p * x, nu * x, rng);
    }
  }
  return { frequency, recency, age, ...(monetary ? { monetary } : {}) };
}

/** Options of {@link simulateOrderHistory}. */
export interface OrderHistoryOptions {
  /** Number of customers. */
  customers: number;
  /** Serial day of the earliest first purchase. */
  firstDay: number;
  /** Number of days over which first purchases are spread uniformly (CDNOW: the 90 days of 1997 Q1). */
  firstDays: number;
  /** Last serial day simulated (inclusive): the calibration end. */
  lastDay: number;
  /** Days per period of the BG/NBD rate (default 7: lambda is per week). */
  periodDays?: number;
  /** PRNG seed. */
  seed: number;
}

/**
 * Simulates an order table (one line per purchase, whole days, amounts in money) from BG/NBD
 * purchases and Gamma-Gamma spend: what a real shop's history looks like to `rfmSummary`.
 * Unlike {@link simulateCustomers} it keeps the two things real data has and the continuous
 * model has not: purchase times rounded to whole days (two purchases on one day become one
 * purchase day, and many customers share the same (x, t_x, T)) and first purchases spread over
 * a calendar window. Each purchase amount is Gamma(p, nu), nu ~ Gamma(q, gamma) per customer.
 * Cost: O(customers + purchases).
 * @param bg BG/NBD parameters (rate per `periodDays`).
 * @param gg Gamma-Gamma parameters.
 * @param options Size, calendar and seed.
 * @returns Parallel arrays: customer id (1..n), serial day and amount of each line.
 * @example simulateOrderHistory(bg, gg, { customers: 100, firstDay: 35431, firstDays: 90, lastDay: 35703, seed: 1 })
 */
export function simulateOrderHistory(
  bg: BgnbdParams,
  gg: GammaGammaParams,
  options: OrderHistoryOptions
): { customers: number[]; days: number[]; amounts: number[] } {
  const rng = mulberry32(options.seed);
  const perDay = 1 / (options.periodDays ?? 7);
  const customers: number[] = [];
  const days: number[] = [];
  const amounts: number[] = [];
  for (let c = 1; c <= options.customers; c++) {
    const first = options.firstDay + Math.floor(rng() * options.firstDays);
    const lambda = gammaDraw(bg.r, bg.alpha, rng) * perDay;
    const g1 = gammaDraw(bg.a, 1, rng);
    const drop = g1 / (g1 + gammaDraw(bg.b, 1, rng));
    const nu = gammaDraw(gg.q, gg.gamma, rng);
    // The first purchase happens at a uniform time of its day; later ones a Poisson process on.
    let t = rng();
    for (let k = 0; ; k++) {
      const day = first + Math.floor(t);
      if (day > options.lastDay) break;
      customers.push(c);
      days.push(day);
      amounts.push(Math.round(gammaDraw(gg.p, nu, rng) * 100) / 100);
      if (k > 0 && rng() < drop) break;
      let u = rng();
      while (u === 0) u = rng();
      t += -Math.log(u) / lambda;
    }
  }
  return { customers, days, amounts };
}
