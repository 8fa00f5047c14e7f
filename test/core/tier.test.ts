/**
 * Worked examples for the tiering core. Every expected value is derived by hand in the
 * comments from the rules of PRODUCT 2.1-2.2 (share above = #strictly greater / n for rank,
 * sum of strictly greater / total positive for Pareto; first tier whose cut is > share).
 */
import {
  DEFAULT_LABELS,
  DEFAULT_PARETO_CUTS,
  DEFAULT_RANK_CUTS,
  assignTiers,
  concentration,
  maxCountAbove,
  paretoThresholds,
  rankThresholds,
  resolveTierOptions,
  selectInPlace,
} from "../../src/core/tier";

const tiers = (...args: Parameters<typeof assignTiers>): number[] =>
  Array.from(assignTiers(...args));

describe("resolveTierOptions", () => {
  test("defaults by method", () => {
    expect(DEFAULT_LABELS).toEqual(["A", "B", "C"]);
    expect(resolveTierOptions()).toEqual({
      method: "rank",
      cuts: [0.2, 0.6],
      labels: ["A", "B", "C"],
    });
    expect(resolveTierOptions({ method: "pareto" })).toEqual({
      method: "pareto",
      cuts: [0.8, 0.95],
      labels: ["A", "B", "C"],
    });
    expect(DEFAULT_RANK_CUTS).toEqual([0.2, 0.6]);
    expect(DEFAULT_PARETO_CUTS).toEqual([0.8, 0.95]);
  });
  test("cuts alone give labels A, B, C, ... one more than the cuts", () => {
    expect(resolveTierOptions({ cuts: [0.1, 0.3, 0.6] }).labels).toEqual(["A", "B", "C", "D"]);
    expect(resolveTierOptions({ cuts: [0.5] }).labels).toEqual(["A", "B"]);
  });
  test("bad cuts are RangeErrors saying what is wrong", () => {
    expect(() => resolveTierOptions({ cuts: [0.6, 0.2] })).toThrow(RangeError);
    expect(() => resolveTierOptions({ cuts: [0.6, 0.2] })).toThrow(
      /strictly increasing: item 2 \(0.2\) is not above item 1 \(0.6\)/
    );
    expect(() => resolveTierOptions({ cuts: [0.2, 0.2] })).toThrow(/strictly increasing/);
    expect(() => resolveTierOptions({ cuts: [0, 0.5] })).toThrow(/between 0 and 1 .*item 1 is 0/);
    expect(() => resolveTierOptions({ cuts: [0.5, 1.2] })).toThrow(/item 2 is 1.2/);
    expect(() => resolveTierOptions({ cuts: [NaN] })).toThrow(RangeError);
    expect(() => resolveTierOptions({ cuts: [0.5, 1] })).not.toThrow(); // 1 is allowed
  });
  test("bad method and labels are TypeErrors", () => {
    expect(() => resolveTierOptions({ method: "abc" as never })).toThrow(TypeError);
    expect(() => resolveTierOptions({ labels: ["A", "B"] })).toThrow(/2 cuts need 3 labels, got 2/);
    expect(() => resolveTierOptions({ labels: ["A", "B"] })).toThrow(TypeError);
    expect(() => resolveTierOptions({ labels: ["A", "A", "C"] })).toThrow(/distinct: "A"/);
    expect(() => resolveTierOptions({ labels: ["A", "", "C"] })).toThrow(
      /item 2 must be non-empty/
    );
  });
});

