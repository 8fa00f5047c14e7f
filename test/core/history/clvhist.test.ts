import { bgnbdFit, conditionalExpectedPurchases } from "../../../src/core/history/bgnbd";
import fc from "fast-check";
import { clvFromHistory, clvHistModel, ClvHistOptions } from "../../../src/core/history/clvhist";
import { conditionalExpectedSpend, gammaGammaFit } from "../../../src/core/history/gammagamma";
import { rfmSummary } from "../../../src/core/history/rfm";
import { BgnbdParams } from "../../../src/core/history/bgnbd";
import { GammaGammaParams } from "../../../src/core/history/gammagamma";
import { loadRaw, PUBLISHED_BG, PUBLISHED_GG, serialOf } from "../../../testkit/cdnow";

const BG = { r: PUBLISHED_BG.r, alpha: PUBLISHED_BG.alpha, a: PUBLISHED_BG.a, b: PUBLISHED_BG.b };
const GG = { p: PUBLISHED_GG.p, q: PUBLISHED_GG.q, gamma: PUBLISHED_GG.gamma };

describe("clvFromHistory", () => {
  it("is the discounted sum of monthly purchase increments times the expected spend", () => {
    // Written out for 3 months at 2% a month, margin 0.3, weeks: month = 30.415/7 weeks.
    const [x, tx, T, m] = [2, 30.43, 38.86, 22.35];
    const month = 30.415 / 7;
    const E = (k: number): number => conditionalExpectedPurchases(k * month, x, tx, T, BG);
    const spend = conditionalExpectedSpend(x, m, GG);
    const byHand =
      0.3 * spend * (E(1) / 1.02 + (E(2) - E(1)) / 1.02 ** 2 + (E(3) - E(2)) / 1.02 ** 3);
    expect(
      clvFromHistory(x, tx, T, m, BG, GG, { months: 3, monthlyDiscount: 0.02, margin: 0.3 })
    ).toBeCloseTo(byHand, 12);
  });
  it("without discount it is spend x expected purchases over the horizon", () => {
    const v = clvFromHistory(3, 20, 30, 40, BG, GG, { months: 12, monthlyDiscount: 0 });
    const direct =
      conditionalExpectedSpend(3, 40, GG) *
      conditionalExpectedPurchases((12 * 30.415) / 7, 3, 20, 30, BG);
    expect(v).toBeCloseTo(direct, 10);
  });
  it("scales the period with periodDays (days instead of weeks)", () => {
    const weekly = clvFromHistory(2, 4, 5, 20, BG, GG);
    const bgDays = { ...BG, alpha: BG.alpha * 7 }; // the same model in days: lambda per day = lambda per week / 7
    const daily = clvFromHistory(2, 28, 35, 20, bgDays, GG, { periodDays: 1 });
    expect(daily).toBeCloseTo(weekly, 10);
  });
  it("is 0 for a 0-month horizon and grows with the horizon and the margin", () => {
    expect(clvFromHistory(1, 5, 10, 10, BG, GG, { months: 0 })).toBe(0);
    const v6 = clvFromHistory(1, 5, 10, 10, BG, GG, { months: 6 });
    const v12 = clvFromHistory(1, 5, 10, 10, BG, GG, { months: 12 });
    expect(v12).toBeGreaterThan(v6);
    expect(clvFromHistory(1, 5, 10, 10, BG, GG, { months: 12, margin: 0.5 })).toBeCloseTo(
      v12 / 2,
      12
    );
  });
});

/**
 * The implementation before issue 14, kept as the reference: one full expected-purchases
 * evaluation (P(alive) and its own 2F1 series) per month end.
 */
function clvMonthByMonth(
  x: number,
  tx: number,
  T: number,
  zbar: number,
  bg: BgnbdParams,
  gg: GammaGammaParams,
  o: Required<ClvHistOptions>
): number {
  const month = 30.415 / o.periodDays;
  const value = conditionalExpectedSpend(x, zbar, gg) * o.margin;
  let prev = 0;
  let total = 0;
  let disc = 1;
  for (let k = 1; k <= o.months; k++) {
    const e = conditionalExpectedPurchases(k * month, x, tx, T, bg);
    disc /= 1 + o.monthlyDiscount;
    total += (e - prev) * disc;
    prev = e;
  }
  return total * value;
}

