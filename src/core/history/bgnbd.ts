/**
 * The BG/NBD model (Fader, Hardie and Lee 2005, "Counting your customers the easy way"):
 * while alive a customer buys at Poisson rate lambda ~ Gamma(r, alpha); after each repeat
 * purchase they drop out with probability p ~ Beta(a, b). Per customer we observe
 * x repeat purchases, the time t_x of the last one and the age T (both from the first purchase).
 *
 * Likelihood of one customer (FHL eq. 6), in logs:
 *   ln L = lnG(r+x) - lnG(r) + r ln(alpha) + ln B(a, b+x) - ln B(a, b)
 *        + ln[ (alpha+T)^-(r+x) + [x>0] a/(b+x-1) (alpha+t_x)^-(r+x) ]
 */
import { ConvergenceError, MinimizeResult, l2Penalty, minimizeFromStarts } from "./optimize";

export { ConvergenceError };
import { digamma, hyp2f1Excess, hyp2f1ExcessMany, lnGamma } from "./special";
import { indexDistinct } from "./distinct";

/** BG/NBD parameters. */
export interface BgnbdParams {
  r: number;
  alpha: number;
  a: number;
  b: number;
}

/** Customers' (frequency, recency, age) as parallel arrays; optional weights count identical rows. */
export interface FrtData {
  frequency: ArrayLike<number>;
  recency: ArrayLike<number>;
  age: ArrayLike<number>;
  /** Multiplicity of each row (default 1). */
  weight?: ArrayLike<number>;
}

/** A fit: parameters, total log-likelihood and how the optimiser got there. */
export interface BgnbdFit {
  params: BgnbdParams;
  logLikelihood: number;
  iterations: number;
  /** Which start/optimiser converged, for diagnostics. */
  method: string;
}

/**
 * Checks one customer's (x, t_x, T): x a whole number >= 0, 0 <= t_x <= T, finite.
 * @param x Frequency.
 * @param tx Recency.
 * @param T Age.
 * @returns A message for the first problem, or undefined when the row is valid.
 * @example frtProblem(2, 5, 4) // "recency must not exceed age"
 */
export function frtProblem(x: number, tx: number, T: number): string | undefined {
  if (!Number.isFinite(x) || !Number.isFinite(tx) || !Number.isFinite(T))
    return "values must be finite numbers";
  if (x < 0 || !Number.isInteger(x)) return "frequency must be a whole number >= 0";
  if (tx < 0) return "recency must be >= 0";
  if (T < 0) return "age must be >= 0";
  if (tx > T * (1 + 1e-12) + 1e-12) return "recency must not exceed age";
  return undefined;
}

/**
 * Checks BG/NBD parameters: all finite and > 0.
 * @param p Parameters.
 * @returns A message, or undefined when valid.
 * @example bgnbdParamsProblem({ r: 1, alpha: 1, a: 0, b: 1 }) // "a must be a positive number"
 */
export function bgnbdParamsProblem(p: BgnbdParams): string | undefined {
  for (const k of ["r", "alpha", "a", "b"] as const) {
    if (!(p[k] > 0) || !Number.isFinite(p[k])) return `${k} must be a positive number`;
  }
  return undefined;
}

/** Rows grouped: identical (x, t_x, T) merged with a weight; the gamma terms keyed by distinct x. */
interface Grouped {
  x: Float64Array;
  tx: Float64Array;
  T: Float64Array;
  w: Float64Array;
  /** Index into the distinct-x arrays. */
  xi: Int32Array;
  xs: Float64Array;
  /** Total weight (number of customers). */
  total: number;
}

function group(data: FrtData): Grouped {
  const n = data.frequency.length;
  const rows = new Map<string, number>();
  const x: number[] = [];
  const tx: number[] = [];
  const T: number[] = [];
  const w: number[] = [];
  let total = 0;
  for (let i = 0; i < n; i++) {
    const wi = data.weight ? data.weight[i] : 1;
    if (!(wi > 0)) continue;
    const xv = data.frequency[i];
    const tv = xv > 0 ? data.recency[i] : 0; // t_x does not enter the likelihood when x = 0
    const Tv = data.age[i];
    const key = `${xv}|${tv}|${Tv}`;
    const k = rows.get(key);
    if (k === undefined) {
      rows.set(key, x.length);
      x.push(xv);
      tx.push(tv);
      T.push(Tv);
      w.push(wi);
    } else w[k] += wi;
    total += wi;
  }
  const { xs, xi } = indexDistinct(x);
  return {
    x: Float64Array.from(x),
    tx: Float64Array.from(tx),
    T: Float64Array.from(T),
    w: Float64Array.from(w),
    xi,
    xs,
    total,
  };
}

