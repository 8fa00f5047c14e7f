/**
 * Issue 15 core rules against hand calculations, and their properties: current and potential
 * value, value classes, the sales trend and the tier migration matrix.
 */
import fc from "fast-check";
import { currentValues, potentialValues } from "../../src/core/currentValue";
import { ClvError } from "../../src/core/clv";
import { VALUE_CLASS_IDS, valueClasses, valueClassStats } from "../../src/core/valueClass";
import { trends } from "../../src/core/trend";
import { migrationMatrix } from "../../src/core/list/migration";

const f64 = (...x: number[]) => Float64Array.from(x);

describe("current value (CCV)", () => {
  test("defaults: 5 periods at 10% (annuity factor 3.790787)", () => {
    // 1/1.1 + 1/1.21 + 1/1.331 + 1/1.4641 + 1/1.61051 = 3.790787
    const r = currentValues(f64(100, -20));
    expect(r.values[0]).toBeCloseTo(379.0787, 3);
    expect(r.values[1]).toBeCloseTo(-75.8157, 3);
  });

  test("2 periods at 10%: 100/1.1 + 100/1.21 = 173.554; at 0%: 200", () => {
    expect(currentValues(f64(100), { periods: 2, discountRate: 0.1 }).values[0]).toBeCloseTo(
      173.5537,
      3
    );
    expect(currentValues(f64(100), { periods: 2, discountRate: 0 }).values[0]).toBe(200);
  });

  test("NaN (the caller's blank) stays NaN; bad horizons are refused", () => {
    expect(Number.isNaN(currentValues(f64(NaN)).values[0])).toBe(true);
    expect(() => currentValues(f64(1), { periods: 0 })).toThrow(ClvError);
    expect(() => currentValues(f64(1), { periods: 2.5 })).toThrow(/whole number >= 1/);
    expect(() => currentValues(f64(1), { discountRate: -1 })).toThrow(/greater than -1/);
  });
});

describe("potential value (CPV)", () => {
  test("(150 - 100) over 2 periods at 10% minus an investment of 20 = 66.777", () => {
    // 50 * 1.735537 - 20 = 66.7769
    const r = potentialValues(f64(150, 120), f64(100, 100), { periods: 2 }, f64(20));
    expect(r.values[0]).toBeCloseTo(66.7769, 3);
    expect(r.values[1]).toBeCloseTo(20 * 1.735537 - 20, 3);
  });

  test("investment per customer", () => {
    const r = potentialValues(f64(10, 10), f64(0, 0), { periods: 1, discountRate: 0 }, f64(3, 12));
    expect(Array.from(r.values)).toEqual([7, -2]);
  });

  test("property: when potential = profit, CPV is -investment", () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        fc.double({ min: 0, max: 1e5, noNaN: true }),
        fc.integer({ min: 1, max: 40 }),
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        (profit, inv, periods, i) => {
          const p = Float64Array.from(profit);
          const r = potentialValues(p, p, { periods, discountRate: i }, f64(inv));
          for (const v of r.values) expect(v).toBeCloseTo(-inv, 6);
        }
      )
    );
  });
});

describe("value classes", () => {
  test("hand example: top by rank, negative below cost, secondary by potential", () => {
    // n = 5, top share 0.2: only the customer with nobody above (0/5 < 0.2) is most valuable.
    const cls = valueClasses([100, 80, 60, -10, 30, NaN], {
      costToServe: [NaN, 90, NaN, NaN, 10, NaN],
      potential: [NaN, NaN, 70, NaN, NaN, NaN],
      topShare: 0.2,
    });
    // 100 top; 80 < cost 90 negative; 60 < potential 70 secondary; -10 < 0 negative; 30 ordinary
    expect(Array.from(cls)).toEqual([0, 3, 1, 3, 2, -1]);
  });

  test("default top share 5%: 1 of 20 customers, ties share the class", () => {
    const v = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(Array.from(valueClasses(v)).filter((c) => c === 0)).toHaveLength(1);
    v[18] = 20; // a tie at the top
    expect(Array.from(valueClasses(v)).filter((c) => c === 0)).toHaveLength(2);
  });

  test("negative wins over most valuable: the largest customer costs more than it brings", () => {
    expect(Array.from(valueClasses([100, 5], { costToServe: [200, 1], topShare: 0.5 }))).toEqual([
      3, 2,
    ]);
  });

  test("refuses a top share outside (0, 1] and inputs of another length", () => {
    expect(() => valueClasses([1], { topShare: 0 })).toThrow(/top share/);
    expect(() => valueClasses([1], { topShare: 1.5 })).toThrow(RangeError);
    expect(() => valueClasses([1, 2], { potential: [1] })).toThrow(/potential/);
  });

  test("stats: counts, value and the share of positive value per class", () => {
    const values = [60, 30, 10, -5];
    const s = valueClassStats(values, Int8Array.of(0, 2, 2, 3));
    expect(s.map((x) => x.id)).toEqual(VALUE_CLASS_IDS);
    expect(s[0]).toEqual({
      id: "mostValuable",
      count: 1,
      value: 60,
      countShare: 0.25,
      valueShare: 0.6,
    });
    expect(s[1]).toMatchObject({ count: 0, value: 0, valueShare: 0 });
    expect(s[2]).toMatchObject({ count: 2, value: 40, valueShare: 0.4 });
    expect(s[3]).toMatchObject({ count: 1, value: -5, valueShare: 0 });
  });

  test("property: the classes partition the customers (each valued customer in exactly one)", () => {
    const num = fc.oneof(fc.constant(NaN), fc.integer({ min: -50, max: 200 }));
    fc.assert(
      fc.property(
        fc.array(fc.tuple(num, num, num), { minLength: 1, maxLength: 60 }),
        fc.double({ min: 0.01, max: 1, noNaN: true }),
        (rows, top) => {
          const v = rows.map((r) => r[0]);
          const cls = valueClasses(v, {
            costToServe: rows.map((r) => r[1]),
            potential: rows.map((r) => r[2]),
            topShare: top,
          });
          const stats = valueClassStats(v, cls);
          const valued = v.filter((x) => !Number.isNaN(x));
          expect(stats.reduce((s, c) => s + c.count, 0)).toBe(valued.length);
          expect(stats.reduce((s, c) => s + c.value, 0)).toBeCloseTo(
            valued.reduce((s, x) => s + x, 0),
            9
          );
          v.forEach((x, k) => expect(cls[k] === -1).toBe(Number.isNaN(x)));
        }
      )
    );
  });
});

