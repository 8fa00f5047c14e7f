import fc from "fast-check";
import { indexDistinct } from "../../../src/core/history/distinct";

describe("indexDistinct", () => {
  it("numbers values by first appearance (worked by hand)", () => {
    const { xs, xi } = indexDistinct([3, 1, 3, 2, 1]);
    expect(Array.from(xs)).toEqual([3, 1, 2]);
    expect(Array.from(xi)).toEqual([0, 1, 0, 2, 1]);
  });

  it("handles an empty list", () => {
    const { xs, xi } = indexDistinct([]);
    expect(xs.length).toBe(0);
    expect(xi.length).toBe(0);
  });

  it("maps every value back, with each distinct value listed once, in first-seen order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 60 }), (values) => {
        const { xs, xi } = indexDistinct(values);
        values.forEach((v, i) => expect(xs[xi[i]]).toBe(v));
        expect(new Set(xs).size).toBe(xs.length);
        expect(Array.from(xs)).toEqual([...new Set(values)]);
      })
    );
  });
});
