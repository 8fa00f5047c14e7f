/**
 * Tiering benchmark (issue #2): 1,048,576 long-tail sales values passed as Excel passes them
 * (one-element rows). Times CRM.TIER through the custom-function path, the core assignTiers
 * alone, and a plain Float64Array sort of the same values, best of several runs, side by side.
 */
import { assignTiers, concentration } from "../src/core/tier";
import { guard } from "../src/functions/args";
import { paretoImpl, tierImpl } from "../src/functions/tier";
import { mulberry32 } from "../src/core/random";
import { bestMs } from "./timing";

const N = 1_048_576;
const RUNS = 7;

/** Lognormal sales (median 1,000, sigma 1.5) rounded to cents, as a customer list would hold. */
function salesValues(n: number, seed: number): number[] {
  const rnd = mulberry32(seed);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i += 2) {
    const u = 1 - rnd();
    const v = rnd();
    const r = Math.sqrt(-2 * Math.log(u));
    out[i] = Math.round(1000 * Math.exp(1.5 * r * Math.cos(2 * Math.PI * v)) * 100) / 100;
    if (i + 1 < n)
      out[i + 1] = Math.round(1000 * Math.exp(1.5 * r * Math.sin(2 * Math.PI * v)) * 100) / 100;
  }
  return out;
}

const best = (run: () => unknown): number => bestMs(RUNS, run);

type Fn = (v: unknown[][], g?: unknown[][]) => unknown[][];

/** CRM.TIER / CRM.PARETO from functions.ts when it loads; else the same guard + Impl path. */
async function loadFunctions(): Promise<{ tier: Fn; pareto: Fn; via: string }> {
  try {
    const f = await import("../src/functions/functions");
    return {
      tier: (v, g) => f.tier(v, undefined, undefined, undefined, g),
      pareto: (v) => f.pareto(v),
      via: "functions.ts",
    };
  } catch (e) {
    return {
      tier: (v, g) => guard(() => tierImpl(v, undefined, undefined, undefined, g)),
      pareto: (v) => guard(() => paretoImpl(v)),
      via: `guard(tierImpl) (functions.ts did not load: ${(e as Error).message.split("\n")[0]})`,
    };
  }
}

export async function bench(): Promise<void> {
  const fns = await loadFunctions();
  const values = salesValues(N, 20240601);
  const rows = values.map((v) => [v]);
  const f64 = Float64Array.from(values);

  const sortMs = best(() => Float64Array.from(values).sort());
  const coreMs = best(() => assignTiers(f64));
  const coreParetoMs = best(() => assignTiers(f64, { method: "pareto" }));
  const tierMs = best(() => fns.tier(rows));
  const regions = ["North", "South", "East", "West", "KA", "Wholesale", "Shops", "Special"];
  const groups = rows.map((_, i) => [regions[(i * 2654435761) % 8]]);
  const groupedMs = best(() => fns.tier(rows, groups));
  const concMs = best(() => concentration(f64));
  const paretoMs = best(() => fns.pareto(rows));

  const check = fns.tier(rows);
  const counts: Record<string, number> = {};
  for (const [l] of check) counts[String(l)] = (counts[String(l)] ?? 0) + 1;

  const f = (ms: number): string => `${ms.toFixed(1).padStart(8)} ms`;
  console.log(`n = ${N} lognormal sales, best of ${RUNS}; tier() via ${fns.via}`);
  console.log(`Float64Array sort (baseline)     ${f(sortMs)}`);
  console.log(
    `tier(values) full function path  ${f(tierMs)}   ratio tier/sort ${(tierMs / sortMs).toFixed(2)} (target <= 2.0, aim < 1.0)`
  );
  console.log(
    `tier(values, , , , groups) 8 groups${f(groupedMs)}   ratio ${(groupedMs / sortMs).toFixed(2)}`
  );
  console.log(
    `assignTiers core, rank           ${f(coreMs)}   ratio core/sort ${(coreMs / sortMs).toFixed(2)}`
  );
  console.log(
    `assignTiers core, pareto         ${f(coreParetoMs)}   ratio core/sort ${(coreParetoMs / sortMs).toFixed(2)}`
  );
  console.log(
    `pareto(values) full function     ${f(paretoMs)}   ratio pareto/sort ${(paretoMs / sortMs).toFixed(2)}`
  );
  console.log(`concentration core               ${f(concMs)}`);
  console.log(
    `tier sizes: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}; top 20% hold ${(100 * concentration(f64)).toFixed(1)}% of sales`
  );
}
