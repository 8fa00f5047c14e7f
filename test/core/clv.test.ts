import fc from "fast-check";
import { clvMany, clvOne, ClvError, defaultHorizon, DEFAULT_HORIZON } from "../../src/core/clv";

/** Independent reference: the textbook sum written out term by term (no closed forms). */
function bruteClv(margins: number[], rates: number[], i: number, T: number, ac = 0): number {
  let s = 1;
  let sum = 0;
  for (let t = 1; t <= T; t++) {
    const m = margins[Math.min(t, margins.length) - 1];
    s *= rates[Math.min(t, rates.length) - 1];
    sum += (m * s) / Math.pow(1 + i, t);
  }
  return sum - ac;
}

describe("clvOne: worked examples", () => {
  test("constant margin 100, r = 0.8, i = 10%, 3 periods", () => {
    // 100*0.8/1.1 + 100*0.64/1.21 + 100*0.512/1.331 = 72.727 + 52.893 + 38.467 = 164.087
    expect(clvOne([100], 0.8, 0.1, 3)).toBeCloseTo(164.087, 3);
  });

  test("textbook margin multiples at i = 10% (infinite horizon): r 0.6 -> 1.2, 0.7 -> 1.75, 0.8 -> 2.667, 0.9 -> 4.5", () => {
    // m * r / (1 + i - r): 0.6/0.5, 0.7/0.4, 0.8/0.3, 0.9/0.2
    expect(clvOne([1], 0.6, 0.1, 0)).toBeCloseTo(1.2, 10);
    expect(clvOne([1], 0.7, 0.1, 0)).toBeCloseTo(1.75, 10);
    expect(clvOne([1], 0.8, 0.1, 0)).toBeCloseTo(2.6667, 4);
    expect(clvOne([1], 0.9, 0.1, 0)).toBeCloseTo(4.5, 10);
    expect(clvOne([250], 0.9, 0.1, 0)).toBeCloseTo(1125, 8);
  });

  test("retention 1 and no discount: the plain sum of margins; default horizon 5", () => {
    expect(clvOne([100], 1, 0)).toBe(500);
    expect(clvOne([100, 200, 300], 1, 0)).toBe(600); // three period columns: horizon 3
  });

  test("per-period margins: discounted 100/1.1 + 200/1.21 + 300/1.331 = 90.909 + 165.289 + 225.394", () => {
    expect(clvOne([100, 200, 300], 1, 0.1)).toBeCloseTo(481.593, 3);
  });

  test("the last margin continues past the given columns: 10 + 20 + 20 + 20 = 70", () => {
    expect(clvOne([10, 20], 1, 0, 4)).toBe(70);
  });

  test("a horizon shorter than the columns uses the first ones: 10 + 20", () => {
    expect(clvOne([10, 20, 30], 1, 0, 2)).toBe(30);
  });

  test("per-period retention: survival is the product of the rates, the last rate continues", () => {
    // S = 0.9, 0.45 -> 90 + 45 = 135 (horizon 2 from the two rate columns)
    expect(clvOne([100], [0.9, 0.5], 0)).toBeCloseTo(135, 10);
    // S3 = 0.225, S4 = 0.1125 -> 135 + 22.5 + 11.25 = 168.75
    expect(clvOne([100], [0.9, 0.5], 0, 4)).toBeCloseTo(168.75, 10);
  });

  test("acquisition cost is subtracted once", () => {
    expect(clvOne([100], 1, 0, 2, 30)).toBe(170);
  });

  test("retention 0: nothing after the first period", () => {
    expect(clvOne([100], 0, 0.1, 10)).toBe(0);
    expect(clvOne([100], 0, 0.1, 0)).toBe(0);
  });

  test("a long horizon (closed-form tail) agrees with the term-by-term sum and tends to the multiple", () => {
    expect(clvOne([100, 50], [0.9, 0.95], 0.05, 1000)).toBeCloseTo(
      bruteClv([100, 50], [0.9, 0.95], 0.05, 1000),
      8
    );
    expect(clvOne([1], 0.8, 0.1, 2000)).toBeCloseTo(0.8 / 0.3, 10);
    // r = 1, i = 0: the tail is a count of periods
    expect(clvOne([3], 1, 0, 1000)).toBe(3000);
  });

  test("bad arguments throw ClvError with the Excel error kind", () => {
    const kind = (f: () => unknown): string | undefined => {
      try {
        f();
      } catch (e) {
        return e instanceof ClvError ? `${e.kind}: ${e.message}` : "other";
      }
      return undefined;
    };
    expect(kind(() => clvOne([100], 1.2))).toMatch(/^num: Retention 1.2 is outside 0..1/);
    expect(kind(() => clvOne([100], -0.1))).toMatch(/^num:/);
    expect(kind(() => clvOne([100], 0.8, -1))).toMatch(/^num: Discount rate/);
    expect(kind(() => clvOne([100], 0.8, -0.05))).toBeUndefined(); // negative but > -1 is allowed
    expect(kind(() => clvOne([100], 0.8, 0.1, 2.5))).toMatch(/^num: Periods/);
    expect(kind(() => clvOne([100], 0.8, 0.1, -1))).toMatch(/^num: Periods/);
    expect(kind(() => clvOne([100, 120], 0.8, 0.1, 0))).toMatch(
      /^value: The infinite horizon .* constant margin/
    );
    expect(kind(() => clvOne([100], [0.8, 0.9], 0.1, 0))).toMatch(
      /^value: The infinite horizon .* constant retention/
    );
    expect(kind(() => clvOne([100], 1, 0, 0))).toMatch(/^num: The infinite-horizon value diverges/);
  });

  test("an overflowing value (negative discount rate, huge horizon) is a #NUM! issue, not Infinity", () => {
    expect(() => clvOne([100], 1, -0.5, 5000)).toThrow(/too large/);
  });

  test("an infinite horizon accepts period columns that hold one constant value", () => {
    expect(clvOne([100, 100], [0.8, 0.8], 0.1, 0)).toBeCloseTo(266.667, 3);
  });

  test("default horizon", () => {
    expect(defaultHorizon(1, 1)).toBe(DEFAULT_HORIZON);
    expect(defaultHorizon(3, 1)).toBe(3);
    expect(defaultHorizon(2, 6)).toBe(6);
  });
});

