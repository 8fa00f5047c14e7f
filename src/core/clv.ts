/**
 * Deterministic customer lifetime value (PRODUCT 2.6):
 *
 *   CLV = sum_{t=1..T} m_t * S_t / (1 + i)^t  -  AC,   S_t = r_1 * r_2 * ... * r_t
 *
 * m_t the margin of period t, r_t the retention rate of period t (so a constant r gives
 * S_t = r^t), i the discount rate per period, AC the acquisition cost. Past the last given
 * period column, margin and rate keep their last value; the horizon T = 0 means infinite,
 * which with a constant margin m and rate r is the margin multiple m * r / (1 + i - r).
 *
 * Because margin and rate are constant past the last given column, the tail of the sum is a
 * geometric series with a closed form: any horizon costs O(given columns), never O(T).
 */

/** Discount rate per period when none is given (10%). */
export const DEFAULT_DISCOUNT_RATE = 0.1;
/** Horizon in periods when neither margin nor retention gives several period columns. */
export const DEFAULT_HORIZON = 5;

/** A CLV input that makes no sense; `kind` is the Excel error it maps to. */
export class ClvError extends RangeError {
  constructor(
    readonly kind: "num" | "value",
    message: string
  ) {
    super(message);
    this.name = "ClvError";
  }
}

/** A problem with one customer's row (the other customers still get their value). */
export interface ClvIssue {
  /** 0-based customer row. */
  row: number;
  kind: "num" | "value";
  message: string;
}

/**
 * Many customers at once, in flat typed arrays (row-major: customer `k`, period `t` at
 * `k * cols + t`). NaN anywhere in a customer's inputs gives NaN for that customer and no
 * issue: it is the caller's marker for a row it has already judged (blank or text).
 */
export interface ClvBatch {
  /** Number of customers. */
  n: number;
  /** Margins, n x marginCols. */
  margin: Float64Array;
  /** 1 (a constant margin per customer) or the number of period columns. */
  marginCols: number;
  /** Retention rates: 1 x retentionCols shared by everyone, or n x retentionCols (default [1]). */
  retention?: Float64Array;
  /** Period columns of retention (default 1). */
  retentionCols?: number;
  /** True when `retention` has one row per customer; false (default) when one row is shared. */
  retentionPerCustomer?: boolean;
  /** Acquisition cost: length 1 (shared) or n (default [0]). */
  acquisitionCost?: Float64Array;
  /** Discount rate per period, > -1 (default {@link DEFAULT_DISCOUNT_RATE}). */
  discountRate?: number;
  /** Horizon: a whole number >= 0, 0 = infinite (default {@link defaultHorizon}). */
  periods?: number;
}

/** Values per customer (NaN where the row had an issue or a NaN input) and the issues found. */
export interface ClvResult {
  values: Float64Array;
  issues: ClvIssue[];
}

/**
 * The horizon used when none is given: the number of period columns when margin or
 * retention gives several, else {@link DEFAULT_HORIZON}.
 *
 * @param marginCols Period columns of the margin (1 for a constant margin).
 * @param retentionCols Period columns of the retention (1 for a constant rate).
 * @returns The horizon in periods.
 * @example defaultHorizon(3, 1) // 3
 */
export function defaultHorizon(marginCols: number, retentionCols = 1): number {
  const c = Math.max(marginCols, retentionCols);
  return c > 1 ? c : DEFAULT_HORIZON;
}

/**
 * Why a retention rate is not acceptable, or `undefined` when it is (0 <= r <= 1). NaN passes:
 * it marks a row the caller has already judged.
 *
 * @param r A retention rate per period.
 * @returns The message for the user, or `undefined`.
 * @example retentionProblem(1.2) // "Retention 1.2 is outside 0..1 ..."
 */
export function retentionProblem(r: number): string | undefined {
  if (r < 0 || r > 1)
    return `Retention ${r} is outside 0..1 (a rate per period, e.g. 0.8 for 80%).`;
  return undefined;
}

const NOT_CONSTANT = (what: string): string =>
  `The infinite horizon (periods = 0) needs a constant ${what}; give a finite number of periods for ${what}s that change over time.`;

