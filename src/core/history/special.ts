/**
 * Special functions the order-history models need: log-gamma, digamma, log-beta and the Gauss
 * hypergeometric function 2F1. Written for the parameter ranges of BG/NBD and Gamma-Gamma
 * (positive shapes, possibly large counts), in logs wherever a value could overflow.
 */

/** Lanczos coefficients for g = 7, n = 9 (Godfrey): relative error below 2e-15 for x > 0. */
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
  -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
  1.5056327351493116e-7,
];
const HALF_LOG_2PI = 0.5 * Math.log(2 * Math.PI);

/**
 * Natural log of |Gamma(x)|.
 *
 * Lanczos approximation for x >= 0.5, the reflection formula below. Stable for large x
 * (no Gamma(x) is ever formed), so `lnGamma(r + x) - lnGamma(r)` works for any count x.
 * @param x Any real number; at 0, -1, -2, ... the result is +Infinity.
 * @returns ln |Gamma(x)|, NaN for NaN.
 * @example lnGamma(5) // ln 24 = 3.1780538303479458
 */
export function lnGamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x < 0.5) {
    if (Number.isInteger(x)) return Infinity;
    const s = Math.sin(Math.PI * x);
    return Math.log(Math.PI / Math.abs(s)) - lnGamma(1 - x);
  }
  const y = x - 1;
  const t = y + LANCZOS_G + 0.5;
  let sum = LANCZOS[0];
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (y + i);
  return HALF_LOG_2PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
}

/**
 * Digamma psi(x) = d/dx ln Gamma(x), for the analytic gradients of the likelihoods.
 *
 * Recurrence psi(x) = psi(x + 1) - 1/x up to x >= 10, then the asymptotic series to the x^-14
 * term (error about 1e-16 there); reflection for x <= 0.
 * @param x Any real number except 0, -1, -2, ...
 * @returns psi(x) (NaN at the poles).
 * @example digamma(1) // -0.5772156649015329 (minus the Euler-Mascheroni constant)
 */
export function digamma(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x <= 0) {
    if (Number.isInteger(x)) return NaN;
    return digamma(1 - x) - Math.PI / Math.tan(Math.PI * x);
  }
  let acc = 0;
  while (x < 10) {
    acc -= 1 / x;
    x += 1;
  }
  const f = 1 / (x * x);
  const series =
    f *
    (1 / 12 -
      f * (1 / 120 - f * (1 / 252 - f * (1 / 240 - f * (1 / 132 - f * (691 / 32760 - f / 12))))));
  return acc + Math.log(x) - 0.5 / x - series;
}

/**
 * Natural log of the Beta function B(a, b) = Gamma(a) Gamma(b) / Gamma(a + b).
 * @param a Positive shape.
 * @param b Positive shape.
 * @returns ln B(a, b).
 * @example lnBeta(2, 3) // ln(1/12)
 */
export function lnBeta(a: number, b: number): number {
  return lnGamma(a) + lnGamma(b) - lnGamma(a + b);
}

/** Raised when a hypergeometric series does not reach full precision within its budget. */
export class SeriesError extends RangeError {
  constructor(message: string) {
    super(message);
    this.name = "SeriesError";
  }
}

/** Most terms summed before a series is declared non-convergent (|z| very close to 1). */
const MAX_TERMS = 1_000_000;

/**
 * The "excess" of the Gauss hypergeometric series,
 * S(a, b; c; z) = sum over n >= 1 of (a+1)_{n-1} (b+1)_{n-1} / ((c+1)_{n-1} n!) z^n,
 * so that 2F1(a, b; c; z) = 1 + (a b / c) S(a, b; c; z).
 *
 * Written this way because the BG/NBD expectation needs c * (2F1 - 1) / b with b = a_model - 1,
 * which is finite as b -> 0 or c -> 0 while 2F1 itself is not; needs only c > -1.
 * Summed term by term until the geometric bound on the tail is below 1e-16 of the sum.
 * Cost: O(1 / (1 - |z|)) terms (about 40 for z = 0.5, 4,000 for z = 0.99).
 * @param a Real.
 * @param b Real.
 * @param c Real, > -1.
 * @param z Real, |z| < 1.
 * @returns S(a, b; c; z) (0 at z = 0).
 * @throws RangeError when c <= -1 or |z| >= 1; {@link SeriesError} when the series does not converge.
 * @example hyp2f1Excess(1, 1, 1, 0.5) // 2F1(1,1;1;z) = 1/(1-z): (2 - 1) / 1 = 1
 */
