/**
 * Order-history benchmark (issue #6): BG/NBD and Gamma-Gamma fits on 2,500 and 100,000
 * simulated customers (CDNOW-like parameters and ages, times rounded to whole days as an RFM
 * table of real orders would have them), and P(alive) + expected purchases + 12-month CLV
 * for 100,000 customers. Best of several runs; target: the 2,500-customer BG/NBD fit < 200 ms.
 */
import { guard } from "../src/functions/args";
import { bgnbdImpl } from "../src/functions/history";
import {
  bgnbdFit,
  clvHistModel,
  conditionalExpectedPurchases,
  gammaGammaFit,
  mulberry32,
  pAlive,
  simulateCustomers,
  SimulatedCustomers,
} from "../src/core/history";
import { bestMs } from "./timing";

const BG = { r: 0.25, alpha: 4.4, a: 0.8, b: 2.4 };
const GG = { p: 6.25, q: 3.75, gamma: 15.4 };

/** n customers with ages of 0-39 weeks in whole days, recency floored to whole days. */
function customers(n: number, seed: number): SimulatedCustomers {
  const u = mulberry32(seed + 1);
  const ages = Float64Array.from({ length: n }, () => Math.floor(u() * 274) / 7);
  const sim = simulateCustomers(BG, ages, seed, GG);
  for (let i = 0; i < n; i++) sim.recency[i] = Math.floor(sim.recency[i] * 7) / 7;
  return sim;
}

const ms = (t: number): string => `${t.toFixed(1)} ms`;

export async function bench(): Promise<void> {
  for (const n of [2_500, 100_000]) {
    const sim = customers(n, 42);
    const runs = n <= 2_500 ? 9 : 3;
    let fit = bgnbdFit(sim);
    const tFit = bestMs(runs, () => {
      fit = bgnbdFit(sim);
    });
    let gg = gammaGammaFit(sim.frequency, sim.monetary!);
    const tGg = bestMs(runs, () => {
      gg = gammaGammaFit(sim.frequency, sim.monetary!);
    });
    const p = fit.params;
    console.log(
      `n = ${n.toLocaleString("en-US")}: BG/NBD fit ${ms(tFit)} (${fit.iterations} BFGS iterations; ` +
        `r ${p.r.toFixed(3)}, alpha ${p.alpha.toFixed(2)}, a ${p.a.toFixed(3)}, b ${p.b.toFixed(2)} vs true ${BG.r}, ${BG.alpha}, ${BG.a}, ${BG.b})`
    );
    console.log(
      `            Gamma-Gamma fit ${ms(tGg)} (${gg.customers.toLocaleString("en-US")} repeat customers; ` +
        `p ${gg.params.p.toFixed(2)}, q ${gg.params.q.toFixed(2)}, gamma ${gg.params.gamma.toFixed(1)} vs true ${GG.p}, ${GG.q}, ${GG.gamma})`
    );
    if (n === 2_500) {
      const col = (a: ArrayLike<number>): number[][] => Array.from(a, (v) => [v]);
      const [fx, ft, fT] = [col(sim.frequency), col(sim.recency), col(sim.age)];
      const tImpl = bestMs(runs, () => guard(() => bgnbdImpl(fx, ft, fT)));
      console.log(
        `            CRM.BGNBD (argument parsing + fit) ${ms(tImpl)}; target < 200 ms: ${tImpl < 200 ? "met" : "MISSED"}`
      );
    }
    if (n === 100_000) {
      let sink = 0;
      const tAlive = bestMs(3, () => {
        for (let i = 0; i < n; i++) sink += pAlive(sim.frequency[i], sim.recency[i], sim.age[i], p);
      });
      const tBuy = bestMs(3, () => {
        for (let i = 0; i < n; i++)
          sink += conditionalExpectedPurchases(39, sim.frequency[i], sim.recency[i], sim.age[i], p);
      });
      const tClv = bestMs(3, () => {
        const clv = clvHistModel(p, gg.params);
        for (let i = 0; i < n; i++) {
          sink += clv(sim.frequency[i], sim.recency[i], sim.age[i], sim.monetary![i]);
        }
      });
      console.log(
        `            P(alive) ${ms(tAlive)}, expected purchases (39 weeks) ${ms(tBuy)}, CLV (12 months) ${ms(tClv)}; ` +
          `all three ${ms(tAlive + tBuy + tClv)} (checksum ${sink.toExponential(3)})`
      );
    }
  }
}
