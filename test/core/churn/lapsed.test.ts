import fc from "fast-check";
import { findLapsed, type ChurnCustomer } from "../../../src/core/churn";

// Serial days are plain day counts: asOf 45100 minus lastOrder 45000 is 100 days by subtraction.
const ASOF = 45100;

describe("findLapsed", () => {
  it("flags customers whose last order is more than N days old (exactly N is not yet lapsed)", () => {
    const cs: ChurnCustomer[] = [
      { row: 0, name: "exactly60", lastOrder: ASOF - 60, value: 1 },
      { row: 1, name: "sixty-one", lastOrder: ASOF - 61, value: 1 },
      { row: 2, name: "recent", lastOrder: ASOF - 5, value: 1 },
      { row: 3, name: "future", lastOrder: ASOF + 3, value: 1 },
      { row: 4, name: "no date", lastOrder: null, value: 1 },
    ];
    const out = findLapsed(cs, { asOf: ASOF });
    expect(out.map((c) => c.name)).toEqual(["sixty-one"]);
    expect(out[0].daysSince).toBe(61);
    expect(out[0].flags).toEqual(["daysSince"]);
    expect(findLapsed(cs, { asOf: ASOF, days: 59 }).map((c) => c.name)).toEqual(["exactly60", "sixty-one"]);
  });

  it("drops the time of day of asOf and of the last order", () => {
    const out = findLapsed([{ row: 0, name: "a", lastOrder: ASOF - 61 + 0.9, value: 1 }], { asOf: ASOF + 0.2 });
    expect(out[0].daysSince).toBe(61);
  });

  it("reads Date and ISO text last orders", () => {
    // Excel shows serial 44927 as 1 Jan 2023 (45000 is 15 Mar 2023: 73 days later, 31 + 28 + 14).
    const out = findLapsed(
      [
        { row: 0, name: "iso", lastOrder: "2023-01-01", value: 2 },
        { row: 1, name: "date", lastOrder: new Date(2023, 0, 1), value: 1 },
      ],
      { asOf: 44927 + 61 }
    );
    expect(out.map((c) => [c.name, c.daysSince, c.lastOrder])).toEqual([
      ["iso", 61, 44927],
      ["date", 61, 44927],
    ]);
  });

  it("flags a low P(alive) when a threshold is given, also without a date", () => {
    const cs: ChurnCustomer[] = [
      { row: 0, name: "alive", lastOrder: ASOF - 10, value: 5, pAlive: 0.9 },
      { row: 1, name: "dying", lastOrder: ASOF - 10, value: 3, pAlive: 0.2 },
      { row: 2, name: "both", lastOrder: ASOF - 100, value: 4, pAlive: 0.1 },
      { row: 3, name: "noDate", value: 1, pAlive: 0.05 },
      { row: 4, name: "atThreshold", lastOrder: ASOF, value: 9, pAlive: 0.3 },
    ];
    const out = findLapsed(cs, { asOf: ASOF, pAliveThreshold: 0.3 });
    expect(out.map((c) => [c.name, c.flags])).toEqual([
      ["both", ["daysSince", "lowPAlive"]],
      ["dying", ["lowPAlive"]],
      ["noDate", ["lowPAlive"]],
    ]);
    expect(out[2].daysSince).toBeUndefined();
    // Without a threshold P(alive) is not used.
    expect(findLapsed(cs, { asOf: ASOF }).map((c) => c.name)).toEqual(["both"]);
  });

  it("sorts by value at stake, largest first, ties and unknown values in input order", () => {
    const old = ASOF - 100;
    const cs: ChurnCustomer[] = [
      { row: 0, name: "a", lastOrder: old, value: 10 },
      { row: 1, name: "b", lastOrder: old, value: null },
      { row: 2, name: "c", lastOrder: old, value: 30 },
      { row: 3, name: "d", lastOrder: old, value: 10 },
      { row: 4, name: "e", lastOrder: old, value: NaN },
      { row: 5, name: "f", lastOrder: old, value: -5 },
    ];
    expect(findLapsed(cs, { asOf: ASOF }).map((c) => c.name)).toEqual(["c", "a", "d", "f", "b", "e"]);
  });

  it("rejects bad options", () => {
    expect(() => findLapsed([], { asOf: NaN })).toThrow(RangeError);
    expect(() => findLapsed([], { asOf: ASOF, days: -1 })).toThrow(RangeError);
    expect(() => findLapsed([], { asOf: ASOF, pAliveThreshold: 1.5 })).toThrow(RangeError);
  });

  it("property: the output is exactly the customers past the threshold, in non-increasing value", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ age: fc.integer({ min: -5, max: 200 }), value: fc.integer({ min: -100, max: 100 }) }), { maxLength: 60 }),
        fc.integer({ min: 0, max: 150 }),
        (items, days) => {
          const cs = items.map((it, i) => ({ row: i, name: `c${i}`, lastOrder: ASOF - it.age, value: it.value }));
          const out = findLapsed(cs, { asOf: ASOF, days });
          const expected = items.map((it, i) => [it, i] as const).filter(([it]) => it.age > days).map(([, i]) => i);
          expect(out.map((c) => c.row).sort((a, b) => a - b)).toEqual(expected);
          for (let k = 1; k < out.length; k++) {
            expect(out[k - 1].value).toBeGreaterThanOrEqual(out[k].value);
            if (out[k - 1].value === out[k].value) expect(out[k - 1].row).toBeLessThan(out[k].row);
          }
        }
      )
    );
  });
});
