/**
 * CLV benchmark (issue #2): CRM.CLV over 1,048,576 customers x 5 periods, margins passed as
 * Excel passes them (n rows of 5 cells), retention a scalar and a per-customer column. Best
 * of several runs, side by side with a baseline of the same size: a plain loop computing the
 * same discounted sum from a Float64Array (no argument parsing, no result arrays).
 */
import { guard } from "../src/functions/args";
import { clvImpl } from "../src/functions/value";
import { clvMany } from "../src/core/clv";
import { mulberry32 } from "../src/core/random";
import { bestMs } from "./timing";

const N = 1_048_576;
const T = 5;
const RUNS = 5;

const best = (run: () => unknown): number => bestMs(RUNS, run);

type ClvFn = (m: unknown[][], r?: unknown, i?: number, T?: number, ac?: unknown) => unknown[][];

/** CRM.CLV from functions.ts when it loads; else the same guard + Impl path. */
function loadClv(): { clv: ClvFn; via: string } {
  if (!(globalThis as { CustomFunctions?: unknown }).CustomFunctions) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require("../testkit/customFunctions");
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const f = require("../src/functions/functions") as { clv: ClvFn };
    return { clv: f.clv, via: "functions.ts" };
  } catch (e) {
    const why = e instanceof Error ? e.message.split("\n")[0] : String(e);
    return {
      clv: (m, r, i, p, ac) => guard(() => clvImpl(m, r, i, p, ac)),
      via: `guard + clvImpl (functions.ts did not load: ${why})`,
    };
  }
}

export async function bench(): Promise<void> {
  const { clv, via } = loadClv();
  const rnd = mulberry32(2024);
  // Margins per customer and period, as Excel passes them: one 5-cell row per customer.
  const rows: number[][] = new Array(N);
  const flat = new Float64Array(N * T);
  for (let k = 0; k < N; k++) {
    const row = new Array<number>(T);
    for (let t = 0; t < T; t++) {
      row[t] = Math.round(rnd() * 100000) / 100;
      flat[k * T + t] = row[t];
    }
    rows[k] = row;
  }
  const retCol: number[][] = new Array(N);
  const retFlat = new Float64Array(N);
  for (let k = 0; k < N; k++) {
    retFlat[k] = 0.5 + 0.5 * rnd();
    retCol[k] = [retFlat[k]];
  }
  const i = 0.1;

  // Baselines: the same sum straight from typed arrays (constant rate r: survival r^t), and
  // allocating the n x 1 result that Excel needs (one small array per customer) on its own.
  const out = new Float64Array(N);
  const baselineScalar = (): Float64Array => {
    const v = 0.8 / (1 + i);
    for (let k = 0; k < N; k++) {
      let f = 1;
      let s = 0;
      for (let t = 0; t < T; t++) {
        f *= v;
        s += flat[k * T + t] * f;
      }
      out[k] = s;
    }
    return out;
  };
  const baselineColumn = (): Float64Array => {
    const v = 1 / (1 + i);
    for (let k = 0; k < N; k++) {
      const rv = retFlat[k] * v;
      let f = 1;
      let s = 0;
      for (let t = 0; t < T; t++) {
        f *= rv;
        s += flat[k * T + t] * f;
      }
      out[k] = s;
    }
    return out;
  };
  const resultOnly = (): number[][] => {
    const res: number[][] = new Array(N);
    for (let k = 0; k < N; k++) res[k] = [out[k]];
    return res;
  };
  const baseline = (perCustomer: boolean) => (perCustomer ? baselineColumn() : baselineScalar());

  // Check the paths agree before timing them.
  const check = clv(rows.slice(0, 1000), 0.8, i) as number[][];
  const ref = baseline(false);
  for (let k = 0; k < 1000; k++) {
    if (Math.abs(check[k][0] - ref[k]) > 1e-9 * Math.abs(ref[k]))
      throw new Error(`clv and baseline disagree at ${k}`);
  }

  const ns = (ms: number) => ((ms * 1e6) / N).toFixed(1);
  const report = (label: string, fnMs: number, coreMs: number, baseMs: number): void => {
    console.log(
      `${label}: CRM.CLV ${fnMs.toFixed(1)} ms (${ns(fnMs)} ns/customer) | core clvMany ${coreMs.toFixed(1)} ms (${ns(coreMs)} ns) | ` +
        `plain loop ${baseMs.toFixed(1)} ms (${ns(baseMs)} ns) | CRM.CLV / loop ${(fnMs / baseMs).toFixed(1)}x, core / loop ${(coreMs / baseMs).toFixed(2)}x`
    );
  };
  console.log(
    `CLV over ${N.toLocaleString("en-US")} customers x ${T} periods, best of ${RUNS} (CRM.CLV via ${via})`
  );

  const fnScalar = best(() => clv(rows, 0.8, i));
  const coreScalar = best(() =>
    clvMany({ n: N, margin: flat, marginCols: T, retention: Float64Array.of(0.8), discountRate: i })
  );
  const baseScalar = best(() => baseline(false));
  report("retention scalar", fnScalar, coreScalar, baseScalar);

  const fnCol = best(() => clv(rows, retCol, i));
  const coreCol = best(() =>
    clvMany({
      n: N,
      margin: flat,
      marginCols: T,
      retention: retFlat,
      retentionPerCustomer: true,
      discountRate: i,
    })
  );
  const baseCol = best(() => baseline(true));
  report("retention n x 1 ", fnCol, coreCol, baseCol);

  const alloc = best(resultOnly);
  console.log(
    `context: building the n x 1 result array alone takes ${alloc.toFixed(1)} ms (${ns(alloc)} ns/customer), ` +
      `${((100 * alloc) / fnScalar).toFixed(0)}% of CRM.CLV with a scalar retention`
  );
}