describe("sales trend", () => {
  test("hand calculations", () => {
    // window 3: (5+5+5) / (10+10+10) - 1 = -0.5
    expect(Array.from(trends(f64(10, 10, 10, 5, 5, 5), 1, 6))).toEqual([-0.5]);
    // window 2 over 1..6: (5+6) / (3+4) - 1 = 0.5714; the first two periods are not used
    expect(trends(f64(1, 2, 3, 4, 5, 6), 1, 6, 2)[0]).toBeCloseTo(4 / 7, 12);
    // a NaN period is no sales: (0 + 6) / (3 + 4) - 1
    expect(trends(f64(1, 2, 3, 4, NaN, 6), 1, 6, 2)[0]).toBeCloseTo(6 / 7 - 1, 12);
  });

  test("no trend: fewer than 2 x window periods, or an earlier total of 0 or less", () => {
    expect(Number.isNaN(trends(f64(1, 2, 3, 4, 5), 1, 5)[0])).toBe(true);
    expect(Number.isNaN(trends(f64(0, 0, 0, 5, 5, 5), 1, 6)[0])).toBe(true);
    expect(Number.isNaN(trends(f64(-1, 0, 0, 5, 5, 5), 1, 6)[0])).toBe(true);
  });

  test("several customers, and a bad window", () => {
    const t = trends(f64(4, 2, 1, 2, 2, 2), 3, 2, 1);
    expect(Array.from(t)).toEqual([-0.5, 1, 0]);
    expect(() => trends(f64(1, 2), 1, 2, 0)).toThrow(/window/);
  });
});

describe("migration matrix", () => {
  test("hand example with new and gone", () => {
    const m = migrationMatrix(["A", "B", "", "C", "A", null], ["A", "A", "B", "", "B", null], {
      values: [10, 20, 30, NaN, 50, 60],
    });
    expect(m.from).toEqual(["A", "B", "C"]);
    expect(m.to).toEqual(["A", "B"]);
    expect(m.counts).toEqual([
      [1, 1, 0], // A -> A, A -> B
      [1, 0, 0], // B -> A
      [0, 0, 1], // C -> gone
      [0, 1, 0], // new -> B
    ]);
    expect(m.values[0]).toEqual([10, 50, 0]);
    expect(m.values[1]).toEqual([20, 0, 0]);
    expect(m.total).toBe(5);
  });

  test("default letters are sorted, other labels keep their first appearance; A类 is A", () => {
    expect(migrationMatrix(["C", "A", "B"], ["B", "C", "A"]).from).toEqual(["A", "B", "C"]);
    expect(migrationMatrix(["Key", "Small"], ["Small", "Key"]).to).toEqual(["Small", "Key"]);
    const m = migrationMatrix(["A类", "A"], ["B", "B"]);
    expect(m.from).toEqual(["A类"]);
    expect(m.counts[0]).toEqual([2, 0]);
  });

  test("an order lists labels nobody holds, and error cells are no tier", () => {
    const m = migrationMatrix(["#VALUE!", "A"], ["A", "A"], { order: ["A", "B", "C"] });
    expect(m.from).toEqual(["A", "B", "C"]);
    expect(m.to).toEqual(["A", "B", "C"]);
    expect(m.counts[3]).toEqual([1, 0, 0, 0]); // the error row is new
  });

  test("property: the matrix sums to the customer count", () => {
    const tier = fc.constantFrom("A", "B", "C", "D", "", null, "x");
    fc.assert(
      fc.property(fc.array(fc.tuple(tier, tier), { maxLength: 80 }), (pairs) => {
        const m = migrationMatrix(
          pairs.map((p) => p[0]),
          pairs.map((p) => p[1])
        );
        const customers = pairs.filter(
          ([a, b]) => !(a === null || a === "") || !(b === null || b === "")
        ).length;
        expect(m.counts.flat().reduce((s, x) => s + x, 0)).toBe(customers);
        expect(m.total).toBe(customers);
        expect(m.counts[m.from.length][m.to.length]).toBe(0);
      })
    );
  });
});
