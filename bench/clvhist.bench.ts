/**
 * CRM.CLVHIST against CRM.PURCHASES (issue 14): the same 100,000 customers, passed as Excel
 * passes them (n x 1 ranges), the published CDNOW parameters. CLVHIST needs the expected
 * purchases at 12 month ends; PURCHASES is timed at the 12-month horizon, one expectation per
 * customer. Target: CLVHIST no more than twice PURCHASES. Best of several runs, side by side.
 *
 * The customers: an order history simulated from the published CDNOW fits (seeded; the
 * 23,570-customer cohort scaled to 100,000, first purchases over 1997 Q1, whole days) and
 * summarised by rfmSummary, so ages and recencies repeat as in a real RFM table. The core
 * alone (no argument parsing) is timed too, also on customers with continuous ages, where no
 * (x, T) repeats and CLVHIST's per-(x, T) memo cannot help: the worst case.
 */
import { guard } from "../src/functions/args";
import { clvhistImpl, purchasesImpl } from "../src/functions/history";
import {
  clvHistModel,
  conditionalExpectedPurchases,
  DAYS_PER_MONTH,
  rfmSummary,
  simulateCustomers,
  simulateOrderHistory,
} from "../src/core/history";
import { PUBLISHED_BG, PUBLISHED_GG, serialOf } from "../testkit/cdnow";
import { bestMs } from "./timing";

const N = 100_000;
const RUNS = 5;

const best = (run: () => unknown): number => bestMs(RUNS, run);

export async function bench(): Promise<void> {
  const { r, alpha, a, b } = PUBLISHED_BG;
  const { p, q, gamma } = PUBLISHED_GG;
  const end = serialOf(19970930);
  const orders = simulateOrderHistory(
    { r, alpha, a, b },
    { p, q, gamma },
    { customers: N, firstDay: serialOf(19970101), firstDays: 90, lastDay: end, seed: 2026 }
  );
  const s = rfmSummary(orders, { asOf: end });
  const col = (v: ArrayLike<number>): number[][] => Array.from(v, (x) => [x]);
  const [fx, ft, fT, fm] = [col(s.frequency), col(s.recency), col(s.age), col(s.monetary)];
  const bg = [[r, alpha, a, b]];
  const gg = [[p, q, gamma]];
  const year = (12 * DAYS_PER_MONTH) / 7;
  let buy: unknown[][] = [];
  let clv: unknown[][] = [];
  const tBuy = best(() => (buy = guard(() => purchasesImpl(year, fx, ft, fT, bg))));
  const tClv = best(() => (clv = guard(() => clvhistImpl(fx, ft, fT, fm, bg, gg, 12, 0.01))));
  const sum = (rows: unknown[][]): number => rows.reduce((acc, row) => acc + Number(row[0]), 0);
  const ratio = tClv / tBuy;
  console.log(
    `${N.toLocaleString("en-US")} customers (simulated from the published CDNOW fits, seed 2026): ` +
      `CRM.PURCHASES (12 months) ${tBuy.toFixed(1)} ms, CRM.CLVHIST (12 months, 1%) ${tClv.toFixed(1)} ms: ` +
      `ratio ${ratio.toFixed(2)}; target <= 2: ${ratio <= 2 ? "met" : "MISSED"} ` +
      `(sums ${sum(buy).toFixed(1)} purchases, ${sum(clv).toFixed(0)} value)`
  );
  const bgp = { r, alpha, a, b };
  const ggp = { p, q, gamma };
  const ages = Float64Array.from({ length: N }, (_, i) => 27 + (((i * 7919) % N) / N) * 12);
  const cont = simulateCustomers(bgp, ages, 2026, ggp);
  const core = (
    c: { frequency: Float64Array; recency: Float64Array; age: Float64Array },
    m: Float64Array
  ): string => {
    let sink = 0;
    const tB = best(() => {
      for (let i = 0; i < N; i++)
        sink += conditionalExpectedPurchases(year, c.frequency[i], c.recency[i], c.age[i], bgp);
    });
    const tC = best(() => {
      const f = clvHistModel(bgp, ggp);
      for (let i = 0; i < N; i++) sink += f(c.frequency[i], c.recency[i], c.age[i], m[i]);
    });
    const r = tC / tB;
    return (
      `expected purchases ${tB.toFixed(1)} ms, CLV ${tC.toFixed(1)} ms: ratio ${r.toFixed(2)}, ` +
      `<= 2: ${r <= 2 ? "met" : "MISSED"} (checksum ${sink.toExponential(3)})`
    );
  };
  console.log(`  core only, the same customers: ${core(s, s.monetary)}`);
  console.log(`  core only, continuous ages (no (x, T) repeats): ${core(cont, cont.monetary!)}`);
}
