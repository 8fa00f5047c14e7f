/**
 * Property tests of the tiering core against an independent O(n^2) reference that applies
 * PRODUCT 2.1-2.2 literally, customer by customer.
 */
import fc from "fast-check";
import { assignTiers, concentration, selectInPlace, type TierMethod } from "../../src/core/tier";

/** The rule as written: count (or sum) strictly greater values, first cut above the share. */
function naiveTiers(values: number[], method: TierMethod, cuts: number[]): number[] {
  const live = values.filter((v) => !Number.isNaN(v));
  const n = live.length;
  const total = live.filter((v) => v > 0).reduce((s, v) => s + v, 0);
  return values.map((v) => {
    if (Number.isNaN(v)) return -1;
    if (method === "pareto" && !(v > 0 && total > 0)) return cuts.length;
    const share =
      method === "rank"
        ? live.filter((x) => x > v).length / n
        : live.filter((x) => x > v).reduce((s, x) => s + x, 0) / total;
    const k = cuts.findIndex((c) => share < c);
    return k === -1 ? cuts.length : k;
  });
}

function naiveConcentration(values: number[], top: number): number {
  const live = values.filter((v) => !Number.isNaN(v));
  const total = live.filter((v) => v > 0).reduce((s, v) => s + v, 0);
  const held = live
    .filter((v) => v > 0 && live.filter((x) => x > v).length / live.length < top)
    .reduce((s, v) => s + v, 0);
  return held / total;
}

/** Strictly increasing cuts in (0, 1], 1 to 4 of them, including round ones like 0.2 or 0.55. */
const cutsArb = fc
  .uniqueArray(
    fc.oneof(
      fc.integer({ min: 1, max: 20 }).map((k) => k / 20),
      fc.double({ min: 0.001, max: 1, noNaN: true })
    ),
    { minLength: 1, maxLength: 4 }
  )
  .map((c) => [...c].sort((a, b) => a - b));

/**
 * Values with many ties: small integers (ties everywhere, also exactly at the cut points),
 * integers up to 1e6 (exact sums, so the Pareto reference agrees to the last bit), some NaN.
 */
const valueArb = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -3, max: 8 }) },
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 1_000_000 }) },
  { weight: 1, arbitrary: fc.constant(NaN) }
);
const valuesArb = fc.array(valueArb, { minLength: 0, maxLength: 120 });
/** Any finite doubles, for the rank method (no sums involved). */
const doublesArb = fc.array(
  fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(NaN)),
  { maxLength: 80 }
);
const methodArb = fc.constantFrom<TierMethod>("rank", "pareto");

const labelsFor = (cuts: number[]): string[] => cuts.map((_, i) => `T${i}`).concat(["Last"]);

