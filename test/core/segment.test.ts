import fc from "fast-check";
import {
  SEGMENT_ACTIONS,
  SEGMENT_LABELS,
  SEGMENT_MATRICES,
  segmentMany,
  segmentOf,
  SegmentId,
} from "../../src/core/segment";
import { median } from "../../src/core/stats";

describe("median", () => {
  test("odd and even counts (Excel MEDIAN convention), NaN skipped, none -> NaN", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5); // (2 + 3) / 2
    expect(median([7, NaN, 1])).toBe(4);
    expect(median([])).toBeNaN();
    expect(median([NaN])).toBeNaN();
    expect(median([2, 2, 2, 9])).toBe(2);
  });
  test("equals the middle of a sorted copy (property), input untouched", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -50, max: 50 }), { minLength: 1, maxLength: 200 }),
        (xs) => {
          const copy = xs.slice();
          const s = xs.slice().sort((a, b) => a - b);
          const h = s.length >> 1;
          const want = s.length % 2 ? s[h] : (s[h - 1] + s[h]) / 2;
          expect(median(xs)).toBe(want);
          expect(xs).toEqual(copy);
        }
      )
    );
  });
});

describe("segment labels and actions", () => {
  test("labels of both matrices (PRODUCT 2.7)", () => {
    const labels = (m: "loyalty" | "cost") => {
      const q = SEGMENT_MATRICES[m];
      return [q.highHigh, q.highLow, q.lowHigh, q.lowLow].map((id) => SEGMENT_LABELS[id]);
    };
    // value x loyalty: HH core, HL at risk, LH grow, LL phase out
    expect(labels("loyalty")).toEqual(["Core", "At risk", "Grow", "Phase out"]);
    // margin x cost: high margin & high cost costly, high & low protect, low & high challenging, low & low passive
    expect(labels("cost")).toEqual(["Costly", "Protect", "Challenging", "Passive"]);
  });
  test("every segment has a one-line action", () => {
    for (const id of Object.keys(SEGMENT_LABELS) as SegmentId[]) {
      expect(SEGMENT_ACTIONS[id]).toMatch(/\S/);
      expect(SEGMENT_ACTIONS[id]).not.toMatch(/\n/);
    }
  });
});

describe("segmentOf / segmentMany: worked examples", () => {
  test("value x loyalty, medians 5.5 and 3", () => {
    // x = [10,10,1,1] -> median (1+10)/2 = 5.5; y = [5,1,5,1] -> median 3
    const r = segmentMany([10, 10, 1, 1], [5, 1, 5, 1]);
    expect(r.xCut).toBe(5.5);
    expect(r.yCut).toBe(3);
    expect(r.ids).toEqual(["core", "atRisk", "grow", "phaseOut"]);
  });

  test("margin x cost to serve", () => {
    // x = margin, y = cost; cuts 5, 5
    const r = segmentMany([9, 9, 1, 1], [1, 9, 1, 9], "cost", 5, 5);
    expect(r.ids.map((id) => id && SEGMENT_LABELS[id])).toEqual([
      "Protect",
      "Costly",
      "Passive",
      "Challenging",
    ]);
  });

  test("ties at the cut are high (x >= cut), both matrices", () => {
    // x = [1,2,3] median 2, y = [3,2,1] median 2: the middle customer sits on both cuts -> high, high
    expect(segmentMany([1, 2, 3], [3, 2, 1]).ids).toEqual(["grow", "core", "atRisk"]);
    expect(segmentMany([1, 2, 3], [3, 2, 1], "cost").ids).toEqual([
      "challenging",
      "costly",
      "protect",
    ]);
    expect(segmentOf(5, 5, 5, 5, "cost")).toBe("costly");
  });

  test("medians only over customers with both values; missing gives undefined", () => {
    // both values: (1,1), (2,2), (3,3) -> medians 2, 2; the 100 has no y and is not counted
    const r = segmentMany([1, 2, 3, 100, NaN], [1, 2, 3, NaN, 7]);
    expect([r.xCut, r.yCut]).toEqual([2, 2]);
    expect(r.ids).toEqual(["phaseOut", "core", "core", undefined, undefined]);
  });

  test("a single customer is on both medians: high, high", () => {
    expect(segmentMany([42], [0.3]).ids).toEqual(["core"]);
  });

  test("given cuts override the medians", () => {
    expect(segmentMany([1, 2], [1, 2], "loyalty", 0, 10).ids).toEqual(["atRisk", "atRisk"]);
  });
});

describe("segment properties", () => {
  const val = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(NaN));
  test("a customer's segment depends only on its own x, y against the cuts", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(val, val), { minLength: 1, maxLength: 40 }),
        fc.boolean(),
        (rows, cost) => {
          const m = cost ? "cost" : "loyalty";
          const r = segmentMany(
            rows.map((p) => p[0]),
            rows.map((p) => p[1]),
            m
          );
          // Independent table: (x high, y high) -> segment, from PRODUCT 2.7.
          const table: Record<string, SegmentId> = cost
            ? { HH: "costly", HL: "protect", LH: "challenging", LL: "passive" }
            : { HH: "core", HL: "atRisk", LH: "grow", LL: "phaseOut" };
          rows.forEach(([x, y], k) => {
            if (Number.isNaN(x) || Number.isNaN(y)) expect(r.ids[k]).toBeUndefined();
            else
              expect(r.ids[k]).toBe(table[(x >= r.xCut ? "H" : "L") + (y >= r.yCut ? "H" : "L")]);
          });
        }
      )
    );
  });

  test("permuting the customers permutes the segments", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(val, val), { minLength: 1, maxLength: 40 }), (rows) => {
        const rev = rows.slice().reverse();
        const a = segmentMany(
          rows.map((p) => p[0]),
          rows.map((p) => p[1])
        ).ids;
        const b = segmentMany(
          rev.map((p) => p[0]),
          rev.map((p) => p[1])
        ).ids;
        expect(b).toEqual(a.slice().reverse());
      })
    );
  });
});
