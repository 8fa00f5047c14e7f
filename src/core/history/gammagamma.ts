/**
 * The Gamma-Gamma spend model (Fader, Hardie and Lee 2005, "RFM and CLV: using iso-value
 * curves"; Fader and Hardie's note "The Gamma-Gamma model of monetary value"): each purchase
 * amount is Gamma(p, nu), nu ~ Gamma(q, gamma) across customers. The mean zbar of a customer's
 * x repeat purchases is Gamma(p x, nu x); integrating nu out gives, in logs,
 *   ln L = lnG(px+q) - lnG(px) - lnG(q) + q ln(gamma) + (px-1) ln(zbar) + px ln(x) - (px+q) ln(x zbar + gamma)
 * (lifetimes' GammaGammaFitter likelihood). Only customers with x > 0 and zbar > 0 enter.
 */
import { ConvergenceError, MinimizeResult, l2Penalty, minimizeFromStarts } from "./optimize";
import { digamma, lnGamma } from "./special";
import { indexDistinct } from "./distinct";

/** Gamma-Gamma parameters (gamma is the scale of nu, in money). */
export interface GammaGammaParams {
  p: number;
  q: number;
  gamma: number;
}

/** A Gamma-Gamma fit. */
export interface GammaGammaFit {
  params: GammaGammaParams;
  logLikelihood: number;
  /** Customers used (x > 0 and zbar > 0). */
  customers: number;
  iterations: number;
  method: string;
}

/**
 * Checks Gamma-Gamma parameters: all finite and > 0.
 * @param g Parameters.
 * @returns A message, or undefined when valid.
 * @example gammaGammaParamsProblem({ p: 1, q: -1, gamma: 1 }) // "q must be a positive number"
 */
export function gammaGammaParamsProblem(g: GammaGammaParams): string | undefined {
  for (const k of ["p", "q", "gamma"] as const) {
    if (!(g[k] > 0) || !Number.isFinite(g[k])) return `${k} must be a positive number`;
  }
  return undefined;
}

/**
 * The customers that enter the likelihood, grouped by (x, S) with S = x zbar their total repeat
 * spend: the likelihood depends on a customer only through x, S and ln zbar, and ln zbar enters
 * as a constant (-sum ln zbar), so a group's terms are computed once and weighted by its size.
 * Real order histories repeat (x, S) often (one repeat purchase at a list price), and the
 * gamma-function terms are computed once per distinct x.
 */
interface Prepared {
  /** Customers used. */
  n: number;
  /** Group sizes. */
  w: Float64Array;
  /** x of each group. */
  x: Float64Array;
  /** S and ln S of each group. */
  S: Float64Array;
  lnS: Float64Array;
  /** Sum of ln zbar over the customers. */
  sumLnM: number;
  /** Index of each group's x in `xs`; distinct x and their total weights. */
  xi: Int32Array;
  xs: Float64Array;
  wx: Float64Array;
}

function prepare(frequency: ArrayLike<number>, monetary: ArrayLike<number>): Prepared {
  const groups = new Map<number, Map<number, number>>();
  const x: number[] = [];
  const S: number[] = [];
  const w: number[] = [];
  let n = 0;
  let sumLnM = 0;
  for (let i = 0; i < frequency.length; i++) {
    const xv = frequency[i];
    const m = monetary[i];
    if (!(xv > 0 && m > 0)) continue;
    n++;
    sumLnM += Math.log(m);
    const s = xv * m;
    let byS = groups.get(xv);
    if (!byS) groups.set(xv, (byS = new Map()));
    const k = byS.get(s);
    if (k === undefined) {
      byS.set(s, x.length);
      x.push(xv);
      S.push(s);
      w.push(1);
    } else w[k]++;
  }
  const { xs, xi } = indexDistinct(x);
  const wx = new Float64Array(xs.length);
  for (let g = 0; g < x.length; g++) wx[xi[g]] += w[g];
  return {
    n,
    w: Float64Array.from(w),
    x: Float64Array.from(x),
    S: Float64Array.from(S),
    lnS: Float64Array.from(S, Math.log),
    sumLnM,
    xi,
    xs,
    wx,
  };
}

/** ln L and (into `grad`, when given) its gradient with respect to (p, q, gamma). */
function llAndGrad(par: GammaGammaParams, d: Prepared, grad?: Float64Array): number {
  const { p, q, gamma } = par;
  const lgQ = lnGamma(q);
  const psiQ = grad ? digamma(q) : 0;
  const lnG = Math.log(gamma);
  // Terms that depend on x only, already multiplied by the number of customers with that x.
  let ll = -d.sumLnM;
  let gp = 0;
  let gq = 0;
  for (let j = 0; j < d.xs.length; j++) {
    const px = p * d.xs[j];
    ll += d.wx[j] * (lnGamma(px + q) - lnGamma(px) - lgQ + q * lnG);
    if (grad) {
      const psiPXQ = digamma(px + q);
      gp += d.wx[j] * d.xs[j] * (psiPXQ - digamma(px));
      gq += d.wx[j] * (psiPXQ - psiQ + lnG);
    }
  }
  let gg = 0;
  for (let g = 0; g < d.x.length; g++) {
    const w = d.w[g];
    const x = d.x[g];
    const px = p * x;
    const lnD = Math.log(d.S[g] + gamma);
    ll += w * (px * d.lnS[g] - (px + q) * lnD);
    if (grad) {
      gp += w * x * (d.lnS[g] - lnD);
      gq -= w * lnD;
      gg -= (w * (px + q)) / (d.S[g] + gamma);
    }
  }
  if (grad) {
    grad[0] = gp;
    grad[1] = gq;
    grad[2] = gg + (d.n * q) / gamma;
  }
  return ll;
}