/**
 * Fills `w[t]` = S_{t+1} / (1+i)^{t+1} for the first K periods of one retention row and
 * returns the tail factor: the sum of S_t / (1+i)^t over t = K+1..T (T = 0: to infinity),
 * the last rate continuing. Returns NaN when the infinite sum diverges (r >= 1 + i).
 */
function survivalWeights(
  r: Float64Array,
  off: number,
  rc: number,
  v: number,
  T: number,
  K: number,
  w: Float64Array
): number {
  let s = 1;
  let d = 1;
  for (let t = 0; t < K; t++) {
    s *= r[off + (t < rc ? t : rc - 1)];
    d *= v;
    w[t] = s * d;
  }
  const q = r[off + rc - 1] * v; // ratio of successive terms past the last column
  if (T === 0) return q < 1 ? (s * d * q) / (1 - q) : NaN;
  const rest = T - K;
  if (rest <= 0) return 0;
  // sum_{j=1..rest} q^j, written with expm1/log to stay accurate when q is near 1.
  const g = q === 1 ? rest : q === 0 ? 0 : (q * -Math.expm1(rest * Math.log(q))) / (1 - q);
  return s * d * g;
}

function rowIsConstant(a: Float64Array, off: number, cols: number): boolean {
  const first = a[off];
  for (let t = 1; t < cols; t++)
    if (a[off + t] !== first && a[off + t] === a[off + t]) return false;
  return true;
}

/**
 * Lifetime value of many customers (the vectorised form of {@link clvOne}).
 *
 * @param b The customers' margins, retention rates, acquisition costs and the shared discount
 *   rate and horizon (see {@link ClvBatch}).
 * @returns One value per customer, plus per-customer issues (a retention outside 0..1 in a
 *   customer's own row: `num`; an infinite horizon with a margin or rate that changes over
 *   time: `value`; an infinite sum that diverges: `num`); such rows hold NaN.
 * @throws {ClvError} For arguments shared by every customer: a discount rate <= -1, a horizon
 *   that is not a whole number >= 0, a shared retention outside 0..1 or (infinite horizon)
 *   changing over time or diverging, or inconsistent array lengths.
 * @example
 * clvMany({ n: 2, margin: Float64Array.of(100, 50), marginCols: 1, retention: Float64Array.of(0.8), periods: 0 })
 * // values ≈ [266.67, 133.33]
 * Cost: O(n * C) time with C the number of given period columns (independent of the horizon),
 * O(C) extra space besides the output.
 */