/**
 * Total log-likelihood and its gradient with respect to (r, alpha, a, b).
 * Gamma-function terms are computed once per distinct x, the rest once per distinct row.
 */
function llAndGrad(p: BgnbdParams, g: Grouped, grad?: Float64Array): number {
  const { r, alpha, a, b } = p;
  const m = g.xs.length;
  const c1 = new Float64Array(m);
  const k4 = new Float64Array(m);
  const dr1 = new Float64Array(m);
  const da1 = new Float64Array(m);
  const db1 = new Float64Array(m);
  const lnAlpha = Math.log(alpha);
  const lgR = lnGamma(r);
  const lgAB = lnGamma(a + b);
  const lgB = lnGamma(b);
  const psiR = grad ? digamma(r) : 0;
  const psiAB = grad ? digamma(a + b) : 0;
  const psiB = grad ? digamma(b) : 0;
  for (let j = 0; j < m; j++) {
    const x = g.xs[j];
    c1[j] = lnGamma(r + x) - lgR + r * lnAlpha + lgAB + lnGamma(b + x) - lgB - lnGamma(a + b + x);
    k4[j] = x > 0 ? Math.log(a / (b + x - 1)) : -Infinity;
    if (grad) {
      const psiABX = digamma(a + b + x);
      dr1[j] = digamma(r + x) - psiR + lnAlpha;
      da1[j] = psiAB - psiABX;
      db1[j] = psiAB + digamma(b + x) - psiB - psiABX;
    }
  }
  let ll = 0;
  let gr = 0;
  let gal = 0;
  let ga = 0;
  let gb = 0;
  const n = g.x.length;
  for (let i = 0; i < n; i++) {
    const j = g.xi[i];
    const x = g.x[i];
    const w = g.w[i];
    const rx = r + x;
    const lT = Math.log(alpha + g.T[i]);
    const l3 = -rx * lT;
    let s = l3;
    let w4 = 0;
    let lt = 0;
    if (x > 0) {
      lt = Math.log(alpha + g.tx[i]);
      const l4 = k4[j] - rx * lt;
      const mx = Math.max(l3, l4);
      const e3 = Math.exp(l3 - mx);
      const e4 = Math.exp(l4 - mx);
      s = mx + Math.log(e3 + e4);
      w4 = e4 / (e3 + e4);
    }
    ll += w * (c1[j] + s);
    if (grad) {
      const w3 = 1 - w4;
      gr += w * (dr1[j] - w3 * lT - w4 * lt);
      gal += w * (r / alpha - rx * (w3 / (alpha + g.T[i]) + (x > 0 ? w4 / (alpha + g.tx[i]) : 0)));
      ga += w * (da1[j] + (x > 0 ? w4 / a : 0));
      gb += w * (db1[j] - (x > 0 ? w4 / (b + x - 1) : 0));
    }
  }
  if (grad) {
    grad[0] = gr;
    grad[1] = gal;
    grad[2] = ga;
    grad[3] = gb;
  }
  return ll;
}

/**
 * Total BG/NBD log-likelihood of a set of customers.
 * Cost: O(n) for n customers plus O(distinct x) log-gamma evaluations.
 * @param params r, alpha, a, b (> 0).
 * @param data Frequencies, recencies, ages (and optional weights).
 * @returns Sum of the customers' log-likelihoods.
 * @example bgnbdLogLikelihood({ r: 1, alpha: 1, a: 1, b: 1 }, { frequency: [0], recency: [0], age: [1] }) // ln(1/2)
 */
export function bgnbdLogLikelihood(params: BgnbdParams, data: FrtData): number {
  return llAndGrad(params, group(data));
}

/**
 * Gradient of {@link bgnbdLogLikelihood} with respect to (r, alpha, a, b).
 * @param params r, alpha, a, b (> 0).
 * @param data Frequencies, recencies, ages (and optional weights).
 * @returns [dLL/dr, dLL/dalpha, dLL/da, dLL/db].
 * @example bgnbdGradient({ r: 1, alpha: 1, a: 1, b: 1 }, data)
 */
export function bgnbdGradient(params: BgnbdParams, data: FrtData): Float64Array {
  const grad = new Float64Array(4);
  llAndGrad(params, group(data), grad);
  return grad;
}

const fromLog = (x: ArrayLike<number>): BgnbdParams => ({
  r: Math.exp(x[0]),
  alpha: Math.exp(x[1]),
  a: Math.exp(x[2]),
  b: Math.exp(x[3]),
});

