import {
  CHURN_REASON_IDS,
  CHURN_SURVEY_SHARES,
  DEFAULT_WIN_BACK_PROBABILITY,
  isChurnReasonId,
  winBackDecision,
  winBackReturn,
} from "../../../src/core/churn";

describe("win-back rule", () => {
  it("expected return = value x p - cost (hand-computed)", () => {
    expect(winBackReturn(10000, 0.3, 1000)).toBeCloseTo(2000, 9); // 3000 - 1000
    expect(winBackReturn(5000, 0.5, 4000)).toBeCloseTo(-1500, 9); // 2500 - 4000
    expect(winBackReturn(800, 1, 0)).toBe(800);
    // Defaults: p = 0.3, cost 0.
    expect(DEFAULT_WIN_BACK_PROBABILITY).toBe(0.3);
    expect(winBackReturn(1000)).toBeCloseTo(300, 9);
  });

  it("wins back only when the expected return is strictly positive", () => {
    expect(winBackDecision(10000, 0.3, 1000)).toBe("winBack");
    expect(winBackDecision(5000, 0.5, 4000)).toBe("letGo");
    expect(winBackDecision(10000, 0.5, 5000)).toBe("letGo"); // exactly 0: not worth it
    expect(winBackDecision(10000, 0.5, 4999)).toBe("winBack");
    expect(winBackDecision(0, 0.9, 0)).toBe("letGo");
  });

  it("rejects impossible inputs", () => {
    expect(() => winBackReturn(100, 1.2, 0)).toThrow(RangeError);
    expect(() => winBackReturn(100, -0.1, 0)).toThrow(RangeError);
    expect(() => winBackReturn(100, 0.3, -1)).toThrow(RangeError);
    expect(() => winBackReturn(NaN, 0.3, 0)).toThrow(RangeError);
  });
});

describe("churn reasons", () => {
  it("has the standard reasons plus other, with the survey shares summing to 1", () => {
    expect(CHURN_REASON_IDS).toEqual(["repAttitude", "product", "competitor", "otherSupplier", "moved", "closed", "other"]);
    const total = Object.values(CHURN_SURVEY_SHARES).reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 12); // 68 + 14 + 9 + 5 + 3 + 1 = 100 (PRODUCT 2.10)
    expect(CHURN_SURVEY_SHARES.repAttitude).toBe(0.68);
    expect(isChurnReasonId("moved")).toBe(true);
    expect(isChurnReasonId("Moved")).toBe(false);
  });
});