export function hyp2f1Excess(a: number, b: number, c: number, z: number): number {
  if (!(c > -1)) throw new RangeError(`2F1 series needs c > -1, got ${c}.`);
  if (!(Math.abs(z) < 1)) throw new RangeError(`2F1 series needs |z| < 1, got ${z}.`);
  if (z === 0) return 0;
  const az = Math.abs(z);
  let term = z;
  let sum = z;
  for (let n = 1; n < MAX_TERMS; n++) {
    const ratio = ((a + n) * (b + n) * z) / ((c + n) * (n + 1));
    term *= ratio;
    sum += term;
    if (term === 0) return sum;
    // Past the hump the ratios tend monotonically to z, so max(|ratio|, |z|) bounds them all.
    const q = Math.max(Math.abs(ratio), az);
    if (q < 1 && (Math.abs(term) * q) / (1 - q) <= 1e-16 * Math.abs(sum)) return sum;
    if (!Number.isFinite(sum)) break;
  }
  throw new SeriesError(`2F1(${a}, ${b}; ${c}; ${z}) series did not converge.`);
}

/**
 * {@link hyp2f1Excess} at several z at once: S(a, b; c; z_k) for k = 0..K-1. The series
 * coefficients do not depend on z, so they are computed once and each z only adds a
 * multiply-add per term (CLV from history needs the same series at 12 month ends).
 * Each z stops as the single-z series would (same tail bound), the smallest |z| first.
 * Cost: O(terms of the largest |z| x K) multiply-adds, O(terms) coefficient updates.
 * @param a Real.
 * @param b Real.
 * @param c Real, > -1.
 * @param zs The z, in ascending order of |z|, each |z| < 1.
 * @param out Receives S at each z (length >= zs.length).
 * @param pw Scratch of the same length (powers of z).
 * @throws RangeError when c <= -1 or some |z| >= 1; {@link SeriesError} when a series does not converge.
 * @example hyp2f1ExcessMany(1, 1, 1, Float64Array.of(0.25, 0.5), out, pw) // out: 1/3, 1
 */
export function hyp2f1ExcessMany(
  a: number,
  b: number,
  c: number,
  zs: ArrayLike<number>,
  out: Float64Array,
  pw: Float64Array
): void {
  if (!(c > -1)) throw new RangeError(`2F1 series needs c > -1, got ${c}.`);
  const K = zs.length;
  for (let k = 0; k < K; k++) {
    if (!(Math.abs(zs[k]) < 1)) throw new RangeError(`2F1 series needs |z| < 1, got ${zs[k]}.`);
    pw[k] = zs[k];
    out[k] = zs[k];
  }
  // zs[lo..K-1] are still summing; a z of 0 is done at once.
  let lo = 0;
  while (lo < K && zs[lo] === 0) lo++;
  let coef = 1;
  for (let n = 1; lo < K; n++) {
    if (n >= MAX_TERMS || !Number.isFinite(out[K - 1])) {
      throw new SeriesError(`2F1(${a}, ${b}; ${c}; ${zs[lo]}) series did not converge.`);
    }
    const ratio = ((a + n) * (b + n)) / ((c + n) * (n + 1));
    coef *= ratio;
    for (let k = lo; k < K; k++) {
      pw[k] *= zs[k];
      out[k] += coef * pw[k];
    }
    if (coef === 0) return; // a or b a negative integer: the series ended
    // The smallest |z| has the fastest-shrinking terms, so the z finish from the front.
    while (lo < K) {
      const az = Math.abs(zs[lo]);
      const q = Math.max(Math.abs(ratio) * az, az);
      const term = coef * pw[lo];
      if (term === 0 || (q < 1 && (Math.abs(term) * q) / (1 - q) <= 1e-16 * Math.abs(out[lo])))
        lo++;
      else break;
    }
  }
}

/**
 * The Gauss hypergeometric function 2F1(a, b; c; z) for real z < 1.
 *
 * Power series for |z| <= 0.5; Pfaff's transformation 2F1(a,b;c;z) = (1-z)^(-a) 2F1(a, c-b; c; z/(z-1))
 * for z < -0.5; the plain series (slower) for 0.5 < z < 1.
 * @param a Real.
 * @param b Real.
 * @param c Real, > 0.
 * @param z Real, < 1.
 * @returns 2F1(a, b; c; z).
 * @throws RangeError for c <= 0 or z >= 1; {@link SeriesError} when the series does not converge.
 * @example hyp2f1(1, 1, 2, 0.5) // -ln(1 - z) / z = 2 ln 2 = 1.3862943611198906
 */
export function hyp2f1(a: number, b: number, c: number, z: number): number {
  if (!(c > 0)) throw new RangeError(`2F1 needs c > 0, got ${c}.`);
  if (!(z < 1)) throw new RangeError(`2F1 needs z < 1, got ${z}.`);
  if (z < -0.5) {
    const w = z / (z - 1);
    return Math.pow(1 - z, -a) * hyp2f1(a, c - b, c, w);
  }
  return 1 + ((a * b) / c) * hyp2f1Excess(a, b, c, z);
}