/**
 * Fits the BG/NBD model by maximum likelihood over log-parameters: plain (unpenalised) by
 * default, with an optional L2 penalty on the parameters when asked for, exactly lifetimes'
 * `BetaGeoFitter(penalizer_coef)`: coef * (r^2 + (alpha / max T)^2 + a^2 + b^2) added to the
 * mean negative log-likelihood (lifetimes fits in time scaled so the largest age is 1).
 *
 * BFGS with the analytic gradient from a few deterministic starts (unit parameters, then
 * alpha scaled to the data's time unit); the first run whose gradient test passes wins. If
 * none does, Nelder-Mead from the best point found, polished by BFGS. Identical rows are
 * merged with weights and the gamma terms are computed once per distinct frequency, so a fit
 * costs O(distinct rows) per iteration.
 * @param data Frequencies (whole numbers), recencies and ages of the customers (validated by the caller, see {@link frtProblem}).
 * @param options `penalty`: the L2 penalty coefficient (default 0: plain maximum likelihood).
 * @returns The parameters, the total log-likelihood of the data (without the penalty), the iteration count and the method used.
 * @throws RangeError when there are no customers or the penalty is negative; {@link ConvergenceError} ("did not converge: ...") when no run converges.
 * @example
 * bgnbdFit({ frequency: x, recency: tx, age: T }).params // CDNOW: r 0.243, alpha 4.41, a 0.793, b 2.43
 */
export function bgnbdFit(data: FrtData, options: { penalty?: number } = {}): BgnbdFit {
  const g = group(data);
  if (g.total === 0) throw new RangeError("No customers to fit.");
  let anyRepeat = false;
  let meanT = 0;
  let maxT = 0;
  for (let i = 0; i < g.x.length; i++) {
    if (g.x[i] > 0) anyRepeat = true;
    meanT += (g.w[i] * g.T[i]) / g.total;
    maxT = Math.max(maxT, g.T[i]);
  }
  // lifetimes' convention: alpha is penalised in time scaled so that the largest age is 1
  // (BetaGeoFitter.fit divides the times by max T before the penalised fit), which also makes
  // the penalised fit the same whatever the time unit of the data (weeks, days).
  const penalty = l2Penalty(options.penalty ?? 0, [1, maxT > 0 ? 1 / maxT : 1, 1, 1]);
  if (!anyRepeat)
    throw new ConvergenceError(
      "no customer has a repeat purchase, so the purchase rate cannot be estimated"
    );
  const scale = 1 / g.total;
  const grad = new Float64Array(4);
  const fg = (lx: Float64Array, out: Float64Array): number => {
    const ll = llAndGrad(fromLog(lx), g, grad);
    const p = fromLog(lx);
    out[0] = -grad[0] * p.r * scale;
    out[1] = -grad[1] * p.alpha * scale;
    out[2] = -grad[2] * p.a * scale;
    out[3] = -grad[3] * p.b * scale;
    return -ll * scale;
  };
  const lnT = Math.log(Math.max(meanT, 1e-3));
  const starts = [
    [0, 0, 0, 0],
    [0, lnT, 0, 0],
    [Math.log(0.5), lnT, Math.log(0.5), Math.log(2)],
  ];
  const run = minimizeFromStarts(penalty.wrap(fg), starts, { bound: 20 });
  if (run.converged) return finish(run.result, run.method);
  const best = run.best;
  const p = best ? fromLog(best.x) : undefined;
  throw new ConvergenceError(
    p
      ? `the likelihood keeps improving towards r=${fmt(p.r)}, alpha=${fmt(p.alpha)}, a=${fmt(p.a)}, b=${fmt(p.b)} ` +
          `(gradient ${best!.gradNorm.toExponential(1)}, ${best!.message}); the data may show no drop-out or too few repeat purchases`
      : "the likelihood is not finite at any start"
  );

  function finish(res: MinimizeResult, method: string): BgnbdFit {
    return {
      params: fromLog(res.x),
      logLikelihood: -(res.f - penalty.value(res.x)) * g.total,
      iterations: res.iterations,
      method,
    };
  }
}

function fmt(v: number): string {
  return Number.isFinite(v) ? Number(v.toPrecision(4)).toString() : String(v);
}

/**
 * Probability that a customer is still alive at T (FHL eq. 12):
 * 1 / (1 + [x>0] a/(b+x-1) ((alpha+T)/(alpha+t_x))^(r+x)); 1 when x = 0.
 * Computed in logs, so large frequencies and ages do not overflow.
 * @param x Frequency.
 * @param tx Recency.
 * @param T Age.
 * @param p Parameters.
 * @returns P(alive) in [0, 1].
 * @example pAlive(0, 0, 10, params) // 1
 */
