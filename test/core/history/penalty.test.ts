// The optional L2 penalty of the fits (issue #6: plain maximum likelihood by default, a
// penalty only when asked for), checked on CDNOW by what a penalty must do, not by figures
// taken from the code: penalty 0 is the plain fit; a positive penalty can only shrink the sum
// of squared parameters and can only lower the data's log-likelihood (the penalised optimum
// trades likelihood for a smaller penalty).
import { bgnbdFit, bgnbdLogLikelihood, BgnbdParams } from "../../../src/core/history/bgnbd";
import {
  gammaGammaFit,
  gammaGammaLogLikelihood,
  GammaGammaParams,
} from "../../../src/core/history/gammagamma";
import { l2Penalty } from "../../../src/core/history/optimize";
import { bgnbd, gammagamma } from "../../../src/functions/functions";
import { loadSummary } from "../../../testkit/cdnow";

const s = loadSummary();
const data = { frequency: s.x, recency: s.tx, age: s.T };
const sq = (xs: number[]) => xs.reduce((acc, v) => acc + v * v, 0);

describe("L2 penalty of the fits", () => {
  test("BG/NBD: 0 is the plain fit; 0.01 shrinks the parameters and lowers the likelihood", () => {
    const plain = bgnbdFit(data);
    const zero = bgnbdFit(data, { penalty: 0 });
    expect(zero.params).toEqual(plain.params);
    const pen = bgnbdFit(data, { penalty: 0.01 });
    const pp = pen.params;
    const p0 = plain.params;
    expect(sq([pp.r, pp.alpha, pp.a, pp.b])).toBeLessThan(sq([p0.r, p0.alpha, p0.a, p0.b]));
    expect(pen.logLikelihood).toBeLessThan(plain.logLikelihood);
  });

  test("Gamma-Gamma: 0.01 shrinks the parameters and lowers the likelihood", () => {
    const plain = gammaGammaFit(s.x, s.zbar);
    const pen = gammaGammaFit(s.x, s.zbar, { penalty: 0.01 });
    const a = pen.params;
    const b = plain.params;
    expect(sq([a.p, a.q, a.gamma])).toBeLessThan(sq([b.p, b.q, b.gamma]));
    expect(pen.logLikelihood).toBeLessThan(plain.logLikelihood);
  });

  // lifetimes' objectives, written out from its BetaGeoFitter / GammaGammaFitter: the mean
  // negative log-likelihood plus coef * sum(params^2), BG/NBD's alpha taken in time scaled so
  // that the largest age is 1 (fit() divides recency and T by max T first).
  const maxT = Math.max(...s.T);
  const lifetimesBg = (p: BgnbdParams, coef: number): number =>
    -bgnbdLogLikelihood(p, data) / s.x.length +
    coef * (p.r ** 2 + (p.alpha / maxT) ** 2 + p.a ** 2 + p.b ** 2);
  const customersGg = s.x.filter((x, i) => x > 0 && s.zbar[i] > 0).length;
  const lifetimesGg = (p: GammaGammaParams, coef: number): number =>
    -gammaGammaLogLikelihood(p, s.x, s.zbar) / customersGg +
    coef * (p.p ** 2 + p.q ** 2 + p.gamma ** 2);
  /** True when moving any parameter by +-0.2% raises `f` (the point is its minimum). */
  function isMinimum<P extends object>(f: (p: P) => number, at: P): boolean {
    const f0 = f(at);
    return Object.keys(at).every((k) =>
      [0.998, 1.002].every((m) => f({ ...at, [k]: (at as Record<string, number>)[k] * m }) > f0)
    );
  }

  test("BG/NBD with a penalty is at the minimum of lifetimes' objective (alpha over max T)", () => {
    for (const coef of [0.001, 0.05]) {
      const fit = bgnbdFit(data, { penalty: coef });
      expect(isMinimum((p: BgnbdParams) => lifetimesBg(p, coef), fit.params)).toBe(true);
    }
    // The unscaled penalty (alpha in weeks) would have a different optimum: lifetimes' is not it.
    const fit = bgnbdFit(data, { penalty: 0.05 });
    const unscaled = (p: BgnbdParams): number =>
      lifetimesBg(p, 0.05) + 0.05 * (p.alpha ** 2 - (p.alpha / maxT) ** 2);
    expect(isMinimum(unscaled, fit.params)).toBe(false);
  });

  test("BG/NBD with a penalty gives the same fit in days as in weeks (alpha x 7)", () => {
    const weeks = bgnbdFit(data, { penalty: 0.02 }).params;
    const days = bgnbdFit(
      { frequency: s.x, recency: s.tx.map((v) => v * 7), age: s.T.map((v) => v * 7) },
      { penalty: 0.02 }
    ).params;
    expect(days.r).toBeCloseTo(weeks.r, 5);
    expect(days.a).toBeCloseTo(weeks.a, 5);
    expect(days.b).toBeCloseTo(weeks.b, 4);
    expect(days.alpha / 7).toBeCloseTo(weeks.alpha, 4);
  });

  test("Gamma-Gamma with a penalty is at the minimum of lifetimes' objective", () => {
    const fit = gammaGammaFit(s.x, s.zbar, { penalty: 0.001 });
    expect(isMinimum((p: GammaGammaParams) => lifetimesGg(p, 0.001), fit.params)).toBe(true);
  });

  test("the penalty's gradient matches a finite difference", () => {
    const pen = l2Penalty(0.3, [1, 0.25, 2]);
    const fg = pen.wrap((_x, g) => {
      g.fill(0);
      return 0;
    });
    const x = Float64Array.from([0.2, -0.5, 1.1]);
    const g = new Float64Array(3);
    fg(x, g);
    for (let k = 0; k < 3; k++) {
      const h = 1e-6;
      const up = Float64Array.from(x);
      up[k] += h;
      const dn = Float64Array.from(x);
      dn[k] -= h;
      const num = (pen.value(up) - pen.value(dn)) / (2 * h);
      expect(g[k]).toBeCloseTo(num, 5);
    }
  });

  test("CRM.BGNBD and CRM.GAMMAGAMMA take the penalty as an optional last argument", () => {
    const col = (xs: number[]) => xs.map((v) => [v]);
    const plain = bgnbd(col(s.x), col(s.tx), col(s.T));
    const pen = bgnbd(col(s.x), col(s.tx), col(s.T), 0.01);
    expect(pen[0][0]).not.toBeCloseTo(plain[0][0] as number, 4);
    const bad = bgnbd(col(s.x), col(s.tx), col(s.T), -1)[0][0] as CustomFunctions.Error;
    expect(bad.code).toBe("#VALUE!"); // invalid arguments give #VALUE! with a message (args.ts)
    expect(bad.message).toMatch(/penalty/);
    const gg = gammagamma(col(s.x), col(s.zbar), 0.01);
    expect(gg[0]).toHaveLength(4);
  });
});
