import fc from "fast-check";
import {
  BgnbdParams,
  bgnbdFit,
  bgnbdGradient,
  bgnbdLogLikelihood,
  conditionalExpectedPurchases,
  ConvergenceError,
  frtProblem,
  pAlive,
} from "../../../src/core/history/bgnbd";
import { simulateCustomers } from "../../../src/core/history/simulate";
import { loadSummary, PUBLISHED_BG, sameTo3 } from "../../../testkit/cdnow";

const CDNOW = loadSummary();
const CDNOW_DATA = { frequency: CDNOW.x, recency: CDNOW.tx, age: CDNOW.T };
const P: BgnbdParams = {
  r: PUBLISHED_BG.r,
  alpha: PUBLISHED_BG.alpha,
  a: PUBLISHED_BG.a,
  b: PUBLISHED_BG.b,
};

describe("BG/NBD likelihood", () => {
  it("matches the hand-computed likelihood of single customers", () => {
    // r = alpha = a = b = 1, x = 0, T = 1: Gamma terms cancel, A3 = (1/(1+1))^1 = 1/2.
    const one = { r: 1, alpha: 1, a: 1, b: 1 };
    expect(bgnbdLogLikelihood(one, { frequency: [0], recency: [0], age: [1] })).toBeCloseTo(
      Math.log(0.5),
      14
    );
    // x = 1, t_x = 1, T = 2: A1 = G(2)/G(1) * 1 = 1, A2 = B(1, 2)/B(1, 1) = 1/2,
    // A3 = 3^-2 = 1/9, A4 = (1/1) * 2^-2 = 1/4 -> L = 1/2 * (1/9 + 1/4) = 13/72.
    expect(bgnbdLogLikelihood(one, { frequency: [1], recency: [1], age: [2] })).toBeCloseTo(
      Math.log(13 / 72),
      14
    );
  });
  it("weights equal repeated rows", () => {
    const a = bgnbdLogLikelihood(P, { frequency: [2, 2, 0], recency: [5, 5, 0], age: [9, 9, 9] });
    const b = bgnbdLogLikelihood(P, {
      frequency: [2, 0],
      recency: [5, 0],
      age: [9, 9],
      weight: [2, 1],
    });
    expect(a).toBeCloseTo(b, 12);
  });
  it("has the analytic gradient of its finite differences", () => {
    const p = { r: 0.3, alpha: 5, a: 0.9, b: 2.1 };
    const g = bgnbdGradient(p, CDNOW_DATA);
    const keys = ["r", "alpha", "a", "b"] as const;
    keys.forEach((k, i) => {
      const h = 1e-6 * p[k];
      const up = bgnbdLogLikelihood({ ...p, [k]: p[k] + h }, CDNOW_DATA);
      const down = bgnbdLogLikelihood({ ...p, [k]: p[k] - h }, CDNOW_DATA);
      expect(g[i]).toBeCloseTo((up - down) / (2 * h), 2);
    });
  });
});

describe("BG/NBD fit on the CDNOW summary", () => {
  it("reproduces the published maximum-likelihood estimates to 3 significant digits", () => {
    const fit = bgnbdFit(CDNOW_DATA);
    expect(CDNOW.x.length).toBe(2357);
    expect(sameTo3(fit.params.r, PUBLISHED_BG.r)).toBe(true);
    expect(sameTo3(fit.params.alpha, PUBLISHED_BG.alpha)).toBe(true);
    expect(sameTo3(fit.params.a, PUBLISHED_BG.a)).toBe(true);
    expect(sameTo3(fit.params.b, PUBLISHED_BG.b)).toBe(true);
    expect(fit.logLikelihood).toBeCloseTo(PUBLISHED_BG.ll, 1);
  });
  it("is deterministic", () => {
    expect(bgnbdFit(CDNOW_DATA)).toEqual(bgnbdFit(CDNOW_DATA));
  });
});