export function pAlive(x: number, tx: number, T: number, p: BgnbdParams): number {
  if (x === 0) return 1;
  const logDiv =
    Math.log(p.a / (p.b + x - 1)) + (p.r + x) * (Math.log(p.alpha + T) - Math.log(p.alpha + tx));
  return 1 / (1 + Math.exp(logDiv));
}

/**
 * Expected repeat purchases of an alive customer in the next t periods:
 * E[Y(t) | alive at T] = (a+b+x-1)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x; a+b+x-1; z)],
 * z = t/(alpha+T+t) (FHL eq. 10 without the P(alive) factor).
 *
 * Evaluated through Euler's transformation, which turns it into
 * -(c) L phi((a-1)L) - e^((a-1)L) (a+b-1-r) S(a+b-1-r, a-1; c; z), with c = a+b+x-1, L = ln(1-z),
 * phi(u) = (e^u - 1)/u and S the series excess of {@link hyp2f1Excess}: its parameters do not
 * grow with x (so the series is short even for large frequencies) and it stays finite at a = 1.
 */
function aliveExpectation(t: number, x: number, T: number, p: BgnbdParams): number {
  if (t === 0) return 0;
  const z = t / (p.alpha + T + t);
  const L = -Math.log1p(t / (p.alpha + T));
  const eps = p.a - 1;
  const c = p.a + p.b + x - 1;
  const a1 = p.a + p.b - 1 - p.r;
  return eulerForm(c, L, eps, a1, hyp2f1Excess(a1, eps, c, z));
}

/** The Euler-transformed expectation above, given L = ln(1-z) and the series excess S. */
function eulerForm(c: number, L: number, eps: number, a1: number, S: number): number {
  const u = eps * L;
  const phi = u === 0 ? 1 : Math.expm1(u) / u;
  return -c * L * phi - Math.exp(u) * a1 * S;
}

/**
 * The expectation of an alive customer (see `aliveExpectation`) at several horizons at once,
 * one customer at a time: the 2F1 series is summed once for all horizons
 * ({@link hyp2f1ExcessMany}), and its z and L depend on the age only, so they are kept from
 * the previous call when the age repeats (an RFM table has few distinct ages).
 * @param horizons Periods ahead, ascending, each > 0.
 * @param p Parameters.
 * @returns `at(x, T)`: the expectations at the horizons, in an array reused by the next call.
 * @example aliveExpectations([4.3, 8.7], params)(2, 38.86) // E[purchases in 1 and 2 months | alive]
 */
export function aliveExpectations(
  horizons: ArrayLike<number>,
  p: BgnbdParams
): (x: number, T: number) => Float64Array {
  const K = horizons.length;
  const z = new Float64Array(K);
  const L = new Float64Array(K);
  const S = new Float64Array(K);
  const pw = new Float64Array(K);
  const out = new Float64Array(K);
  const eps = p.a - 1;
  const a1 = p.a + p.b - 1 - p.r;
  let lastT = NaN;
  return (x, T) => {
    if (T !== lastT) {
      for (let k = 0; k < K; k++) {
        z[k] = horizons[k] / (p.alpha + T + horizons[k]);
        L[k] = -Math.log1p(horizons[k] / (p.alpha + T));
      }
      lastT = T;
    }
    const c = p.a + p.b + x - 1;
    hyp2f1ExcessMany(a1, eps, c, z, S, pw);
    for (let k = 0; k < K; k++) out[k] = eulerForm(c, L[k], eps, a1, S[k]);
    return out;
  };
}

/**
 * Expected number of repeat purchases in the next t periods given the customer's history
 * (FHL eq. 10, lifetimes' `conditional_expected_number_of_purchases_up_to_time`):
 * P(alive) x E[purchases in (T, T+t] | alive].
 * Cost: one 2F1 series, O(1/(1-z)) terms with z = t/(alpha+T+t).
 * @param t Periods ahead (>= 0).
 * @param x Frequency.
 * @param tx Recency.
 * @param T Age.
 * @param p Parameters.
 * @returns The expected count (0 at t = 0, increasing in t).
 * @throws SeriesError when the 2F1 series does not converge (t enormous against alpha + T).
 * @example conditionalExpectedPurchases(39, 2, 30.43, 38.86, cdnowParams) // about 1.2
 */
export function conditionalExpectedPurchases(
  t: number,
  x: number,
  tx: number,
  T: number,
  p: BgnbdParams
): number {
  if (t === 0) return 0;
  return pAlive(x, tx, T, p) * aliveExpectation(t, x, T, p);
}