export function clvMany(b: ClvBatch): ClvResult {
  const n = b.n;
  const mc = b.marginCols;
  const retention = b.retention ?? Float64Array.of(1);
  const rc = b.retentionCols ?? 1;
  const perCustomer = b.retentionPerCustomer ?? false;
  const ac = b.acquisitionCost ?? Float64Array.of(0);
  const i = b.discountRate ?? DEFAULT_DISCOUNT_RATE;
  const T = b.periods ?? defaultHorizon(mc, rc);

  if (!(mc >= 1) || b.margin.length !== n * mc)
    throw new ClvError("value", "Margin must have n x marginCols values.");
  if (!(rc >= 1) || retention.length !== (perCustomer ? n : 1) * rc) {
    throw new ClvError("value", "Retention must have one row (shared) or one row per customer.");
  }
  if (ac.length !== 1 && ac.length !== n) {
    throw new ClvError("value", "Acquisition cost must be one value or one per customer.");
  }
  if (!Number.isFinite(i) || i <= -1) {
    throw new ClvError(
      "num",
      `Discount rate ${i} must be a number greater than -1 (e.g. 0.1 for 10% per period).`
    );
  }
  if (!Number.isInteger(T) || T < 0) {
    throw new ClvError(
      "num",
      `Periods ${T} must be a whole number >= 0 (0 for an infinite horizon).`
    );
  }

  const v = 1 / (1 + i);
  const K = T === 0 ? 0 : Math.min(T, Math.max(mc, rc));
  const w = new Float64Array(K);
  let tail = 0;
  if (!perCustomer) {
    for (let t = 0; t < rc; t++) {
      const p = retentionProblem(retention[t]);
      if (p) throw new ClvError("num", p);
    }
    if (T === 0 && !rowIsConstant(retention, 0, rc))
      throw new ClvError("value", NOT_CONSTANT("retention rate"));
    tail = survivalWeights(retention, 0, rc, v, T, K, w);
    if (T === 0 && Number.isNaN(tail) && retention[rc - 1] === retention[rc - 1]) {
      throw new ClvError("num", divergesMessage(retention[rc - 1], i));
    }
  }

  const out = new Float64Array(n);
  const issues: ClvIssue[] = [];
  const acShared = ac.length === 1;
  for (let k = 0; k < n; k++) {
    const mo = k * mc;
    if (perCustomer) {
      const ro = k * rc;
      let bad: string | undefined;
      for (let t = 0; t < rc && !bad; t++) bad = retentionProblem(retention[ro + t]);
      if (bad) {
        issues.push({ row: k, kind: "num", message: bad });
        out[k] = NaN;
        continue;
      }
      if (T === 0 && !rowIsConstant(retention, ro, rc)) {
        issues.push({ row: k, kind: "value", message: NOT_CONSTANT("retention rate") });
        out[k] = NaN;
        continue;
      }
      tail = survivalWeights(retention, ro, rc, v, T, K, w);
      if (T === 0 && Number.isNaN(tail) && retention[ro + rc - 1] === retention[ro + rc - 1]) {
        issues.push({ row: k, kind: "num", message: divergesMessage(retention[ro + rc - 1], i) });
        out[k] = NaN;
        continue;
      }
    }
    if (T === 0 && mc > 1 && !rowIsConstant(b.margin, mo, mc)) {
      issues.push({ row: k, kind: "value", message: NOT_CONSTANT("margin") });
      out[k] = NaN;
      continue;
    }
    let sum = 0;
    if (mc === 1) {
      const m = b.margin[mo];
      for (let t = 0; t < K; t++) sum += w[t];
      sum = m * (sum + tail);
    } else {
      for (let t = 0; t < K; t++) sum += b.margin[mo + (t < mc ? t : mc - 1)] * w[t];
      if (tail !== 0) sum += b.margin[mo + mc - 1] * tail;
    }
    const value = sum - (acShared ? ac[0] : ac[k]);
    if (value === Infinity || value === -Infinity) {
      // Only reachable with a negative discount rate over a very long horizon.
      issues.push({
        row: k,
        kind: "num",
        message: "The lifetime value is too large to represent: shorten the horizon.",
      });
      out[k] = NaN;
      continue;
    }
    out[k] = value;
  }
  return { values: out, issues };
}

function divergesMessage(r: number, i: number): string {
  return `The infinite-horizon value diverges: retention ${r} must be below 1 + discount rate (${1 + i}).`;
}

/**
 * Lifetime value of one customer.
 *
 * @param margins Margin per period: one value (constant) or one per period; past the last
 *   one its value continues.
 * @param retention Retention rate per period, 0..1: one value or one per period (default 1).
 * @param discountRate Discount rate per period, > -1 (default 0.1).
 * @param periods Horizon, a whole number >= 0; 0 = infinite (default {@link defaultHorizon}).
 * @param acquisitionCost Subtracted once (default 0).
 * @returns The CLV.
 * @throws {ClvError} On any problem {@link clvMany} reports (retention outside 0..1, a bad
 *   discount rate or horizon, an infinite horizon with changing inputs or diverging).
 * @example clvOne([100], 0.8, 0.1, 0) // 266.67 (the margin multiple 0.8 / 0.3 = 2.667)
 * @example clvOne([100, 200], 1, 0, 2) // 300
 * Cost: O(given periods).
 */
export function clvOne(
  margins: ArrayLike<number>,
  retention: number | ArrayLike<number> = 1,
  discountRate: number = DEFAULT_DISCOUNT_RATE,
  periods?: number,
  acquisitionCost = 0
): number {
  const r =
    typeof retention === "number" ? Float64Array.of(retention) : Float64Array.from(retention);
  if (margins.length === 0 || r.length === 0)
    throw new ClvError("value", "Margin and retention need at least one value.");
  const res = clvMany({
    n: 1,
    margin: Float64Array.from(margins),
    marginCols: margins.length,
    retention: r,
    retentionCols: r.length,
    acquisitionCost: Float64Array.of(acquisitionCost),
    discountRate,
    periods,
  });
  if (res.issues.length > 0) throw new ClvError(res.issues[0].kind, res.issues[0].message);
  return res.values[0];
}
