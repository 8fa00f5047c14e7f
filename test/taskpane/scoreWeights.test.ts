/**
 * The score builder's weights: whole percentages that always add up to 100, the slider moved
 * keeps the value the user gave, the others keep their order (a larger weight stays at least as
 * large). Worked examples by hand; invariants with fast-check.
 */
import fc from "fast-check";
import { addWeight, removeWeight, setWeight, toPercents } from "../../src/taskpane/components/value/scoreWeights";

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe("score weights", () => {
  test("worked examples", () => {
    expect(toPercents([1, 1, 2])).toEqual([25, 25, 50]);
    // 100 / 3 = 33.33 each: the one leftover point goes to the first (ties to the left).
    expect(toPercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(toPercents([0, 0])).toEqual([50, 50]);
    expect(setWeight([50, 25, 25], 0, 80)).toEqual([80, 10, 10]);
    // Others all 0: the rest is shared equally.
    expect(setWeight([100, 0, 0], 0, 40)).toEqual([40, 30, 30]);
    expect(setWeight([100], 0, 30)).toEqual([100]);
    expect(addWeight([100])).toEqual([50, 50]);
    expect(addWeight([50, 50])).toEqual([34, 33, 33]);
    expect(removeWeight([50, 30, 20], 0)).toEqual([60, 40]);
  });

  const weights = fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 2, maxLength: 12 }).map((w) => toPercents(w));

  test("setWeight: sum 100, moved value kept, others in the same order", () => {
    fc.assert(
      fc.property(weights, fc.nat(), fc.integer({ min: -20, max: 120 }), (w, k, v) => {
        const i = k % w.length;
        const out = setWeight(w, i, v);
        expect(sum(out)).toBe(100);
        expect(out[i]).toBe(Math.min(100, Math.max(0, v)));
        for (const x of out) expect(x >= 0 && x <= 100 && Number.isInteger(x)).toBe(true);
        for (let a = 0; a < w.length; a++)
          for (let b = 0; b < w.length; b++) if (a !== i && b !== i && w[a] > w[b]) expect(out[a]).toBeGreaterThanOrEqual(out[b]);
      })
    );
  });

  test("add and remove keep the sum at 100", () => {
    fc.assert(
      fc.property(weights, fc.nat(), (w, k) => {
        expect(sum(addWeight(w))).toBe(100);
        expect(sum(removeWeight(w, k % w.length))).toBe(100);
      })
    );
  });
});
