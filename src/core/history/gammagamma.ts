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

interface Prepared {
  x: Float64Array;
  m: Float64Array;
  lnM: Float64Array;
  lnX: Float64Array;
  xi: Int32Array;
  xs: Float64Array;
}

function prepare(frequency: ArrayLike<number>, monetary: ArrayLike<number>): Prepared {
  const x: number[] = [];
  const m: number[] = [];
  for (let i = 0; i < frequency.length; i++) {
    if (frequency[i] > 0 && monetary[i] > 0) {
      x.push(frequency[i]);
      m.push(monetary[i]);
    }
  }
  const { xs, xi } = indexDistinct(x);
  return {
    x: Float64Array.from(x),
    m: Float64Array.from(m),
    lnM: Float64Array.from(m, Math.log),
    lnX: Float64Array.from(x, Math.log),
    xi,
    xs,
  };
}

function llAndGrad(par: GammaGammaParams, d: Prepared, grad?: Float64Array): number {
  const { p, q, gamma } = par;
  const k = d.xs.length;
  const c = new Float64Array(k);
  const dp = new Float64Array(k);
  const dq = new Float64Array(k);
  const lgQ = lnGamma(q);
  const psiQ = grad ? digamma(q) : 0;
  const lnG = Math.log(gamma);
  for (let j = 0; j < k; j++) {
    const px = p * d.xs[j];
    c[j] = lnGamma(px + q) - lnGamma(px) - lgQ + q * lnG;
    if (grad) {
      const psiPXQ = digamma(px + q);
      dp[j] = d.xs[j] * (psiPXQ - digamma(px));
      dq[j] = psiPXQ - psiQ + lnG;
    }
  }
  let ll = 0;
  let gp = 0;
  let gq = 0;
  let gg = 0;
  for (let i = 0; i < d.x.length; i++) {
    const j = d.xi[i];
    const x = d.x[i];
    const px = p * x;
    const lnD = Math.log(x * d.m[i] + gamma);
    ll += c[j] + (px - 1) * d.lnM[i] + px * d.lnX[i] - (px + q) * lnD;
    if (grad) {
      gp += dp[j] + x * (d.lnM[i] + d.lnX[i] - lnD);
      gq += dq[j] - lnD;
      gg += q / gamma - (px + q) / (x * d.m[i] + gamma);
    }
  }
  if (grad) {
    grad[0] = gp;
    grad[1] = gq;
    grad[2] = gg;
  }
  return ll;
}

/**
 * Total Gamma-Gamma log-likelihood over the customers with x > 0 and zbar > 0.
 * Cost: O(n) plus O(distinct x) log-gamma evaluations.
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
 * Cost: O(customers) per iteration.
 * @param frequency Repeat purchases per customer.
 * @param monetary Mean repeat spend per customer.
 * @param options `penalty`: an optional L2 penalty coefficient on p, q, gamma (lifetimes'
 *   `penalizer_coef`; default 0: plain maximum likelihood).
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
  const n = d.x.length;
  if (n < 2)
    throw new RangeError(
      "Gamma-Gamma needs at least 2 customers with repeat purchases and a positive spend."
    );
  let meanM = 0;
  for (let i = 0; i < n; i++) meanM += d.m[i] / n;
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