/**
 * Total Gamma-Gamma log-likelihood over the customers with x > 0 and zbar > 0.
 * Cost: O(n) to group the customers, then O(distinct (x, zbar)) plus O(distinct x) log-gamma evaluations.
 * @param params p, q, gamma (> 0).
 * @param frequency Repeat purchases per customer.
 * @param monetary Mean repeat spend per customer.
 * @returns The log-likelihood (0 when no customer qualifies).
 * @example gammaGammaLogLikelihood({ p: 6.25, q: 3.74, gamma: 15.44 }, x, zbar)
 */
export function gammaGammaLogLikelihood(
  params: GammaGammaParams,
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>
): number {
  return llAndGrad(params, prepare(frequency, monetary));
}

/**
 * Fits the Gamma-Gamma model by maximum likelihood over log-parameters: BFGS with the
 * analytic gradient from deterministic starts (one scaled to the data's mean spend, then unit
 * parameters), Nelder-Mead then BFGS as the fallback. Customers with x = 0 or zbar <= 0 are
 * left out (a zero spend has no Gamma likelihood).
 * Cost: O(customers) once to group them, then O(distinct (x, zbar)) per iteration; about 20
 * BFGS iterations from the first start on CDNOW-like data.
 * @param frequency Repeat purchases per customer.
 * @param monetary Mean repeat spend per customer.
 * @param options `penalty`: an optional L2 penalty coefficient: penalty * (p^2 + q^2 + gamma^2)
 *   added to the mean negative log-likelihood, exactly lifetimes' `GammaGammaFitter(penalizer_coef)`
 *   (gamma in the data's money unit, unscaled there too); default 0: plain maximum likelihood.
 * @returns Parameters, log-likelihood of the data (without the penalty), number of customers used.
 * @throws RangeError when fewer than 2 customers qualify or the penalty is negative; {@link ConvergenceError} when no run converges.
 * @example gammaGammaFit(x, zbar).params // CDNOW: p 6.25, q 3.74, gamma 15.4
 */
export function gammaGammaFit(
  frequency: ArrayLike<number>,
  monetary: ArrayLike<number>,
  options: { penalty?: number } = {}
): GammaGammaFit {
  const penalty = l2Penalty(options.penalty ?? 0);
  const d = prepare(frequency, monetary);
  const n = d.n;
  if (n < 2)
    throw new RangeError(
      "Gamma-Gamma needs at least 2 customers with repeat purchases and a positive spend."
    );
  let meanM = 0;
  for (let g = 0; g < d.x.length; g++) meanM += (d.w[g] * d.S[g]) / d.x[g] / n;
  const grad = new Float64Array(3);
  const fg = (lx: Float64Array, out: Float64Array): number => {
    const par = { p: Math.exp(lx[0]), q: Math.exp(lx[1]), gamma: Math.exp(lx[2]) };
    const ll = llAndGrad(par, d, grad);
    out[0] = (-grad[0] * par.p) / n;
    out[1] = (-grad[1] * par.q) / n;
    out[2] = (-grad[2] * par.gamma) / n;
    return -ll / n;
  };
  const starts = [
    [0, Math.log(2), Math.log(meanM)],
    [0, 0, 0],
    [Math.log(5), Math.log(3), Math.log(meanM)],
  ];
  const run = minimizeFromStarts(penalty.wrap(fg), starts, { bound: 20 });
  if (run.converged) return finish(run.result, run.method);
  const best = run.best;
  throw new ConvergenceError(
    best
      ? `the likelihood keeps improving towards p=${fmt(Math.exp(best.x[0]))}, q=${fmt(Math.exp(best.x[1]))}, ` +
          `gamma=${fmt(Math.exp(best.x[2]))} (${best.message}); spends may be nearly constant within customers`
      : "the likelihood is not finite at any start"
  );

  function finish(res: MinimizeResult, method: string): GammaGammaFit {
    return {
      params: { p: Math.exp(res.x[0]), q: Math.exp(res.x[1]), gamma: Math.exp(res.x[2]) },
      logLikelihood: -(res.f - penalty.value(res.x)) * n,
      customers: n,
      iterations: res.iterations,
      method,
    };
  }
}

function fmt(v: number): string {
  return Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : String(v);
}

/**
 * Conditional expected average spend per purchase (lifetimes'
 * `conditional_expected_average_profit`): p (gamma + x zbar) / (p x + q - 1), a weighted mean
 * of the population mean p gamma/(q-1) and the customer's own zbar. With x = 0 it is the
 * population mean.
 * @param x Frequency (>= 0).
 * @param zbar Mean repeat spend (ignored when x = 0).
 * @param g Parameters; q must exceed 1 (else the mean spend is infinite).
 * @returns Expected spend per purchase.
 * @throws RangeError when q <= 1.
 * @example conditionalExpectedSpend(0, 0, { p: 6, q: 4, gamma: 15 }) // 6 * 15 / 3 = 30
 */
export function conditionalExpectedSpend(x: number, zbar: number, g: GammaGammaParams): number {
  if (!(g.q > 1)) throw new RangeError("q must exceed 1 for a finite expected spend.");
  const m = x > 0 ? zbar : 0;
  return (g.p * (g.gamma + x * m)) / (g.p * x + g.q - 1);
}