describe("assignTiers properties", () => {
  test("agrees with the naive O(n^2) rule (ties, duplicates at boundaries, NaN, zeros, negatives)", () => {
    fc.assert(
      fc.property(valuesArb, methodArb, cutsArb, (values, method, cuts) => {
        const got = Array.from(assignTiers(values, { method, cuts, labels: labelsFor(cuts) }));
        expect(got).toEqual(naiveTiers(values, method, cuts));
      }),
      { numRuns: 400 }
    );
  });
  test("rank agrees with the naive rule on arbitrary doubles", () => {
    fc.assert(
      fc.property(doublesArb, cutsArb, (values, cuts) => {
        const got = Array.from(assignTiers(values, { cuts, labels: labelsFor(cuts) }));
        expect(got).toEqual(naiveTiers(values, "rank", cuts));
      }),
      { numRuns: 300 }
    );
  });
  test("a long list agrees with the naive rule (selection beyond the insertion-sort size)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 30 }), { minLength: 200, maxLength: 1500 }),
        methodArb,
        cutsArb,
        (values, method, cuts) => {
          expect(
            Array.from(assignTiers(values, { method, cuts, labels: labelsFor(cuts) }))
          ).toEqual(naiveTiers(values, method, cuts));
        }
      ),
      { numRuns: 25 }
    );
  });
  test("a larger value never gets a worse tier; equal values share a tier (within a group)", () => {
    fc.assert(
      fc.property(
        valuesArb,
        methodArb,
        fc.array(fc.constantFrom("n", "s", null), { minLength: 120, maxLength: 120 }),
        (values, method, g) => {
          const groups = g.slice(0, values.length);
          const t = assignTiers(values, { method }, groups);
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              if (groups[i] !== groups[j] || Number.isNaN(values[i]) || Number.isNaN(values[j]))
                continue;
              if (values[i] > values[j]) expect(t[i]).toBeLessThanOrEqual(t[j]);
              if (values[i] === values[j]) expect(t[i]).toBe(t[j]);
            }
          }
        }
      )
    );
  });
  test("permuting the input permutes the output", () => {
    fc.assert(
      fc.property(
        valuesArb.chain((v) =>
          fc.tuple(
            fc.constant(v),
            fc.shuffledSubarray(
              v.map((_, i) => i),
              { minLength: v.length, maxLength: v.length }
            )
          )
        ),
        methodArb,
        ([values, perm], method) => {
          const t = assignTiers(values, { method });
          const tp = assignTiers(
            perm.map((i) => values[i]),
            { method }
          );
          perm.forEach((i, j) => expect(tp[j]).toBe(t[i]));
        }
      )
    );
  });
  test("the largest customer is always in the first tier (Pareto: when it is positive)", () => {
    fc.assert(
      fc.property(valuesArb, methodArb, cutsArb, (values, method, cuts) => {
        const live = values.filter((v) => !Number.isNaN(v));
        fc.pre(live.length > 0);
        const max = Math.max(...live);
        fc.pre(method === "rank" || max > 0);
        const t = assignTiers(values, { method, cuts, labels: labelsFor(cuts) });
        expect(t[values.indexOf(max)]).toBe(0);
      })
    );
  });
  test("tier sizes follow the cuts: with distinct values, tiers 0..k hold #{c in 0..n-1 : c/n < cut_k}", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 300 }),
        cutsArb,
        (values, cuts) => {
          const n = values.length;
          const t = assignTiers(values, { cuts, labels: labelsFor(cuts) });
          cuts.forEach((cut, k) => {
            let expected = 0;
            for (let c = 0; c < n; c++) if (c / n < cut) expected++;
            expect(t.filter((x) => x <= k).length).toBe(expected);
          });
        }
      )
    );
  });
  test("sweep of every cut k/100 and n = 1..150: the first tier holds #{c : c/n < cut} (exact float rule)", () => {
    // Catches count < cut * n shortcuts, which differ e.g. at n = 100, cut = 0.55.
    for (let n = 1; n <= 150; n++) {
      const values = Float64Array.from({ length: n }, (_, i) => i);
      for (let k = 1; k <= 100; k++) {
        const cut = k / 100;
        let expected = 0;
        for (let c = 0; c < n; c++) if (c / n < cut) expected++;
        const t = assignTiers(values, { cuts: [cut], labels: ["in", "out"] });
        let got = 0;
        for (const x of t) if (x === 0) got++;
        if (got !== expected) expect({ n, cut, got }).toEqual({ n, cut, got: expected });
      }
    }
  });
  test("with distinct values and the default cuts, A holds ceil(0.2 n) and A + B ceil(0.6 n) (n = 1..2000)", () => {
    for (let n = 1; n <= 2000; n++) {
      const t = assignTiers(Float64Array.from({ length: n }, (_, i) => (i * 7919) % n));
      let a = 0;
      let ab = 0;
      for (const x of t) {
        if (x === 0) a++;
        if (x <= 1) ab++;
      }
      // exact integer ceilings of n/5 and 3n/5
      expect([n, a, ab]).toEqual([n, Math.floor((n + 4) / 5), Math.floor((3 * n + 4) / 5)]);
    }
  });
  test("groups: each group is tiered exactly as if it were alone", () => {
    fc.assert(
      fc.property(
        valuesArb,
        methodArb,
        fc.array(fc.constantFrom("a", "b", 1, "", null, undefined), {
          minLength: 120,
          maxLength: 120,
        }),
        (values, method, g) => {
          const groups = g.slice(0, values.length);
          const t = assignTiers(values, { method }, groups);
          const norm = (k: unknown): unknown => (k === null || k === undefined ? "" : k);
          for (const key of new Set(groups.map(norm))) {
            const idx = values.map((_, i) => i).filter((i) => norm(groups[i]) === key);
            const alone = assignTiers(
              idx.map((i) => values[i]),
              { method }
            );
            idx.forEach((i, j) => expect(t[i]).toBe(alone[j]));
          }
        }
      )
    );
  });
});

describe("concentration properties", () => {
  test("agrees with the naive rule", () => {
    fc.assert(
      fc.property(valuesArb, fc.double({ min: 0.001, max: 1, noNaN: true }), (values, top) => {
        const want = naiveConcentration(values, top);
        const got = concentration(values, top);
        if (Number.isNaN(want)) expect(got).toBeNaN();
        else expect(got).toBe(want);
      }),
      { numRuns: 300 }
    );
  });
});

describe("selectInPlace properties", () => {
  test("matches a sort at every position asked", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.integer({ min: 0, max: 5 }), fc.double({ noNaN: true })), {
          minLength: 1,
          maxLength: 400,
        }),
        fc.nat(),
        (v, k0) => {
          const k = k0 % v.length;
          const a = Float64Array.from(v);
          const sorted = Float64Array.from(v).sort();
          // Compared as numbers: -0 and 0 are the same sales value (the typed-array sort puts
          // -0 first, a selection by < need not), so both sides are normalised with + 0.
          const num = (x: number) => x + 0;
          expect(num(selectInPlace(a, k))).toBe(num(sorted[k]));
          expect(Array.from(a, num).sort((x, y) => x - y)).toEqual(
            Array.from(sorted, num).sort((x, y) => x - y)
          );
        }
      )
    );
  });
});
