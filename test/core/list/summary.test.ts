import fc from "fast-check";
import { paretoSeries, summarizeTiers } from "../../../src/core/list/summary";
import { assignTiers } from "../../../src/core/tier";

// A hand-worked list: ten customers (sum 350) and one blank row; default rank tiers by hand:
// A = share above < 0.2 -> the 2 largest (100, 80); B = < 0.6 -> next 4 (60, 40, 30, 20); C = the last 4.
const sales = [100, 80, 60, 40, 30, 20, 10, 5, 3, 2, NaN];
const tiers = Int32Array.of(0, 0, 1, 1, 1, 1, 2, 2, 2, 2, -1);
const labels = ["A", "B", "C"];

describe("summarizeTiers", () => {
  it("counts customers and sales per tier (hand-computed)", () => {
    const s = summarizeTiers(sales, tiers, labels);
    expect(s.tiered).toBe(10);
    expect(s.untiered).toBe(1);
    expect(s.totalSales).toBe(350);
    expect(s.rows.map((r) => [r.label, r.customers, r.sales])).toEqual([["A", 2, 180], ["B", 4, 150], ["C", 4, 20]]);
    expect(s.rows[0].customerShare).toBeCloseTo(0.2, 12);
    expect(s.rows[1].salesShare).toBeCloseTo(150 / 350, 12);
    expect(s.rows[2].salesShare).toBeCloseTo(20 / 350, 12);
  });
  it("gives NaN sales shares when sales total 0, and rejects bad input", () => {
    expect(summarizeTiers([0, 0], Int32Array.of(0, 1), ["A", "B"]).rows[0].salesShare).toBeNaN();
    expect(() => summarizeTiers([1], Int32Array.of(0, 1), labels)).toThrow(RangeError);
    expect(() => summarizeTiers([1], Int32Array.of(3), labels)).toThrow(RangeError);
  });
});

describe("paretoSeries", () => {
  it("one point per customer when small, cumulative share by hand", () => {
    const p = paretoSeries(sales, tiers, labels);
    expect(p.customers).toBe(10);
    expect(p.totalPositive).toBe(350);
    expect(p.points.map((x) => x.mean)).toEqual([100, 80, 60, 40, 30, 20, 10, 5, 3, 2]);
    expect(p.points[1].cumulativeShare).toBeCloseTo(180 / 350, 12);
    expect(p.points[9].cumulativeShare).toBe(1);
    expect(p.bands).toEqual([
      { tier: 0, label: "A", fromRank: 1, toRank: 2 },
      { tier: 1, label: "B", fromRank: 3, toRank: 6 },
      { tier: 2, label: "C", fromRank: 7, toRank: 10 },
    ]);
  });
  it("buckets never straddle a tier band", () => {
    const p = paretoSeries(sales, tiers, labels, 2);
    expect(p.points.map((x) => [x.fromRank, x.toRank, x.tier, x.mean])).toEqual([
      [1, 2, 0, 90],
      [3, 6, 1, 37.5],
      [7, 10, 2, 5],
    ]);
    expect(p.points[1].cumulativeShare).toBeCloseTo(330 / 350, 12);
  });
  it("has no bands when tiers do not follow the global rank (groups)", () => {
    const p = paretoSeries([10, 9, 5, 1], Int32Array.of(0, 2, 0, 1), labels);
    expect(p.bands).toEqual([]);
    expect(p.points.map((x) => x.tier)).toEqual([0, 2, 0, 1]);
  });
  it("downsamples 100,000 customers to about 200 points", () => {
    const n = 100000;
    const v = new Float64Array(n);
    let seed = 7;
    for (let i = 0; i < n; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      v[i] = Math.exp((seed / 2147483648) * 10);
    }
    const tr = assignTiers(v);
    const p = paretoSeries(v, tr, labels);
    expect(p.points.length).toBeLessThanOrEqual(203);
    expect(p.points.length).toBeGreaterThanOrEqual(150);
    expect(p.points[p.points.length - 1].toRank).toBe(n);
  });
});

describe("invariants (property)", () => {
  const arb = fc.record({
    values: fc.array(fc.oneof(fc.double({ min: -100, max: 1e6, noNaN: true }), fc.constant(NaN), fc.integer({ min: 0, max: 5 })), {
      maxLength: 300,
    }),
    groups: fc.boolean(),
    maxPoints: fc.integer({ min: 1, max: 50 }),
  });
  it("customers add up to the tiered count, shares to 1; Pareto points cover the ranks once", () => {
    fc.assert(
      fc.property(arb, ({ values, groups, maxPoints }) => {
        const g = groups ? values.map((_, i) => i % 3) : undefined;
        const tr = assignTiers(values, {}, g);
        const s = summarizeTiers(values, tr, labels);
        const tiered = values.filter((v) => !Number.isNaN(v)).length;
        expect(s.rows.reduce((a, r) => a + r.customers, 0)).toBe(tiered);
        expect(s.tiered + s.untiered).toBe(values.length);
        if (tiered > 0) expect(s.rows.reduce((a, r) => a + r.customerShare, 0)).toBeCloseTo(1, 9);
        if (s.totalSales > 1e-6 && values.every((v) => Number.isNaN(v) || v >= 0)) {
          expect(s.rows.reduce((a, r) => a + r.salesShare, 0)).toBeCloseTo(1, 9);
        }
        const p = paretoSeries(values, tr, labels, maxPoints);
        let next = 1;
        let cum = 0;
        for (const x of p.points) {
          expect(x.fromRank).toBe(next);
          expect(x.toRank).toBeGreaterThanOrEqual(x.fromRank);
          expect(x.cumulativeShare).toBeGreaterThanOrEqual(cum);
          cum = x.cumulativeShare;
          next = x.toRank + 1;
        }
        expect(next - 1).toBe(tiered);
        expect(p.points.length).toBeLessThanOrEqual(maxPoints + labels.length);
        if (p.totalPositive > 0) expect(p.points[p.points.length - 1].cumulativeShare).toBe(1);
      })
    );
  });
});
