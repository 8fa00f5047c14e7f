/**
 * Small deterministic optimisers for the maximum-likelihood fits: BFGS with an analytic
 * gradient (the workhorse) and Nelder-Mead (derivative-free fallback when BFGS stalls).
 * Both minimise; the fits pass the negative mean log-likelihood over log-parameters.
 */

/** Raised when no optimiser run meets the convergence test; the message starts "did not converge: ". */
export class ConvergenceError extends Error {
  constructor(detail: string) {
    super(`did not converge: ${detail}`);
    this.name = "ConvergenceError";
  }
}

/** Objective with gradient: returns f(x) and writes the gradient into `grad`. */
export type ObjectiveWithGradient = (x: Float64Array, grad: Float64Array) => number;

/** Outcome of a minimisation. */
export interface MinimizeResult {
  /** Best point found. */
  x: Float64Array;
  /** Objective at `x`. */
  f: number;
  /** Largest absolute gradient component at `x` (NaN for Nelder-Mead). */
  gradNorm: number;
  /** Iterations used. */
  iterations: number;
  /** True when the convergence test passed. */
  converged: boolean;
  /** Why it stopped, in words. */
  message: string;
}

/** Options of {@link bfgs}. */
export interface BfgsOptions {
  /** Converged when every gradient component is at most this (default 1e-8). */
  gtol?: number;
  /** Accepted as converged when the line search cannot improve, the gradient is below this (default 1e-5) and the step estimate below `xtol`. */
  looseGtol?: number;
  /** Iteration budget (default 500). */
  maxIter?: number;
  /** Largest step (infinity norm) tried by the line search (default 2: e^2 in a log-parameter). */
  maxStep?: number;
  /** Stops (not converged) when a coordinate leaves [-bound, bound] (default 40). */
  bound?: number;
  /**
   * When f can no longer decrease, converged if the gradient is below `looseGtol` and the
   * estimated step to the optimum (inverse Hessian times gradient) is below this in every
   * coordinate (default 1e-6: over log-parameters, a relative error of 1e-6).
   */
  xtol?: number;
}

function infNorm(v: Float64Array): number {
  let m = 0;
  for (let i = 0; i < v.length; i++) m = Math.max(m, Math.abs(v[i]));
  return m;
}

/**
 * Minimises a smooth function by BFGS (inverse-Hessian update) with a backtracking Armijo
 * line search. Non-finite trial values are treated as "too far" and the step is shortened.
 * Deterministic: same input, same iterations.
 * Cost: O(iterations x (d^2 + cost of one f/grad evaluation)).
 * @param fg Objective and gradient.
 * @param x0 Starting point (not modified).
 * @param options See {@link BfgsOptions}.
 * @returns The best point and whether the gradient test passed.
 * @example bfgs((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, Float64Array.of(0)).x[0] // 3
 */