/** Observed-information standard errors: finite differences of the analytic gradient. */
function standardErrors(p: BgnbdParams, data: Parameters<typeof bgnbdGradient>[1]): number[] {
  const keys = ["r", "alpha", "a", "b"] as const;
  const H: number[][] = [];
  keys.forEach((k) => {
    const h = 1e-5 * p[k];
    const up = bgnbdGradient({ ...p, [k]: p[k] + h }, data);
    const down = bgnbdGradient({ ...p, [k]: p[k] - h }, data);
    H.push(Array.from(up, (u, j) => -(u - down[j]) / (2 * h)));
  });
  // Invert the 4x4 information matrix by Gauss-Jordan.
  const n = 4;
  const A = H.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let piv = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r][c]) > Math.abs(A[piv][c])) piv = r;
    [A[c], A[piv]] = [A[piv], A[c]];
    const d = A[c][c];
    for (let j = 0; j < 2 * n; j++) A[c][j] /= d;
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const f = A[r][c];
      for (let j = 0; j < 2 * n; j++) A[r][j] -= f * A[c][j];
    }
  }
  return keys.map((_, i) => Math.sqrt(A[i][n + i]));
}

describe("BG/NBD fit on simulated customers", () => {
  it("recovers known parameters within sampling error (10,000 customers)", () => {
    const truth = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
    const ages = Float64Array.from({ length: 10_000 }, (_, i) => 27 + (i % 13)); // 27-39 weeks, like CDNOW
    const sim = simulateCustomers(truth, ages, 20240601);
    const fit = bgnbdFit(sim);
    const se = standardErrors(fit.params, sim);
    (["r", "alpha", "a", "b"] as const).forEach((k, i) => {
      // 4 standard errors: a false alarm has probability about 6e-5 per parameter.
      expect(Math.abs(fit.params[k] - truth[k])).toBeLessThan(4 * se[i]);
      expect(se[i] / truth[k]).toBeLessThan(0.25); // the check is informative, not vacuous
    });
  });
  it("says it did not converge when nobody ever repeats", () => {
    expect(() => bgnbdFit({ frequency: [0, 0, 0], recency: [0, 0, 0], age: [10, 20, 30] })).toThrow(
      ConvergenceError
    );
    expect(() => bgnbdFit({ frequency: [0, 0, 0], recency: [0, 0, 0], age: [10, 20, 30] })).toThrow(
      /^did not converge: /
    );
  });
  it("says it did not converge when nobody ever drops out (b runs off to infinity)", () => {
    // Every customer buys every week up to today: no sign of drop-out, the MLE is at the boundary.
    const n = 200;
    const T = Array.from({ length: n }, (_, i) => 20 + (i % 20));
    const x = T.map((t) => t);
    const fitIt = (): unknown => bgnbdFit({ frequency: x, recency: T, age: T });
    expect(fitIt).toThrow(/^did not converge: /);
  });
});