describe("rank method", () => {
  test("1..10, no ties: A 2, B 4, C 4", () => {
    // value v has 10 - v values above: A if (10-v)/10 < 0.2 (v = 10, 9), B if < 0.6 (v = 8..5).
    expect(tiers([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual([2, 2, 2, 2, 1, 1, 1, 1, 0, 0]);
  });
  test("ties at the cut point share the better tier", () => {
    // 10: 0/10 A; the two 9s: 1/10 = 0.1 < 0.2, both A (A holds 3 > 0.2 n); 8: 3/10 B;
    // 7: 0.4 B; 6: 0.5 B; 5: 6/10 = 0.6 is not < 0.6, so C; 4, 3, 2 C.
    expect(tiers([10, 9, 9, 8, 7, 6, 5, 4, 3, 2])).toEqual([0, 0, 0, 1, 1, 1, 2, 2, 2, 2]);
  });
  test("a tie can empty a tier", () => {
    // three 10s: 0/5 A; 5: 3/5 = 0.6 not < 0.6 -> C; 1: 4/5 -> C. Nobody is B.
    expect(tiers([10, 5, 10, 1, 10])).toEqual([0, 2, 0, 2, 0]);
  });
  test("all equal and a single customer are all A", () => {
    expect(tiers([7, 7, 7, 7])).toEqual([0, 0, 0, 0]);
    expect(tiers([42])).toEqual([0]);
    expect(tiers([-3])).toEqual([0]);
  });
  test("NaN is not a customer: -1 and not counted in n", () => {
    // n = 5 (5, 3, 1, 4, 2): 5 A; 4: 1/5 = 0.2 B; 3: 0.4 B; 2: 0.6 C; 1 C.
    expect(tiers([NaN, 5, NaN, 3, 1, 4, 2])).toEqual([-1, 0, -1, 1, 2, 1, 2]);
    expect(tiers([NaN, NaN])).toEqual([-1, -1]);
    expect(tiers([])).toEqual([]);
  });
  test("zero and negative sales are ranked like any value", () => {
    // n = 5: 10 A; 3: 1/5 B; the two 0s: 2/5 = 0.4 B; -5: 4/5 C.
    expect(tiers([-5, 0, 10, 3, 0])).toEqual([2, 1, 0, 1, 1]);
  });
  test("four tiers A/B/C/D with cuts 0.1/0.3/0.6 on 1..20: sizes 2, 4, 6, 8", () => {
    // v has 20 - v above. A: (20-v)/20 < 0.1 -> 20-v in 0..1; B: < 0.3 -> 2..5; C: < 0.6 -> 6..11.
    const v = Array.from({ length: 20 }, (_, i) => i + 1);
    const t = tiers(v, { cuts: [0.1, 0.3, 0.6], labels: ["A", "B", "C", "D"] });
    expect(t).toEqual([3, 3, 3, 3, 3, 3, 3, 3, 2, 2, 2, 2, 2, 2, 1, 1, 1, 1, 0, 0]);
  });
  test("the exact float rule count / n < cut, not count < cut * n", () => {
    // 1..100, cuts {0.55}: 55/100 is 0.55, not < 0.55, so 55 customers (0..54 above) are in the
    // first tier. The shortcut 55 < 0.55 * 100 = 55.00000000000001 would put 56 there.
    expect(55 < 0.55 * 100).toBe(true);
    const v = Array.from({ length: 100 }, (_, i) => i + 1);
    const t = tiers(v, { cuts: [0.55], labels: ["X", "Y"] });
    expect(t.filter((x) => x === 0).length).toBe(55);
    expect(maxCountAbove(100, 0.55)).toBe(54);
  });
  test("cut 1 puts everybody inside it", () => {
    // 3: 0/3 X; 2: 1/3 < 0.5 X; 1: 2/3 < 1 Y; nobody can reach Z (share above is always < 1).
    expect(tiers([3, 2, 1], { cuts: [0.5, 1], labels: ["X", "Y", "Z"] })).toEqual([0, 0, 1]);
  });
  test("thresholds are order statistics", () => {
    // n = 5, cuts 0.2/0.6: at most 0 above for A -> the largest (5); at most 2 above for B -> 3.
    expect(Array.from(rankThresholds(Float64Array.of(3, 1, 5, 2, 4), [0.2, 0.6]))).toEqual([5, 3]);
  });
});

describe("pareto method", () => {
  test("worked example with zero and negative values", () => {
    // total positive = 50 + 30 + 10 + 10 = 100. 50: 0 above -> A; 30: 50/100 = 0.5 -> A;
    // each 10: 80/100 = 0.8 not < 0.8, < 0.95 -> B; 0 and -5: <= 0 -> C (last tier).
    expect(tiers([10, 50, 0, 30, -5, 10], { method: "pareto" })).toEqual([1, 0, 2, 0, 2, 1]);
    expect(Array.from(paretoThresholds(Float64Array.of(50, 30, 10, 10, 0), [0.8, 0.95]))).toEqual([
      30, 10,
    ]);
  });
  test("a long tail reaches C", () => {
    // total 100: 60 A (0); 20: 60/100 A; 10: 80/100 B; 5: 90/100 B; 3: 95/100 not < 0.95 C; 2: 98 C.
    expect(tiers([60, 20, 10, 5, 3, 2], { method: "pareto" })).toEqual([0, 0, 1, 1, 2, 2]);
  });
  test("no positive value: everybody in the last tier", () => {
    expect(tiers([0, -1, NaN, 0], { method: "pareto" })).toEqual([2, 2, -1, 2]);
  });
  test("all equal positive values share A; a single customer is A", () => {
    expect(tiers([5, 5, 5], { method: "pareto" })).toEqual([0, 0, 0]);
    expect(tiers([9], { method: "pareto" })).toEqual([0]);
  });
  test("custom cuts and labels", () => {
    // total 6: 3 -> 0 above, X; 2 -> 3/6 = 0.5 not < 0.5 -> Y; 1 -> 5/6 -> Y.
    expect(tiers([1, 2, 3], { method: "pareto", cuts: [0.5], labels: ["X", "Y"] })).toEqual([
      1, 1, 0,
    ]);
  });
});

describe("groups", () => {
  test("tiers are computed within each group", () => {
    // each group of 3: top 0/3 A; middle 1/3 = 0.33 B; bottom 2/3 = 0.67 C.
    expect(tiers([10, 20, 30, 1, 2, 3], {}, ["x", "x", "x", "y", "y", "y"])).toEqual([
      2, 1, 0, 2, 1, 0,
    ]);
    // interleaved, with a pareto group: x = {100, 1}: 1 has 100/101 above -> C; y = {5, 5}: A.
    expect(tiers([100, 5, 1, 5], { method: "pareto" }, ["x", "y", "x", "y"])).toEqual([0, 0, 2, 0]);
  });
  test("null, undefined and '' are one blank group; 1 and '1' are different keys", () => {
    // blank group {5, 1, 9}: 9 A, 5 (1/3) B, 1 (2/3) C.
    expect(tiers([5, 1, 9], {}, [null, "", undefined])).toEqual([1, 2, 0]);
    expect(tiers([5, 1], {}, [1, "1"])).toEqual([0, 0]);
  });
  test("NaN in a group is skipped, a group of only NaN is fine", () => {
    expect(tiers([NaN, 4, NaN, 2], {}, ["a", "b", "a", "b"])).toEqual([-1, 0, -1, 1]);
  });
  test("groups of another length are rejected", () => {
    expect(() => assignTiers([1, 2], {}, ["a"])).toThrow(/2 values, 1 keys/);
  });
});

describe("concentration", () => {
  test("worked examples", () => {
    // top 20% of 5 = customers with 0 above: 50 of 100.
    expect(concentration([50, 30, 10, 10, 0])).toBe(0.5);
    // top 40%: c/5 < 0.4 -> 0 or 1 above: 50 + 30 of 100.
    expect(concentration([50, 30, 10, 10, 0], 0.4)).toBe(0.8);
    // ties at the boundary are all in: 25% of 4 = 0 above, the three 10s: 30 / 31.
    expect(concentration([10, 10, 1, 10], 0.25)).toBe(30 / 31);
    // negatives add nothing: total positive 25, top = 10.
    expect(concentration([10, -100, 5, 5, 5])).toBe(0.4);
    // NaN is not a customer: n = 2, top 50% = the 3: 3/4.
    expect(concentration([NaN, 3, 1], 0.5)).toBe(0.75);
    expect(concentration([1, 2, 3], 1)).toBe(1);
  });
  test("undefined without customers or positive values; topShare must be in (0, 1]", () => {
    expect(concentration([])).toBeNaN();
    expect(concentration([0, -2])).toBeNaN();
    expect(() => concentration([1], 0)).toThrow(RangeError);
    expect(() => concentration([1], 1.5)).toThrow(/between 0 and 1/);
  });
});

describe("selectInPlace", () => {
  const cases: Record<string, number[]> = {
    sorted: Array.from({ length: 300 }, (_, i) => i),
    reversed: Array.from({ length: 300 }, (_, i) => 300 - i),
    equal: new Array(300).fill(4),
    twoValues: Array.from({ length: 301 }, (_, i) => i % 2),
    organPipe: Array.from({ length: 300 }, (_, i) => Math.min(i, 299 - i)),
    small: [3, 1, 2],
  };
  test.each(Object.keys(cases))("%s: every position matches a sort", (name) => {
    const v = cases[name];
    const sorted = [...v].sort((a, b) => a - b);
    for (const k of [0, 1, v.length >> 1, v.length - 2, v.length - 1]) {
      const a = Float64Array.from(v);
      expect(selectInPlace(a, k)).toBe(sorted[k]);
      for (let i = 0; i < k; i++) expect(a[i]).toBeLessThanOrEqual(a[k]);
      for (let i = k + 1; i < a.length; i++) expect(a[i]).toBeGreaterThanOrEqual(a[k]);
    }
  });
});