describe("clvMany", () => {
  test("per-customer retention rows and per-customer acquisition cost", () => {
    const r = clvMany({
      n: 2,
      margin: Float64Array.of(100, 200, 10, 10),
      marginCols: 2,
      retention: Float64Array.of(0.5, 1, 1, 1),
      retentionCols: 2,
      retentionPerCustomer: true,
      acquisitionCost: Float64Array.of(5, 0),
      discountRate: 0,
    });
    // customer 1: 100*0.5 + 200*0.5 - 5 = 145; customer 2: 10 + 10 = 20
    expect(Array.from(r.values)).toEqual([145, 20]);
    expect(r.issues).toEqual([]);
  });

  test("a customer's own bad retention is an issue for that row only", () => {
    const r = clvMany({
      n: 3,
      margin: Float64Array.of(1, 1, 1),
      marginCols: 1,
      retention: Float64Array.of(0.5, 1.5, NaN),
      retentionPerCustomer: true,
      discountRate: 0,
      periods: 1,
    });
    expect(r.values[0]).toBe(0.5);
    expect(r.values[1]).toBeNaN();
    expect(r.values[2]).toBeNaN();
    expect(r.issues).toHaveLength(1); // NaN marks a row the caller has judged: no issue
    expect(r.issues[0]).toMatchObject({ row: 1, kind: "num" });
  });

  test("agrees with the term-by-term sum on random inputs", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 6 }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        fc.integer({ min: 1, max: 30 }),
        (m, r, i, T) => {
          const got = clvOne(m, r, i, T);
          const want = bruteClv(m, r, i, T);
          expect(Math.abs(got - want)).toBeLessThanOrEqual(
            1e-9 * (1 + Math.abs(want)) * Math.max(1, Math.pow(1 + Math.max(0, -i), T))
          );
        }
      )
    );
  });
});

describe("clv properties", () => {
  const rate = fc.double({ min: 0, max: 1, noNaN: true });
  const margin = fc.double({ min: 0, max: 1e6, noNaN: true });
  const disc = fc.double({ min: -0.5, max: 2, noNaN: true });
  const horizon = fc.integer({ min: 0, max: 40 });
  const tol = (x: number): number => 1e-9 * (1 + Math.abs(x));
  /** A valid finite horizon (0 = infinite needs r < 1 + i). */
  const ok = (r: number, i: number, T: number): boolean => T > 0 || r < 1 + i - 1e-6;

  test("non-decreasing in the margin", () => {
    fc.assert(
      fc.property(margin, margin, rate, disc, horizon, (a, b, r, i, T) => {
        fc.pre(ok(r, i, T));
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(clvOne([hi], r, i, T)).toBeGreaterThanOrEqual(clvOne([lo], r, i, T) - tol(hi * 1e3));
      })
    );
  });

  test("non-decreasing in retention for non-negative margins", () => {
    fc.assert(
      fc.property(margin, rate, rate, disc, horizon, (m, a, b, i, T) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        fc.pre(ok(hi, i, T));
        const vHi = clvOne([m], hi, i, T);
        expect(vHi).toBeGreaterThanOrEqual(clvOne([m], lo, i, T) - tol(vHi));
      })
    );
  });

  test("non-increasing in the discount rate for non-negative margins", () => {
    fc.assert(
      fc.property(
        fc.array(margin, { minLength: 1, maxLength: 5 }),
        rate,
        disc,
        disc,
        horizon,
        (m, r, a, b, T) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          fc.pre(ok(r, lo, T));
          if (T === 0) m = [m[0]];
          const vLo = clvOne(m, r, lo, T);
          expect(clvOne(m, r, hi, T)).toBeLessThanOrEqual(vLo + tol(vLo));
        }
      )
    );
  });

  test("permuting the customers permutes the values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(margin, margin, rate), { minLength: 1, maxLength: 30 }),
        fc.infiniteStream(fc.nat()),
        (rows, seeds) => {
          const perm = rows.map((_, k) => k);
          const it = seeds[Symbol.iterator]();
          for (let k = perm.length - 1; k > 0; k--) {
            const j = it.next().value % (k + 1);
            [perm[k], perm[j]] = [perm[j], perm[k]];
          }
          const run = (rs: [number, number, number][]) =>
            clvMany({
              n: rs.length,
              margin: Float64Array.from(rs.flatMap((x) => [x[0], x[1]])),
              marginCols: 2,
              retention: Float64Array.from(rs.map((x) => x[2])),
              retentionPerCustomer: true,
            }).values;
          const base = run(rows);
          const permuted = run(perm.map((k) => rows[k]));
          perm.forEach((k, pos) => expect(permuted[pos]).toBe(base[k]));
        }
      )
    );
  });
});