describe("clvHistModel against the month-by-month implementation", () => {
  const customer = fc.record({
    x: fc.integer({ min: 0, max: 60 }),
    T: fc.double({ min: 0, max: 150, noNaN: true }),
    frac: fc.double({ min: 0, max: 1, noNaN: true }),
    zbar: fc.double({ min: 0.01, max: 1000, noNaN: true }),
  });
  const model = fc.record({
    bg: fc.record({
      r: fc.double({ min: 0.05, max: 5, noNaN: true }),
      alpha: fc.double({ min: 0.1, max: 50, noNaN: true }),
      a: fc.double({ min: 0.05, max: 5, noNaN: true }),
      b: fc.double({ min: 0.05, max: 10, noNaN: true }),
    }),
    gg: fc.record({
      p: fc.double({ min: 0.5, max: 20, noNaN: true }),
      q: fc.double({ min: 1.1, max: 20, noNaN: true }),
      gamma: fc.double({ min: 0.5, max: 100, noNaN: true }),
    }),
    o: fc.record({
      months: fc.integer({ min: 0, max: 24 }),
      monthlyDiscount: fc.double({ min: 0, max: 0.1, noNaN: true }),
      margin: fc.double({ min: 0, max: 1, noNaN: true }),
      // Weeks or months: in days the month-by-month reference (24 long series per
      // customer) is too slow for a unit test; the period only scales the horizons.
      periodDays: fc.constantFrom(7, 30.415),
    }),
  });
  it("gives the same values on random customers and models (repeated (x, T) included)", () => {
    fc.assert(
      fc.property(
        model,
        fc.array(customer, { minLength: 1, maxLength: 6 }),
        ({ bg, gg, o }, cs) => {
          // Each customer twice, the copy at the end: the second time comes from the (x, T) memo.
          const rows = [...cs, ...cs];
          const clv = clvHistModel(bg, gg, o);
          for (const c of rows) {
            const tx = c.frac * c.T;
            const want = clvMonthByMonth(c.x, tx, c.T, c.zbar, bg, gg, o);
            const got = clv(c.x, tx, c.T, c.zbar);
            expect(Math.abs(got - want)).toBeLessThanOrEqual(1e-10 * Math.max(1, Math.abs(want)));
          }
        }
      ),
      { numRuns: 100, seed: 14 }
    );
  });
  it("gives the same values on the CDNOW customers at the published fits", () => {
    const raw = loadRaw();
    const s = rfmSummary(
      {
        customers: raw.map((l) => l.id),
        days: raw.map((l) => serialOf(l.ymd)),
        amounts: raw.map((l) => l.dollars),
      },
      { asOf: serialOf(19970930) }
    );
    const o = { months: 12, monthlyDiscount: 0.01, margin: 1, periodDays: 7 };
    const clv = clvHistModel(BG, GG, o);
    for (let i = 0; i < s.customers.length; i++) {
      const [x, tx, T, m] = [s.frequency[i], s.recency[i], s.age[i], s.monetary[i]];
      const want = clvMonthByMonth(x, tx, T, m, BG, GG, o);
      expect(Math.abs(clv(x, tx, T, m) - want)).toBeLessThanOrEqual(1e-12 * Math.max(1, want));
    }
  });
});

describe("calibration / holdout check on CDNOW", () => {
  it("predicts the holdout repeat purchases in aggregate", () => {
    const raw = loadRaw();
    const s = rfmSummary(
      {
        customers: raw.map((l) => l.id),
        days: raw.map((l) => serialOf(l.ymd)),
        amounts: raw.map((l) => l.dollars),
      },
      { asOf: serialOf(19970930), holdoutEnd: serialOf(19980630) }
    );
    expect(s.holdoutLength).toBe(39); // 273 days
    const fit = bgnbdFit(s);
    let predicted = 0;
    let actual = 0;
    for (let i = 0; i < s.customers.length; i++) {
      predicted += conditionalExpectedPurchases(
        s.holdoutLength!,
        s.frequency[i],
        s.recency[i],
        s.age[i],
        fit.params
      );
      actual += s.holdoutFrequency![i];
    }
    // Independent count straight from the raw lines: distinct (customer, day) in the holdout.
    const days = new Set(
      raw.filter((l) => l.ymd > 19970930 && l.ymd <= 19980630).map((l) => `${l.id}|${l.ymd}`)
    );
    expect(actual).toBe(days.size);
    // 1,882 repeat purchase days in the holdout; the model predicts
    // about 1,653: 12% short, the under-forecast of the low-frequency groups FHL (2005, Fig. 5) show.
    expect(actual).toBe(1882);
    expect(Math.abs(predicted - actual) / actual).toBeLessThan(0.15);
    // The Gamma-Gamma fit on the RFM table built here matches the published one on the summary file.
    const gg = gammaGammaFit(s.frequency, s.monetary);
    expect(gg.params.p).toBeCloseTo(PUBLISHED_GG.p, 1);
  });
});