export function bfgs(
  fg: ObjectiveWithGradient,
  x0: ArrayLike<number>,
  options: BfgsOptions = {}
): MinimizeResult {
  const gtol = options.gtol ?? 1e-8;
  const looseGtol = options.looseGtol ?? 1e-5;
  const maxIter = options.maxIter ?? 500;
  const maxStep = options.maxStep ?? 2;
  const bound = options.bound ?? 40;
  const xtol = options.xtol ?? 1e-6;
  const d = x0.length;
  let x = Float64Array.from(x0);
  let g = new Float64Array(d);
  let f = fg(x, g);
  if (!Number.isFinite(f) || !g.every(Number.isFinite)) {
    return {
      x,
      f,
      gradNorm: NaN,
      iterations: 0,
      converged: false,
      message: "objective not finite at the start",
    };
  }
  // Inverse Hessian approximation, row-major.
  const H = new Float64Array(d * d);
  for (let i = 0; i < d; i++) H[i * d + i] = 1;
  let scaled = false;
  const p = new Float64Array(d);
  const xn = new Float64Array(d);
  const gn = new Float64Array(d);
  const s = new Float64Array(d);
  const y = new Float64Array(d);
  const Hy = new Float64Array(d);
  for (let iter = 1; iter <= maxIter; iter++) {
    const gnorm = infNorm(g);
    if (gnorm <= gtol)
      return {
        x,
        f,
        gradNorm: gnorm,
        iterations: iter - 1,
        converged: true,
        message: "gradient below tolerance",
      };
    // Search direction p = -H g; fall back to steepest descent if it is not a descent direction.
    let slope = 0;
    for (let i = 0; i < d; i++) {
      let v = 0;
      for (let j = 0; j < d; j++) v -= H[i * d + j] * g[j];
      p[i] = v;
      slope += v * g[i];
    }
    if (!(slope < 0)) {
      H.fill(0);
      for (let i = 0; i < d; i++) H[i * d + i] = 1;
      scaled = false;
      slope = 0;
      for (let i = 0; i < d; i++) {
        p[i] = -g[i];
        slope -= g[i] * g[i];
      }
    }
    const pn = infNorm(p);
    let step = pn > maxStep ? maxStep / pn : 1;
    let fn = NaN;
    let accepted = false;
    for (let k = 0; k < 60; k++) {
      // Once the decrease the step promises is below the rounding of f, no trial can show a
      // real improvement: a "sufficient decrease" would only be rounding (or a step too short
      // to move x at all), and accepting it makes BFGS spin to maxIter without moving. This
      // was the Gamma-Gamma fit's 25-fold slowness: near the optimum of a mean
      // log-likelihood the gradient test (1e-8) asks for more than f can resolve.
      if (-step * slope <= 4 * Number.EPSILON * Math.abs(f)) break;
      for (let i = 0; i < d; i++) xn[i] = x[i] + step * p[i];
      fn = fg(xn, gn);
      if (Number.isFinite(fn) && gn.every(Number.isFinite) && fn <= f + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) {
      // f cannot show any further decrease. That is convergence only when the quasi-Newton
      // step to the optimum, H g, is itself negligible; a small gradient alone is not enough
      // (on a flat boundary ridge, b -> infinity say, the gradient is tiny far from any optimum),
      // and without a curvature estimate yet (H still the identity) there is no such step.
      const ok = gnorm <= looseGtol && scaled && infNorm(matVec(H, g, Hy)) <= xtol;
      return {
        x,
        f,
        gradNorm: gnorm,
        iterations: iter,
        converged: ok,
        message: ok ? "no further improvement at working precision" : "line search failed",
      };
    }
    let sy = 0;
    for (let i = 0; i < d; i++) {
      s[i] = xn[i] - x[i];
      y[i] = gn[i] - g[i];
      sy += s[i] * y[i];
    }
    [x, g] = [Float64Array.from(xn), Float64Array.from(gn)];
    f = fn;
    if (infNorm(x) > bound) {
      return {
        x,
        f,
        gradNorm: infNorm(g),
        iterations: iter,
        converged: false,
        message: "a parameter ran off to 0 or infinity",
      };
    }
    if (sy > 1e-12 * Math.sqrt(dot(s, s) * dot(y, y))) {
      if (!scaled) {
        // Shanno-Phua scaling of the first Hessian guess.
        const gamma = sy / dot(y, y);
        for (let i = 0; i < d; i++) H[i * d + i] = gamma;
        scaled = true;
      }
      for (let i = 0; i < d; i++) {
        let v = 0;
        for (let j = 0; j < d; j++) v += H[i * d + j] * y[j];
        Hy[i] = v;
      }
      const yHy = dot(y, Hy);
      const rho = 1 / sy;
      for (let i = 0; i < d; i++) {
        for (let j = 0; j < d; j++) {
          H[i * d + j] += rho * ((1 + rho * yHy) * s[i] * s[j] - Hy[i] * s[j] - s[i] * Hy[j]);
        }
      }
    }
  }
  const gnorm = infNorm(g);
  return {
    x,
    f,
    gradNorm: gnorm,
    iterations: maxIter,
    converged: gnorm <= gtol,
    message: "iteration limit reached",
  };
}

/** out = M v for a square row-major M; returns out. */
function matVec(M: Float64Array, v: Float64Array, out: Float64Array): Float64Array {
  const d = v.length;
  for (let i = 0; i < d; i++) {
    let s = 0;
    for (let j = 0; j < d; j++) s += M[i * d + j] * v[j];
    out[i] = s;
  }
  return out;
}

function dot(a: Float64Array, b: Float64Array): number {
  let v = 0;
  for (let i = 0; i < a.length; i++) v += a[i] * b[i];
  return v;
}

/** Options of {@link nelderMead}. */
export interface NelderMeadOptions {
  /** Stop when the simplex's objective spread is below this (default 1e-12). */
  ftol?: number;
  /** Iteration budget (default 5000). */
  maxIter?: number;
  /** Initial simplex edge (default 0.5). */
  initialStep?: number;
}

/**
 * Minimises a function without derivatives by Nelder-Mead with the dimension-adaptive
 * coefficients of Gao and Han (2012). Deterministic. Used as the fallback when BFGS stalls;
 * the fit then polishes its result with BFGS and checks the gradient.
 * Cost: O(iterations x (d + cost of one f evaluation)), d + 1 evaluations to start.
 * @param f Objective (non-finite values count as +Infinity).
 * @param x0 Starting point.
 * @param options See {@link NelderMeadOptions}.
 * @returns The best vertex; `converged` means the objective spread fell below ftol.
 * @example nelderMead((x) => (x[0] - 1) ** 2 + (x[1] + 2) ** 2, [0, 0]).x // ~[1, -2]
 */
export function nelderMead(
  f: (x: Float64Array) => number,
  x0: ArrayLike<number>,
  options: NelderMeadOptions = {}
): MinimizeResult {
  const ftol = options.ftol ?? 1e-12;
  const maxIter = options.maxIter ?? 5000;
  const step = options.initialStep ?? 0.5;
  const d = x0.length;
  const safe = (x: Float64Array): number => {
    const v = f(x);
    return Number.isFinite(v) ? v : Infinity;
  };
  const alpha = 1;
  const beta = 1 + 2 / d;
  const gamma = 0.75 - 1 / (2 * d);
  const delta = 1 - 1 / d;
  const pts: Float64Array[] = [];
  const vals: number[] = [];
  for (let i = 0; i <= d; i++) {
    const p = Float64Array.from(x0);
    if (i > 0) p[i - 1] += step;
    pts.push(p);
    vals.push(safe(p));
  }
  const order = Array.from({ length: d + 1 }, (_, i) => i);
  const centroid = new Float64Array(d);
  const trial = (from: Float64Array, to: Float64Array, t: number): Float64Array => {
    const r = new Float64Array(d);
    for (let i = 0; i < d; i++) r[i] = from[i] + t * (to[i] - from[i]);
    return r;
  };
  let iter = 0;
  for (; iter < maxIter; iter++) {
    order.sort((i, j) => vals[i] - vals[j]);
    const best = order[0];
    const worst = order[d];
    const second = order[d - 1];
    if (Math.abs(vals[worst] - vals[best]) <= ftol * (1 + Math.abs(vals[best]))) break;
    centroid.fill(0);
    for (let k = 0; k < d; k++) {
      const p = pts[order[k]];
      for (let i = 0; i < d; i++) centroid[i] += p[i] / d;
    }
    const xr = trial(centroid, pts[worst], -alpha);
    const fr = safe(xr);
    if (fr < vals[best]) {
      const xe = trial(centroid, pts[worst], -alpha * beta);
      const fe = safe(xe);
      if (fe < fr) {
        pts[worst] = xe;
        vals[worst] = fe;
      } else {
        pts[worst] = xr;
        vals[worst] = fr;
      }
    } else if (fr < vals[second]) {
      pts[worst] = xr;
      vals[worst] = fr;
    } else {
      const outside = fr < vals[worst];
      const xc = outside ? trial(centroid, xr, gamma) : trial(centroid, pts[worst], gamma);
      const fc = safe(xc);
      if (fc <= (outside ? fr : vals[worst])) {
        pts[worst] = xc;
        vals[worst] = fc;
      } else {
        for (let k = 1; k <= d; k++) {
          const idx = order[k];
          pts[idx] = trial(pts[best], pts[idx], delta);
          vals[idx] = safe(pts[idx]);
        }
      }
    }
  }
  order.sort((i, j) => vals[i] - vals[j]);
  const converged = iter < maxIter;
  return {
    x: pts[order[0]],
    f: vals[order[0]],
    gradNorm: NaN,
    iterations: iter,
    converged,
    message: converged ? "simplex collapsed" : "iteration limit reached",
  };
}

/** Outcome of {@link minimizeFromStarts}: the converged run and how it was reached, or the best run that did not converge. */
export type StartsResult =
  | { converged: true; result: MinimizeResult; method: string }
  | { converged: false; best: MinimizeResult | undefined };

/**
 * The fits' "minimise with restarts": BFGS from each start in turn, the first that converges
 * wins; when none does, Nelder-Mead from the best finite run, then BFGS again to polish it
 * (the caller words the failure, with the best point, when that does not converge either).
 * Cost: up to (starts + 1) BFGS runs and one Nelder-Mead run.
 * @param fg Objective and gradient.
 * @param starts Starting points, the most likely first.
 * @param options BFGS options of every run (the fits pass `bound`); `nelderMeadMaxIter`: the fallback's budget (default 4000).
 * @returns `{ converged: true, result, method }` (method: "BFGS from start k" or "Nelder-Mead then BFGS"),
 *   else `{ converged: false, best }` with the lowest finite run (undefined: no start gave a finite value).
 * @example minimizeFromStarts((x, g) => { g[0] = 2 * (x[0] - 3); return (x[0] - 3) ** 2; }, [[0]]) // converged, x ~ [3], "BFGS from start 1"
 */
export function minimizeFromStarts(
  fg: ObjectiveWithGradient,
  starts: readonly (readonly number[])[],
  options: BfgsOptions & { nelderMeadMaxIter?: number } = {}
): StartsResult {
  const { nelderMeadMaxIter = 4000, ...bfgsOptions } = options;
  let best: MinimizeResult | undefined;
  for (let k = 0; k < starts.length; k++) {
    const res = bfgs(fg, starts[k], bfgsOptions);
    if (res.converged) return { converged: true, result: res, method: `BFGS from start ${k + 1}` };
    if (Number.isFinite(res.f) && (!best || res.f < best.f)) best = res;
  }
  if (best) {
    const dim = best.x.length;
    const nm = nelderMead((lx) => fg(lx, new Float64Array(dim)), best.x, {
      maxIter: nelderMeadMaxIter,
    });
    const polish = bfgs(fg, nm.x, bfgsOptions);
    if (polish.converged)
      return { converged: true, result: polish, method: "Nelder-Mead then BFGS" };
    best = polish.f < best.f ? polish : best;
  }
  return { converged: false, best };
}

/**
 * An L2 penalty on the parameters of a fit made over log-parameters (lifetimes'
 * `penalizer_coef`): `coef * sum((scale_k exp(lx_k))^2)` added to the per-customer negative
 * log-likelihood. It pulls the parameters towards 0 when the data cannot pin them down.
 * `scales` expresses a parameter in the unit lifetimes penalises it in (BG/NBD's alpha is a
 * time, penalised with time scaled so that the largest age is 1); default 1 for every one.
 * @param coef The penalty coefficient (>= 0; 0 leaves the plain maximum likelihood).
 * @param scales Optional factor per parameter (default all 1).
 * @returns `wrap(fg)`: the penalised objective with its gradient, and `value(lx)`: the
 *   penalty at a point (to recover the data's log-likelihood from the optimum).
 * @throws RangeError when coef is negative or not finite.
 * @example const pen = l2Penalty(0.1, [1, 1 / maxAge, 1, 1]); const fit = minimizeFromStarts(pen.wrap(fg), starts);
 */
export function l2Penalty(
  coef: number,
  scales: ArrayLike<number> = []
): {
  wrap: (fg: ObjectiveWithGradient) => ObjectiveWithGradient;
  value: (lx: ArrayLike<number>) => number;
} {
  if (!(coef >= 0) || !Number.isFinite(coef)) {
    throw new RangeError(`The penalty must be a number >= 0, got ${coef}.`);
  }
  const s2 = (k: number): number => (k < scales.length ? scales[k] * scales[k] : 1);
  const value = (lx: ArrayLike<number>): number => {
    let s = 0;
    for (let k = 0; k < lx.length; k++) s += s2(k) * Math.exp(2 * lx[k]);
    return coef * s;
  };
  const wrap =
    (fg: ObjectiveWithGradient): ObjectiveWithGradient =>
    (lx, grad) => {
      const f = fg(lx, grad);
      if (coef === 0) return f;
      // d/dlx of coef * (s exp(lx))^2 is 2 coef s^2 exp(2 lx).
      for (let k = 0; k < lx.length; k++) grad[k] += 2 * coef * s2(k) * Math.exp(2 * lx[k]);
      return f + value(lx);
    };
  return { wrap, value };
}
