import fc from "fast-check";
import { normaliseWeights, ScoreError, scoreMany } from "../../src/core/score";

const rows = (xs: number[][]): Float64Array => Float64Array.from(xs.flat());

describe("scoreMany: worked examples", () => {
  test("two indicators, one reversed", () => {
    // col 1 (higher better): 1,2,3 -> 0, 0.5, 1. col 2 (lower better): 10,5,8 -> (10-x)/5 = 0, 1, 0.4
    // equal weights: 100 * (0 + 0)/2 = 0; (0.5 + 1)/2 = 75; (1 + 0.4)/2 = 70
    const s = scoreMany(
      rows([
        [1, 10],
        [2, 5],
        [3, 8],
      ]),
      3,
      2,
      undefined,
      [1, -1]
    );
    expect(Array.from(s)).toEqual([0, 75, 70]);
  });

  test("weights are normalised: 1 and 3 -> 0.25 and 0.75", () => {
    // norms: row 1 (0, 1), row 2 (1, 0) -> 75 and 25
    const s = scoreMany(
      rows([
        [0, 10],
        [4, 0],
      ]),
      2,
      2,
      [1, 3]
    );
    expect(Array.from(s)).toEqual([75, 25]);
    expect(Array.from(normaliseWeights(2, [1, 3]))).toEqual([0.25, 0.75]);
  });

  test("a constant indicator gives everyone half its weight", () => {
    // col 1 constant -> 0.5 each; col 2: 1 -> 0, 3 -> 1; equal weights -> 25 and 75
    expect(
      Array.from(
        scoreMany(
          rows([
            [5, 1],
            [5, 3],
          ]),
          2,
          2
        )
      )
    ).toEqual([25, 75]);
  });

  test("a blank (NaN) indicator counts as the worst, whatever the direction", () => {
    // col 1: 2, 4, blank -> 0, 1, 0 ; col 2 reversed: 1, blank, 3 -> 1, 0, 0
    const s = scoreMany(
      rows([
        [2, 1],
        [4, NaN],
        [NaN, 3],
      ]),
      3,
      2,
      undefined,
      [1, -1]
    );
    expect(Array.from(s)).toEqual([50, 50, 0]);
    // a blank in a constant column is still the worst (0), the others get 0.5
    expect(Array.from(scoreMany(rows([[7], [NaN], [7]]), 3, 1))).toEqual([50, 0, 50]);
  });

  test("a single customer: every indicator is constant -> 50", () => {
    expect(Array.from(scoreMany(rows([[3, 9, -1]]), 1, 3, [1, 2, 3], [1, -1, 1]))).toEqual([50]);
  });

  test("bad weights and directions", () => {
    const kind = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof ScoreError ? e.kind : "other";
      }
      return undefined;
    };
    const v = rows([[1, 2]]);
    expect(kind(() => scoreMany(v, 1, 2, [1, -1]))).toBe("num");
    expect(kind(() => scoreMany(v, 1, 2, [0, 0]))).toBe("num");
    expect(kind(() => scoreMany(v, 1, 2, [1]))).toBe("value");
    expect(kind(() => scoreMany(v, 1, 2, undefined, [1, 0]))).toBe("value");
    expect(kind(() => scoreMany(v, 1, 2, [0, 1]))).toBeUndefined(); // a zero weight is fine
  });
});

describe("score properties", () => {
  const cell = fc.oneof(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.constant(NaN));
  const table = fc
    .integer({ min: 1, max: 4 })
    .chain((k) =>
      fc.tuple(
        fc.constant(k),
        fc.array(fc.array(cell, { minLength: k, maxLength: k }), { minLength: 1, maxLength: 25 }),
        fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: k, maxLength: k }),
        fc.array(fc.constantFrom(1, -1), { minLength: k, maxLength: k })
      )
    );

  test("every score is in [0, 100]", () => {
    fc.assert(
      fc.property(table, ([k, data, w, d]) => {
        fc.pre(w.some((x) => x > 0));
        for (const s of scoreMany(rows(data), data.length, k, w, d)) {
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(100);
        }
      })
    );
  });

  test("permuting the customers permutes the scores", () => {
    fc.assert(
      fc.property(table, ([k, data, w, d]) => {
        fc.pre(w.some((x) => x > 0));
        const a = scoreMany(rows(data), data.length, k, w, d);
        const b = scoreMany(rows(data.slice().reverse()), data.length, k, w, d);
        expect(Array.from(b)).toEqual(Array.from(a).reverse());
      })
    );
  });

  test("a better value on one indicator never lowers the score", () => {
    fc.assert(
      fc.property(table, fc.double({ min: 0, max: 1e6, noNaN: true }), ([k, data, w, d], bump) => {
        fc.pre(w.some((x) => x > 0) && !Number.isNaN(data[0][0]));
        const better = data.map((r) => r.slice());
        better[0][0] += d[0] * bump;
        const before = scoreMany(rows(data), data.length, k, w, d)[0];
        const after = scoreMany(rows(better), data.length, k, w, d)[0];
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      })
    );
  });
});
