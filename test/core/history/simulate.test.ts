import { bgnbdFit } from "../../../src/core/history/bgnbd";
import { simulateOrderHistory } from "../../../src/core/history/simulate";
import { PUBLISHED_BG, serialOf, simulatedFullCdnow } from "../../../testkit/cdnow";

const BG = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const GG = { p: 6, q: 4, gamma: 15 };
const calendar = { firstDay: 100, firstDays: 90, lastDay: 372 };

describe("simulateOrderHistory", () => {
  it("is deterministic, in whole days, within the calendar, first purchases in the window", () => {
    const a = simulateOrderHistory(BG, GG, { customers: 300, ...calendar, seed: 3 });
    const b = simulateOrderHistory(BG, GG, { customers: 300, ...calendar, seed: 3 });
    expect(a).toEqual(b);
    expect(new Set(a.customers).size).toBe(300); // everyone has a first purchase
    const first = new Map<number, number>();
    a.customers.forEach((c, i) => {
      expect(Number.isInteger(a.days[i])).toBe(true);
      expect(a.days[i]).toBeLessThanOrEqual(calendar.lastDay);
      expect(a.amounts[i]).toBeGreaterThan(0);
      if (!first.has(c)) first.set(c, a.days[i]);
    });
    for (const d of first.values()) {
      expect(d).toBeGreaterThanOrEqual(100);
      expect(d).toBeLessThan(190);
    }
    expect(simulateOrderHistory(BG, GG, { customers: 300, ...calendar, seed: 4 })).not.toEqual(a);
  });
  it("the CDNOW-size stand-in gives back the published BG/NBD fit within sampling error", () => {
    const s = simulatedFullCdnow();
    expect(s.customers).toHaveLength(23_570);
    expect(Math.max(...s.age)).toBeCloseTo((serialOf(19970930) - serialOf(19970101)) / 7, 10);
    const p = bgnbdFit(s).params;
    // 23,570 customers: standard errors of a few per cent; whole days blur t_x a little.
    expect(Math.abs(p.r - PUBLISHED_BG.r) / PUBLISHED_BG.r).toBeLessThan(0.1);
    expect(Math.abs(p.alpha - PUBLISHED_BG.alpha) / PUBLISHED_BG.alpha).toBeLessThan(0.15);
    expect(Math.abs(p.a - PUBLISHED_BG.a) / PUBLISHED_BG.a).toBeLessThan(0.2);
    expect(Math.abs(p.b - PUBLISHED_BG.b) / PUBLISHED_BG.b).toBeLessThan(0.2);
  });
});