describe("P(alive) and expected purchases", () => {
  const arb = fc.record({
    x: fc.integer({ min: 0, max: 500 }),
    T: fc.double({ min: 0, max: 500, noNaN: true }),
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
    r: fc.double({ min: 0.05, max: 5, noNaN: true }),
    alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
    a: fc.double({ min: 0.05, max: 5, noNaN: true }),
    b: fc.double({ min: 0.05, max: 20, noNaN: true }),
  });

  it("P(alive) is 1 with no repeat purchase and in [0, 1] otherwise", () => {
    fc.assert(
      fc.property(arb, ({ x, T, frac, r, alpha, a, b }) => {
        const p = { r, alpha, a, b };
        expect(pAlive(0, 0, T, p)).toBe(1);
        const v = pAlive(x, x > 0 ? frac * T : 0, T, p);
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(1);
      })
    );
  });
  it("matches FHL eq. 12 worked by hand for CDNOW customer 1 (x=2, t_x=30.43, T=38.86)", () => {
    // 1 / (1 + a/(b+1) * ((alpha+T)/(alpha+t_x))^(r+2))
    const odds = (P.a / (P.b + 1)) * Math.pow((P.alpha + 38.86) / (P.alpha + 30.43), P.r + 2);
    expect(pAlive(2, 30.43, 38.86, P)).toBeCloseTo(1 / (1 + odds), 14);
  });
  it("expected purchases are 0 at t = 0, non-negative and increasing in t", () => {
    fc.assert(
      fc.property(
        arb,
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        ({ x, T, frac, r, alpha, a, b }, t) => {
          const p = { r, alpha, a, b };
          const tx = x > 0 ? frac * T : 0;
          expect(conditionalExpectedPurchases(0, x, tx, T, p)).toBe(0);
          const e1 = conditionalExpectedPurchases(t, x, tx, T, p);
          const e2 = conditionalExpectedPurchases(2 * t, x, tx, T, p);
          expect(e1).toBeGreaterThanOrEqual(0);
          expect(e2).toBeGreaterThanOrEqual(e1 * (1 - 1e-9));
        }
      )
    );
  });

  /**
   * Independent route to E[Y(t) | x, t_x, T]: P(alive) x the integral over p ~ Beta(a, b+x) of
   * (1/p)(1 - ((alpha+T)/(alpha+T+p t))^(r+x)) (lambda integrated out analytically), by
   * composite Simpson in u = p^min(a,1) (which removes the p^(a-1) singularity), normalised by the
   * same quadrature of the density (so no Beta function from the code under test).
   */
  function byQuadrature(t: number, x: number, tx: number, T: number, p: BgnbdParams): number {
    const B = p.b + x;
    const N = 20000;
    let num = 0;
    let den = 0;
    for (let i = 0; i <= N; i++) {
      const u = i / N;
      const w = i === 0 || i === N ? 1 : i % 2 === 1 ? 4 : 2;
      const sa = Math.min(p.a, 1);
      const q = Math.pow(u, 1 / sa);
      const dens = q >= 1 ? 0 : Math.pow(u, p.a / sa - 1) * Math.pow(1 - q, B - 1);
      // expm1/log1p: the plain 1 - (...)^(r+x) cancels catastrophically for tiny q.
      const f =
        q === 0
          ? ((p.r + x) * t) / (p.alpha + T)
          : -Math.expm1(-(p.r + x) * Math.log1p((q * t) / (p.alpha + T))) / q;
      num += w * dens * f;
      den += w * dens;
    }
    return pAlive(x, tx, T, p) * (num / den);
  }

  it.each([
    ["CDNOW fit, customer 1", P, 39, 2, 30.43, 38.86],
    ["CDNOW fit, no repeat", P, 52, 0, 0, 32],
    ["a > 1", { r: 0.5, alpha: 3, a: 1.7, b: 4 }, 26, 5, 20, 30],
    ["a = 1 exactly", { r: 0.5, alpha: 3, a: 1, b: 4 }, 26, 5, 20, 30],
    ["small a, many purchases", { r: 1.2, alpha: 8, a: 0.3, b: 3 }, 100, 40, 35, 36],
    ["T = 0 (first purchase today)", P, 10, 0, 0, 0],
  ])("E[purchases] agrees with direct numerical integration: %s", (_, p, t, x, tx, T) => {
    const exact = conditionalExpectedPurchases(t, x, tx, T, p);
    expect(Math.abs(exact - byQuadrature(t, x, tx, T, p))).toBeLessThan(1e-6 * Math.max(1, exact));
  });
  it("stays finite for large frequencies and ages", () => {
    const p = { r: 0.8, alpha: 2, a: 0.5, b: 3 };
    const e = conditionalExpectedPurchases(52, 5000, 999, 1000, p);
    // 5,000 purchases in 1,000 weeks: (r+x)/(alpha+T) = 4.99 a week, ~260 in 52 weeks if alive,
    // a little less for the rare drop-outs (p ~ Beta(0.5, 5003)) and P(alive).
    expect(e).toBeGreaterThan(240);
    expect(e).toBeLessThan(260);
    // Odds of having died after the last purchase a week ago: 0.5/5002 * (1002/1001)^5000.8
    // = 1e-4 * e^4.995 = 0.01474 (by hand), so P(alive) = 1/1.01474.
    expect(pAlive(5000, 999, 1000, p)).toBeCloseTo(1 / 1.01474, 4);
    expect(pAlive(5000, 10, 1000, p)).toBe(0); // silent for 990 weeks after buying 500 a week: gone
  });
});

describe("frtProblem", () => {
  it("flags impossible rows", () => {
    expect(frtProblem(1, 2, 3)).toBeUndefined();
    expect(frtProblem(1.5, 2, 3)).toMatch(/whole number/);
    expect(frtProblem(-1, 0, 3)).toMatch(/whole number/);
    expect(frtProblem(1, 4, 3)).toMatch(/exceed/);
    expect(frtProblem(1, -1, 3)).toMatch(/recency/);
  });
});
