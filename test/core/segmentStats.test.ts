import fc from "fast-check";
import { defaultCuts, scatterPoints, segmentStats } from "../../src/core/segmentStats";

// Hand-worked list: row 4 has no x (left out). Over the other five customers the medians are
// x: {10,20,30,40,50} -> 30 and y: {5,1,4,2,3} -> 3; "high" means >= the cut.
//   row 0 (10,5) low x, high y   row 1 (20,1) low, low   row 2 (30,4) high, high
//   row 3 (40,2) high, low       row 5 (50,3) high, high (3 >= 3)
const X = [10, 20, 30, 40, NaN, 50];
const Y = [5, 1, 4, 2, 3, 3];
const SALES = [100, 200, 300, 400, 500, 600];

describe("segmentStats", () => {
  it("counts customers and value per quadrant of the loyalty matrix (median cuts)", () => {
    const s = segmentStats(X, Y);
    expect([s.xCut, s.yCut]).toEqual([30, 3]);
    expect(s.placed).toBe(5);
    expect(s.missing).toBe(1);
    expect(s.ids).toEqual(["grow", "phaseOut", "core", "atRisk", undefined, "core"]);
    expect(s.quadrants.map((q) => [q.id, q.label, q.xHigh, q.yHigh, q.count, q.value])).toEqual([
      ["core", "Core", true, true, 2, 80], // 30 + 50
      ["atRisk", "At risk", true, false, 1, 40],
      ["grow", "Grow", false, true, 1, 10],
      ["phaseOut", "Phase out", false, false, 1, 20],
    ]);
    expect(s.totalValue).toBe(150);
    expect(s.quadrants[0].countShare).toBeCloseTo(2 / 5, 12);
    expect(s.quadrants[0].valueShare).toBeCloseTo(80 / 150, 12);
    expect(s.quadrants[0].action.length).toBeGreaterThan(10);
  });

  it("sums a separate value column when given, and honours explicit cuts", () => {
    const s = segmentStats(X, Y, { values: SALES, xCut: 25, yCut: 4 });
    // row 5 (50,3): 3 < 4 is low loyalty now -> at risk.
    expect(s.ids).toEqual(["grow", "phaseOut", "core", "atRisk", undefined, "atRisk"]);
    expect(s.quadrants.map((q) => [q.id, q.count, q.value])).toEqual([
      ["core", 1, 300],
      ["atRisk", 2, 1000], // 400 + 600
      ["grow", 1, 100],
      ["phaseOut", 1, 200],
    ]);
    expect(s.totalValue).toBe(1600); // row 4 (500) is not placed
  });

  it("labels the margin x cost matrix (low cost is the good side)", () => {
    const s = segmentStats(X, Y, { matrix: "cost" });
    expect(s.quadrants.map((q) => [q.id, q.count])).toEqual([
      ["costly", 2],
      ["protect", 1],
      ["challenging", 1],
      ["passive", 1],
    ]);
  });

  it("default cuts are the medians over customers with both values", () => {
    expect(defaultCuts(X, Y)).toEqual({ xCut: 30, yCut: 3 });
    expect(defaultCuts([1, 2, 3, 100], [1, 1, 1, NaN])).toEqual({ xCut: 2, yCut: 1 });
  });

  it("property: quadrant counts add up to the customers placed", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.constant(NaN)), fc.integer({ min: 0, max: 50 })), { maxLength: 80 }), (pts) => {
        const s = segmentStats(pts.map((p) => p[0]), pts.map((p) => p[1]));
        expect(s.quadrants.reduce((a, q) => a + q.count, 0)).toBe(s.placed);
        expect(s.placed + s.missing).toBe(pts.length);
      })
    );
  });
});

describe("scatterPoints", () => {
  it("returns every placed customer when they fit", () => {
    const s = segmentStats(X, Y);
    const pts = scatterPoints(X, Y, s.ids);
    expect(pts.map((p) => p.row)).toEqual([0, 1, 2, 3, 5]);
    expect(pts[4]).toEqual({ row: 5, x: 50, y: 3, segment: "core" });
  });

  it("downsamples deterministically to at most maxPoints, keeping the extremes", () => {
    const n = 10_000;
    // A deterministic spread: x = (k * 7919) mod n, y = (k * 104729) mod 997.
    const xs = Float64Array.from({ length: n }, (_, k) => (k * 7919) % n);
    const ys = Float64Array.from({ length: n }, (_, k) => (k * 104729) % 997);
    xs[123] = -50; // the extremes must survive the sampling
    ys[4567] = 5000;
    const ids = segmentStats(xs, ys).ids;
    const a = scatterPoints(xs, ys, ids, 2000);
    const b = scatterPoints(xs, ys, ids, 2000);
    expect(a).toEqual(b);
    expect(a.length).toBeLessThanOrEqual(2000);
    expect(a.length).toBeGreaterThan(1990);
    const rows = a.map((p) => p.row);
    expect(rows).toContain(123);
    expect(rows).toContain(4567);
    expect(rows.slice().sort((p, q) => p - q)).toEqual(rows);
    expect(new Set(rows).size).toBe(rows.length);
  });

  it("rejects inconsistent input", () => {
    expect(() => scatterPoints([1], [1, 2], ["core"])).toThrow(RangeError);
    expect(() => scatterPoints([1], [1], ["core"], 2)).toThrow(RangeError);
  });
});
